import { describe, expect, it } from 'vitest';
import { agreement, check } from './build.js';

/** Boundaries of the end of an agreement in format version 2: exit-plan-missing and deletion-unconfirmed. */
const D = '2026-03-10';
const one = (overrides: Record<string, unknown>, rule: string, asOf = D) => check({ agreements: { zaak: agreement(overrides) } }, asOf, rule);

describe('exit-plan-missing', () => {
  const high = { risk: { impact: 'high', likelihood: 'high' } };

  it('warns for a live high-risk agreement without exit.plan, at exit when it exists', () => {
    expect(one(high, 'exit-plan-missing')).toMatchObject([{ severity: 'warning', line: 1 }]);
    expect(one({ ...high, exit: { method: 'returned' } }, 'exit-plan-missing')[0]?.line).toBeGreaterThan(1);
    expect(one({ ...high, exit: { plan: 'docs/exitplan.pdf' } }, 'exit-plan-missing')).toEqual([]);
  });

  it('is silent for medium risk and for agreements not live; without risk the agreement counts as high', () => {
    expect(one({}, 'exit-plan-missing')).toEqual([]);
    expect(one({ ...high, phase: 'signing' }, 'exit-plan-missing')).toEqual([]);
    expect(one({ risk: undefined }, 'exit-plan-missing')).toHaveLength(1);
  });
});

describe('deletion-unconfirmed', () => {
  const ended = (exit?: Record<string, unknown>) => ({ phase: 'ended', dates: { signed: '2025-01-01', start: '2025-01-01', end: '2026-01-01' }, ...(exit ? { exit } : {}) });

  it('a confirmation dated D counts; one dated the day after D does not exist yet', () => {
    expect(one(ended({ deletion_confirmed: D, method: 'deleted' }), 'deletion-unconfirmed')).toEqual([]);
    expect(one(ended({ deletion_confirmed: '2026-03-11', method: 'deleted' }), 'deletion-unconfirmed')).toMatchObject([{ severity: 'warning' }]);
    expect(one(ended({ deletion_confirmed: '2026-03-11' }), 'deletion-unconfirmed', '2026-03-11')).toEqual([]);
  });

  it('warns for every ended agreement without confirmation, and never for other phases', () => {
    expect(one(ended(), 'deletion-unconfirmed')).toHaveLength(1);
    expect(one(ended({ plan: 'Exitplan' }), 'deletion-unconfirmed')).toHaveLength(1);
    for (const phase of ['draft', 'signing', 'active']) expect(one({ phase }, 'deletion-unconfirmed')).toEqual([]);
  });

  it('an ended agreement past its end date is not agreement-expired', () => {
    expect(one(ended(), 'agreement-expired')).toEqual([]);
  });
});
