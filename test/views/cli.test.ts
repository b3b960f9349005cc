import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runVo, tempDir } from '../helpers/run-cli.js';
import { AS_OF, viewRegister } from './fixture.js';

const REGISTER = viewRegister();

async function vo(...args: string[]) {
  return runVo(['-C', REGISTER, ...args, '--as-of', AS_OF]);
}

async function json<T>(...args: string[]): Promise<T> {
  const result = await vo(...args, '--format', 'json');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as T;
}

describe('vo list', () => {
  it('prints the JSON shape of SPEC §7, sorted by id, with null for dates that do not apply', async () => {
    const rows = await json<Record<string, unknown>[]>('list');
    expect(rows.map((r) => r.id)).toEqual(['alpha', 'beta', 'delta', 'gamma']);
    expect(rows[0]).toEqual({
      id: 'alpha',
      title: 'Alpha, "de" eerste; met\nregeleinde',
      department: 'burgerzaken',
      processor: 'Verwerker alpha B.V.',
      phase: 'active',
      risk: 'high',
      lastEvaluation: '2025-09-10',
      nextEvaluation: '2026-03-10',
      evaluation: 'due-soon',
      errors: 1,
      warnings: 6,
      status: 'error',
    });
    // An evaluation dated after D does not exist yet; a draft has no schedule and, never assessed, no risk level.
    expect(rows.find((r) => r.id === 'gamma')).toMatchObject({ risk: null, lastEvaluation: null, nextEvaluation: null, evaluation: null, status: 'ok' });
  });

  it('filters on department, phase, risk and status, with comma-separated choices', async () => {
    const ids = async (...args: string[]) => (await json<{ id: string }[]>('list', ...args)).map((r) => r.id);
    expect(await ids('--department', 'ict')).toEqual(['beta', 'gamma']);
    expect(await ids('--phase', 'draft,ended')).toEqual(['delta', 'gamma']);
    expect(await ids('--risk', 'low')).toEqual(['beta']);
    expect(await ids('--risk', 'none')).toEqual(['delta', 'gamma']);
    expect(await ids('--status', 'error,warning')).toEqual(['alpha', 'beta']);
    expect(await ids('--status', 'ok')).toEqual(['delta', 'gamma']);
  });

  it('rejects unknown choices and departments with one line and exit 2', async () => {
    for (const [args, message] of [
      [['list', '--status', 'late'], 'vo: ongeldige waarde `late` voor --status; kies uit: invalid, error, warning, ok\n'],
      [['list', '--format', 'xml'], 'vo: ongeldige waarde `xml` voor --format; kies uit: table, json, csv, markdown, xlsx\n'],
      [['list', '--department', 'ikt'], 'vo: onbekende afdeling `ikt`; bekend in vo.config.yaml: burgerzaken, ict\n'],
      [['obligations', '--party', 'verwerker'], 'vo: ongeldige waarde `verwerker` voor --party; kies uit: processor, controller\n'],
      [['agenda', '--days', '-3'], 'vo: ongeldig aantal dagen `-3` voor --days; geef een geheel getal van 0 tot en met 3660\n'],
      [['agenda', '--format', 'csv'], 'vo: ongeldige waarde `csv` voor --format; kies uit: table, json, ics, xlsx\n'],
    ] as const) {
      const result = await vo(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toBe(message);
      expect(result.stdout).toBe('');
    }
  });

  it('markdown has a table and the totals', async () => {
    const result = await vo('list', '--format', 'markdown');
    expect(result.stdout).toContain('| overeenkomst | titel | afdeling | verwerker | fase | risico | laatste | volgende | evaluatie | fouten | waarsch. | status |');
    expect(result.stdout).toContain(
      '| alpha | Alpha, "de" eerste; met regeleinde | Burgerzaken | Verwerker alpha B.V. | in beheer | hoog | 2025-09-10 | 2026-03-10 | binnenkort | 1 | 6 | fouten |',
    );
    expect(result.stdout).toContain('| gamma | Overeenkomst gamma | ICT | Verwerker gamma B.V. | concept | niet beoordeeld |  |  |  | 0 | 0 | op orde |');
    expect(result.stdout.trimEnd().endsWith('4 overeenkomsten: 2 met fouten, 2 op orde')).toBe(true);
  });

  it('the total line counts agreements by status in words that fit any count: 1 met fouten, not 1 fouten', async () => {
    const nl = await vo('list', '--department', 'ict');
    expect(nl.stdout.trimEnd().split('\n').at(-1)).toBe('2 overeenkomsten: 1 met fouten, 1 op orde');
    const en = await vo('list', '--department', 'ict', '--lang', 'en');
    expect(en.stdout.trimEnd().split('\n').at(-1)).toBe('2 agreements: 1 with errors, 1 in order');
  });

  it('--output writes the file atomically and refuses to overwrite it without --force', async () => {
    const file = join(tempDir(), 'lijst.csv');
    const first = await runVo(['-C', REGISTER, 'list', '--format', 'csv', '--excel', '--output', file, '--as-of', AS_OF]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(readFileSync(file, 'utf8').startsWith('\ufeffOvereenkomst;Titel')).toBe(true);
    const again = await runVo(['-C', REGISTER, 'list', '--output', file, '--as-of', AS_OF]);
    expect(again.code).toBe(2);
    expect(existsSync(file)).toBe(true);
  });
});

describe('vo obligations', () => {
  it('lists the obligations of live agreements in config department order, with the JSON shape of SPEC §7', async () => {
    const rows = await json<Record<string, unknown>[]>('obligations');
    expect(rows.map((r) => `${r.department}/${r.agreement}/${r.id}:${r.status}`)).toEqual([
      'burgerzaken/alpha/rapport:overdue',
      'burgerzaken/alpha/grace:ok',
      'burgerzaken/alpha/melden:not-met',
      'burgerzaken/alpha/stil:on-event',
      'ict/alpha/deels:partially-met',
    ]);
    expect(rows[0]).toEqual({
      department: 'burgerzaken',
      agreement: 'alpha',
      id: 'rapport',
      title: 'Kwartaalrapportage, "met" komma',
      party: 'processor',
      frequency: 'quarterly',
      owner: 'L. Smit',
      lastAssessed: '2025-09-10',
      lastStatus: 'met',
      nextDue: '2025-12-10',
      status: 'overdue',
    });
  });

  it('filters on owner (part of the name, any case), party, status and department', async () => {
    const ids = async (...args: string[]) => (await json<{ id: string }[]>('obligations', ...args)).map((r) => r.id);
    expect(await ids('--owner', 'smit')).toEqual(['rapport']);
    expect(await ids('--party', 'controller')).toEqual(['deels']);
    expect(await ids('--status', 'not-met,partially-met')).toEqual(['melden', 'deels']);
    expect(await ids('--department', 'ict')).toEqual(['deels']);
  });

  it('markdown has a heading per department', async () => {
    const out = (await vo('obligations', '--format', 'markdown', '--lang', 'en')).stdout;
    expect(out.startsWith('### Burgerzaken\n\n| agreement | obligation |')).toBe(true);
    expect(out).toContain('\n\n### ICT\n\n');
  });
});

describe('an obligation in order whose latest value misses its KPI', () => {
  const EXAMPLES = join(REPO_ROOT, 'examples');
  const args = ['-C', EXAMPLES, '--as-of', '2026-10-01'];

  it('is never shown as "op orde" next to its kpi-missed finding: the table, Markdown and vo show say the KPI is missed', async () => {
    const check = JSON.parse((await runVo([...args, 'check', '--format', 'json'])).stdout) as { findings: { rule: string; agreement: string; message: string }[] };
    const missed = check.findings.filter((f) => f.rule === 'kpi-missed');
    expect(missed.map((f) => f.agreement)).toEqual(['wmo-registratie']);
    const table = (await runVo([...args, 'obligations', '--department', 'sociaal-domein'], { env: { NO_COLOR: '1', COLUMNS: '160' } })).stdout;
    expect(table).toMatch(/^wmo-registratie +Maandelijkse beschikbaarheidsrapportage .* norm niet gehaald$/m);
    expect(table).toMatch(/1 norm niet gehaald/);
    const markdown = (await runVo([...args, 'obligations', '--format', 'markdown', '--lang', 'en'])).stdout;
    expect(markdown).toMatch(/^\| wmo-registratie \| Maandelijkse beschikbaarheidsrapportage \|.*\| KPI missed \|$/m);
    const show = (await runVo([...args, 'show', 'wmo-registratie'], { env: { NO_COLOR: '1', COLUMNS: '160' } })).stdout;
    expect(show).toMatch(/Maandelijkse beschikbaarheidsrapportage .* norm niet gehaald$/m);
  });

  it('keeps the five statuses in JSON: status ok, and no extra key', async () => {
    const rows = JSON.parse((await runVo([...args, 'obligations', '--format', 'json'])).stdout) as Record<string, unknown>[];
    const row = rows.find((r) => r.agreement === 'wmo-registratie' && String(r.title).startsWith('Maandelijkse beschikbaarheid'));
    expect(row?.status).toBe('ok');
    expect(Object.keys(row ?? {})).toEqual(['department', 'agreement', 'id', 'title', 'party', 'frequency', 'owner', 'lastAssessed', 'lastStatus', 'nextDue', 'status']);
  });
});

describe('vo agenda', () => {
  it('prints items from overdue up to D + --days, sorted by date, with the JSON shape of SPEC §7', async () => {
    const items = await json<{ date: string; kind: string; agreement: string; overdue: boolean; daysLate: number | null }[]>('agenda', '--days', '30');
    expect(items.map((i) => `${i.date} ${i.kind} ${i.agreement} ${i.overdue}`)).toEqual([
      // beta is low risk: 12 months after its start since format version 2 (was 24).
      '2025-01-01 evaluation beta true',
      '2025-04-01 meeting alpha true',
      '2025-12-10 obligation alpha true',
      // Past its date but within grace_days: listed, not overdue, as vo check stays quiet.
      '2026-02-20 obligation alpha false',
      '2026-03-10 evaluation alpha false',
      '2026-03-15 action alpha false',
    ]);
    expect(Object.keys(items[0]!)).toEqual(['date', 'kind', 'agreement', 'title', 'owner', 'overdue', 'daysLate']);
    // Days late are D − date: the number vo check prints for the same item.
    expect(items.map((i) => i.daysLate)).toEqual([424, 334, 81, null, null, null]);
  });

  it('--days 0 keeps what is overdue or due today; --agreement and --department narrow it', async () => {
    expect((await json<unknown[]>('agenda', '--days', '0')).length).toBe(4);
    expect((await json<{ agreement: string }[]>('agenda', '--agreement', 'beta')).map((i) => i.agreement)).toEqual(['beta']);
    expect(await json<unknown[]>('agenda', '--department', 'ict')).toHaveLength(1);
    const unknown = await vo('agenda', '--agreement', 'alfa');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('vo: onbekende overeenkomst `alfa`; bedoelde u `alpha`?\n');
  });
});

describe('vo show', () => {
  it('prints the key data, risk and interval with their reasons, timeline, what is coming and findings', async () => {
    const out = (await vo('show', 'alpha')).stdout;
    for (const expected of [
      'alpha — Alpha, "de" eerste; met regeleinde',
      '  Risico               hoog (impact hoog × kans middel)',
      '  Evaluatietermijn     6 maanden (beleid voor risico hoog)',
      '  Volgende evaluatie   2026-03-10 (laatste evaluatie 2025-09-10 + 6 maanden)',
      '  Status               fouten (1 fout, 6 waarschuwingen)',
      '  Advies FG            2024-12-01',
      '  2026-01-20    f1 (middel, open, uiterlijk 2026-03-15): Logging ontbreekt',
      '  2025-04-01  334 dagen te laat  Overleg met de verwerker',
      '  waarschuwing  obligation-overdue  agreements/alpha.yaml:39:5',
      '    Het overleg met de verwerker was uiterlijk 1 april 2025 nodig; 334 dagen te',
    ]) {
      expect(out).toContain(expected);
    }
    // The evaluation of 2026-04-01 lies after D and does not exist yet.
    expect(out).not.toContain('alpha-2026-04');
  });

  it('says where an own review interval comes from, and that a draft has no schedule', async () => {
    const register = viewRegister({
      'agreements/beta.yaml': readFileSync(join(REGISTER, 'agreements/beta.yaml'), 'utf8') + 'review_months: 36\n',
    });
    const beta = (await runVo(['-C', register, 'show', 'beta', '--as-of', AS_OF, '--lang', 'en'])).stdout;
    expect(beta).toContain('  Review interval     36 months (own interval; policy for low risk: 12 months)');
    expect(beta).toContain('review-interval-too-long');
    const gamma = (await vo('show', 'gamma')).stdout;
    expect(gamma).toContain('fase concept: geen evaluatieschema');
    expect(gamma).toContain('  Risico               niet beoordeeld (de regels rekenen met hoog)');
  });

  it('--format json carries the same dossier for other tools', async () => {
    const d = (await json<Record<string, unknown>>('show', 'alpha')) as {
      risk: unknown;
      reviewInterval: unknown;
      findings: { rule: string }[];
      upcoming: unknown[];
    };
    expect(d.risk).toEqual({
      level: 'high',
      ruleLevel: 'high',
      source: 'matrix',
      impact: 'high',
      likelihood: 'medium',
      highestImpact: 'high',
      method: null,
      assessed: null,
      components: [],
      missingComponents: [],
    });
    expect(d.reviewInterval).toEqual({ months: 6, source: 'policy', policyMonths: 6 });
    expect(d.findings.map((f) => f.rule)).toContain('obligation-not-met');
    expect(d.upcoming).toHaveLength(8);
    // The same statuses and counts as vo list.
    expect(d).toMatchObject({ status: 'error', errors: 1, warnings: 6, evaluation: 'due-soon' });
  });

  it('an unknown agreement is a usage error with a suggestion', async () => {
    const result = await vo('show', 'bèta');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('vo: onbekende overeenkomst `bèta`; bedoelde u `beta`?\n');
  });
});

describe('help', () => {
  it('lists the four view commands in Dutch and English', async () => {
    const nl = (await runVo(['--help'])).stdout;
    const en = (await runVo(['--help', '--lang', 'en'])).stdout;
    for (const command of ['list', 'obligations', 'show', 'agenda']) {
      expect(nl).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
      expect(en).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    }
    expect(nl).toContain('toon het dossier van één overeenkomst');
    expect(en).toContain("print one agreement's dossier");
  });
});

describe('the review interval in vo show', () => {
  it('gives the policy its unit and reads as vo check does ("policy for medium risk (12 months)")', async () => {
    const examples = join(REPO_ROOT, 'examples');
    // The dossier wraps at 80 columns; the words matter here, not where the line breaks.
    const show = async (...args: string[]) => (await runVo(['-C', examples, 'show', ...args, '--as-of', '2026-10-01'])).stdout.replace(/\s+/g, ' ');
    expect(await show('e-mailarchivering')).toContain(' Evaluatietermijn 24 maanden (eigen termijn; beleid voor risico middel: 12 maanden) ');
    expect(await show('e-mailarchivering', '--lang', 'en')).toContain(' Review interval 24 months (own interval; policy for medium risk: 12 months) ');
    expect(await show('jeugdhulp-portaal', '--lang', 'en')).toContain(' Review interval 6 months (policy for high risk) ');
  });
});

describe('the agenda title of a certificate or report', () => {
  it('fits an item 93 days late as well as one still to come: "Einde geldigheid", not "verloopt"', async () => {
    const examples = join(REPO_ROOT, 'examples');
    const titles = async (lang: string) =>
      (JSON.parse((await runVo(['-C', examples, 'agenda', '--agreement', 'jeugdhulp-portaal', '--days', '200', '--format', 'json', '--as-of', '2026-10-01', '--lang', lang])).stdout) as { kind: string; title: string; overdue: boolean }[])
        .filter((item) => item.kind === 'assurance')
        .map((item) => [item.title, item.overdue]);
    expect(await titles('nl')).toEqual([['Einde geldigheid ISAE 3402 type II', true], ['Einde geldigheid ISO 27001', false]]);
    expect(await titles('en')).toEqual([['End of ISAE 3402 type II validity', true], ['End of ISO 27001 validity', false]]);
  });
});

describe('vo show of an agreement that is not in force', () => {
  it('says why nothing is coming up in the words of the phase column: "in force", "in beheer"', async () => {
    const examples = join(REPO_ROOT, 'examples');
    const en = (await runVo(['-C', examples, 'show', 'afsprakenplanner', '--as-of', '2026-10-01', '--lang', 'en'])).stdout;
    expect(en).toContain('\nComing up\n  phase draft: no evaluation schedule (only agreements in force are monitored)\n');
    const nl = (await runVo(['-C', examples, 'show', 'afsprakenplanner', '--as-of', '2026-10-01'])).stdout;
    expect(nl).toContain('\nWat eraan komt\n  fase concept: geen evaluatieschema (alleen overeenkomsten in beheer worden bewaakt)\n');
  });
});

describe('a register with integrity errors', () => {
  it('still lists what could be read, and says on stderr that the rest is missing', async () => {
    const register = viewRegister({ 'agreements/kapot.yaml': 'id: kapot\ntitle: [niet af\n' });
    const result = await runVo(['-C', register, 'list', '--format', 'json', '--as-of', AS_OF]);
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as { id: string; status: string; title: string | null }[];
    expect(rows.length).toBe(5);
    // Nothing is left out silently: the broken file is a row, as invalid, with what could be read of it.
    expect(rows.find((r) => r.id === 'kapot')).toMatchObject({ status: 'invalid', title: null });
    expect(result.stderr).toMatch(/^vo: let op: het register heeft 1 integriteitsfout \(zie vo validate\); van overeenkomsten/);
  });

  it('gives a broken agreement the risk level that can be read whole, and null for a risk block that cannot', async () => {
    const root = join(tempDir('vo-broken-risk-'), 'register');
    cpSync(join(REPO_ROOT, 'examples'), root, { recursive: true });
    const file = join(root, 'agreements', 'zaaksysteem.yaml');
    // An unknown key breaks the file's schema; `risk` (impact high, likelihood medium) is untouched.
    writeFileSync(file, readFileSync(file, 'utf8').replace('\nrisk:\n', '\nfoo_bar: 1\nrisk:\n'));
    const risk = async () => {
      const rows = JSON.parse((await runVo(['-C', root, 'list', '--format', 'json', '--as-of', AS_OF])).stdout) as { id: string; status: string; risk: string | null }[];
      return rows.find((r) => r.id === 'zaaksysteem');
    };
    expect(await risk()).toMatchObject({ status: 'invalid', risk: 'high' });
    // A likelihood the schema does not know: half a block gives no level.
    writeFileSync(file, readFileSync(file, 'utf8').replace('  likelihood: medium\n', '  likelihood: vaak\n'));
    expect(await risk()).toMatchObject({ status: 'invalid', risk: null });
  });

  it('says the same in English: the broken agreement is listed as invalid, not missing', async () => {
    const register = viewRegister({ 'agreements/kapot.yaml': 'id: kapot\ntitle: [niet af\n' });
    const result = await runVo(['-C', register, 'list', '--lang', 'en', '--as-of', AS_OF]);
    expect(result.stdout).toMatch(/^kapot .*invalid/m);
    expect(result.stderr).toMatch(/^vo: note: the register has 1 integrity error \(see vo validate\); of agreements in files that cannot be read, only what could be read is shown \(status invalid file\)\n$/);
  });

  it('names the status as the views do, and a scoped load does not speak for the whole register', async () => {
    const examples = join(REPO_ROOT, 'examples');
    // The example register has 5 integrity errors; one of them is in a file about jeugdhulp-portaal.
    const list = await runVo(['-C', examples, 'list', '--as-of', AS_OF]);
    expect(list.stderr).toMatch(/^vo: let op: het register heeft 5 integriteitsfouten \(zie vo validate\); .*\(status bestand ongeldig\)\n$/);
    const show = await runVo(['-C', examples, 'show', 'jeugdhulp-portaal', '--as-of', AS_OF]);
    expect(show.stderr).toMatch(/^vo: let op: de gelezen bestanden hebben 1 integriteitsfout \(zie vo validate voor het hele register\); /);
    const english = await runVo(['-C', examples, 'show', 'jeugdhulp-portaal', '--as-of', AS_OF, '--lang', 'en']);
    expect(english.stderr).toMatch(/^vo: note: the files read have 1 integrity error \(see vo validate for the whole register\); .*\(status invalid file\)\n$/);
  });

  it('shows a broken file\'s risk as unknown (empty), not as "niet beoordeeld", which is said only of an agreement without risk', async () => {
    const register = viewRegister({ 'agreements/kapot.yaml': 'id: kapot\ntitle: [niet af\n' });
    const result = await runVo(['-C', register, 'list', '--format', 'markdown', '--as-of', AS_OF]);
    const kapot = result.stdout.split('\n').find((line) => line.startsWith('| kapot |'));
    expect(kapot).toBeDefined();
    expect(kapot).not.toContain('niet beoordeeld');
    expect(kapot).toContain('bestand ongeldig');
  });
});
