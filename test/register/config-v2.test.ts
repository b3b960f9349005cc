/**
 * The config of format version 2: the new policy defaults, `adequate_countries`
 * in both forms, and `vo init`'s config showing every default in a form that is
 * valid once a user uncomments it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configYaml } from '../../src/authoring/config-template.js';
import { adequacyDecisions, DEFAULT_POLICY, hasAdequacyDecision, loadConfig } from '../../src/register/config.js';
import { MINIMAL_CONFIG, tempRegister } from '../helpers/run-cli.js';
import { check } from '../schema/v2-helpers.js';

describe('policy defaults of version 2', () => {
  it('low risk is evaluated every 12 months, Brazil is adequate, and the assurance policy has its defaults', () => {
    const config = loadConfig(tempRegister({ 'vo.config.yaml': MINIMAL_CONFIG }), 'nl');
    expect(config.policy.review_months).toEqual({ high: 6, medium: 12, low: 12 });
    expect(config.policy.adequate_countries).toContain('BR');
    expect(config.policy.accepted_assurance).toEqual(['iso27001', 'nen7510', 'isae3402-type2', 'soc2-type2', 'tpm']);
    expect(config.policy.assurance_report_max_age_months).toBe(12);
  });

  it('a config may still keep 24 months for low risk, and set only that level', () => {
    const root = tempRegister({ 'vo.config.yaml': `${MINIMAL_CONFIG}policy:\n  review_months: { low: 24 }\n` });
    expect(loadConfig(root, 'nl').policy.review_months).toEqual({ high: 6, medium: 12, low: 24 });
  });
});

describe('adequate_countries as codes or {country, until}', () => {
  const root = tempRegister({
    'vo.config.yaml': `${MINIMAL_CONFIG}policy:\n  adequate_countries: [CH, { country: GB, until: 2031-12-27 }, { country: JP }]\n`,
  });
  const policy = loadConfig(root, 'en').policy;

  it('keeps both forms as written, and reads them as decisions', () => {
    expect(policy.adequate_countries).toEqual(['CH', { country: 'GB', until: '2031-12-27' }, { country: 'JP' }]);
    expect(adequacyDecisions(policy)).toEqual([{ country: 'CH' }, { country: 'GB', until: '2031-12-27' }, { country: 'JP' }]);
  });

  it('a decision counts up to and including its until date, and only for the listed countries', () => {
    expect(hasAdequacyDecision(policy, 'GB', '2031-12-27')).toBe(true);
    expect(hasAdequacyDecision(policy, 'GB', '2031-12-28')).toBe(false);
    expect(hasAdequacyDecision(policy, 'CH', '2999-01-01')).toBe(true);
    expect(hasAdequacyDecision(policy, 'JP', '2999-01-01')).toBe(true);
    expect(hasAdequacyDecision(policy, 'BR', '2026-10-01')).toBe(false); // this config lists its own countries
    expect(hasAdequacyDecision(DEFAULT_POLICY, 'BR', '2026-10-01')).toBe(true);
  });

  it('a bad entry stops the command with file:line:column and what to write', () => {
    const bad = tempRegister({ 'vo.config.yaml': `${MINIMAL_CONFIG}policy:\n  adequate_countries: [CH, 41]\n` });
    expect(() => loadConfig(bad, 'en')).toThrow(
      'vo.config.yaml:8:28: `adequate_countries[1]`: write a country code such as BR, or a country with an end date such as `{country: GB, until: 2031-12-27}`',
    );
  });
});

describe("vo init's config", () => {
  it.each(['nl', 'en'] as const)('(%s) shows every policy default, and is valid with the policy uncommented', (lang) => {
    const text = configYaml({ organisation: 'Gemeente Test', lang, timezone: 'Europe/Amsterdam', departments: [{ id: 'ict', name: 'ICT' }], placeholders: { organisation: false, departments: false } });
    expect(text).toMatch(/^# {3}review_months: \{ high: 6, medium: 12, low: 12 \}/m);
    expect(text).toMatch(/^# {3}adequate_countries: \[AD, AR, BR, CA,/m);
    expect(text).toMatch(/^# {3}accepted_assurance: \[iso27001, nen7510, isae3402-type2, soc2-type2, tpm\]/m);
    expect(text).toMatch(/^# {3}assurance_report_max_age_months: 12/m);
    const uncommented = text.replace(/^# (policy:| {2}[a-z_]+: .*)$/gm, '$1');
    expect(uncommented).toMatch(/^policy:$/m);
    expect(check('config', uncommented)).toEqual([]);
    const root = tempRegister({});
    writeFileSync(join(root, 'vo.config.yaml'), uncommented);
    expect(loadConfig(root, lang).policy).toEqual(DEFAULT_POLICY);
  });
});
