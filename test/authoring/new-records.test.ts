import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runVo } from '../helpers/run-cli.js';
import { authoringRegister } from './fixture.js';
import { runTyping } from './helpers.js';

const CHECKLIST = [
  'monitoring',
  'security-measures',
  'reports-received',
  'assurance-current',
  'incidents-handled',
  'subprocessors-current',
  'service-changes',
  'roles-assigned',
  'staff-aware',
  'meetings-held',
  'improvements',
];

async function findings(root: string, command: 'validate' | 'check'): Promise<{ rule: string; file: string }[]> {
  const extra = command === 'check' ? ['--fail-on', 'never'] : [];
  const result = await runVo(['-C', root, command, '--as-of', '2026-10-01', '--format', 'json', ...extra]);
  return JSON.parse(result.stdout).findings;
}

describe('vo new evaluation', () => {
  it('carries every checklist item and the recurring obligations, and validates as written', async () => {
    const root = authoringRegister();
    const result = await runVo(['-C', root, 'new', 'evaluation', 'zaak', '--as-of', '2026-10-01'], { cwd: root });
    expect(result).toMatchObject({ code: 0, stdout: 'evaluations/2026/2026-10-01-zaak.yaml\n' });
    const text = readFileSync(join(root, 'evaluations', '2026', '2026-10-01-zaak.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../.vo/schemas/evaluation.schema.json');
    expect(text).toContain('date: "2026-10-01"');
    const value = parse(text) as { checklist: { item: string }[]; obligations: { id: string }[]; outcome: string };
    expect(value.checklist.map((c) => c.item)).toEqual(CHECKLIST);
    // once and on-event obligations are no periodic work; the monthly and half-yearly ones are.
    expect(value.obligations.map((o) => o.id)).toEqual(['beschikbaarheid', 'autorisaties']);
    expect(text).toContain('# value: 99.5  # beschikbaarheid: afgesproken >= 99.5 %');
    expect(await findings(root, 'validate')).toEqual([]);
  });

  it('leaves a forgotten placeholder visible in vo check instead of hiding a problem', async () => {
    const root = authoringRegister();
    await runVo(['-C', root, 'new', 'evaluation', 'zaak', '--as-of', '2026-10-01']);
    const rules = (await findings(root, 'check')).filter((f) => f.file.startsWith('evaluations/')).map((f) => f.rule);
    expect(rules).toEqual(['obligation-not-met', 'obligation-not-met']);
  });

  it('makes default ids unique and honours --date, --type, --outcome and --id', async () => {
    const root = authoringRegister();
    const first = await runVo(['-C', root, 'new', 'evaluation', 'zaak', '--date', '2025-12-31', '--outcome', 'compliant'], { cwd: root });
    const second = await runVo(['-C', root, 'new', 'evaluation', 'zaak', '--date', '2025-12-31', '--type', 'meeting'], { cwd: root });
    const own = await runVo(['-C', root, 'new', 'evaluation', 'zaak', '--id', 'audit-2026', '--type', 'external-audit'], { cwd: root });
    expect([first.stdout, second.stdout, own.stdout]).toEqual([
      'evaluations/2025/2025-12-31-zaak.yaml\n',
      'evaluations/2025/2025-12-31-zaak-2.yaml\n',
      'evaluations/2026/audit-2026.yaml\n',
    ]);
    const compliant = readFileSync(join(root, 'evaluations', '2025', '2025-12-31-zaak.yaml'), 'utf8');
    expect(compliant).toMatch(/^outcome: compliant$/m);
    // A meeting needs no checklist or assessments: they wait as comments.
    const meeting = parse(readFileSync(join(root, 'evaluations', '2025', '2025-12-31-zaak-2.yaml'), 'utf8'));
    expect(meeting).toEqual({ id: '2025-12-31-zaak-2', agreement: 'zaak', date: '2025-12-31', type: 'meeting' });
    expect(await findings(root, 'validate')).toEqual([]);
    const taken = await runVo(['-C', root, 'new', 'evaluation', 'zaak', '--id', 'audit-2026']);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain('id `audit-2026` bestaat al in dit register; kies een andere met --id');
  });

  it('names an unknown agreement with a suggestion, and refuses a bad date', async () => {
    const root = authoringRegister();
    const unknown = await runVo(['-C', root, 'new', 'evaluation', 'zak']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('onbekende overeenkomst `zak`; bedoelt u `zaak`?');
    const date = await runVo(['-C', root, 'new', 'evaluation', 'zaak', '--date', '2026-02-30']);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('ongeldige datum `2026-02-30` voor --date');
  });

  it('writes English comments with --lang en', async () => {
    const root = authoringRegister();
    await runVo(['-C', root, 'new', 'evaluation', 'zaak', '--as-of', '2026-10-01', '--lang', 'en']);
    const text = readFileSync(join(root, 'evaluations', '2026', '2026-10-01-zaak.yaml'), 'utf8');
    expect(text).toContain('outcome: non-compliant  # FILL IN');
    expect(text).not.toContain('VUL IN');
  });
});

describe('titles with line breaks', () => {
  it('stay inside their comments: the generated files keep exactly their own keys', async () => {
    const root = authoringRegister();
    const agreement = join(root, 'agreements', 'zaak.yaml');
    writeFileSync(agreement, readFileSync(agreement, 'utf8').replace('title: Maandelijkse beschikbaarheidsrapportage', 'title: |\n      Maandelijks\n      outcome: compliant'));
    await runVo(['-C', root, 'new', 'evaluation', 'zaak', '--as-of', '2026-10-01']);
    const evaluation = parse(readFileSync(join(root, 'evaluations', '2026', '2026-10-01-zaak.yaml'), 'utf8')) as { outcome: string };
    expect(evaluation.outcome).toBe('non-compliant');
    const incident = await runVo(['-C', root, 'new', 'incident', 'zaak', '--title', 'Lek\nstatus: closed', '--aware', '2026-10-01T08:00'], { cwd: root });
    const text = readFileSync(join(root, incident.stdout.trim()), 'utf8');
    expect(parse(text)).toMatchObject({ title: 'Lek\nstatus: closed', status: 'open' });
    expect(await findings(root, 'validate')).toEqual([]);
  });
});

describe('vo new incident', () => {
  it('states the agreed term and the authority deadline, and validates as written', async () => {
    const root = authoringRegister();
    // The night the clocks go forward: elapsed hours, as the incident rules count, end an hour later on the clock.
    const result = await runVo(
      ['-C', root, 'new', 'incident', 'zaak', '--title', 'Phishing bij de verwerker', '--aware', '2026-03-28T23:00'],
      { cwd: root },
    );
    expect(result).toMatchObject({ code: 0, stdout: 'incidents/2026/2026-03-28-zaak.yaml\n' });
    const text = readFileSync(join(root, 'incidents', '2026', '2026-03-28-zaak.yaml'), 'utf8');
    expect(text).toContain('binnen 24 uur\n#   (breach_notice_hours in agreements/zaak.yaml), dus uiterlijk 2026-03-30T00:00.');
    expect(text).toContain('rekent vo vanaf processor_aware:\n#   uiterlijk 2026-04-01T00:00.');
    expect(text).toContain('processor_aware: "2026-03-28T23:00"');
    expect(parse(text)).toEqual({
      id: '2026-03-28-zaak',
      agreement: 'zaak',
      title: 'Phishing bij de verwerker',
      type: 'data-breach',
      discovered_by: 'processor',
      processor_aware: '2026-03-28T23:00',
      authority_notification: 'undecided',
      status: 'open',
    });
    expect(await findings(root, 'validate')).toEqual([]);
  });

  it('never leaves `undecided` silently: the user is told by when to decide, and from when vo check calls it an error', async () => {
    const root = authoringRegister();
    const result = await runVo(['-C', root, 'new', 'incident', 'zaak', '--title', 'Lek', '--aware', '2026-09-28T09:00']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'vo: let op: authority_notification staat op undecided. Besluit uiterlijk 1 oktober 2026 09:00 of de AP een melding krijgt; vanaf 2 oktober 2026 meldt vo check dit als fout (incident-authority-undecided).\n',
    );
    const text = readFileSync(join(root, 'incidents', '2026', '2026-09-28-zaak.yaml'), 'utf8');
    expect(text).toContain('# undecided mag tot 2026-10-01T09:00; vanaf 2026-10-02 meldt vo check het als fout (incident-authority-undecided).\nauthority_notification: undecided\n');
    // What the notice says is what vo check does: nothing on the deadline's date, an error the day after.
    const rulesOn = async (asOf: string) => {
      const check = await runVo(['-C', root, 'check', '--as-of', asOf, '--format', 'json', '--fail-on', 'never']);
      return (JSON.parse(check.stdout).findings as { rule: string; file: string }[]).filter((f) => f.file.startsWith('incidents/')).map((f) => f.rule);
    };
    expect(await rulesOn('2026-10-01')).toEqual([]);
    expect(await rulesOn('2026-10-02')).toEqual(['incident-authority-undecided']);
  });

  it('writes who discovered it, the decision and its reason, the AP notification and reference, as given', async () => {
    const root = authoringRegister();
    const own = await runVo(
      ['-C', root, 'new', 'incident', 'zaak', '--title', 'Verloren laptop', '--aware', '2026-09-28T09:00', '--discovered-by', 'controller', '--authority', 'not-required', '--reason', 'Versleutelde schijf'],
      { cwd: root },
    );
    expect(own).toMatchObject({ code: 0, stderr: expect.not.stringContaining('let op') });
    expect(parse(readFileSync(join(root, own.stdout.trim()), 'utf8'))).toMatchObject({
      discovered_by: 'controller',
      controller_notified: '2026-09-28T09:00',
      authority_notification: 'not-required',
      decision_reason: 'Versleutelde schijf',
    });
    expect(readFileSync(join(root, own.stdout.trim()), 'utf8')).toContain('# processor_aware: "2026-09-28T09:00"');
    const reported = await runVo(
      ['-C', root, 'new', 'incident', 'zaak', '--title', 'Lek', '--aware', '2026-09-20T09:00', '--notified', '2026-09-20T12:00', '--authority', 'required',
        '--authority-notified', '2026-09-24T10:00', '--authority-reference', 'M-2026-1', '--delay-reason', 'Omvang pas na onderzoek bekend'],
      { cwd: root },
    );
    expect(reported.code).toBe(0);
    expect(parse(readFileSync(join(root, reported.stdout.trim()), 'utf8'))).toMatchObject({
      discovered_by: 'processor',
      processor_aware: '2026-09-20T09:00',
      controller_notified: '2026-09-20T12:00',
      authority_notification: 'required',
      authority_notified: '2026-09-24T10:00',
      authority_reference: 'M-2026-1',
      authority_delay_reason: 'Omvang pas na onderzoek bekend',
    });
    expect(await findings(root, 'validate')).toEqual([]);
    const rules = (await findings(root, 'check')).filter((f) => f.file.startsWith('incidents/')).map((f) => f.rule);
    // Late, but explained: a warning, not the error; the reasoned decision gives nothing.
    expect(rules).toEqual(['incident-authority-late-explained']);
  });

  it('tells what vo check will say about a decision without its reason or notification', async () => {
    const root = authoringRegister();
    const base = ['-C', root, 'new', 'incident', 'zaak', '--title', 'Lek', '--aware', '2026-09-28T09:00'];
    const unexplained = await runVo([...base, '--authority', 'not-required']);
    expect(unexplained.stderr).toContain('(incident-decision-unexplained)');
    const pending = await runVo([...base, '--authority', 'required']);
    expect(pending.stderr).toContain('vo: let op: meld het datalek uiterlijk 1 oktober 2026 09:00 bij de AP en vul authority_notified in; vanaf 2 oktober 2026');
    const late = await runVo([...base, '--authority', 'required', '--authority-notified', '2026-10-02T09:00', '--lang', 'en']);
    expect(late.stderr).toContain('note: the DPA was notified after 1 October 2026 09:00; without a reason (--delay-reason) vo check reports this as an error (incident-authority-late).');
  });

  it.each([
    [['--reason', 'x'], '--reason hoort alleen bij --authority not-required'],
    [['--authority', 'required', '--reason', 'x'], '--reason hoort alleen bij --authority not-required'],
    [['--authority-reference', 'M-1', '--authority', 'required'], '--authority-reference hoort alleen bij --authority-notified'],
    [['--discovered-by', 'controller', '--notified', '2026-09-28T10:00'], '--notified hoort alleen bij --discovered-by processor'],
    [['--authority', 'required', '--authority-notified', '2026-09-29T09:00', '--delay-reason', 'x'], '--delay-reason hoort alleen bij een melding bij de AP later dan 72 uur'],
    [['--authority', 'misschien'], 'ongeldige waarde `misschien` voor --authority; kies uit: required, not-required, undecided'],
    [['--discovered-by', 'wij'], 'ongeldige waarde `wij` voor --discovered-by; kies uit: processor, controller'],
  ])('refuses %j with one line and writes nothing', async (flags, message) => {
    const root = authoringRegister();
    const result = await runVo(['-C', root, 'new', 'incident', 'zaak', '--title', 'Lek', '--aware', '2026-09-28T09:00', ...flags]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`vo: ${message}\n`);
    expect(existsSync(join(root, 'incidents'))).toBe(false);
  });

  it('asks on a terminal who discovered it and what was decided, with the AP deadline in the question', async () => {
    const root = authoringRegister();
    const typed = await runTyping(
      ['-C', root, 'new', 'incident', 'zaak', '--title', 'Lek'],
      ['controller', '2026-09-28T09:00', 'misschien', 'not-required', 'Versleutelde schijf'],
      root,
    );
    expect(typed.code).toBe(0);
    expect(typed.stderr).toContain('Wanneer ontdekten wij het');
    expect(typed.stderr).toContain('Besluit uiterlijk 1 oktober 2026 09:00 (--authority) [undecided]: ');
    expect(typed.stderr).toContain('ongeldige waarde `misschien` voor --authority');
    expect(parse(readFileSync(join(root, typed.stdout.trim()), 'utf8'))).toMatchObject({
      discovered_by: 'controller',
      authority_notification: 'not-required',
      decision_reason: 'Versleutelde schijf',
    });
  });

  it('uses the policy maximum without an agreed term, and counts from --notified', async () => {
    const root = authoringRegister();
    await runVo(['-C', root, 'new', 'incident', 'kcc', '--title', 'Verkeerde ontvanger', '--aware', '2026-09-01T09:00', '--notified', '2026-09-02T10:30']);
    const text = readFileSync(join(root, 'incidents', '2026', '2026-09-01-kcc.yaml'), 'utf8');
    expect(text).toContain('vo rekent met het maximum uit het beleid,\n#   48 uur (max_breach_notice_hours), dus uiterlijk 2026-09-03T09:00.');
    expect(text).toContain('#   Uiterlijk 2026-09-05T10:30.');
    expect(text).toContain('binnen 30 dagen, dus uiterlijk 2026-10-02.');
    expect(parse(text)).toMatchObject({ controller_notified: '2026-09-02T10:30' });
    expect(await findings(root, 'validate')).toEqual([]);
  });

  it('without a terminal and without flags: exit 2 naming --title and --aware', async () => {
    const root = authoringRegister();
    const result = await runVo(['-C', root, 'new', 'incident', 'zaak']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ontbrekende gegevens: --title, --aware.');
  });

  it('asks on a terminal, and never writes over the file of a taken default id', async () => {
    const root = authoringRegister();
    // An empty answer takes the default in brackets (processor, undecided) or leaves an optional moment out.
    const typed = await runTyping(['-C', root, 'new', 'incident'], ['zaak', 'Lek', '', 'gisteren', '2026-10-01T08:00', '', ''], root);
    expect(typed.code).toBe(0);
    expect(typed.stderr).toContain('ongeldig tijdstip `gisteren` voor --aware');
    expect(typed.stderr).toContain('authority_notification staat op undecided');
    const path = join(root, 'incidents', '2026', '2026-10-01-zaak.yaml');
    writeFileSync(path, readFileSync(path, 'utf8') + '# mine\n');
    const before = readFileSync(path);
    const again = await runVo(['-C', root, 'new', 'incident', 'zaak', '--title', 'Lek', '--aware', '2026-10-01T09:00'], { cwd: root });
    expect(again.stdout).toBe('incidents/2026/2026-10-01-zaak-2.yaml\n');
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});
