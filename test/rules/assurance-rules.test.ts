import { describe, expect, it } from 'vitest';
import { agreement, BASE_CONFIG, check, HIGH_RISK_IN_ORDER } from './build.js';

/**
 * The assurance rules of format version 2: validity by `valid_until`, else
 * `period_end` + `assurance_report_max_age_months`; ISO/IEC 27001:2013 ends no
 * later than 2025-10-31; `superseded`; `received` after D; accepted types for
 * high risk; `assurance-qualified`.
 */
const high = (assurance: Record<string, unknown>[]) => ({ ...HIGH_RISK_IN_ORDER, assurance });
const findings = (assurance: Record<string, unknown>[], asOf: string, rules: string[], config?: Record<string, unknown>) =>
  check({ ...(config ? { config } : {}), agreements: { zaak: agreement(high(assurance)) } }, asOf)
    .filter((f) => rules.includes(f.rule))
    .map((f) => [f.rule, f.subject?.id ?? null, f.due ?? null]);
const ALL = ['assurance-missing', 'assurance-expired', 'assurance-expiring', 'assurance-qualified'];

describe('validity by period end', () => {
  // period_end 2025-06-30 + 12 months: valid up to and including 2026-06-30.
  const report = [{ type: 'isae3402-type2', period_end: '2025-06-30' }];

  it('is valid on its last day (expiring), expired and missing the day after', () => {
    expect(findings(report, '2026-06-29', ALL)).toEqual([['assurance-expiring', 'isae3402-type2', '2026-06-30']]);
    expect(findings(report, '2026-06-30', ALL)).toEqual([['assurance-expiring', 'isae3402-type2', '2026-06-30']]);
    expect(findings(report, '2026-07-01', ALL)).toEqual([
      ['assurance-missing', null, null],
      ['assurance-expired', 'isae3402-type2', '2026-06-30'],
    ]);
  });

  it('says so in the message, pointing at period_end, with days late counted from the end', () => {
    const [expired] = check({ agreements: { zaak: agreement(high(report)) } }, '2026-07-03', 'assurance-expired');
    expect(expired).toMatchObject({ daysLate: 3, data: { type: 'isae3402-type2', end: '2026-06-30', days: 3 } });
    expect(expired?.message).toContain('30 June 2026');
    expect(expired?.line).toBeGreaterThan(1);
  });

  it('reads as Dutch: "al 3 dagen verlopen", not the germanism "sinds 3 dagen verlopen"', () => {
    const message = (asOf: string) => check({ agreements: { zaak: agreement(high(report)) } }, asOf, 'assurance-expired', 'nl')[0]?.message;
    expect(message('2026-07-03')).toBe('Het ISAE 3402 type II-rapport was geldig tot 30 juni 2026 en is al 3 dagen verlopen');
    expect(message('2026-07-01')).toBe('Het ISAE 3402 type II-rapport was geldig tot 30 juni 2026 en is al 1 dag verlopen');
  });

  it('writes a report type as every view labels it, in English too: "ISAE 3402 type II", not "Type II"', () => {
    const [expired] = check({ agreements: { zaak: agreement(high(report)) } }, '2026-07-03', 'assurance-expired', 'en');
    expect(expired?.message).toBe('The ISAE 3402 type II report was valid until 30 June 2026 and expired 3 days ago');
    const [missing] = check({ agreements: { zaak: agreement(high(report)) } }, '2026-07-03', 'assurance-missing', 'en');
    expect(missing?.message).toContain('(ISO 27001, NEN 7510, ISAE 3402 type II, SOC 2 type II or TPM)');
  });

  it('calls a TPM by its Dutch name and article: "De Third Party Mededeling (TPM)"', () => {
    const tpm = [{ type: 'tpm', valid_until: '2026-06-30' }];
    const [expired] = check({ agreements: { zaak: agreement(high(tpm)) } }, '2026-07-03', 'assurance-expired', 'nl');
    expect(expired?.message).toBe('De Third Party Mededeling (TPM) was geldig tot 30 juni 2026 en is al 3 dagen verlopen');
  });

  it('the expiring window runs up to D + 60 inclusive', () => {
    expect(findings(report, '2026-05-01', ALL)).toEqual([['assurance-expiring', 'isae3402-type2', '2026-06-30']]);
    expect(findings(report, '2026-04-30', ALL)).toEqual([]);
  });

  it('follows assurance_report_max_age_months, clamps to the month end, and valid_until wins over period_end', () => {
    const config = { ...BASE_CONFIG, policy: { assurance_report_max_age_months: 6 } };
    expect(findings(report, '2026-01-01', ['assurance-expired'], config)).toEqual([['assurance-expired', 'isae3402-type2', '2025-12-30']]);
    const leap = [{ type: 'soc2-type2', period_end: '2024-02-29' }];
    expect(findings(leap, '2025-03-01', ['assurance-expired'])).toEqual([['assurance-expired', 'soc2-type2', '2025-02-28']]);
    const both = [{ type: 'soc2-type2', period_end: '2024-01-31', valid_until: '2026-12-31' }];
    expect(findings(both, '2026-03-01', ALL)).toEqual([]);
  });
});

