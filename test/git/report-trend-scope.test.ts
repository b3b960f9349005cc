/**
 * A department report with `--trend` counts the department in its trend as in its summary: the
 * point of D is `vo check --department`'s count on D. The trend counted the whole register, so
 * the same report said "Controlemeldingen: 1 fout" in its summary and "3 fouten" for the same
 * month in its trend.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runVo, tempDir } from '../helpers/run-cli.js';
import { gitRepo } from './git-repo.js';
import { agreement, AS_OF, BASE_FILES } from './register-files.js';

describe('vo report --department --trend', () => {
  const repo = gitRepo();
  for (const [path, content] of Object.entries(BASE_FILES)) repo.write(path, content);
  repo.write('agreements/bibliotheek.yaml', agreement({ id: 'bibliotheek', department: 'burgerzaken', start: '2024-06-01' }));
  repo.commit('Register', '2026-08-20');
  const template = join(tempDir(), 'trend.md.hbs');
  writeFileSync(template, '{{summary.agreements}} {{summary.errors}} {{summary.warnings}}\n{{#each trend.points}}{{period}} {{agreements}} {{findings.errors}} {{findings.warnings}}\n{{/each}}');

  async function counts(department: string): Promise<string> {
    const check = await runVo(['-C', repo.dir, 'check', '--as-of', AS_OF, '--department', department, '--format', 'json', '--fail-on', 'never']);
    const { summary } = JSON.parse(check.stdout) as { summary: { errors: number; warnings: number } };
    const list = await runVo(['-C', repo.dir, 'list', '--as-of', AS_OF, '--department', department, '--format', 'json']);
    return `${(JSON.parse(list.stdout) as unknown[]).length} ${summary.errors} ${summary.warnings}`;
  }

  it.each(['burgerzaken', 'sociaal-domein'])('the trend of %s ends with the summary of that department, which is vo check --department', async (department) => {
    const report = await runVo(['-C', repo.dir, 'report', '--as-of', AS_OF, '--template', template, '--department', department, '--trend', '2026-09-01']);
    expect(report.stderr).toBe('');
    const [summary = '', ...points] = report.stdout.trim().split('\n');
    expect(summary).toBe(await counts(department));
    expect(points.at(-1)).toBe(`2026-10 ${summary}`);
  });

  it('the management report without --department still counts the whole register', async () => {
    const report = await runVo(['-C', repo.dir, 'report', '--as-of', AS_OF, '--template', template, '--trend', '2026-09-01']);
    const [summary = '', ...points] = report.stdout.trim().split('\n');
    expect(points.at(-1)).toBe(`2026-10 ${summary}`);
    const [burgerzaken, sociaal] = [await counts('burgerzaken'), await counts('sociaal-domein')].map((c) => c.split(' ').map(Number));
    expect(summary.split(' ').map(Number)).toEqual([0, 1, 2].map((i) => (burgerzaken?.[i] ?? 0) + (sociaal?.[i] ?? 0)));
  });
});
