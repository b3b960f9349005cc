import { describe, expect, it } from 'vitest';
import type { RegisterDiff } from '../../src/diff/register-diff.js';
import { runVo } from '../helpers/run-cli.js';
import { cloneRepo, gitRepo, treeState, type Repo } from './git-repo.js';
import { agreement, AS_OF, BASE_FILES, evaluation, INCIDENT_CLOSED, INCIDENT_OPEN, US_SUBPROCESSOR } from './register-files.js';

/**
 * main: the base register and an open incident. Branch `wijziging` (checked
 * out, partly committed, partly only in the working tree): parkeren's risk
 * raised to high, a US sub-processor for afval, a new agreement, the overdue
 * evaluation of jeugdzorg recorded, the incident closed.
 */
function history(): { repo: Repo; base: string } {
  const repo = gitRepo();
  for (const [path, content] of Object.entries(BASE_FILES)) repo.write(path, content);
  repo.commit('Register', '2026-01-20');
  repo.write('incidents/2026/2026-05-01-jeugdzorg-lek.yaml', INCIDENT_OPEN);
  const base = repo.commit('Datalek jeugdzorg', '2026-05-02');
  repo.git('checkout', '-q', '-b', 'wijziging');
  repo.write('agreements/parkeren.yaml', agreement({ id: 'parkeren', department: 'burgerzaken', start: '2026-01-15', impact: 'high', likelihood: 'high' }));
  repo.write('agreements/bibliotheek.yaml', agreement({ id: 'bibliotheek', department: 'burgerzaken', start: '2026-09-01' }));
  repo.commit('Parkeren hoog risico, bibliotheek erbij', '2026-09-10');
  // Not committed: the diff of the working tree shows these too.
  repo.write('agreements/afval.yaml', agreement({ id: 'afval', department: 'burgerzaken', start: '2025-06-01', subprocessors: US_SUBPROCESSOR }));
  repo.write('evaluations/2026/jeugdzorg-2026-09.yaml', evaluation('jeugdzorg-2026-09', 'jeugdzorg', '2026-09-15'));
  repo.write('incidents/2026/2026-05-01-jeugdzorg-lek.yaml', INCIDENT_CLOSED);
  return { repo, base };
}

