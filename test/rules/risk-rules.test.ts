import { describe, expect, it } from 'vitest';
import { agreement, check, HIGH_RISK_IN_ORDER } from './build.js';

/**
 * Boundaries of the risk family of format version 2: risk-underrated,
 * mapgood-incomplete, the DPIA rules and the low-risk review interval. Each
 * "done" date (`dpia.date`, `accepted`, `prior_consultation`) counts only on or before D.
 */
const D = '2026-03-10';
const DAY_BEFORE = '2026-03-09';
const DAY_AFTER = '2026-03-11';
const one = (overrides: Record<string, unknown>, rule: string, asOf = D) => check({ agreements: { zaak: agreement(overrides) } }, asOf, rule);
const processing = (extra: Record<string, unknown>) => ({
  processing: { purposes: ['Jeugdhulp'], data_subjects: ['Jeugdigen'], data_categories: ['NAW'], activities: ['vwa-jeugd'], ...extra },
});

describe('risk-underrated', () => {
  it('warns when special categories or criminal data are not rated high impact, at risk.impact', () => {
    const [finding] = one({ ...processing({ special_categories: ['gezondheid'] }), risk: { impact: 'medium', likelihood: 'high' } }, 'risk-underrated');
    expect(finding).toMatchObject({ severity: 'warning', subject: { kind: 'agreement' }, data: { special: ['gezondheid'], criminal: false, impact: 'medium' } });
    expect(finding?.message).toBe('The processing includes special categories of personal data, namely gezondheid, but the impact is rated medium instead of high');
  });

  it('names the categories after "namelijk" / "namely", joined with "en" / "and": the register\'s words keep their own brackets', () => {
    const special = ['Gezondheidsgegevens (medisch advies)', 'ras of etnische afkomst'];
    const both = { ...processing({ special_categories: special, criminal_data: true }), risk: { impact: 'medium', likelihood: 'high' } };
    const [nl] = check({ agreements: { zaak: agreement(both) } }, D, 'risk-underrated', 'nl');
    expect(nl?.message).toBe(
      'De verwerking omvat bijzondere persoonsgegevens, namelijk Gezondheidsgegevens (medisch advies) en ras of etnische afkomst, en strafrechtelijke gegevens, maar de impact is beoordeeld als middel in plaats van hoog',
    );
    const [en] = one({ ...processing({ special_categories: special }), risk: { impact: 'low', likelihood: 'high' } }, 'risk-underrated');
    expect(en?.message).toBe('The processing includes special categories of personal data, namely Gezondheidsgegevens (medisch advies) and ras of etnische afkomst, but the impact is rated low instead of high');
    expect(one({ ...processing({ criminal_data: true }), risk: { impact: 'low', likelihood: 'low' } }, 'risk-underrated')).toHaveLength(1);
  });

  it('is silent at high impact, also when only a MAPGOOD component is rated high', () => {
    expect(one({ ...processing({ special_categories: ['gezondheid'] }), ...HIGH_RISK_IN_ORDER }, 'risk-underrated')).toEqual([]);
    const components = [{ component: 'data', impact: 'high', likelihood: 'low' }];
    expect(one({ ...processing({ criminal_data: true }), risk: { impact: 'low', likelihood: 'low', components } }, 'risk-underrated')).toEqual([]);
  });

  it('is silent without sensitive data, with criminal_data false or an empty list, and for drafts and ended agreements', () => {
    const low = { risk: { impact: 'low', likelihood: 'low' } };
    expect(one({ ...processing({ special_categories: [], criminal_data: false }), ...low }, 'risk-underrated')).toEqual([]);
    for (const phase of ['draft', 'ended']) {
      expect(one({ ...processing({ criminal_data: true }), ...low, phase, exit: { deletion_confirmed: '2025-01-01' } }, 'risk-underrated')).toEqual([]);
    }
    expect(one({ ...processing({ criminal_data: true }), ...low, phase: 'signing' }, 'risk-underrated')).toHaveLength(1);
  });

  it('an agreement without risk counts as high impact, so risk-missing speaks instead', () => {
    const findings = check({ agreements: { zaak: agreement({ ...processing({ criminal_data: true }), risk: undefined }) } }, D);
    expect(findings.map((f) => f.rule)).toContain('risk-missing');
    expect(findings.map((f) => f.rule)).not.toContain('risk-underrated');
  });
});

describe('mapgood-incomplete', () => {
  const all = ['people', 'equipment', 'software', 'data', 'organisation', 'environment', 'services'];
  const mapgood = (components: string[], method = 'MAPGOOD') => ({
    risk: { method, components: components.map((component) => ({ component, impact: 'medium', likelihood: 'medium' })) },
  });

  it('names every missing component in one finding, in any case of the method', () => {
    const findings = one(mapgood(['people', 'data', 'services'], 'mapgood'), 'mapgood-incomplete');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.data).toEqual({ missing: ['equipment', 'software', 'organisation', 'environment'] });
    expect(findings[0]?.severity).toBe('warning');
  });

  it('is silent with all seven, for another method, and for drafts', () => {
    expect(one(mapgood(all), 'mapgood-incomplete')).toEqual([]);
    expect(one(mapgood(['data'], 'BIV'), 'mapgood-incomplete')).toEqual([]);
    expect(one({ ...mapgood(['data']), phase: 'draft' }, 'mapgood-incomplete')).toEqual([]);
    expect(one({ ...mapgood(['data']), phase: 'signing' }, 'mapgood-incomplete')).toHaveLength(1);
  });

  it('MAPGOOD as method without components lacks all seven', () => {
    expect(one({ risk: { impact: 'medium', likelihood: 'medium', method: 'MAPGOOD' } }, 'mapgood-incomplete')[0]?.data).toEqual({ missing: all });
  });
});