describe('ISO/IEC 27001:2013 ended on 2025-10-31', () => {
  const iso = (standard_version: string | number, type = 'iso27001') => [{ type, valid_until: '2027-05-01', standard_version }];

  it('a 2013 certificate is valid up to 2025-10-31 and expired from 2025-11-01, whatever its valid_until', () => {
    expect(findings(iso('2013'), '2025-10-31', ALL)).toEqual([['assurance-expiring', 'iso27001', '2025-10-31']]);
    expect(findings(iso('2013'), '2025-11-01', ALL)).toEqual([
      ['assurance-missing', null, null],
      ['assurance-expired', 'iso27001', '2025-10-31'],
    ]);
    expect(findings(iso(2013), '2025-11-01', ['assurance-expired'])).toHaveLength(1);
  });

  it('an earlier valid_until still counts; the 2022 edition and other standards are not affected', () => {
    expect(findings([{ type: 'iso27001', valid_until: '2025-06-30', standard_version: '2013' }], '2025-07-01', ['assurance-expired'])).toEqual([
      ['assurance-expired', 'iso27001', '2025-06-30'],
    ]);
    expect(findings(iso('2022'), '2025-11-01', ALL)).toEqual([]);
    expect(findings([...iso('2013', 'nen7510')], '2025-11-01', ALL)).toEqual([]);
  });
});

describe('superseded', () => {
  it('exempts a replaced report from expiry, while the new type is judged', () => {
    const moved = [
      { type: 'isae3402-type2', period_end: '2024-06-30', superseded: true },
      { type: 'soc2-type2', period_end: '2025-12-31' },
    ];
    expect(findings(moved, '2026-03-01', ALL)).toEqual([]);
    const notMarked = [{ ...moved[0], superseded: false }, moved[1] as Record<string, unknown>];
    expect(findings(notMarked, '2026-03-01', ALL)).toEqual([['assurance-expired', 'isae3402-type2', '2025-06-30']]);
  });

  it('a superseded item that is still valid counts for assurance-missing, but not for expiring or qualified', () => {
    const only = [{ type: 'iso27001', valid_until: '2026-03-15', superseded: true, opinion: 'qualified' }];
    expect(findings(only, '2026-03-01', ALL)).toEqual([]);
    expect(findings(only, '2026-03-16', ALL)).toEqual([['assurance-missing', null, null]]);
  });

  it('the latest item not superseded counts, even when a superseded one of the same type ends later', () => {
    const items = [
      { type: 'iso27001', valid_until: '2026-01-31' },
      { type: 'iso27001', valid_until: '2027-01-31', superseded: true },
    ];
    expect(findings(items, '2026-02-01', ALL)).toEqual([['assurance-expired', 'iso27001', '2026-01-31']]);
  });
});

describe('received after D does not exist yet', () => {
  const renewed = [
    { type: 'iso27001', valid_until: '2026-02-28' },
    { type: 'iso27001', valid_until: '2029-02-28', received: '2026-03-05' },
  ];

  it('the old certificate is expired until the day the new one is received', () => {
    expect(findings(renewed, '2026-03-04', ALL)).toEqual([
      ['assurance-missing', null, null],
      ['assurance-expired', 'iso27001', '2026-02-28'],
    ]);
    expect(findings(renewed, '2026-03-05', ALL)).toEqual([]);
  });
});