const errorsOf = (findings: RegisterDiff['findings']['introduced']) =>
  findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.agreement ?? f.file}`).sort();

describe('vo diff', () => {
  it('lists exactly the records added, changed and removed, and the findings introduced and resolved', async () => {
    const { repo } = history();
    const result = await runVo(['-C', repo.dir, 'diff', 'main', '--format', 'json', '--as-of', AS_OF]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const diff = JSON.parse(result.stdout) as RegisterDiff;
    expect(diff.base).toEqual({ ref: 'main', commit: repo.git('rev-parse', 'main').trim() });
    expect(diff.head).toEqual({ ref: null, commit: null });
    expect(diff.records.map((r) => `${r.change} ${r.kind} ${r.id}: ${r.fields.map((f) => f.type).join(', ')}`)).toEqual([
      'changed agreement afval: subprocessor-added',
      'added agreement bibliotheek: ',
      'changed agreement parkeren: risk-raised',
      'added evaluation jeugdzorg-2026-09: ',
      'changed incident 2026-05-01-jeugdzorg-lek: incident-closed',
    ]);
    expect(errorsOf(diff.findings.introduced)).toEqual(['assurance-missing parkeren', 'evaluation-overdue parkeren', 'subprocessor-transfer-missing afval']);
    expect(errorsOf(diff.findings.resolved)).toEqual(['evaluation-overdue jeugdzorg']);
    expect(diff.summary).toMatchObject({ added: 2, changed: 3, removed: 0, introduced: diff.findings.introduced.length, resolved: 1 });
  });

  it('says in words what changed, in Dutch by default and in English', async () => {
    const { repo } = history();
    const nl = await runVo(['-C', repo.dir, 'diff', 'main', '--as-of', AS_OF]);
    expect(nl.stdout).toContain('risico verhoogd van laag naar hoog');
    expect(nl.stdout).toContain('subverwerker Mailwolk Inc. toegevoegd (US, buiten de EER zonder adequaatheidsbesluit)');
    expect(nl.stdout).toContain('periodieke evaluatie van 15 september 2026 vastgelegd bij jeugdzorg, uitkomst: voldoet');
    expect(nl.stdout).toContain('incident afgesloten op 20 september 2026');
    expect(nl.stdout).toMatch(/^\+ Overeenkomst bibliotheek — Verwerkersovereenkomst bibliotheek \(agreements\/bibliotheek.yaml\): nieuwe overeenkomst/m);
    const en = await runVo(['-C', repo.dir, 'diff', 'main', '--as-of', AS_OF, '--lang', 'en']);
    expect(en.stdout).toContain('risk raised from low to high');
    expect(en.stdout).toContain('sub-processor Mailwolk Inc. added (US, outside the EEA without an adequacy decision)');
    expect(en.stdout).toContain('incident closed on 20 September 2026');
  });

  it('compares two refs without looking at the working tree, and the other way round', async () => {
    const { repo, base } = history();
    const committed = JSON.parse((await runVo(['-C', repo.dir, 'diff', base, 'wijziging', '--format', 'json', '--as-of', AS_OF])).stdout) as RegisterDiff;
    expect(committed.head).toEqual({ ref: 'wijziging', commit: repo.git('rev-parse', 'wijziging').trim() });
    expect(committed.records.map((r) => `${r.change} ${r.id}`)).toEqual(['added bibliotheek', 'changed parkeren']);
    const back = JSON.parse((await runVo(['-C', repo.dir, 'diff', 'wijziging', base, '--format', 'json', '--as-of', AS_OF])).stdout) as RegisterDiff;
    expect(back.records.map((r) => `${r.change} ${r.id} ${r.fields.map((f) => f.type).join(',')}`)).toEqual(['removed bibliotheek ', 'changed parkeren risk-lowered']);
    expect(back.findings.resolved.map((f) => f.rule).sort()).toEqual(committed.findings.introduced.map((f) => f.rule).sort());
  });

  it('writes Markdown for a pull-request comment: grouped, with every value escaped', async () => {
    const { repo } = history();
    repo.write('agreements/bibliotheek.yaml', agreement({ id: 'bibliotheek', department: 'burgerzaken', start: '2026-09-01' }).replace('title: Verwerkersovereenkomst bibliotheek', 'title: "Bieb | <img src=x onerror=alert(1)> [klik](https://evil.example) *vet*"'));
    const result = await runVo(['-C', repo.dir, 'diff', 'main', '--format', 'markdown', '--as-of', AS_OF]);
    const md = result.stdout;
    expect(md).toMatch(/^### Wijzigingen in het register: main → werkmap\n\n/);
    expect(md).toContain('#### Vastleggingen\n');
    expect(md).toContain('#### Nieuwe meldingen (');
    expect(md).toContain('#### Opgeloste meldingen (1)');
    expect(md).toContain('  - risico verhoogd van laag naar hoog');
    expect(md).toContain('Bieb \\| \\<img src=x onerror=alert(1)\\> \\[klik\\](https://evil.example) \\*vet\\*');
    expect(md).not.toMatch(/[^\\]<img/);
    expect(md).toContain('| ❌ fout | agreements/afval.yaml:');
  });

  it('says so when nothing changed', async () => {
    const repo = gitRepo();
    for (const [path, content] of Object.entries(BASE_FILES)) repo.write(path, content);
    repo.commit('Register', '2026-01-20');
    const result = await runVo(['-C', repo.dir, 'diff', 'HEAD', '--as-of', AS_OF]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('0 erbij, 0 gewijzigd, 0 eraf; 0 nieuwe meldingen, 0 opgelost');
    expect(result.stdout).toContain('Geen wijzigingen in overeenkomsten, evaluaties, incidenten of meldingen.');
  });

  it('leaves the working tree, the index and HEAD byte for byte as they were', async () => {
    const { repo } = history();
    repo.git('add', 'agreements/afval.yaml'); // a staged change too, so the index is not trivially clean
    const before = treeState(repo.dir);
    for (const args of [['diff', 'main'], ['diff', 'main', 'wijziging', '--format', 'json'], ['check', '--new-since', 'main'], ['trend', '--since', '2026-01-01']]) {
      await runVo(['-C', repo.dir, ...args, '--as-of', AS_OF]);
    }
    expect(treeState(repo.dir)).toBe(before);
    expect(repo.git('status', '--porcelain')).toContain('M  agreements/afval.yaml');
  });

  it('reads a register in a subfolder of the repository', async () => {
    const repo = gitRepo();
    repo.write('README.md', '# Gemeente\n');
    for (const [path, content] of Object.entries(BASE_FILES)) repo.write(`privacy/register/${path}`, content);
    repo.commit('Register in een submap', '2026-01-20');
    repo.write('privacy/register/agreements/afval.yaml', agreement({ id: 'afval', department: 'burgerzaken', start: '2025-06-01', subprocessors: US_SUBPROCESSOR }));
    const diff = JSON.parse((await runVo(['-C', `${repo.dir}/privacy/register`, 'diff', 'HEAD', '--format', 'json', '--as-of', AS_OF])).stdout) as RegisterDiff;
    expect(diff.records.map((r) => `${r.change} ${r.id} ${r.file}`)).toEqual(['changed afval agreements/afval.yaml']);
    expect(errorsOf(diff.findings.introduced)).toEqual(['subprocessor-transfer-missing afval']);
    expect(diff.findings.resolved).toEqual([]);
  });

  it('treats a ref from before the register existed as an empty register, and says so', async () => {
    const repo = gitRepo();
    repo.write('README.md', '# Gemeente\n');
    repo.commit('Leeg', '2025-12-01');
    for (const [path, content] of Object.entries(BASE_FILES)) repo.write(path, content);
    const result = await runVo(['-C', repo.dir, 'diff', 'HEAD', '--format', 'json', '--as-of', AS_OF]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('vo: op `HEAD` is er nog geen register; alles telt als nieuw\n');
    expect((JSON.parse(result.stdout) as RegisterDiff).summary.added).toBe(4);
  });

  it.each([
    [['diff', 'nope'], /^vo: `nope` bestaat niet in deze repository/],
    [['diff', '--', '--output=x'], /^vo: `--output=x` is geen geldige git-verwijzing/],
    [['diff', 'HEAD', '--format', 'xml'], /^vo: ongeldige waarde `xml` voor --format/],
    [['check', '--new-since', 'HEAD\nmain'], /^vo: `HEAD main`|^vo: `HEAD\nmain` is geen geldige git-verwijzing/],
  ])('refuses %j with exit 2 and one line', async (args, message) => {
    const { repo } = history();
    const result = await runVo(['-C', repo.dir, '--as-of', AS_OF, ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('outside a git repository says where the history comes from (exit 2)', async () => {
    const repo = gitRepo();
    for (const [path, content] of Object.entries(BASE_FILES)) repo.write(path, content);
    repo.git('init', '-q'); // re-init keeps it a repository; now remove it
    const { rmSync } = await import('node:fs');
    rmSync(`${repo.dir}/.git`, { recursive: true });
    const result = await runVo(['-C', repo.dir, 'diff', 'HEAD', '--as-of', AS_OF]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^vo: .* staat niet in een git-repository/);
  });
});

describe('a shallow clone', () => {
  it('names the missing base and how to fetch it; after that fetch the diff works', async () => {
    const { repo } = history();
    repo.git('add', '-A');
    repo.git('-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'Rest van de wijziging');
    const clone = cloneRepo(repo.dir, '--depth', '1', '--branch', 'wijziging');
    expect(clone.git('rev-parse', '--is-shallow-repository').trim()).toBe('true');
    const missing = await runVo(['-C', clone.dir, 'diff', 'origin/main', '--as-of', AS_OF]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      'vo: `origin/main` ontbreekt in deze ondiepe kloon; haal het op met `git fetch --depth=1 origin main` (in GitHub Actions: `fetch-depth: 0` bij actions/checkout)\n',
    );
    clone.git('fetch', '-q', '--depth=1', 'origin', 'main:refs/remotes/origin/main');
    const diff = JSON.parse((await runVo(['-C', clone.dir, 'diff', 'origin/main', '--format', 'json', '--as-of', AS_OF])).stdout) as RegisterDiff;
    expect(diff.records.map((r) => r.id)).toEqual(['afval', 'bibliotheek', 'parkeren', 'jeugdzorg-2026-09', '2026-05-01-jeugdzorg-lek']);
  });
});
