import { describe, expect, it } from 'vitest';
import { runVo } from '../helpers/run-cli.js';
import { gitRepo, type Repo } from './git-repo.js';
import { agreement, AS_OF, BASE_FILES, evaluation, US_SUBPROCESSOR } from './register-files.js';

/** The state at the previous meeting is tagged `overleg-2026-06`; since then work was done and one thing went wrong. */
function sinceLastMeeting(): Repo {
  const repo = gitRepo();
  for (const [path, content] of Object.entries(BASE_FILES)) repo.write(path, content);
  repo.commit('Register', '2026-01-20');
  repo.write('agreements/oud-archief.yaml', agreement({ id: 'oud-archief', department: 'sociaal-domein', start: '2024-02-01' }));
  repo.write('evaluations/2026/oud-archief-2026.yaml', evaluation('oud-archief-2026', 'oud-archief', '2026-02-01'));
  repo.commit('Archief', '2026-02-10');
  repo.git('tag', 'overleg-2026-06');
  repo.write('evaluations/2026/jeugdzorg-2026-09.yaml', evaluation('jeugdzorg-2026-09', 'jeugdzorg', '2026-09-15'));
  repo.write('agreements/bibliotheek.yaml', agreement({ id: 'bibliotheek', department: 'burgerzaken', start: '2026-09-01' }));
  repo.write('agreements/afval.yaml', agreement({ id: 'afval', department: 'burgerzaken', start: '2025-06-01', subprocessors: US_SUBPROCESSOR }));
  repo.write('agreements/oud-archief.yaml', agreement({ id: 'oud-archief', department: 'sociaal-domein', start: '2024-02-01' }).replace('phase: active', 'phase: ended').replace('  start: "2024-02-01"', '  start: "2024-02-01"\n  end: "2026-08-31"').replace('exit:\n', 'exit:\n  deletion_confirmed: "2026-09-10"\n  method: deleted\n'));
  repo.commit('Sinds het overleg', '2026-09-20');
  return repo;
}

describe('vo report --compare and --trend', () => {
  it('adds "sinds de vorige rapportage": findings resolved and introduced, agreements added and ended, evaluations held', async () => {
    const repo = sinceLastMeeting();
    const result = await runVo(['-C', repo.dir, 'report', '--compare', 'overleg-2026-06', '--as-of', AS_OF]);
    expect(result.stderr).toBe('');
    const md = result.stdout;
    const section = md.slice(md.indexOf('## Sinds de vorige rapportage'), md.indexOf('## Per afdeling'));
    expect(section).toContain('Vergeleken met de stand van 10 februari 2026 (overleg-2026-06).');
    expect(section).toContain('| Opgeloste bevindingen van vo check | 1 |');
    expect(section).toContain('| Nieuwe bevindingen van vo check | 1 |');
    expect(section).toContain('| Nieuwe overeenkomsten | 1 |');
    expect(section).toContain('| Beëindigde overeenkomsten | 1 |');
    expect(section).toContain('| Gehouden evaluaties, audits en overleggen | 1 |');
    expect(section).toMatch(/\| 15 sep\.? 2026 \| periodieke evaluatie \| Verwerkersovereenkomst jeugdzorg \| voldoet \|/);
    expect(section).toContain('| Verwerkersovereenkomst bibliotheek | Burgerzaken | in beheer |');
    expect(section).toMatch(/\| Verwerkersovereenkomst oud-archief \| Sociaal Domein \| beëindigd \(31 aug\.? 2026\) \|/);
    expect(section).toMatch(/### Nieuwe bevindingen van vo check\n\n.*\n.*\n\| Verwerkersovereenkomst afval \| fout \| .*Mailwolk Inc\./);
    expect(section).toMatch(/### Opgeloste bevindingen van vo check\n\n.*\n.*\n\| Verwerkersovereenkomst jeugdzorg \| De periodieke evaluatie was uiterlijk 1 juli 2026 nodig/);
    expect(md.indexOf('## Sinds de vorige rapportage')).toBeLessThan(md.indexOf('## Per afdeling'));
  });

  it('has no such section without --compare, and an English one with --lang en', async () => {
    const repo = sinceLastMeeting();
    expect((await runVo(['-C', repo.dir, 'report', '--as-of', AS_OF])).stdout).not.toContain('Sinds de vorige rapportage');
    const en = (await runVo(['-C', repo.dir, 'report', '--compare', 'overleg-2026-06', '--as-of', AS_OF, '--lang', 'en'])).stdout;
    expect(en).toContain('## Since the previous report');
    expect(en).toContain('Compared with the state of 10 February 2026 (overleg-2026-06).');
  });

  it('adds the monthly trend as a table, and as a chart in HTML', async () => {
    const repo = sinceLastMeeting();
    const md = (await runVo(['-C', repo.dir, 'report', '--trend', '2026-01-01', '--as-of', AS_OF])).stdout;
    const section = md.slice(md.indexOf('## Verloop'), md.indexOf('## Per afdeling'));
    expect(section).toContain('<!-- vo-chart: trend -->');
    expect(section).toContain('| januari 2026 | 3 |');
    expect(section).toContain('| september 2026 | 5 |');
    expect(section).toContain('| oktober 2026 | 5 |');
    const html = (await runVo(['-C', repo.dir, 'report', '--trend', '2026-01-01', '--as-of', AS_OF, '--format', 'html'])).stdout;
    expect(html).toContain('<title>Open bevindingen van vo check aan het eind van elke maand</title>');
    expect(html.match(/<svg /g)?.length).toBe(3);
  });

  it('a wrong ref or date is a usage error (exit 2) before anything is written', async () => {
    const repo = sinceLastMeeting();
    expect((await runVo(['-C', repo.dir, 'report', '--compare', 'overleg-2025', '--as-of', AS_OF])).stderr).toContain('`overleg-2025` bestaat niet');
    const bad = await runVo(['-C', repo.dir, 'report', '--trend', 'vorig jaar', '--as-of', AS_OF]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    // The message names the option the user gave, not --as-of (which was right).
    expect(bad.stderr).toBe('vo: ongeldige datum voor --trend: `vorig jaar`; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-10-01\n');
    const late = await runVo(['-C', repo.dir, 'report', '--trend', '2027-01-01', '--as-of', AS_OF, '--lang', 'en']);
    expect(late.stderr).toBe(`vo: --trend 2027-01-01 is after the as-of date ${AS_OF}\n`);
  });
});
