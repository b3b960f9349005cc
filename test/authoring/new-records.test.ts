import { readFileSync, writeFileSync } from 'node:fs';
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
      processor_aware: '2026-03-28T23:00',
      authority_notification: 'undecided',
      status: 'open',
    });
    expect(await findings(root, 'validate')).toEqual([]);
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
    const typed = await runTyping(['-C', root, 'new', 'incident'], ['zaak', 'Lek', 'gisteren', '2026-10-01T08:00'], root);
    expect(typed.code).toBe(0);
    expect(typed.stderr).toContain('ongeldig tijdstip `gisteren` voor --aware');
    const path = join(root, 'incidents', '2026', '2026-10-01-zaak.yaml');
    writeFileSync(path, readFileSync(path, 'utf8') + '# mine\n');
    const before = readFileSync(path);
    const again = await runVo(['-C', root, 'new', 'incident', 'zaak', '--title', 'Lek', '--aware', '2026-10-01T09:00'], { cwd: root });
    expect(again.stdout).toBe('incidents/2026/2026-10-01-zaak-2.yaml\n');
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});
