import stringWidth from 'string-width';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { FINDINGS_FORMATS } from '../../src/format/index.js';
import { RULES } from '../../src/rules/catalogue.js';
import { REPO_ROOT, runVo, tempDir } from '../helpers/run-cli.js';
import { agreement, BASE_CONFIG, writeRegister } from './build.js';

const EXAMPLES = join(REPO_ROOT, 'examples');
const AS_OF = ['--as-of', '2026-10-01'];

interface JsonReport {
  asOf: string;
  summary: { errors: number; warnings: number };
  findings: { rule: string; severity: string; agreement?: string; due?: string; file: string }[];
}
const json = (stdout: string) => JSON.parse(stdout) as JsonReport;

/**
 * A register whose only findings on 2026-10-05 are warnings: the periodic
 * evaluation is due soon (2026-10-20) and the yearly meeting is overdue (2026-09-01 + 14 days).
 */
const warningsOnly = (config: Record<string, unknown> = BASE_CONFIG) =>
  writeRegister({
    config,
    agreements: {
      zaak: agreement({
        monitoring: { meetings: 'yearly' },
        processing: { purposes: ['Zaakgericht werken'], data_subjects: ['Inwoners'], data_categories: ['NAW-gegevens'], activities: ['zaakgericht-werken'] },
      }),
    },
    evaluations: {
      p: { agreement: 'zaak', date: '2025-10-20', type: 'periodic', outcome: 'compliant' },
      m: { agreement: 'zaak', date: '2025-09-01', type: 'meeting' },
    },
  });

