import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Trend } from '../../src/trend/trend.js';
import { runVo, tempDir } from '../helpers/run-cli.js';
import { GIT_ENV, gitRepo, type Repo } from './git-repo.js';
import { agreement, BASE_FILES, evaluation, US_SUBPROCESSOR } from './register-files.js';

/** Four commits over 2026: the register, a US sub-processor (an error), a new agreement, the fix. */
function history(): { repo: Repo; commits: Record<string, string> } {
  const repo = gitRepo();
  for (const [path, content] of Object.entries(BASE_FILES)) repo.write(path, content);
  const first = repo.commit('Register', '2026-01-20');
  repo.write('agreements/afval.yaml', agreement({ id: 'afval', department: 'burgerzaken', start: '2025-06-01', subprocessors: US_SUBPROCESSOR }));
  const second = repo.commit('Afval: subverwerker in de VS', '2026-03-05');
  repo.write('agreements/bibliotheek.yaml', agreement({ id: 'bibliotheek', department: 'burgerzaken', start: '2026-04-01' }));
  const third = repo.commit('Bibliotheek', '2026-04-30');
  repo.write('agreements/afval.yaml', agreement({ id: 'afval', department: 'burgerzaken', start: '2025-06-01' }));
  repo.write('evaluations/2026/jeugdzorg-2026-07.yaml', evaluation('jeugdzorg-2026-07', 'jeugdzorg', '2026-07-10'));
  const fourth = repo.commit('Opgelost', '2026-07-15');
  return { repo, commits: { first, second, third, fourth } };
}

/** The oracle: the commit's register written out with `git archive` and checked by the working-tree loader. */
async function checkAt(repo: Repo, commit: string, asOf: string): Promise<{ errors: number; warnings: number }> {
  const dir = join(tempDir('vo-archive-'), 'r');
  mkdirSync(dir);
  const tar = execFileSync('git', ['archive', commit], { cwd: repo.dir, env: { ...process.env, ...GIT_ENV } });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  const result = await runVo(['-C', dir, 'check', '--format', 'json', '--as-of', asOf]);
  return (JSON.parse(result.stdout) as { summary: { errors: number; warnings: number } }).summary;
}

describe('vo trend', () => {
  it('measures each month at its last day with the last commit on or before it, as vo check would have', async () => {
    const { repo, commits } = history();
    const result = await runVo(['-C', repo.dir, 'trend', '--since', '2025-12-10', '--as-of', '2026-08-20', '--format', 'json']);
    expect(result.stderr).toBe('');
    const trend = JSON.parse(result.stdout) as Trend;
    expect(trend.points.map((p) => `${p.period} ${p.date} ${p.commit === null ? '-' : Object.entries(commits).find(([, c]) => c === p.commit)?.[0]} ${p.agreements}`)).toEqual([
      '2025-12 2025-12-31 - null',
      '2026-01 2026-01-31 first 3',
      '2026-02 2026-02-28 first 3',
      '2026-03 2026-03-31 second 3',
      '2026-04 2026-04-30 third 4',
      '2026-05 2026-05-31 third 4',
      '2026-06 2026-06-30 third 4',
      '2026-07 2026-07-31 fourth 4',
      '2026-08 2026-08-20 fourth 4',
    ]);
    for (const point of trend.points.filter((p) => p.commit !== null)) {
      expect(point.findings, point.period).toEqual(await checkAt(repo, point.commit as string, point.date));
    }
    expect(trend.points[3]?.findings?.errors).toBeGreaterThan(trend.points[2]?.findings?.errors ?? Infinity);
    const statuses = trend.points[7]?.byStatus ?? {};
    expect(Object.values(statuses).reduce((a, b) => a + b, 0)).toBe(4);
    expect(trend.statuses).toEqual(Object.keys(statuses));
  });

  it('per quarter, as a table and as CSV with the same columns', async () => {
    const { repo } = history();
    const json = JSON.parse((await runVo(['-C', repo.dir, 'trend', '--since', '2026-01-01', '--every', 'quarter', '--as-of', '2026-08-20', '--format', 'json'])).stdout) as Trend;
    expect(json.points.map((p) => `${p.period} ${p.date}`)).toEqual(['2026-Q1 2026-03-31', '2026-Q2 2026-06-30', '2026-Q3 2026-08-20']);
    const table = (await runVo(['-C', repo.dir, 'trend', '--since', '2026-01-01', '--every', 'quarter', '--as-of', '2026-08-20'])).stdout.split('\n');
    expect(table[0]).toMatch(/^Periode\s+Peildatum\s+.*Overeenkomsten\s+.*Fouten\s+Waarschuwingen$/);
    expect(table[2]).toMatch(/^2026-Q1\s+2026-03-31\s/);
    const csv = (await runVo(['-C', repo.dir, 'trend', '--since', '2026-01-01', '--every', 'quarter', '--as-of', '2026-08-20', '--format', 'csv', '--lang', 'en'])).stdout.split('\r\n');
    expect(csv[0]).toMatch(/^Period,As of,Commit,Agreements,.*,Errors,Warnings$/);
    expect(csv[1]).toMatch(new RegExp(`^2026-Q1,2026-03-31,[0-9a-f]{40},3,.*,${json.points[0]?.findings?.errors},${json.points[0]?.findings?.warnings}$`));
  });

  it.each([
    [['trend'], '--since is verplicht'],
    [['trend', '--since', '2026-13-01'], 'ongeldige datum voor --since: `2026-13-01`'],
    [['trend', '--since', '2026-13-01', '--lang', 'en'], 'invalid date for --since: `2026-13-01`'],
    [['trend', '--since', '2027-01-01'], '--since 2027-01-01 ligt na de peildatum'],
    [['trend', '--since', '1800-01-01'], 'punten is te veel (hoogstens 240)'],
    [['trend', '--since', '2026-01-01', '--every', 'week'], 'ongeldige waarde `week` voor --every'],
  ])('refuses %j with exit 2', async (args, message) => {
    const repo = gitRepo();
    for (const [path, content] of Object.entries(BASE_FILES)) repo.write(path, content);
    repo.commit('Register', '2026-01-20');
    const result = await runVo(['-C', repo.dir, '--as-of', '2026-08-20', ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
