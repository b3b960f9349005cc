import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runVo, tempDir } from '../helpers/run-cli.js';
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
      status: 'due-soon',
    });
    // An evaluation dated after D does not exist yet; a draft has no schedule.
    expect(rows.find((r) => r.id === 'gamma')).toMatchObject({ risk: 'high', lastEvaluation: null, nextEvaluation: null, status: 'draft' });
  });

  it('filters on department, phase, risk and status, with comma-separated choices', async () => {
    const ids = async (...args: string[]) => (await json<{ id: string }[]>('list', ...args)).map((r) => r.id);
    expect(await ids('--department', 'ict')).toEqual(['beta', 'gamma']);
    expect(await ids('--phase', 'draft,ended')).toEqual(['delta', 'gamma']);
    expect(await ids('--risk', 'low')).toEqual(['beta']);
    expect(await ids('--status', 'overdue,due-soon')).toEqual(['alpha', 'beta']);
    expect(await ids('--status', 'ok')).toEqual([]);
  });

  it('rejects unknown choices and departments with one line and exit 2', async () => {
    for (const [args, message] of [
      [['list', '--status', 'late'], 'vo: ongeldige waarde `late` voor --status; kies uit: overdue, due-soon, ok, draft, signing, ended\n'],
      [['list', '--format', 'xml'], 'vo: ongeldige waarde `xml` voor --format; kies uit: table, json, csv, markdown\n'],
      [['list', '--department', 'ikt'], 'vo: onbekende afdeling `ikt`; bekend in vo.config.yaml: burgerzaken, ict\n'],
      [['obligations', '--party', 'verwerker'], 'vo: ongeldige waarde `verwerker` voor --party; kies uit: processor, controller\n'],
      [['agenda', '--days', '-3'], 'vo: ongeldig aantal dagen `-3` voor --days; geef een geheel getal van 0 tot en met 3660\n'],
      [['agenda', '--format', 'csv'], 'vo: ongeldige waarde `csv` voor --format; kies uit: table, json, ics\n'],
    ] as const) {
      const result = await vo(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toBe(message);
      expect(result.stdout).toBe('');
    }
  });

  it('markdown has a table and the totals', async () => {
    const result = await vo('list', '--format', 'markdown');
    expect(result.stdout).toContain('| overeenkomst | titel | afdeling | verwerker | risico | laatste | volgende | status |');
    expect(result.stdout).toContain('| alpha | Alpha, "de" eerste; met regeleinde | Burgerzaken | Verwerker alpha B.V. | hoog | 2025-09-10 | 2026-03-10 | binnenkort |');
    expect(result.stdout.trimEnd().endsWith('4 overeenkomsten: 1 te laat, 1 binnenkort, 1 in opstelling, 1 beëindigd')).toBe(true);
  });

  it('--output writes the file atomically and refuses to overwrite it without --force', async () => {
    const file = join(tempDir(), 'lijst.csv');
    const first = await runVo(['-C', REGISTER, 'list', '--format', 'csv', '--excel', '--output', file, '--as-of', AS_OF]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(readFileSync(file, 'utf8').startsWith('\ufeffid;title')).toBe(true);
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

describe('vo agenda', () => {
  it('prints items from overdue up to D + --days, sorted by date, with the JSON shape of SPEC §7', async () => {
    const items = await json<{ date: string; kind: string; agreement: string; overdue: boolean }[]>('agenda', '--days', '30');
    expect(items.map((i) => `${i.date} ${i.kind} ${i.agreement} ${i.overdue}`)).toEqual([
      '2025-04-01 meeting alpha true',
      '2025-12-10 obligation alpha true',
      '2026-01-01 evaluation beta true',
      // Past its date but within grace_days: listed, not overdue, as vo check stays quiet.
      '2026-02-20 obligation alpha false',
      '2026-03-10 evaluation alpha false',
      '2026-03-15 action alpha false',
    ]);
    expect(Object.keys(items[0]!)).toEqual(['date', 'kind', 'agreement', 'title', 'overdue']);
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
      '  2026-01-20    f1 (middel, open, uiterlijk 2026-03-15): Logging ontbreekt',
      '  2025-04-01  334 dagen te laat  Overleg met de verwerker',
      '  waarschuwing  obligation-overdue  agreements/alpha.yaml:30:5',
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
    expect(beta).toContain('  Review interval     36 months (own review_months; policy for risk low: 24)');
    expect(beta).toContain('review-interval-too-long');
    const gamma = (await vo('show', 'gamma')).stdout;
    expect(gamma).toContain('fase in opstelling: geen evaluatieschema');
    expect(gamma).toContain('  Risico               hoog (geen risicobeoordeling, dus behandeld als hoog)');
  });

  it('--format json carries the same dossier for other tools', async () => {
    const d = (await json<Record<string, unknown>>('show', 'alpha')) as {
      risk: unknown;
      reviewInterval: unknown;
      findings: { rule: string }[];
      upcoming: unknown[];
    };
    expect(d.risk).toEqual({ level: 'high', source: 'matrix', impact: 'high', likelihood: 'medium', method: null, assessed: null });
    expect(d.reviewInterval).toEqual({ months: 6, source: 'policy', policyMonths: 6 });
    expect(d.findings.map((f) => f.rule)).toContain('obligation-not-met');
    expect(d.upcoming).toHaveLength(8);
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

describe('a register with integrity errors', () => {
  it('still lists what could be read, and says on stderr that the rest is missing', async () => {
    const register = viewRegister({ 'agreements/kapot.yaml': 'id: kapot\ntitle: [niet af\n' });
    const result = await runVo(['-C', register, 'list', '--format', 'json', '--as-of', AS_OF]);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as unknown[]).length).toBe(4);
    expect(result.stderr).toMatch(/^vo: let op: het register heeft 1 integriteitsfout \(zie vo validate\); bestanden die/);
  });
});
