import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runVo, tempDir } from '../helpers/run-cli.js';
import { authoringRegister } from './fixture.js';
import { runTyping } from './helpers.js';

const AGREEMENT = ['--title', 'Zaak: "nieuw" #1', '--department', 'ict', '--processor', 'Acme B.V.', '--owner', 'J. Jansen'];
const CLAUSES = [
  ['instructions', 'art. 3'],
  ['confidentiality', 'art. 6'],
  ['security', 'art. 7 en bijlage 2'],
  ['subprocessors', 'art. 8'],
  ['data_subject_rights', 'art. 10'],
  ['assistance', 'art. 11'],
  ['deletion_return', 'art. 14'],
  ['audits', 'art. 12'],
].flatMap(([key, reference]) => ['--clause', `${key}=${reference}`]);
/** What an agreement in phase active needs, at medium risk. */
const ACTIVE = [
  '--signed', '2026-09-01', '--impact', 'medium', '--likelihood', 'medium', '--purpose', 'Zaakgericht werken',
  '--data-subject', 'Inwoners', '--data-subject', 'Medewerkers', '--data-category', 'NAW-gegevens', '--breach-hours', '24', ...CLAUSES,
];

async function validates(root: string): Promise<void> {
  const result = await runVo(['-C', root, 'validate', '--format', 'json']);
  expect(JSON.parse(result.stdout).findings).toEqual([]);
  expect(result.code).toBe(0);
}

