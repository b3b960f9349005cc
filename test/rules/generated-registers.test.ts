import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assess.js';
import { runVo } from '../helpers/run-cli.js';
import { load, writeRegister } from './build.js';
import { generateRegister } from './generated/generate.js';
import { DEFAULT_SEVERITY, oracle, type Expected } from './generated/oracle.js';

/**
 * An independent check of the rules: seeded random registers that use every
 * field of format version 2, with dates on the rules' boundaries, are
 * assessed by the real code and by a small oracle written from the rules
 * table alone (test/rules/generated/oracle.ts); the two must agree exactly.
 */
const SEEDS = Array.from({ length: 60 }, (_, n) => 1000 + n);
const registers = SEEDS.map((seed) => ({ seed, ...generateRegister(seed) }));

const key = (f: { rule: string; agreement?: string; file: string; due?: string; severity: string }, subject: string) =>
  `${f.file} ${f.rule} [${subject}] due=${f.due ?? '-'} ${f.severity} (${f.agreement})`;
const expectedKeys = (expected: Expected[]) => expected.map((e) => key(e, e.subject)).sort();

describe('generated registers: the rules agree with an independent oracle', () => {
  it.each(registers.map((g) => [g.seed, g] as const))('seed %i', (_seed, g) => {
    const expected = oracle(g.spec, g.asOf);
    const actual = assess(load(g.spec), g.asOf, 'en').findings.filter((f) => f.subject !== undefined);
    expect(actual.map((f) => key(f, f.subject?.id ?? '')).sort()).toEqual(expectedKeys(expected));
    // "N days late" is D − due, on every finding whose due date lies before D.
    for (const f of actual) expect(f.daysLate).toBe(f.due !== undefined && f.due < g.asOf ? Math.round((Date.parse(g.asOf) - Date.parse(f.due)) / 86_400_000) : undefined);
  });

  it('vo check --format json reports exactly the oracle\'s findings', async () => {
    for (const g of registers.slice(0, 12)) {
      const { code, stdout } = await runVo(['-C', writeRegister(g.spec), 'check', '--format', 'json', '--as-of', g.asOf, '--fail-on', 'never']);
      expect(code).toBe(0);
      const report = JSON.parse(stdout) as { asOf: string; summary: { errors: number; warnings: number }; findings: { rule: string; agreement?: string; file: string; due?: string; severity: string }[] };
      const expected = oracle(g.spec, g.asOf);
      expect(report.asOf).toBe(g.asOf);
      expect(report.findings.map((f) => key(f, '')).sort()).toEqual(expected.map((e) => key(e, '')).sort());
      expect(report.summary).toEqual({ errors: expected.filter((e) => e.severity === 'error').length, warnings: expected.filter((e) => e.severity === 'warning').length });
    }
  });

  it('the generated registers reach every compliance rule and its boundaries', () => {
    const all = registers.flatMap((g) => oracle(g.spec, g.asOf).map((e) => ({ ...e, asOf: g.asOf })));
    expect(new Set(all.map((e) => e.rule))).toEqual(new Set(Object.keys(DEFAULT_SEVERITY)));
    const dueOn = (days: number) => all.filter((e) => e.due !== undefined && Math.round((Date.parse(e.asOf) - Date.parse(e.due)) / 86_400_000) === days);
    expect(dueOn(0).length).toBeGreaterThan(0); // due today
    expect(dueOn(1).length).toBeGreaterThan(0); // one day late
    expect(dueOn(-1).length).toBeGreaterThan(0); // due tomorrow
  });
});
