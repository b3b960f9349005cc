import { describe, expect, it } from 'vitest';
import type { RegisterDiff } from '../../src/diff/register-diff.js';
import type { CodeQualityIssue } from '../../src/format/gitlab.js';
import { runVo } from '../helpers/run-cli.js';
import { gitRepo, type Repo } from './git-repo.js';
import { agreement, AS_OF, BASE_FILES } from './register-files.js';

/**
 * Sub-processor names need not be unique within an agreement (one company, two
 * services). Two of them are two subjects: a finding of the one is never the
 * finding of the other, for `vo diff`, `--new-since` and GitLab's fingerprints.
 */
const cloud = (first: string, second: string) => `subprocessors:
  - name: Wolk Inc.
    service: opslag
${first}    approved: true
  - name: Wolk Inc.
    service: e-mail
${second}    approved: true
`;
const IN_EEA = '    country: DE\n';
const US_BARE = '    country: US\n';
const US_SCC = '    country: US\n    transfer: scc\n    tia: "2026-02-01"\n';

const afval = (subprocessors: string) => agreement({ id: 'afval', department: 'burgerzaken', start: '2025-06-01', subprocessors });

/** main: the second Wolk Inc. (US) has no transfer mechanism. Branch `pr`: that one is fixed, and the first moved to the US without one. */
function swapped(): Repo {
  const repo = gitRepo();
  for (const [path, content] of Object.entries(BASE_FILES)) repo.write(path, content);
  repo.write('agreements/afval.yaml', afval(cloud(IN_EEA, US_BARE)));
  repo.commit('Register', '2026-01-20');
  repo.git('checkout', '-q', '-b', 'pr');
  repo.write('agreements/afval.yaml', afval(cloud(US_BARE, US_SCC)));
  repo.commit('Wolk Inc.: opslag naar de VS, e-mail met SCC', '2026-09-01');
  return repo;
}

interface JsonFinding {
  rule: string;
  agreement?: string;
  line: number;
  new: boolean;
}

const transferFindings = (stdout: string) =>
  (JSON.parse(stdout) as { findings: JsonFinding[] }).findings.filter((f) => f.rule === 'subprocessor-transfer-missing');

describe('two sub-processors of one name', () => {
  it('vo check --new-since fails for the error the first one gained, though the second one of that name lost the same error', async () => {
    const repo = swapped();
    const result = await runVo(['-C', repo.dir, 'check', '--new-since', 'main', '--as-of', AS_OF, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(transferFindings(result.stdout).map((f) => `${f.agreement} line ${f.line} new ${f.new}`)).toEqual(['afval line 35 new true']);
  });

  it('vo diff lists the error of the one as introduced and that of the other as resolved', async () => {
    const repo = swapped();
    const result = await runVo(['-C', repo.dir, 'diff', 'main', '--format', 'json', '--as-of', AS_OF]);
    expect(result.stderr).toBe('');
    const diff = JSON.parse(result.stdout) as RegisterDiff;
    expect(diff.findings.introduced.map((f) => `${f.rule} ${f.agreement} ${f.line}`)).toEqual(['subprocessor-transfer-missing afval 35']);
    expect(diff.findings.resolved.map((f) => `${f.rule} ${f.agreement} ${f.line}`)).toEqual(['subprocessor-transfer-missing afval 39']);
    expect(diff.summary).toMatchObject({ introduced: 1, resolved: 1 });
  });

  it('vo show lists each one with its own findings only', async () => {
    const repo = gitRepo();
    for (const [path, content] of Object.entries(BASE_FILES)) repo.write(path, content);
    repo.write('agreements/afval.yaml', afval(cloud(IN_EEA, US_BARE)));
    const result = await runVo(['-C', repo.dir, 'show', 'afval', '--format', 'json', '--as-of', AS_OF]);
    expect(result.stderr).toBe('');
    const shown = JSON.parse(result.stdout) as { subprocessors: { service: string; findings: { rule: string; line: number }[] }[] };
    expect(shown.subprocessors.map((s) => `${s.service}: ${s.findings.map((f) => `${f.rule} ${f.line}`).join(', ')}`)).toEqual([
      'opslag: ',
      'e-mail: subprocessor-transfer-missing 39',
    ]);
  });

  it("GitLab: each keeps its own fingerprint, whether or not the other of that name has the same finding, and the first keeps the fingerprint of a lone one", async () => {
    const repo = gitRepo();
    const fingerprints = async (subprocessors: string) => {
      for (const [path, content] of Object.entries(BASE_FILES)) repo.write(path, content);
      repo.write('agreements/afval.yaml', afval(subprocessors));
      const result = await runVo(['-C', repo.dir, 'check', '--format', 'gitlab', '--as-of', AS_OF, '--fail-on', 'never']);
      expect(result.stderr).toBe('');
      const issues = (JSON.parse(result.stdout) as CodeQualityIssue[]).filter((i) => i.check_name === 'subprocessor-transfer-missing');
      return new Map(issues.map((i) => [i.location.lines.begin, i.fingerprint]));
    };
    const secondOnly = await fingerprints(cloud(IN_EEA, US_BARE));
    const both = await fingerprints(cloud(US_BARE, US_BARE));
    const firstOnly = await fingerprints(cloud(US_BARE, IN_EEA));
    const lone = await fingerprints('subprocessors:\n  - name: Wolk Inc.\n    service: opslag\n    country: US\n    approved: true\n');
    expect([...both.keys()]).toEqual([35, 39]);
    expect(new Set(both.values()).size).toBe(2);
    expect(both.get(39)).toBe(secondOnly.get(39));
    expect(both.get(35)).toBe(firstOnly.get(35));
    expect(firstOnly.get(35)).toBe(lone.get(35));
  });
});
