import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { gitlab, type CodeQualityIssue } from '../../src/format/gitlab.js';
import { FIXTURES } from '../helpers/run-cli.js';
import { CANNED, context } from './canned-findings.js';

const schema = JSON.parse(readFileSync(join(FIXTURES, 'gitlab', 'code-quality.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true }).compile(schema);
const issues = (findings: readonly Finding[]) => JSON.parse(gitlab(findings, context())) as CodeQualityIssue[];

describe('vo check --format gitlab', () => {
  it("is accepted by GitLab's Code Quality report schema", () => {
    const report = JSON.parse(gitlab(CANNED, context()));
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(JSON.parse(gitlab([], context())))).toBe(true);
  });

  it('the schema does reject a broken report, so the pass above means something', () => {
    const [first] = issues(CANNED);
    expect(validate([{ ...first, severity: 'error' }])).toBe(false);
    expect(validate([{ ...first, location: { path: './agreements/acme.yaml', lines: { begin: 1 } } }])).toBe(false);
    expect(validate([{ ...first, location: { path: 'agreements/acme.yaml' } }])).toBe(false);
  });

  it('maps errors to major and warnings to minor, with rule, message and position', () => {
    const byRule = new Map(issues(CANNED).map((issue) => [issue.check_name, issue]));
    expect(byRule.get('risk-missing')).toMatchObject({ severity: 'major', description: 'Agreement acme has no risk assessment.', location: { path: 'agreements/acme.yaml', lines: { begin: 1 } } });
    expect(byRule.get('kpi-missed')?.severity).toBe('minor');
  });

  it('keeps every fingerprint when lines move, across runs, and unique for identical findings', () => {
    const moved = CANNED.map((f) => ({ ...f, line: f.line + 7, column: 1 }));
    const fingerprints = (list: readonly Finding[]) => issues(list).map((i) => `${i.check_name} ${i.fingerprint}`).sort();
    expect(fingerprints(moved)).toEqual(fingerprints(CANNED));
    expect(gitlab(CANNED, context())).toBe(gitlab([...CANNED].reverse(), context()));
    const twice = [CANNED[3] as Finding, { ...(CANNED[3] as Finding), line: 40 }];
    const [a, b] = issues(twice);
    expect(a?.fingerprint).not.toBe(b?.fingerprint);
    expect(new Set(issues(CANNED).map((i) => i.fingerprint)).size).toBe(CANNED.length);
  });

  it('gives another fingerprint when the finding itself changes', () => {
    const changed = CANNED.map((f) => (f.rule === 'risk-missing' ? { ...f, agreement: 'other' } : f));
    const print = (list: readonly Finding[]) => issues(list).find((i) => i.check_name === 'risk-missing')?.fingerprint;
    expect(print(changed)).not.toBe(print(CANNED));
  });
});
