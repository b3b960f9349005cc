import { describe, expect, it } from 'vitest';
import { agreement, check } from './build.js';

const periodic = (date: string, extra: Record<string, unknown> = {}) => ({
  agreement: 'zaak',
  date,
  type: 'periodic',
  outcome: 'compliant',
  ...extra,
});

describe('evaluation-overdue and evaluation-due-soon', () => {
  const register = (date: string, extra: Record<string, unknown> = {}) => ({
    agreements: { zaak: agreement() },
    evaluations: { 'e-1': periodic(date, extra) },
  });

  it('a due date equal to D is due soon, not overdue', () => {
    const findings = check(register('2025-06-15'), '2026-06-15');
    expect(findings.map((f) => [f.rule, f.due])).toEqual([['evaluation-due-soon', '2026-06-15']]);
  });

  it('one day past the due date is overdue, with the days late in the message', () => {
    const [finding] = check(register('2025-06-15'), '2026-06-16');
    expect(finding).toMatchObject({ rule: 'evaluation-overdue', severity: 'error', due: '2026-06-15', agreement: 'zaak' });
    expect(finding?.message).toContain('1 day late');
    expect(finding?.file).toBe('agreements/zaak.yaml');
    expect([finding?.line, finding?.column]).toEqual([1, 1]);
  });

  it('the due-soon window is inclusive: D + 30 warns, D + 31 does not', () => {
    expect(check(register('2025-07-15'), '2026-06-15', 'evaluation-due-soon')).toHaveLength(1);
    expect(check(register('2025-07-16'), '2026-06-15')).toEqual([]);
  });

  it('31 January plus one month is the end of February, 29 in a leap year', () => {
    const monthly = (date: string) => ({
      agreements: { zaak: agreement({ review_months: 1, risk: { impact: 'high', likelihood: 'high' } }) },
      evaluations: { 'e-1': periodic(date) },
    });
    expect(check(monthly('2025-01-31'), '2025-03-01', 'evaluation-overdue')[0]?.due).toBe('2025-02-28');
    expect(check(monthly('2024-01-31'), '2024-03-01', 'evaluation-overdue')[0]?.due).toBe('2024-02-29');
    expect(check(monthly('2024-01-31'), '2024-02-29', 'evaluation-overdue')).toEqual([]);
  });

  it('without evaluations the clock starts at dates.start, else dates.signed', () => {
    const started = { agreements: { zaak: agreement({ dates: { signed: '2024-11-01', start: '2025-01-01' } }) } };
    expect(check(started, '2026-01-02', 'evaluation-overdue')[0]?.due).toBe('2026-01-01');
    const signedOnly = { agreements: { zaak: agreement({ dates: { signed: '2024-11-01' } }) } };
    expect(check(signedOnly, '2026-01-02', 'evaluation-overdue')[0]?.due).toBe('2025-11-01');
  });

  it('an agreement without any date gets no clock-based finding', () => {
    const findings = check({ agreements: { zaak: agreement({ dates: undefined }) } }, '2030-01-01');
    expect(findings.map((f) => f.rule)).toEqual(['signed-date-missing']);
  });

  it('the interval follows the risk level via the matrix, and high without risk', () => {
    const high = { agreements: { zaak: agreement({ risk: { impact: 'high', likelihood: 'medium' } }) }, evaluations: { 'e-1': periodic('2025-06-01') } };
    expect(check(high, '2026-01-01', 'evaluation-overdue')[0]?.due).toBe('2025-12-01');
    const low = { agreements: { zaak: agreement({ risk: { impact: 'low', likelihood: 'medium' } }) }, evaluations: { 'e-1': periodic('2025-06-01') } };
    // Low is 12 months since format version 2 (was 24).
    expect(check(low, '2026-06-01', 'evaluation-overdue')).toEqual([]);
    expect(check(low, '2026-06-02', 'evaluation-overdue')[0]?.due).toBe('2026-06-01');
    const none = { agreements: { zaak: agreement({ risk: undefined }) }, evaluations: { 'e-1': periodic('2025-06-01') } };
    expect(check(none, '2026-01-01', 'evaluation-overdue')[0]?.due).toBe('2025-12-01');
    const explicit = { agreements: { zaak: agreement({ risk: { impact: 'high', likelihood: 'high', level: 'low' } }) }, evaluations: { 'e-1': periodic('2025-06-01') } };
    expect(check(explicit, '2026-06-02', 'evaluation-overdue')[0]?.due).toBe('2026-06-01');
  });

  it('audits count as periodic evaluations; meetings do not', () => {
    const spec = {
      agreements: { zaak: agreement() },
      evaluations: {
        'e-1': periodic('2025-01-10'),
        'e-2': { agreement: 'zaak', date: '2025-05-01', type: 'external-audit', outcome: 'compliant' },
        'e-3': { agreement: 'zaak', date: '2025-09-01', type: 'meeting' },
      },
    };
    expect(check(spec, '2026-05-02', 'evaluation-overdue')[0]?.due).toBe('2026-05-01');
  });

  it('after a non-compliant outcome the follow-up comes after 3 months', () => {
    const findings = check(register('2025-06-15', { outcome: 'non-compliant' }), '2025-09-16', 'evaluation-overdue');
    expect(findings[0]?.due).toBe('2025-09-15');
    expect(findings[0]?.message).toContain('+ 3 months');
  });

  it('next_review brings the evaluation forward but never back', () => {
    expect(check(register('2025-06-15', { next_review: '2025-12-01' }), '2025-12-02', 'evaluation-overdue')[0]?.due).toBe('2025-12-01');
    expect(check(register('2025-06-15', { next_review: '2027-01-01' }), '2026-06-16', 'evaluation-overdue')[0]?.due).toBe('2026-06-15');
  });

  it('evaluations dated after D do not exist yet', () => {
    const spec = { agreements: { zaak: agreement() }, evaluations: { 'e-1': periodic('2025-06-15'), 'e-2': periodic('2026-07-01') } };
    expect(check(spec, '2026-06-16', 'evaluation-overdue')[0]?.due).toBe('2026-06-15');
  });

  it('of two evaluations on the same date, the one whose path sorts last counts', () => {
    const spec = (first: string, last: string) => ({
      agreements: { zaak: agreement() },
      evaluations: {
        'a/e-1': periodic('2025-06-15', { outcome: first }),
        'b/e-2': periodic('2025-06-15', { outcome: last }),
      },
    });
    expect(check(spec('compliant', 'non-compliant'), '2025-09-16', 'evaluation-overdue')).toHaveLength(1);
    expect(check(spec('non-compliant', 'compliant'), '2025-09-16', 'evaluation-overdue')).toHaveLength(0);
  });

  it('applies to live agreements only', () => {
    for (const phase of ['draft', 'signing', 'ended']) {
      const spec = { agreements: { zaak: agreement({ phase, exit: { deletion_confirmed: '2025-01-01' } }) } };
      expect(check(spec, '2030-01-01', 'evaluation-overdue')).toEqual([]);
    }
  });
});

describe('review-interval-too-long', () => {
  it('warns when review_months exceeds the policy for the risk level, at the key', () => {
    const [finding] = check({ agreements: { zaak: agreement({ review_months: 13 }) } }, '2025-06-01', 'review-interval-too-long');
    expect(finding).toMatchObject({ severity: 'warning', agreement: 'zaak' });
    expect(finding?.message).toContain('13 months');
    expect(check({ agreements: { zaak: agreement({ review_months: 12 }) } }, '2025-06-01', 'review-interval-too-long')).toEqual([]);
  });

  it('uses a partial policy override merged with the defaults', () => {
    const config = {
      organisation: 'Gemeente Test',
      departments: [{ id: 'ict', name: 'ICT' }],
      policy: { review_months: { medium: 6 } },
    };
    expect(check({ config, agreements: { zaak: agreement({ review_months: 12 }) } }, '2025-06-01', 'review-interval-too-long')).toHaveLength(1);
    const high = agreement({ review_months: 6, risk: { impact: 'high', likelihood: 'high' } });
    expect(check({ config, agreements: { zaak: high } }, '2025-06-01', 'review-interval-too-long')).toEqual([]);
  });
});
