import { describe, expect, it } from 'vitest';
import { json } from '../../src/format/json.js';
import { CANNED, HOSTILE_MESSAGE, context } from './canned-findings.js';

const parse = (output: string) => JSON.parse(output) as { asOf: string; summary: object; findings: Record<string, unknown>[] };

describe('json format', () => {
  it('has the SPEC §7 shape with keys in order', () => {
    const report = parse(json(CANNED, context()));
    expect(Object.keys(report)).toEqual(['asOf', 'summary', 'findings']);
    expect(report.asOf).toBe('2025-03-01');
    expect(report.summary).toEqual({ errors: 3, warnings: 3 });
    expect(Object.keys(report.summary)).toEqual(['errors', 'warnings']);
    const base = ['rule', 'severity', 'message', 'file', 'line', 'column'];
    expect(report.findings.map((finding) => Object.keys(finding))).toEqual([
      [...base, 'agreement'],
      [...base, 'agreement'],
      [...base, 'agreement', 'due'],
      [...base, 'agreement'],
      base,
      [...base, 'agreement'],
    ]);
  });

  it('sorts by file, line, column, rule', () => {
    const report = parse(json(CANNED, context()));
    expect(report.findings.map((f) => `${f.file as string}:${f.line as number}:${f.column as number} ${f.rule as string}`)).toEqual([
      'agreements/acme.yaml:1:1 dpia-missing',
      'agreements/acme.yaml:1:1 risk-missing',
      'agreements/acme.yaml:12:3 agreement-expiring',
      'agreements/acme.yaml:20:1 clause-missing',
      'evaluations/2025/acme-q1.yaml:4:11 schema',
      'evaluations/2025/acme-q1.yaml:30:9 kpi-missed',
    ]);
  });

  it('keeps values as they are and prints with two-space indentation', () => {
    const output = json(CANNED, context());
    const report = parse(output);
    expect(report.findings[4]!.message).toBe(HOSTILE_MESSAGE);
    expect(report.findings[2]).toMatchObject({ agreement: 'acme', due: '2025-04-01', line: 12, column: 3, severity: 'warning' });
    expect(output).toBe(JSON.stringify(report, null, 2) + '\n');
    expect(output).toContain('\n  "summary": {\n    "errors": 3,');
  });

  it('prints an empty list and zero counts when there is nothing', () => {
    expect(parse(json([], context()))).toEqual({ asOf: '2025-03-01', summary: { errors: 0, warnings: 0 }, findings: [] });
  });
});
