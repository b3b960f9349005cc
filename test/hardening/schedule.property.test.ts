/**
 * Property tests for the due computations every rule, view and report shares
 * (src/rules/schedule.ts, SPEC §6). The month arithmetic itself is covered in
 * test/rules/dates.test.ts; these check what is built on it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluationsOn } from '../../src/assessment/assess.js';
import { DEFAULT_POLICY } from '../../src/register/config.js';
import type { SourceFile } from '../../src/register/parse.js';
import type { Agreement, Config, Evaluation, Obligation } from '../../src/register/types.js';
import { addDays, addMonths, CADENCE_MONTHS } from '../../src/rules/dates.js';
import {
  monitoringClock,
  nextEvaluation as nextEvaluationOf,
  obligationStates,
  reviewInterval,
  riskLevel,
  type EvaluationRecord,
} from '../../src/rules/schedule.js';

const CONFIG: Config = { organisation: 'Test', locale: 'en', timezone: 'Europe/Amsterdam', departments: [{ id: 'ict', name: 'ICT' }], policy: DEFAULT_POLICY, rules: {} };
const AS_OF = '2026-10-01';
const RUNS = { numRuns: 300, seed: 42 };

const date = fc.integer({ min: -1500, max: 400 }).map((offset) => addDays(AS_OF, offset));
const level = fc.constantFrom('low' as const, 'medium' as const, 'high' as const);
const evaluationType = fc.constantFrom<Evaluation['type']>('periodic', 'internal-audit', 'external-audit', 'meeting', 'report-review', 'incident-review', 'training');
const periodic = new Set<Evaluation['type']>(['periodic', 'internal-audit', 'external-audit']);

const agreementArb = fc.record(
  {
    signed: fc.option(date, { nil: undefined }),
    start: fc.option(date, { nil: undefined }),
    impact: level,
    likelihood: level,
    reviewMonths: fc.option(fc.integer({ min: 1, max: 36 }), { nil: undefined }),
    meetings: fc.option(fc.constantFrom('monthly' as const, 'quarterly' as const, 'half-yearly' as const, 'yearly' as const), { nil: undefined }),
  },
  { requiredKeys: ['impact', 'likelihood'] },
).map(
  (a): Agreement => ({
    id: 'a',
    title: 'A',
    department: 'ict',
    process_owner: { name: 'P' },
    processor: { name: 'V' },
    phase: 'active',
    dates: { ...(a.signed ? { signed: a.signed } : {}), ...(a.start ? { start: a.start } : {}) },
    risk: { impact: a.impact, likelihood: a.likelihood },
    ...(a.reviewMonths ? { review_months: a.reviewMonths } : {}),
    ...(a.meetings ? { monitoring: { meetings: a.meetings } } : {}),
    obligations: [
      { id: 'maand', title: 'M', party: 'processor', frequency: 'monthly' },
      { id: 'eenmalig', title: 'E', party: 'processor', frequency: 'once', due: '2026-03-31' },
      { id: 'melden', title: 'D', party: 'processor', frequency: 'on-event' },
    ],
  }),
);

const evaluationArb = fc.record({
  date,
  type: evaluationType,
  outcome: fc.constantFrom('compliant' as const, 'partially-compliant' as const, 'non-compliant' as const),
  nextReview: fc.option(date, { nil: undefined }),
  assessed: fc.option(fc.constantFrom('met' as const, 'partially-met' as const, 'not-met' as const), { nil: undefined }),
  name: fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 1, maxLength: 3 }),
});

type EvaluationSpec = typeof evaluationArb extends fc.Arbitrary<infer T> ? T : never;

function records(list: EvaluationSpec[]): EvaluationRecord[] {
  return list.map((e, n) => {
    const value: Evaluation = {
      id: `e${n}`,
      agreement: 'a',
      date: e.date,
      type: e.type,
      ...(periodic.has(e.type) ? { outcome: e.outcome } : {}),
      ...(e.nextReview ? { next_review: e.nextReview } : {}),
      ...(e.assessed ? { obligations: [{ id: 'maand', status: e.assessed }, { id: 'eenmalig', status: e.assessed }] } : {}),
    };
    return { kind: 'evaluation', file: `evaluations/${e.name}-${n}.yaml`, source: {} as SourceFile, value };
  });
}

/** The evaluations of agreement `a` that exist on D, as the assessment indexes them. */
function indexed(evaluations: EvaluationRecord[]): EvaluationRecord[] {
  return evaluationsOn(evaluations, AS_OF).get('a') ?? [];
}

const intervalOf = (agreement: Agreement) => reviewInterval(agreement, riskLevel(agreement).level, CONFIG);
const nextEvaluation = (agreement: Agreement, evaluations: readonly EvaluationRecord[], config: Config) =>
  nextEvaluationOf(agreement, evaluations, intervalOf(agreement), config);