describe('vo new agreement', () => {
  it('writes a valid, commented file, prints its path and keeps awkward values intact', async () => {
    const root = authoringRegister();
    const result = await runVo(['new', 'agreement', 'acme', ...AGREEMENT], { cwd: root });
    expect(result).toMatchObject({ code: 0, stdout: 'agreements/acme.yaml\n' });
    const text = readFileSync(join(root, 'agreements', 'acme.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../.vo/schemas/agreement.schema.json');
    expect(text).toContain('# Eigenaar-afdeling: een id uit vo.config.yaml (burgerzaken, ict).');
    expect(parse(text)).toEqual({
      id: 'acme',
      title: 'Zaak: "nieuw" #1',
      department: 'ict',
      process_owner: { name: 'J. Jansen' },
      processor: { name: 'Acme B.V.' },
      phase: 'draft',
    });
    await validates(root);
  });

  it.each([['nl'], ['en']])('un-commenting every example gives a valid agreement (%s)', async (lang) => {
    const root = authoringRegister();
    await runVo(['-C', root, 'new', 'agreement', 'acme', ...AGREEMENT, '--phase', 'active', ...ACTIVE, '--lang', lang]);
    const path = join(root, 'agreements', 'acme.yaml');
    const uncommented = readFileSync(path, 'utf8')
      .split('\n')
      .map((line) => line.replace(/^(\s*)# (?=[a-z_]+:|- |"|\s)/, '$1'))
      .join('\n');
    const value = parse(uncommented) as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(
      expect.arrayContaining(['template', 'dates', 'processing', 'risk', 'signing', 'clauses', 'subprocessors', 'assurance', 'obligations', 'monitoring', 'exit']),
    );
    const v2 = value as { processing: Record<string, unknown>; risk: { components: unknown[]; dpia: Record<string, unknown> }; signing: Record<string, unknown>; exit: Record<string, unknown> };
    expect(Object.keys(v2.processing)).toEqual(
      expect.arrayContaining(['purposes', 'data_subjects', 'data_categories', 'special_categories', 'criminal_data', 'bsn', 'nature', 'activities']),
    );
    expect(v2.risk.components).toHaveLength(7);
    expect(Object.keys(v2.risk.dpia)).toEqual(expect.arrayContaining(['required', 'date', 'outcome', 'accepted_by', 'accepted']));
    expect(Object.keys(v2.signing)).toEqual(['signed_by', 'mandate', 'fg_advice']);
    expect(v2.exit).toMatchObject({ plan: expect.any(String) });
    writeFileSync(path, uncommented);
    await validates(root);
  });

  it('without a terminal and without flags: exit 2 naming every missing flag', async () => {
    const root = authoringRegister();
    const result = await runVo(['-C', root, 'new', 'agreement', 'acme']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^vo: ontbrekende gegevens: --title, --department, --processor, --owner\. /);
    const noId = await runVo(['-C', root, 'new', 'agreement', '--lang', 'en']);
    expect(noId.stderr).toContain('missing values: <id>, --title, --department, --processor, --owner.');
    expect(existsSync(join(root, 'agreements', 'acme.yaml'))).toBe(false);
  });

  it('never writes over an existing file: exit 2 and the file stays byte-identical', async () => {
    const root = authoringRegister();
    const path = join(root, 'agreements', 'zaak.yaml');
    const before = readFileSync(path);
    const result = await runVo(['-C', root, 'new', 'agreement', 'zaak', ...AGREEMENT]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('id `zaak` bestaat al in dit register; kies een andere\n');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it.each([
    [['--department', 'financien'], 'onbekende afdeling `financien`; kies uit: burgerzaken, ict'],
    [['--phase', 'actief'], 'ongeldige waarde `actief` voor --phase'],
    [['--title', ''], '--title mag niet leeg zijn'],
  ])('refuses %j with a one-line error', async (flags, message) => {
    const root = authoringRegister();
    const result = await runVo(['-C', root, 'new', 'agreement', 'acme', ...AGREEMENT, ...flags]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses an id that is no valid file name', async () => {
    const root = authoringRegister();
    const result = await runVo(['-C', root, 'new', 'agreement', 'Acme Zaak', ...AGREEMENT]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ongeldige id `Acme Zaak`');
  });

  it('asks on a terminal for what is missing, again after a wrong answer', async () => {
    const root = authoringRegister();
    const result = await runTyping(['new', 'agreement'], ['acme', 'Zaaksysteem', 'financien', 'ict', 'Acme B.V.', 'J. Jansen'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('agreements/acme.yaml\n');
    expect(result.stderr).toContain('Titel van de overeenkomst (--title): ');
    expect(result.stderr).toContain('onbekende afdeling `financien`; kies uit: burgerzaken, ict; probeer het opnieuw');
    expect(parse(readFileSync(join(root, 'agreements', 'acme.yaml'), 'utf8'))).toMatchObject({ department: 'ict', title: 'Zaaksysteem' });
    await validates(root);
  });

  it('stops with exit 2 when the terminal input ends, naming what is still missing', async () => {
    const root = authoringRegister();
    const result = await runTyping(['new', 'agreement', 'acme'], ['Zaaksysteem'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('vo: de invoer is beëindigd; ontbrekende gegevens: --department, --processor, --owner\n');
    expect(existsSync(join(root, 'agreements', 'acme.yaml'))).toBe(false);
  });

  it('prints the path relative to the working directory and hints at the missing schema copies', async () => {
    const root = authoringRegister();
    const cwd = tempDir();
    const result = await runVo(['new', 'agreement', 'acme', ...AGREEMENT, '-C', root], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout.trim().endsWith('/agreements/acme.yaml')).toBe(true);
    expect(result.stdout.startsWith('..')).toBe(true);
    expect(result.stderr).toContain('vo schema --out .vo/schemas');
  });
});

describe('vo new agreement in a later phase', () => {
  type Finding = { rule: string; severity: string; agreement?: string };
  async function acmeFindings(root: string): Promise<Finding[]> {
    const check = await runVo(['-C', root, 'check', '--as-of', '2026-10-01', '--format', 'json', '--fail-on', 'never']);
    return (JSON.parse(check.stdout).findings as Finding[]).filter((f) => f.agreement === 'acme');
  }

  it('without a terminal refuses phase active in one message that lists everything it needs, and writes nothing', async () => {
    const root = authoringRegister();
    const result = await runVo(['-C', root, 'new', 'agreement', 'acme', ...AGREEMENT, '--phase', 'active']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(
      'ontbrekende gegevens: --signed, --impact, --likelihood, --purpose, --data-subject, --data-category, --breach-hours, ' +
        '--clause instructions=…, --clause confidentiality=…, --clause security=…, --clause subprocessors=…, --clause data_subject_rights=…, ' +
        '--clause assistance=…, --clause deletion_return=…, --clause audits=…. ',
    );
    expect(result.stderr).toContain('Een overeenkomst in fase active heeft deze gegevens nodig; begin anders in fase draft');
    expect(existsSync(join(root, 'agreements', 'acme.yaml'))).toBe(false);
  });

  it('with what phase active needs, writes an agreement without a single error', async () => {
    const root = authoringRegister();
    const result = await runVo(['-C', root, 'new', 'agreement', 'acme', ...AGREEMENT, '--phase', 'active', ...ACTIVE], { cwd: root });
    expect(result).toMatchObject({ code: 0, stdout: 'agreements/acme.yaml\n' });
    const value = parse(readFileSync(join(root, 'agreements', 'acme.yaml'), 'utf8'));
    expect(value).toMatchObject({
      phase: 'active',
      dates: { signed: '2026-09-01' },
      risk: { impact: 'medium', likelihood: 'medium' },
      processing: { purposes: ['Zaakgericht werken'], data_subjects: ['Inwoners', 'Medewerkers'], data_categories: ['NAW-gegevens'] },
      breach_notice_hours: 24,
      clauses: { security: 'art. 7 en bijlage 2', audits: 'art. 12' },
    });
    await validates(root);
    // Only the link to the register of processing is left, as a warning the comments explain.
    expect(await acmeFindings(root)).toEqual([expect.objectContaining({ rule: 'processing-activity-missing', severity: 'warning' })]);
  });

  it('at high risk also asks for valid assurance, and then has no error either', async () => {
    const root = authoringRegister();
    const high = ACTIVE.map((arg) => (arg === 'medium' ? 'high' : arg));
    const missing = await runVo(['-C', root, 'new', 'agreement', 'acme', ...AGREEMENT, '--phase', 'active', ...high]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('ontbrekende gegevens: --assurance.');
    const result = await runVo(['-C', root, 'new', 'agreement', 'acme', ...AGREEMENT, '--phase', 'active', ...high, '--assurance', 'iso27001:2027-06-30']);
    expect(result.code).toBe(0);
    await validates(root);
    expect((await acmeFindings(root)).filter((f) => f.severity === 'error')).toEqual([]);
    expect((await acmeFindings(root)).map((f) => f.rule).sort()).toEqual(['exit-plan-missing', 'fg-advice-missing', 'processing-activity-missing']);
  });

  it('phase signing needs the risk, the processing and the clauses, not a signed date; phase ended only the signed date', async () => {
    const root = authoringRegister();
    const signing = await runVo(['-C', root, 'new', 'agreement', 'acme', ...AGREEMENT, '--phase', 'signing']);
    expect(signing.stderr).toContain('ontbrekende gegevens: --impact, --likelihood, --purpose, --data-subject, --data-category, --clause instructions=…');
    expect(signing.stderr).not.toContain('--signed');
    const withoutSigned = ACTIVE.slice(2).filter((arg, i, all) => arg !== '--breach-hours' && all[i - 1] !== '--breach-hours');
    expect((await runVo(['-C', root, 'new', 'agreement', 'acme', ...AGREEMENT, '--phase', 'signing', ...withoutSigned])).code).toBe(0);
    expect((await acmeFindings(root)).filter((f) => f.severity === 'error')).toEqual([]);

    const ended = await runVo(['-C', root, 'new', 'agreement', 'oud', ...AGREEMENT, '--phase', 'ended']);
    expect(ended.stderr).toContain('ontbrekende gegevens: --signed.');
    expect((await runVo(['-C', root, 'new', 'agreement', 'oud', ...AGREEMENT, '--phase', 'ended', '--signed', '2020-01-01'])).code).toBe(0);
    await validates(root);
  });

  it('a draft takes the same options when given, and only those', async () => {
    const root = authoringRegister();
    const result = await runVo(['-C', root, 'new', 'agreement', 'acme', ...AGREEMENT, '--clause', 'security=art. 7', '--purpose', 'Archief']);
    expect(result.code).toBe(0);
    const text = readFileSync(join(root, 'agreements', 'acme.yaml'), 'utf8');
    expect(parse(text)).toMatchObject({ phase: 'draft', clauses: { security: 'art. 7' }, processing: { purposes: ['Archief'] } });
    expect(text).toContain('  # instructions: art. 3  # a: alleen op instructie');
    await validates(root);
    const half = await runVo(['-C', root, 'new', 'agreement', 'b', ...AGREEMENT, '--impact', 'high']);
    expect(half.stderr).toContain('ontbrekende gegevens: --likelihood.');
  });

  it.each([
    [['--clause', 'veiligheid=art. 7'], 'ongeldige waarde `veiligheid=art. 7` voor --clause; schrijf sleutel=verwijzing met een sleutel uit: instructions,'],
    [['--clause', 'audits=art. 1', '--clause', 'audits=art. 2'], '--clause audits staat er twee keer in'],
    [['--assurance', 'iso27001'], 'ongeldige waarde `iso27001` voor --assurance; schrijf soort:JJJJ-MM-DD'],
    [['--breach-hours', 'twee'], 'ongeldige waarde `twee` voor --breach-hours; geef een geheel aantal uren'],
    [['--impact', 'groot', '--likelihood', 'low'], 'ongeldige waarde `groot` voor --impact; kies uit: low, medium, high'],
    [['--signed', '2026-02-30'], 'ongeldige datum `2026-02-30` voor --signed'],
  ])('refuses %j with one line', async (flags, message) => {
    const root = authoringRegister();
    const result = await runVo(['-C', root, 'new', 'agreement', 'acme', ...AGREEMENT, ...flags]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('asks on a terminal for what phase active needs, lists separated by ;', async () => {
    const root = authoringRegister();
    const answers = ['2026-09-01', 'low', 'low', 'Zaakgericht werken', 'Inwoners; Ondernemers', 'NAW-gegevens', '24', ...CLAUSES.filter((_, i) => i % 2 === 1).map((c) => c.split('=')[1] as string)];
    const result = await runTyping(['new', 'agreement', 'acme', ...AGREEMENT, '--phase', 'active'], answers, root);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Datum van ondertekening, bijv. 2026-01-15 (--signed): ');
    expect(result.stderr).toContain('Waar regelt de overeenkomst art. 28 lid 3 onder c AVG (beveiliging)? Artikel of bijlage (--clause security=…): ');
    expect(parse(readFileSync(join(root, 'agreements', 'acme.yaml'), 'utf8'))).toMatchObject({
      processing: { data_subjects: ['Inwoners', 'Ondernemers'] },
      clauses: { security: 'art. 7 en bijlage 2' },
    });
    expect((await acmeFindings(root)).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
