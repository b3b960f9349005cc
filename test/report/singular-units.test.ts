/**
 * A count of one takes the singular wherever the dossier prints a unit after
 * it: a breach notice term of 1 hour and a review interval of 1 month read
 * "1 hour" and "1 maand", never "1 hours" or "1 maanden" (vo show, the
 * agreement report and the site's dossier page, in both languages).
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runVo, tempDir } from '../helpers/run-cli.js';

const AS_OF = '2026-10-01';

function registerWithOnes(): string {
  const root = join(tempDir('vo-singular-'), 'register');
  cpSync(join(REPO_ROOT, 'examples'), root, { recursive: true });
  const file = join(root, 'agreements', 'zaaksysteem.yaml');
  const text = readFileSync(file, 'utf8').replace(/^breach_notice_hours: \d+$/m, 'breach_notice_hours: 1');
  expect(text).toContain('breach_notice_hours: 1\n');
  writeFileSync(file, `${text}review_months: 1\n`);
  return root;
}

describe('a count of one in the dossier', () => {
  const root = registerWithOnes();

  it('vo show says 1 hour in English', async () => {
    const en = (await runVo(['-C', root, 'show', 'zaaksysteem', '--as-of', AS_OF, '--lang', 'en'])).stdout;
    expect(en).toMatch(/Breach notice term +1 hour\n/);
    expect(en).toMatch(/Review interval +1 month \(/);
    const nl = (await runVo(['-C', root, 'show', 'zaaksysteem', '--as-of', AS_OF])).stdout;
    expect(nl).toMatch(/Meldtermijn datalek +1 uur\n/);
    expect(nl).toMatch(/Evaluatietermijn +1 maand \(/);
  });

  it('the agreement report says 1 maand and 1 month, 1 uur and 1 hour', async () => {
    const report = async (lang: string) =>
      (await runVo(['-C', root, 'report', '--template', 'agreement', '--agreement', 'zaaksysteem', '--as-of', AS_OF, '--lang', lang])).stdout;
    const nl = await report('nl');
    expect(nl).toContain('| Evaluatietermijn | 1 maand |');
    expect(nl).toContain('| Meldtermijn datalekken | 1 uur |');
    const en = await report('en');
    expect(en).toContain('| Review interval | 1 month |');
    expect(en).toContain('| Breach notice term | 1 hour |');
  });

  it("the site's dossier page says 1 month and 1 hour", async () => {
    const out = join(tempDir('vo-singular-site-'), 'site');
    const result = await runVo(['-C', root, 'site', '--out', out, '--as-of', AS_OF, '--lang', 'en']);
    expect(result.code, result.stderr).toBe(0);
    const page = readFileSync(join(out, 'agreements', 'zaaksysteem.html'), 'utf8');
    expect(page).toContain('<td>1 month</td>');
    expect(page).toContain('<td>1 hour</td>');
  });
});
