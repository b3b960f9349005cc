/**
 * Issue #15: `review_months: 99999999999`, `grace_days: 100000000` or a huge
 * `policy.review_months` crashed commands with "invalid date null". Every
 * integer and number in the four schemas now has a maximum; a value above it is
 * a finding that names the maximum, and the maximum itself is safe to compute with.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_KINDS, type SchemaKind } from '../../src/schema/schemas.js';
import { MINIMAL_CONFIG, REPO_ROOT, runVo, tempRegister } from '../helpers/run-cli.js';
import { check } from './v2-helpers.js';

interface Numeric {
  where: string;
  type: unknown;
  maximum?: number;
}

/** Every schema node at any depth whose type allows an integer or a number. */
function numericNodes(kind: SchemaKind): Numeric[] {
  const found: Numeric[] = [];
  const walk = (node: unknown, where: string): void => {
    if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${where}/${i}`));
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const types = ([] as unknown[]).concat(record.type ?? []);
    if (types.includes('integer') || types.includes('number')) {
      found.push({ where, type: record.type, maximum: record.maximum as number | undefined });
    }
    for (const [key, child] of Object.entries(record)) if (key !== 'default') walk(child, `${where}/${key}`);
  };
  walk(JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', `${kind}.schema.json`), 'utf8')), kind);
  return found;
}

const ALL = SCHEMA_KINDS.flatMap(numericNodes);

describe('every integer and number has an upper bound', () => {
  it('finds the numbers it checks', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(20);
    for (const kind of SCHEMA_KINDS) expect(ALL.some((n) => n.where.startsWith(kind)), kind).toBe(true);
  });

  it.each(ALL.map((n) => [n.where, n] as const))('%s', (_where, node) => {
    expect(node.maximum).toBeTypeOf('number');
    expect(node.maximum).toBeLessThanOrEqual(1e9);
  });

  it('months at most 1200, days at most 36500, hours at most 8760', () => {
    const by = (suffix: string) => ALL.filter((n) => n.where.endsWith(suffix)).map((n) => n.maximum);
    expect(by('/review_months/properties/low')).toEqual([1200]);
    expect(by('/grace_days')).toEqual([36500]);
    expect(by('/max_breach_notice_hours')).toEqual([8760]);
    expect(by('/breach_notice_hours')).toEqual([8760]);
  });
});

describe('a value above the maximum is a finding that names it', () => {
  const AGREEMENT = 'id: a\ntitle: T\ndepartment: d\nprocess_owner: { name: J }\nprocessor: { name: P }\nphase: active\n';
  it.each([
    ['agreement', `${AGREEMENT}review_months: 99999999999\n`, ['7:1 `review_months` mag ten hoogste 1200 zijn'], ['7:1 `review_months` must be at most 1200']],
    ['agreement', `${AGREEMENT}breach_notice_hours: 10000\n`, ['7:1 `breach_notice_hours` mag ten hoogste 8760 zijn'], ['7:1 `breach_notice_hours` must be at most 8760']],
    [
      'incident',
      'id: i\nagreement: a\ntitle: T\ntype: data-breach\nprocessor_aware: 2026-05-01T09:30\nauthority_notification: required\nstatus: open\napprox_subjects: 1000000001\n',
      ['8:1 `approx_subjects` mag ten hoogste 1000000000 zijn'],
      ['8:1 `approx_subjects` must be at most 1000000000'],
    ],
    [
      'config',
      `${MINIMAL_CONFIG}policy:\n  review_months: { low: 99999999999 }\n  grace_days: 100000000\n`,
      ['8:20 `low` mag ten hoogste 1200 zijn', '9:3 `grace_days` mag ten hoogste 36500 zijn'],
      ['8:20 `low` must be at most 1200', '9:3 `grace_days` must be at most 36500'],
    ],
  ] as const)('%s: %j', (kind, text, nl, en) => {
    expect(check(kind, text, 'nl')).toEqual(nl);
    expect(check(kind, text, 'en')).toEqual(en);
  });
});

describe('vo check with the numbers of issue #15', () => {
  const agreement = (extra: string) =>
    `id: zaak\ntitle: Zaak\ndepartment: burgerzaken\nprocess_owner: { name: J. Jansen }\nprocessor: { name: Acme }\nphase: active\ndates: { signed: 2025-01-15 }\n${extra}`;

  it('a config with grace_days: 100000000 is a one-line config error (exit 2), not a crash', async () => {
    const root = tempRegister({ 'vo.config.yaml': `${MINIMAL_CONFIG}policy:\n  grace_days: 100000000\n`, 'agreements/zaak.yaml': agreement('') });
    const { code, stdout, stderr } = await runVo(['-C', root, 'check', '--as-of', '2026-10-01']);
    expect(stdout).toBe('');
    expect(stderr).toContain('vo.config.yaml:8:3: `grace_days` mag ten hoogste 36500 zijn');
    expect(stderr).not.toMatch(/invalid date|null|at .*\.js/);
    expect(code).toBe(2);
  });

  it('an agreement with review_months: 99999999999 gets a schema finding at the key', async () => {
    const root = tempRegister({ 'vo.config.yaml': MINIMAL_CONFIG, 'agreements/zaak.yaml': agreement('review_months: 99999999999\n') });
    const { code, stdout, stderr } = await runVo(['-C', root, 'check', '--as-of', '2026-10-01', '--format', 'json', '--lang', 'en']);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout) as { findings: { rule: string; message: string; line: number; column: number }[] };
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'schema', message: '`review_months` must be at most 1200', line: 8, column: 1 }),
    );
    expect(code).toBe(1);
  });

  it('the maxima themselves are safe: every command computes with them', async () => {
    const config = `${MINIMAL_CONFIG}policy:\n  review_months: { high: 1200, medium: 1200, low: 1200 }\n  non_compliant_review_months: 1200\n  due_soon_days: 36500\n  assurance_due_soon_days: 36500\n  agreement_end_warning_days: 36500\n  grace_days: 36500\n  max_breach_notice_hours: 8760\n  incident_report_days: 36500\n  assurance_report_max_age_months: 1200\n`;
    const root = tempRegister({
      'vo.config.yaml': config,
      'agreements/zaak.yaml': agreement(
        'review_months: 1200\nbreach_notice_hours: 8760\nobligations:\n  - { id: r, title: R, party: processor, frequency: monthly }\nmonitoring: { meetings: monthly }\nassurance:\n  - { type: iso27001, valid_until: 9999-12-31 }\n',
      ),
      'incidents/lek.yaml':
        'id: lek\nagreement: zaak\ntitle: Lek\ntype: data-breach\nprocessor_aware: 2026-05-01T09:30\ncontroller_notified: 2026-05-02T09:30\nauthority_notification: undecided\nstatus: open\n',
    });
    for (const command of [['check'], ['list'], ['obligations'], ['agenda', '--days', '3660'], ['show', 'zaak'], ['report']]) {
      const { code, stderr } = await runVo(['-C', root, ...command, '--as-of', '2026-10-01']);
      expect(stderr, command.join(' ')).toBe('');
      expect([0, 1], command.join(' ')).toContain(code);
    }
  }, 60_000);
});