describe('dpia-missing, dpia-undetermined, dpia-unacceptable, dpia-not-accepted', () => {
  const dpia = (fields: Record<string, unknown>) => ({ risk: { impact: 'medium', likelihood: 'medium', dpia: { required: true, ...fields } } });

  it('dpia-missing: a DPIA dated D counts, one dated the day after D does not exist yet', () => {
    expect(one(dpia({ date: D }), 'dpia-missing')).toEqual([]);
    expect(one(dpia({ date: DAY_AFTER }), 'dpia-missing')).toHaveLength(1);
    expect(one(dpia({ date: DAY_AFTER }), 'dpia-missing', DAY_AFTER)).toEqual([]);
    expect(one(dpia({}), 'dpia-missing', DAY_BEFORE)).toHaveLength(1);
  });

  it('dpia-undetermined: sensitive data and no risk.dpia at all; any DPIA decision silences it', () => {
    const sensitive = processing({ special_categories: ['gezondheid'] });
    const high = { impact: 'high', likelihood: 'high' };
    expect(one({ ...sensitive, risk: high }, 'dpia-undetermined')).toHaveLength(1);
    expect(one({ ...sensitive, risk: { ...high, dpia: { required: false } } }, 'dpia-undetermined')).toEqual([]);
    expect(one({ risk: high }, 'dpia-undetermined')).toEqual([]);
    expect(one({ ...sensitive, risk: high, phase: 'draft' }, 'dpia-undetermined')).toEqual([]);
  });

  it('dpia-unacceptable: an error until the prior consultation of the AP is dated on or before D', () => {
    const [finding] = one(dpia({ date: '2026-01-01', outcome: 'unacceptable' }), 'dpia-unacceptable');
    expect(finding).toMatchObject({ severity: 'error' });
    expect(finding?.line).toBeGreaterThan(1);
    expect(one(dpia({ date: '2026-01-01', outcome: 'unacceptable', prior_consultation: DAY_AFTER }), 'dpia-unacceptable')).toHaveLength(1);
    expect(one(dpia({ date: '2026-01-01', outcome: 'unacceptable', prior_consultation: D }), 'dpia-unacceptable')).toEqual([]);
    expect(one(dpia({ date: '2026-01-01', outcome: 'acceptable-with-measures' }), 'dpia-unacceptable')).toEqual([]);
    expect(one({ ...dpia({ outcome: 'unacceptable' }), phase: 'signing' }, 'dpia-unacceptable')).toHaveLength(1);
  });

  it('dpia-not-accepted: from the DPIA date (on or before D) until the acceptance date (on or before D)', () => {
    expect(one(dpia({ date: DAY_AFTER }), 'dpia-not-accepted')).toEqual([]);
    const [finding] = one(dpia({ date: D }), 'dpia-not-accepted');
    expect(finding).toMatchObject({ severity: 'warning', data: { date: D } });
    expect(one(dpia({ date: DAY_BEFORE, accepted: DAY_AFTER }), 'dpia-not-accepted')).toHaveLength(1);
    expect(one(dpia({ date: DAY_BEFORE, accepted: D }), 'dpia-not-accepted')).toEqual([]);
    // Live agreements only.
    expect(one({ ...dpia({ date: DAY_BEFORE }), phase: 'signing' }, 'dpia-not-accepted')).toEqual([]);
  });
});

describe('review-interval-too-long (low risk is 12 months since version 2)', () => {
  const low = (review_months: number) => ({ risk: { impact: 'low', likelihood: 'low' }, review_months });

  it('13 months for low risk is too long, 12 is not', () => {
    expect(one(low(13), 'review-interval-too-long')[0]?.data).toEqual({ months: 13, level: 'low', policy: 12 });
    expect(one(low(12), 'review-interval-too-long')).toEqual([]);
  });

  it('a low-risk agreement is due for evaluation 12 months after its start: due soon on the day, overdue the day after', () => {
    const spec = { agreements: { zaak: agreement({ risk: { impact: 'low', likelihood: 'medium' } }) } };
    expect(check(spec, '2025-12-31', 'evaluation-due-soon')[0]?.due).toBe('2026-01-01');
    expect(check(spec, '2026-01-01', 'evaluation-due-soon')[0]?.due).toBe('2026-01-01');
    expect(check(spec, '2026-01-02', 'evaluation-overdue')[0]).toMatchObject({ due: '2026-01-01', daysLate: 1 });
  });
});
