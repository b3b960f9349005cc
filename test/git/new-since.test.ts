import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CodeQualityIssue } from '../../src/format/gitlab.js';
import { runVo } from '../helpers/run-cli.js';
import { gitRepo, type Repo } from './git-repo.js';
import { agreement, AS_OF, BASE_FILES, US_SUBPROCESSOR } from './register-files.js';

/**
 * main has errors already: jeugdzorg's overdue evaluation and missing
 * assurance, and a US sub-processor without a transfer mechanism (an error at
 * its own line). A pull request that does not touch them must not fail on them.
 */
function mainWithErrors(): Repo {
  const repo = gitRepo();
  for (const [path, content] of Object.entries(BASE_FILES)) repo.write(path, content);
  repo.write('agreements/jeugdzorg.yaml', jeugdzorg());
  repo.commit('Register', '2026-01-20');
  repo.git('checkout', '-q', '-b', 'pr');
  return repo;
}

function jeugdzorg(): string {
  return agreement({ id: 'jeugdzorg', department: 'sociaal-domein', start: '2026-01-01', impact: 'high', likelihood: 'high', subprocessors: US_SUBPROCESSOR });
}

const check = (repo: Repo, ...args: string[]) => runVo(['-C', repo.dir, 'check', '--new-since', 'main', '--as-of', AS_OF, ...args]);

interface JsonFinding {
  rule: string;
  agreement?: string;
  line: number;
  new: boolean;
}

