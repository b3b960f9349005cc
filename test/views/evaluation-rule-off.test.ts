/**
 * With `evaluation-overdue: off` in the config, `vo check` never calls a periodic evaluation
 * late and `vo list` shows it `scheduled`. The dossier (`vo show --format json`, the agreement
 * report and the site's agreement page) must not say "113 dagen te laat" for it either: its
 * `daysLate` is null and `daysLeft` is negative (the date has passed), read as "113 dagen geleden".
 */
import { cpSync, readFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runVo, tempDir } from '../helpers/run-cli.js';

const AS_OF = '2026-10-01';

describe('a periodic evaluation past its date while evaluation-overdue is off', () => {
  const root = join(tempDir('vo-evaluation-off-'), 'register');

  beforeAll(() => {
    cpSync(join(REPO_ROOT, 'examples'), root, { recursive: true });
    appendFileSync(join(root, 'vo.config.yaml'), 'rules:\n  evaluation-overdue: off\n');
  });

  it('vo check and vo list do not call it late', async () => {
    const check = await runVo(['-C', root, 'check', '--as-of', AS_OF, '--format', 'json', '--agreement', 'wmo-registratie']);
    expect((JSON.parse(check.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule)).not.toContain('evaluation-overdue');
    const list = await runVo(['-C', root, 'list', '--as-of', AS_OF, '--format', 'json']);
    expect((JSON.parse(list.stdout) as { id: string; evaluation: string }[]).find((r) => r.id === 'wmo-registratie')?.evaluation).toBe('scheduled');
  });

  it('vo show --format json: no days late, the days left are negative', async () => {
    const show = await runVo(['-C', root, 'show', 'wmo-registratie', '--as-of', AS_OF, '--format', 'json']);
    const model = JSON.parse(show.stdout) as { evaluation: string; nextEvaluation: { due: string; daysLate: number | null; daysLeft: number | null } };
    expect(model.evaluation).toBe('scheduled');
    expect(model.nextEvaluation).toMatchObject({ due: '2026-06-10', daysLate: null, daysLeft: -113 });
  });

  it('vo show (text) says how long ago, not late', async () => {
    const show = await runVo(['-C', root, 'show', 'wmo-registratie', '--as-of', AS_OF]);
    expect(show.stdout).toContain('113 dagen geleden');
    expect(show.stdout).not.toContain('113 dagen te laat');
  });

  it.each([
    ['nl', '| Volgende evaluatie | 10 juni 2026 (termijn; 113 dagen geleden) |'],
    ['en', '| Next evaluation | 10 June 2026 (interval; 113 days ago) |'],
  ])('the agreement report (%s) says how long ago, not late', async (lang, row) => {
    const report = await runVo(['-C', root, 'report', '--as-of', AS_OF, '--lang', lang, '--template', 'agreement', '--agreement', 'wmo-registratie']);
    expect(report.stdout).toContain(row);
    expect(report.stdout).not.toMatch(/113 (dagen te laat|days late)/);
  });

  it('the site\'s agreement page says how long ago, not late', async () => {
    const out = join(tempDir('vo-evaluation-off-site-'), 'site');
    expect((await runVo(['-C', root, 'site', '--as-of', AS_OF, '--out', out])).code).toBe(0);
    const page = readFileSync(join(out, 'agreements', 'wmo-registratie.html'), 'utf8').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(page).toContain('113 dagen geleden');
    expect(page).not.toContain('113 dagen te laat');
  });
});