const obligationState = (agreement: Agreement, obligation: Obligation, evaluations: readonly EvaluationRecord[], config: Config, asOf: string) =>
  obligationStates(agreement, evaluations, config, asOf).find((s) => s.obligation === obligation)!;

describe('the next periodic evaluation (SPEC §6)', () => {
  it('is the earliest of base + interval, the non-compliant follow-up and next_review', () => {
    fc.assert(
      fc.property(agreementArb, fc.array(evaluationArb, { maxLength: 6 }), (agreement, list) => {
        const evaluations = indexed(records(list));
        const next = nextEvaluation(agreement, evaluations, CONFIG);
        const last = evaluations.filter((e) => periodic.has(e.value.type)).at(-1);
        const base = last?.value.date ?? agreement.dates?.start ?? agreement.dates?.signed;
        if (base === undefined) {
          expect(next).toBeUndefined();
          return;
        }
        const candidates = [addMonths(base, intervalOf(agreement).months)];
        if (last?.value.outcome === 'non-compliant') candidates.push(addMonths(base, DEFAULT_POLICY.non_compliant_review_months));
        if (last?.value.next_review !== undefined) candidates.push(last.value.next_review);
        expect(next?.base).toBe(base);
        expect(next?.due).toBe(candidates.sort()[0]);
        // next_review brings it forward, never back.
        expect((next?.due as string) <= (candidates[0] as string)).toBe(true);
      }),
      RUNS,
    );
  });

  it('ignores evaluations dated after D, other types of evaluation, and the order of the files', () => {
    fc.assert(
      fc.property(agreementArb, fc.array(evaluationArb, { maxLength: 6 }), evaluationArb, (agreement, list, extra) => {
        const all = records(list);
        const expected = nextEvaluation(agreement, indexed(all), CONFIG);
        expect(nextEvaluation(agreement, indexed([...all].reverse()), CONFIG)).toEqual(expected);
        const future = records([{ ...extra, date: addDays(AS_OF, 1 + (extra.date.charCodeAt(9) % 30)) }]);
        expect(nextEvaluation(agreement, indexed([...all, ...future]), CONFIG)?.due).toBe(expected?.due);
        const other = records([{ ...extra, type: 'meeting' }]);
        expect(nextEvaluation(agreement, indexed([...all, ...other]), CONFIG)?.due).toBe(expected?.due);
      }),
      RUNS,
    );
  });
});

describe('obligation and monitoring clocks (SPEC §6)', () => {
  it('a recurring obligation is overdue exactly when base + cadence + grace_days is before D', () => {
    fc.assert(
      fc.property(agreementArb, fc.array(evaluationArb, { maxLength: 6 }), (agreement, list) => {
        const evaluations = indexed(records(list));
        const obligation = agreement.obligations?.[0] as Obligation;
        const state = obligationState(agreement, obligation, evaluations, CONFIG, AS_OF);
        const assessed = evaluations.filter((e) => (e.value.obligations ?? []).some((a) => a.id === 'maand')).at(-1);
        const base = assessed?.value.date ?? agreement.dates?.start ?? agreement.dates?.signed;
        if (base === undefined) {
          expect(state.overdue).toBe(false);
          return;
        }
        const deadline = addDays(addMonths(base, CADENCE_MONTHS.monthly), DEFAULT_POLICY.grace_days);
        expect(state.clock?.deadline).toBe(deadline);
        expect(state.overdue).toBe(deadline < AS_OF);
      }),
      RUNS,
    );
  });

  it('a once obligation is overdue only while not met and past its due date; on-event never', () => {
    fc.assert(
      fc.property(agreementArb, fc.array(evaluationArb, { maxLength: 6 }), (agreement, list) => {
        const evaluations = indexed(records(list));
        const [, once, onEvent] = agreement.obligations as [Obligation, Obligation, Obligation];
        const met = evaluations.some((e) => e.value.obligations?.some((a) => a.id === 'eenmalig' && a.status === 'met'));
        expect(obligationState(agreement, once, evaluations, CONFIG, AS_OF).overdue).toBe(!met && '2026-03-31' < AS_OF);
        expect(obligationState(agreement, onEvent, evaluations, CONFIG, AS_OF).overdue).toBe(false);
      }),
      RUNS,
    );
  });

  it('a meeting only ever moves the meeting clock later, and only meetings move it', () => {
    fc.assert(
      fc.property(agreementArb, fc.array(evaluationArb, { maxLength: 6 }), evaluationArb, (agreement, list, extra) => {
        const before = monitoringClock(agreement, 'meetings', indexed(records(list)), CONFIG);
        const after = monitoringClock(agreement, 'meetings', indexed(records([...list, extra])), CONFIG);
        if (agreement.monitoring?.meetings === undefined) expect(after).toBeUndefined();
        else if (extra.type !== 'meeting') expect(after).toEqual(before);
        else if (before !== undefined && after !== undefined && extra.date >= before.base) {
          expect(after.deadline >= before.deadline).toBe(true);
        }
      }),
      RUNS,
    );
  });
});
