/**
 * A register written for format version 1 stays valid under version 2: the
 * example register as it was before version 2 (test/fixtures/v1-register, with
 * one sub-processor approved by date, the v1 form) and test/fixtures/valid,
 * written to the letter of version 1, give no integrity finding at all.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JsonReport } from '../../src/format/json.js';
import { FIXTURES, runVo } from '../helpers/run-cli.js';

const V1 = join(FIXTURES, 'v1-register');
const INTEGRITY = ['yaml-syntax', 'schema', 'duplicate-id', 'id-mismatch', 'unknown-reference'];

describe('a version-1 register under version 2', () => {
  it('uses forms that only version 1 wrote: approval by date, required processing and processor_aware everywhere', () => {
    expect(readFileSync(join(V1, 'agreements/wmo-registratie.yaml'), 'utf8')).toMatch(/^ {4}approved: 2024-05-01 /m);
    expect(readFileSync(join(V1, 'vo.config.yaml'), 'utf8')).not.toMatch(/accepted_assurance|discovered_by|components/);
  });

  it.each([
    ['test/fixtures/v1-register', V1, 93],
    ['test/fixtures/valid', join(FIXTURES, 'valid'), 10],
  ])('%s validates without findings', async (_name, root, files) => {
    const { code, stdout, stderr } = await runVo(['-C', root, 'validate', '--as-of', '2026-10-01', '--format', 'json']);
    expect(stderr).toBe('');
    expect((JSON.parse(stdout) as JsonReport).findings).toEqual([]);
    expect(code).toBe(0);
    const text = await runVo(['-C', root, 'validate', '--lang', 'en']);
    expect(text.stdout).toBe(`✔ No findings in ${files} files\n`);
  });

  it('vo check on it reports compliance findings only, never an integrity finding', async () => {
    const { stdout, stderr } = await runVo(['-C', V1, 'check', '--as-of', '2026-10-01', '--format', 'json']);
    expect(stderr).toBe('');
    const findings = (JSON.parse(stdout) as JsonReport).findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.filter((f) => INTEGRITY.includes(f.rule))).toEqual([]);
  });
});
