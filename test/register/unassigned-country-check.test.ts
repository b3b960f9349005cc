/**
 * `vo check` on a register with a country code ISO 3166-1 does not assign: a `schema`
 * error at the value instead of compliance findings built on it (UK read as "United
 * Kingdom" outside the EEA, ZZ as "Unknown Region"); in the config the run stops
 * (exit 2) with one line naming the file, line and code.
 */
import { describe, expect, it } from 'vitest';
import type { JsonReport } from '../../src/format/json.js';
import { MINIMAL_CONFIG, runVo, tempRegister } from '../helpers/run-cli.js';
import { AGREEMENT, check } from './active-agreement.js';

const rulesOf = (report: JsonReport): string[] => report.findings.map((f) => f.rule);

describe('vo check: a country code that ISO 3166-1 does not assign', () => {
  it('the register with GB has no schema and no transfer finding', async () => {
    const rules = rulesOf(await check(AGREEMENT));
    expect(rules).not.toContain('schema');
    expect(rules).not.toContain('subprocessor-transfer-missing');
  });

  it.each([
    ['UK', 'did you mean `GB` (United Kingdom)?'],
    ['ZZ', 'write an assigned code in capitals, such as NL, DE or US'],
  ])('%s is a schema error at the sub-processor’s country, and no rule reads it as a country', async (code, advice) => {
    const report = await check(AGREEMENT.replace('country: GB', `country: ${code}`));
    expect(report.findings.filter((f) => f.rule === 'schema')).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'agreements/zaaksysteem.yaml',
        line: 35,
        column: 5,
        message: `\`country\`: \`${code}\` is not an ISO 3166-1 alpha-2 country code; ${advice}`,
      }),
    ]);
    expect(rulesOf(report)).not.toContain('subprocessor-transfer-missing');
    expect(JSON.stringify(report)).not.toMatch(/United Kingdom, UK|Unknown Region/);
  });

  it('EL in Dutch: Griekenland is GR', async () => {
    const report = await check(AGREEMENT.replace('country: GB', 'country: EL'), 'nl');
    expect(report.findings.filter((f) => f.rule === 'schema').map((f) => f.message)).toEqual([
      '`country`: `EL` is geen ISO 3166-1 alfa-2-landcode; bedoelde u `GR` (Griekenland)?',
    ]);
  });

  it.each([
    ['UK', 'en', 'vo.config.yaml:8:28: `adequate_countries[1]`: `UK` is not an ISO 3166-1 alpha-2 country code; did you mean `GB` (United Kingdom)?'],
    ['EL', 'nl', 'vo.config.yaml:8:28: `adequate_countries[1]`: `EL` is geen ISO 3166-1 alfa-2-landcode; bedoelde u `GR` (Griekenland)?'],
  ])('%s in policy.adequate_countries stops the run (exit 2) with file, line and code (%s)', async (code, lang, line) => {
    const root = tempRegister({ 'vo.config.yaml': `${MINIMAL_CONFIG}policy:\n  adequate_countries: [CH, ${code}]\n` });
    const { code: exit, stdout, stderr } = await runVo(['check', '-C', root, '--as-of', '2026-10-01', '--lang', lang]);
    expect(exit).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toContain(line);
  });
});