describe('vo check --new-since', () => {
  it('passes a pull request that only touched other agreements, and still reports the existing errors as existing', async () => {
    const repo = mainWithErrors();
    repo.write('agreements/parkeren.yaml', agreement({ id: 'parkeren', department: 'burgerzaken', start: '2026-01-15' }).replace('title: Verwerkersovereenkomst parkeren', 'title: Parkeervergunningen'));
    const plain = await runVo(['-C', repo.dir, 'check', '--as-of', AS_OF]);
    expect(plain.code).toBe(1); // the register has errors: plain vo check stays the gate of the weekly run
    const result = await check(repo);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Al aanwezig op main \(3; tellen niet mee voor de uitslag\):\n\nagreements\/jeugdzorg.yaml\n/);
    expect(result.stdout).toContain('evaluation-overdue');
    expect(result.stdout).toMatch(/Nieuw sinds main:\n\n✔ Geen bevindingen in 4 bestanden\n$/);
  });

  it('fails only for the finding the branch introduced', async () => {
    const repo = mainWithErrors();
    repo.write('agreements/afval.yaml', agreement({ id: 'afval', department: 'burgerzaken', start: '2025-06-01', subprocessors: US_SUBPROCESSOR }));
    repo.commit('Afval: subverwerker in de VS', '2026-09-01');
    const result = await check(repo, '--format', 'json');
    expect(result.code).toBe(1);
    const findings = (JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings;
    expect(findings.filter((f) => f.new).map((f) => `${f.rule} ${f.agreement}`)).toEqual(['subprocessor-transfer-missing afval']);
    expect(findings.filter((f) => !f.new).map((f) => f.agreement)).toEqual(['jeugdzorg', 'jeugdzorg', 'jeugdzorg']);
    // The same finding already on main would not fail it: compare with the branch itself.
    expect((await runVo(['-C', repo.dir, 'check', '--new-since', 'pr', '--as-of', AS_OF])).code).toBe(0);
  });

  it('is not fooled by reordering and moving lines', async () => {
    const repo = mainWithErrors();
    const text = jeugdzorg();
    const at = text.indexOf('\nsubprocessors:') + 1;
    const [head, subprocessors] = [text.slice(0, at), text.slice(at)];
    const reordered = `# Verplaatst: de subverwerkers staan nu bovenaan.\n\n${subprocessors}${head}`;
    repo.write('agreements/jeugdzorg.yaml', reordered);
    const before = await runVo(['-C', repo.dir, 'check', '--format', 'json', '--as-of', AS_OF]);
    const moved = (JSON.parse(before.stdout) as { findings: JsonFinding[] }).findings.find((f) => f.rule === 'subprocessor-transfer-missing');
    expect(moved?.line, before.stdout).toBe(5); // it was at line 34 on main
    const result = await check(repo, '--format', 'json');
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings.every((f) => !f.new)).toBe(true);
  });

  it('marks existing findings in every format: github notices, SARIF baselineState, GitLab info, Markdown folded away, JUnit left out', async () => {
    const repo = mainWithErrors();
    repo.write('agreements/afval.yaml', agreement({ id: 'afval', department: 'burgerzaken', start: '2025-06-01', subprocessors: US_SUBPROCESSOR }));
    const github = (await check(repo, '--format', 'github')).stdout.trimEnd().split('\n');
    expect(github.filter((l) => l.startsWith('::error '))).toEqual([expect.stringContaining('file=agreements/afval.yaml,line=34,col=5,title=subprocessor-transfer-missing::')]);
    expect(github.filter((l) => l.startsWith('::notice ')).length).toBe(3);
    expect(github.find((l) => l.startsWith('::notice '))).toContain('::al aanwezig: ');

    const sarif = JSON.parse((await check(repo, '--format', 'sarif')).stdout) as { runs: [{ results: { ruleId: string; baselineState: string }[] }] };
    expect(sarif.runs[0].results.map((r) => `${r.ruleId} ${r.baselineState}`).sort()).toEqual([
      'assurance-missing unchanged',
      'evaluation-overdue unchanged',
      'subprocessor-transfer-missing new',
      'subprocessor-transfer-missing unchanged',
    ]);

    const gitlab = JSON.parse((await check(repo, '--format', 'gitlab')).stdout) as CodeQualityIssue[];
    expect(gitlab.map((i) => i.severity).sort()).toEqual(['info', 'info', 'info', 'major']);

    const markdown = (await check(repo, '--format', 'markdown')).stdout;
    expect(markdown).toMatch(/<details><summary>Al aanwezig op main \(3; tellen niet mee voor de uitslag\):<\/summary>/);
    expect(markdown.slice(0, markdown.indexOf('<details>'))).toContain('agreements/afval.yaml:34:5');
    expect(markdown.slice(0, markdown.indexOf('<details>'))).not.toContain('jeugdzorg');

    const junit = (await check(repo, '--format', 'junit')).stdout;
    expect(junit).toContain('tests="1" failures="1"');
    expect(junit).not.toContain('jeugdzorg');
  });

  it('writes the code quality report under the name GitLab expects, gl-code-quality-report.json', async () => {
    const repo = mainWithErrors();
    repo.write('agreements/afval.yaml', agreement({ id: 'afval', department: 'burgerzaken', start: '2025-06-01', subprocessors: US_SUBPROCESSOR }));
    const result = await check(repo, '--format', 'gitlab', '--output', join(repo.dir, 'gl-code-quality-report.json'), '--fail-on', 'never');
    expect(result.stderr).toContain('gl-code-quality-report.json');
    expect(result.code).toBe(0);
    const report = JSON.parse(readFileSync(join(repo.dir, 'gl-code-quality-report.json'), 'utf8')) as CodeQualityIssue[];
    expect(report.filter((i) => i.severity !== 'info').map((i) => i.check_name)).toEqual(['subprocessor-transfer-missing']);
  });

  it('--fail-on and --agreement work on the new findings only', async () => {
    const repo = mainWithErrors();
    repo.write('agreements/afval.yaml', agreement({ id: 'afval', department: 'burgerzaken', start: '2025-06-01', subprocessors: US_SUBPROCESSOR }));
    expect((await check(repo, '--fail-on', 'never')).code).toBe(0);
    expect((await check(repo, '--agreement', 'jeugdzorg')).code).toBe(0);
    expect((await check(repo, '--agreement', 'afval')).code).toBe(1);
  });
});