describe('assurance-missing counts only accepted types', () => {
  it('a pentest, an ISAE 3402 type I or a SOC 2 type I alone is not enough for high risk', () => {
    for (const type of ['pentest', 'isae3402-type1', 'soc2-type1', 'other']) {
      expect(findings([{ type, valid_until: '2027-01-01' }], '2026-03-01', ALL)).toEqual([['assurance-missing', null, null]]);
    }
  });

  it('each default accepted type is enough', () => {
    for (const type of ['iso27001', 'nen7510', 'isae3402-type2', 'soc2-type2', 'tpm']) {
      expect(findings([{ type, valid_until: '2027-01-01' }], '2026-03-01', ALL)).toEqual([]);
    }
  });

  it('the policy decides which types are accepted, and the message names them', () => {
    const config = { ...BASE_CONFIG, policy: { accepted_assurance: ['pentest'] } };
    expect(findings([{ type: 'pentest', valid_until: '2027-01-01' }], '2026-03-01', ALL, config)).toEqual([]);
    const [missing] = check({ config, agreements: { zaak: agreement(high([{ type: 'iso27001', valid_until: '2027-01-01' }])) } }, '2026-03-01', 'assurance-missing');
    expect(missing?.data).toEqual({ asOf: '2026-03-01', accepted: ['pentest'] });
  });

  it('applies to live high-risk agreements only', () => {
    expect(check({ agreements: { zaak: agreement({ assurance: undefined }) } }, '2026-03-01', 'assurance-missing')).toEqual([]);
    expect(check({ agreements: { zaak: agreement({ ...high([]), phase: 'signing' }) } }, '2026-03-01', 'assurance-missing')).toEqual([]);
  });
});

describe('assurance-qualified', () => {
  it('warns for a valid latest report with a qualified or adverse opinion or a disclaimer', () => {
    for (const opinion of ['qualified', 'adverse', 'disclaimer']) {
      expect(findings([{ type: 'soc2-type2', period_end: '2025-12-31', opinion }], '2026-03-01', ALL)).toEqual([['assurance-qualified', 'soc2-type2', null]]);
    }
    expect(findings([{ type: 'soc2-type2', period_end: '2025-12-31', opinion: 'unqualified', exceptions: 2 }], '2026-03-01', ALL)).toEqual([]);
  });

  it('names the exceptions, and points at the opinion', () => {
    const [finding] = check(
      { agreements: { zaak: agreement(high([{ type: 'soc2-type2', period_end: '2025-12-31', opinion: 'qualified', exceptions: 3 }])) } },
      '2026-03-01',
      'assurance-qualified',
    );
    expect(finding?.message).toContain('and 3 exceptions');
    expect(finding?.severity).toBe('warning');
    expect(finding?.line).toBeGreaterThan(1);
  });

  it('is silent once the report has expired (assurance-expired speaks), and for an older report of the type', () => {
    expect(findings([{ type: 'soc2-type2', period_end: '2024-12-31', opinion: 'adverse' }], '2026-03-01', ALL)).toEqual([
      ['assurance-missing', null, null],
      ['assurance-expired', 'soc2-type2', '2025-12-31'],
    ]);
    const newer = [
      { type: 'soc2-type2', period_end: '2025-06-30', opinion: 'adverse' },
      { type: 'soc2-type2', period_end: '2025-12-31', opinion: 'unqualified' },
    ];
    expect(findings(newer, '2026-03-01', ALL)).toEqual([]);
  });

  it('of two items with the same end, the one listed last counts', () => {
    const pair = (first: string, last: string) => [
      { type: 'tpm', valid_until: '2027-01-01', opinion: first },
      { type: 'tpm', valid_until: '2027-01-01', opinion: last },
    ];
    expect(findings(pair('adverse', 'unqualified'), '2026-03-01', ALL)).toEqual([]);
    expect(findings(pair('unqualified', 'adverse'), '2026-03-01', ALL)).toEqual([['assurance-qualified', 'tpm', null]]);
  });
});

describe('the assurance-missing message', () => {
  const missing = (lang: 'nl' | 'en', config?: Record<string, unknown>) =>
    check({ ...(config ? { config } : {}), agreements: { zaak: agreement(high([{ type: 'pentest', valid_until: '2027-01-01' }])) } }, '2026-03-01', 'assurance-missing', lang)[0]?.message;

  it('names the accepted types as alternatives: any one of them is enough', () => {
    expect(missing('en')).toBe(
      'A high-risk agreement needs a valid certificate or assurance report (ISO 27001, NEN 7510, ISAE 3402 type II, SOC 2 type II or TPM), but none is valid on 1 March 2026',
    );
    expect(missing('nl')).toBe(
      'Bij hoog risico is een geldig certificaat of assurancerapport nodig (ISO 27001, NEN 7510, ISAE 3402 type II, SOC 2 type II of TPM), maar op 1 maart 2026 is geen daarvan geldig',
    );
  });

  it('says the policy accepts no type when accepted_assurance is empty, without an empty list', () => {
    const config = { ...BASE_CONFIG, policy: { accepted_assurance: [] } };
    expect(missing('en', config)).toBe('A high-risk agreement needs a valid certificate or assurance report, but the policy accepts no type (policy.accepted_assurance is empty)');
    expect(missing('nl', config)).toBe(
      'Bij hoog risico is een geldig certificaat of assurancerapport nodig, maar het beleid accepteert geen enkele soort (policy.accepted_assurance is leeg)',
    );
  });
});
