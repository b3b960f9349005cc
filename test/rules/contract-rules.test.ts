import { describe, expect, it } from 'vitest';
import { agreement, check, FULL_PROCESSING } from './build.js';

/** Boundaries of the contract family of format version 2: processing-missing, processing-activity-missing, fg-advice-missing. */
const D = '2026-03-10';
const DAY_AFTER = '2026-03-11';
const one = (overrides: Record<string, unknown>, rule: string, asOf = D) => check({ agreements: { zaak: agreement(overrides) } }, asOf, rule);

describe('processing-missing', () => {
  it('an absent processing gives three findings at the id, one per part', () => {
    const findings = one({ processing: undefined }, 'processing-missing');
    expect(findings.map((f) => [f.subject?.id, f.line, f.severity])).toEqual([
      ['purposes', 1, 'error'],
      ['data_subjects', 1, 'error'],
      ['data_categories', 1, 'error'],
    ]);
  });

  it('an empty list counts as missing and is pointed at; a part that is present is not reported', () => {
    const findings = one({ processing: { ...FULL_PROCESSING, purposes: [], data_categories: undefined } }, 'processing-missing');
    expect(findings.map((f) => f.subject?.id).sort()).toEqual(['data_categories', 'purposes']);
    expect(findings.every((f) => f.line > 1)).toBe(true);
  });

  it('applies to signing and live agreements, not to drafts or ended ones', () => {
    expect(one({ processing: undefined, phase: 'signing' }, 'processing-missing')).toHaveLength(3);
    expect(one({ processing: undefined, phase: 'draft' }, 'processing-missing')).toEqual([]);
    expect(one({ processing: undefined, phase: 'ended', exit: { deletion_confirmed: '2025-01-01' } }, 'processing-missing')).toEqual([]);
  });
});

describe('processing-activity-missing', () => {
  it('warns once for a live agreement without activities, absent or empty', () => {
    const { activities: _, ...withoutActivities } = FULL_PROCESSING;
    expect(one({ processing: withoutActivities }, 'processing-activity-missing')).toMatchObject([{ severity: 'warning' }]);
    expect(one({ processing: { ...FULL_PROCESSING, activities: [] } }, 'processing-activity-missing')).toHaveLength(1);
    expect(one({ processing: undefined }, 'processing-activity-missing')).toHaveLength(1);
  });

  it('is for live agreements only', () => {
    expect(one({ processing: undefined, phase: 'signing' }, 'processing-activity-missing')).toEqual([]);
  });
});

describe('fg-advice-missing', () => {
  const high = (signing?: Record<string, unknown>, phase = 'active') => ({ risk: { impact: 'high', likelihood: 'medium' }, phase, ...(signing ? { signing } : {}) });

  it('warns for high risk without the FG advice; an advice dated D counts, one dated the day after does not exist yet', () => {
    expect(one(high(), 'fg-advice-missing')).toMatchObject([{ severity: 'warning', line: 1 }]);
    expect(one(high({ mandate: 'Mandaatregeling 2024' }), 'fg-advice-missing')[0]?.line).toBeGreaterThan(1);
    expect(one(high({ fg_advice: DAY_AFTER }), 'fg-advice-missing')).toHaveLength(1);
    expect(one(high({ fg_advice: D }), 'fg-advice-missing')).toEqual([]);
    expect(one(high({ fg_advice: DAY_AFTER }), 'fg-advice-missing', DAY_AFTER)).toEqual([]);
  });

  it('counts the risk level: medium needs no advice, no risk at all counts as high; signing too, drafts not', () => {
    expect(one({}, 'fg-advice-missing')).toEqual([]);
    expect(one({ risk: undefined }, 'fg-advice-missing')).toHaveLength(1);
    expect(one(high(undefined, 'signing'), 'fg-advice-missing')).toHaveLength(1);
    expect(one(high(undefined, 'draft'), 'fg-advice-missing')).toEqual([]);
  });
});