describe('vo check', () => {
  it.each([
    { args: [], code: 1, summary: '✖ 27 fouten, 28 waarschuwingen' },
    { args: ['--lang', 'en'], code: 1, summary: '✖ 27 errors, 28 warnings' },
    { args: ['--fail-on', 'never'], code: 0, summary: '✖ 27 fouten' },
    { args: ['--agreement', 'parkeervergunningen'], code: 0, summary: '✖ 0 fouten, 4 waarschuwingen' },
    { args: ['--agreement', 'parkeervergunningen', '--fail-on', 'warning'], code: 1, summary: '4 waarschuwingen' },
    { args: ['--department', 'bedrijfsvoering'], code: 0, summary: '✔' },
  ])('on the example register with $args exits $code', async ({ args, code, summary }) => {
    const result = await runVo(['-C', EXAMPLES, 'check', ...AS_OF, ...args]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(code);
    expect(result.stdout).toContain(summary);
  });

  it('writes numbers the Dutch way in Dutch and the English way in English', async () => {
    const nl = await runVo(['-C', EXAMPLES, 'check', ...AS_OF, '--agreement', 'wmo-registratie']);
    expect(nl.stdout).toContain('gemeten 99,12 %');
    const en = await runVo(['-C', EXAMPLES, 'check', ...AS_OF, '--agreement', 'wmo-registratie', '--lang', 'en']);
    expect(en.stdout).toContain('measured 99.12 %, agreed at least 99.5 %');
  });

  it('writes an elapsed time in hours and minutes, not as rounded hours', async () => {
    const nl = await runVo(['-C', EXAMPLES, 'check', ...AS_OF, '--agreement', 'klantcontactcentrum', '--format', 'json']);
    expect(nl.stdout).toContain('De verwerker meldde het incident na 55 uur en 30 minuten; afgesproken is 48 uur');
  });

  it('accepts the global options after the command name too', async () => {
    const before = await runVo(['-C', EXAMPLES, '--as-of', '2026-10-01', 'check', '--format', 'json']);
    const after = await runVo(['check', '--format', 'json', '-C', EXAMPLES, '--as-of', '2026-10-01']);
    expect(after.stdout).toBe(before.stdout);
    expect(json(after.stdout).asOf).toBe('2026-10-01');
  });

  it('filters by department through the agreements of that department', async () => {
    const { stdout } = await runVo(['-C', EXAMPLES, 'check', ...AS_OF, '--format', 'json', '--department', 'sociaal-domein']);
    const agreements = new Set(json(stdout).findings.map((f) => f.agreement));
    expect(agreements).toEqual(new Set(['wmo-registratie', 'jeugdhulp-portaal', 'leerlingenvervoer', 'schuldhulpverlening', 'fraudesignalering']));
  });

  it.each([
    [['--agreement', 'parkeervergunning'], /parkeervergunningen/],
    [['--department', 'nope'], /burgerzaken/],
    [['--format', 'yaml'], /sarif/],
    [['--fail-on', 'info'], /warning/],
  ])('refuses %j with exit 2 and a one-line hint', async (args, hint) => {
    const { code, stderr, stdout } = await runVo(['-C', EXAMPLES, 'check', ...AS_OF, ...args]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(hint);
  });

  it('gives byte-identical output for the same input and as-of date, in every format', async () => {
    for (const format of FINDINGS_FORMATS) {
      const first = await runVo(['-C', EXAMPLES, 'check', ...AS_OF, '--format', format]);
      const second = await runVo(['-C', EXAMPLES, 'check', ...AS_OF, '--format', format]);
      expect(second.stdout, format).toBe(first.stdout);
      expect(first.stdout.length, format).toBeGreaterThan(100);
    }
  });

  it('defaults the as-of date to today in the config time zone', async () => {
    // 22:30 UTC on 30 September is already 1 October in Amsterdam.
    const { stdout } = await runVo(['-C', EXAMPLES, 'check', '--format', 'json'], { now: new Date('2026-09-30T22:30:00Z') });
    expect(json(stdout).asOf).toBe('2026-10-01');
  });

  it('warnings alone pass by default and fail with --fail-on warning', async () => {
    const root = warningsOnly();
    const asOf = ['--as-of', '2026-10-05'];
    const plain = await runVo(['-C', root, 'check', ...asOf, '--format', 'json']);
    expect(json(plain.stdout).findings.map((f) => [f.rule, f.severity, f.due])).toEqual([
      ['evaluation-due-soon', 'warning', '2026-10-20'],
      ['meeting-overdue', 'warning', '2026-09-01'],
    ]);
    expect(plain.code).toBe(0);
    expect((await runVo(['-C', root, 'check', ...asOf, '--fail-on', 'warning'])).code).toBe(1);
  });

  it('applies severity overrides and `off` from the config', async () => {
    const root = warningsOnly({ ...BASE_CONFIG, rules: { 'evaluation-due-soon': 'error', 'meeting-overdue': 'off' } });
    const { code, stdout } = await runVo(['-C', root, 'check', '--as-of', '2026-11-20', '--format', 'json']);
    expect(json(stdout).findings.map((f) => [f.rule, f.severity])).toEqual([['evaluation-overdue', 'error']]);
    expect(code).toBe(1);
    const soon = await runVo(['-C', root, 'check', '--as-of', '2026-10-05', '--format', 'json']);
    expect(json(soon.stdout).findings.map((f) => [f.rule, f.severity])).toEqual([['evaluation-due-soon', 'error']]);
    expect(soon.code).toBe(1);
  });

  it('writes --output atomically and refuses to overwrite it without --force', async () => {
    const out = join(tempDir(), 'vo.sarif');
    const first = await runVo(['-C', EXAMPLES, 'check', ...AS_OF, '--format', 'sarif', '--output', out]);
    expect(first.stdout).toBe('');
    const written = readFileSync(out, 'utf8');
    expect(JSON.parse(written).version).toBe('2.1.0');
    const again = await runVo(['-C', EXAMPLES, 'check', '--as-of', '2026-12-01', '--format', 'sarif', '--output', out]);
    expect(again.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe(written);
    const forced = await runVo(['-C', EXAMPLES, 'check', '--as-of', '2026-12-01', '--format', 'sarif', '--output', out, '--force']);
    expect(forced.code).toBe(1);
    expect(readFileSync(out, 'utf8')).not.toBe(written);
  });
});

describe('vo rules', () => {
  it('lists every rule with its effective severity and description in the chosen language', async () => {
    const root = warningsOnly({ ...BASE_CONFIG, rules: { 'meeting-overdue': 'off', 'kpi-missed': 'error' } });
    const { code, stdout } = await runVo(['-C', root, 'rules', '--format', 'json', '--lang', 'en']);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as { id: string; severity: string; description: string }[];
    expect(rows.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(rows.find((r) => r.id === 'meeting-overdue')?.severity).toBe('off');
    expect(rows.find((r) => r.id === 'kpi-missed')?.severity).toBe('error');
    expect(rows.find((r) => r.id === 'schema')?.description).toMatch(/schema/);
  });

  it('prints a table in Dutch by default', async () => {
    const { stdout } = await runVo(['-C', EXAMPLES, 'rules']);
    for (const rule of RULES) expect(stdout).toContain(rule.id);
    expect(stdout).toContain('waarschuwing');
    expect(stdout).toContain('De periodieke evaluatie');
    // Long descriptions wrap between words inside their column: no line wider than 80 columns in a pipe, nor
    // than COLUMNS, and every word of a description is there.
    for (const line of stdout.trimEnd().split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(80);
    const wide = await runVo(['-C', EXAMPLES, 'rules'], { env: { NO_COLOR: '1', COLUMNS: '120' } });
    for (const line of wide.stdout.trimEnd().split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(120);
    expect(wide.stdout.split('\n').length).toBeLessThan(stdout.split('\n').length);
    const description = RULES.find((r) => r.id === 'yaml-syntax')?.description.nl ?? '';
    const words = (text: string) => text.split(/\s+/).filter((w) => w !== '');
    const block = stdout.slice(stdout.indexOf('yaml-syntax'), stdout.indexOf('\nschema'));
    expect(words(block).slice(2)).toEqual(words(description));
  });
});

it('the fixture builder writes YAML the loader accepts', () => {
  expect(stringify({ a: 1 })).toBe('a: 1\n');
});
