import type { LoadedRecord } from '../register/load.js';
import type { Agreement, Assessment, Config, Evaluation, Level, Obligation } from '../register/types.js';
import { addDays, addMonths, CADENCE_MONTHS } from './dates.js';
import { extend } from '../util/extend.js';
import { obligationSubjects, type Subject } from '../findings.js';

/**
 * The clocks of the rules: the next periodic evaluation, the obligation,
 * meeting and training cadences. Computed once per agreement by the
 * assessment; rules, views and reports read the result and never compute
 * them again. Pure.
 */
export type EvaluationRecord = LoadedRecord<'evaluation'>;

/** The risk matrix: rows impact, columns likelihood. */
const MATRIX: Record<Level, Record<Level, Level>> = {
  low: { low: 'low', medium: 'low', high: 'medium' },
  medium: { low: 'low', medium: 'medium', high: 'high' },
  high: { low: 'medium', medium: 'high', high: 'high' },
};

const RANK: Record<Level, number> = { low: 0, medium: 1, high: 2 };
const highest = (levels: readonly Level[]): Level | undefined =>
  levels.reduce<Level | undefined>((top, level) => (top === undefined || RANK[level] > RANK[top] ? level : top), undefined);

export type RiskSource = 'level' | 'matrix' | 'missing';

export interface RiskLevel {
  /** What the rules use: an agreement without `risk` counts as high. */
  level: Level;
  /** The highest of `risk.impact` and every MAPGOOD component's impact; high without `risk`. */
  impact: Level;
  /** `level`: risk.level given; `matrix`: from impact × likelihood and the components; `missing`: never assessed. */
  source: RiskSource;
}

export function riskLevel(agreement: Agreement): RiskLevel {
  const risk = agreement.risk;
  if (risk === undefined) return { level: 'high', impact: 'high', source: 'missing' };
  const pairs = [
    ...(risk.impact !== undefined && risk.likelihood !== undefined ? [{ impact: risk.impact, likelihood: risk.likelihood }] : []),
    ...(risk.components ?? []),
  ];
  const impact = highest(pairs.map((p) => p.impact)) ?? 'high';
  if (risk.level !== undefined) return { level: risk.level, impact, source: 'level' };
  return { level: highest(pairs.map((p) => MATRIX[p.impact][p.likelihood])) ?? 'high', impact, source: 'matrix' };
}

export interface ReviewInterval {
  months: number;
  /** `agreement`: its own `review_months`; `policy`: the policy for its risk level. */
  source: 'agreement' | 'policy';
}

export function reviewInterval(agreement: Agreement, level: Level, config: Config): ReviewInterval {
  if (agreement.review_months !== undefined) return { months: agreement.review_months, source: 'agreement' };
  return { months: config.policy.review_months[level], source: 'policy' };
}

const PERIODIC_TYPES: ReadonlySet<Evaluation['type']> = new Set(['periodic', 'internal-audit', 'external-audit']);

/** The clock's start when nothing was recorded yet: `dates.start`, else `dates.signed`. */
function fallbackBase(agreement: Agreement): { date: string; source: 'start' | 'signed' } | undefined {
  if (agreement.dates?.start !== undefined) return { date: agreement.dates.start, source: 'start' };
  if (agreement.dates?.signed !== undefined) return { date: agreement.dates.signed, source: 'signed' };
  return undefined;
}

export interface NextEvaluation {
  base: string;
  baseSource: 'evaluation' | 'start' | 'signed';
  /** The latest periodic evaluation or audit on or before D. */
  last?: EvaluationRecord;
  /** The months added to the base: the interval, or the follow-up after `non-compliant`. */
  months: number;
  due: string;
  /** Which step set the due date. */
  reason: 'interval' | 'non-compliant' | 'next-review';
}

/** The next periodic evaluation: base + interval, then the non-compliant follow-up, then `next_review`. */
export function nextEvaluation(
  agreement: Agreement,
  evaluations: readonly EvaluationRecord[],
  interval: ReviewInterval,
  config: Config,
): NextEvaluation | undefined {
  let last: EvaluationRecord | undefined;
  for (const e of evaluations) if (PERIODIC_TYPES.has(e.value.type)) last = e;
  const fallback = fallbackBase(agreement);
  const base = last?.value.date ?? fallback?.date;
  if (base === undefined) return undefined;
  let due = addMonths(base, interval.months);
  let months = interval.months;
  let reason: NextEvaluation['reason'] = 'interval';
  if (last?.value.outcome === 'non-compliant') {
    const followUp = addMonths(base, config.policy.non_compliant_review_months);
    if (followUp < due) [due, months, reason] = [followUp, config.policy.non_compliant_review_months, 'non-compliant'];
  }
  const nextReview = last?.value.next_review;
  // `next_review` brings the evaluation forward, never back.
  if (nextReview !== undefined && nextReview < due) [due, reason] = [nextReview, 'next-review'];
  return { base, baseSource: last ? 'evaluation' : (fallback?.source ?? 'start'), ...(last ? { last } : {}), months, due, reason };
}

export interface Clock {
  base: string;
  baseSource: 'evaluation' | 'start' | 'signed';
  /** The evaluation that set the base, when one did. */
  last?: EvaluationRecord;
  months: number;
  /** base + cadence months: the date the next one is due. */
  due: string;
  /** due + grace_days: overdue only when this is before D. */
  deadline: string;
}

function clockFrom(agreement: Agreement, last: EvaluationRecord | undefined, months: number, config: Config): Clock | undefined {
  const fallback = fallbackBase(agreement);
  const base = last?.value.date ?? fallback?.date;
  if (base === undefined) return undefined;
  const due = addMonths(base, months);
  return {
    base,
    baseSource: last ? 'evaluation' : (fallback?.source ?? 'start'),
    ...(last ? { last } : {}),
    months,
    due,
    deadline: addDays(due, config.policy.grace_days),
  };
}

/** The meeting or training clock of `monitoring`; undefined when not monitored or without a base. */
export function monitoringClock(
  agreement: Agreement,
  kind: 'meetings' | 'training',
  evaluations: readonly EvaluationRecord[],
  config: Config,
): Clock | undefined {
  const cadence = agreement.monitoring?.[kind];
  if (cadence === undefined) return undefined;
  const type = kind === 'meetings' ? 'meeting' : 'training';
  let last: EvaluationRecord | undefined;
  for (const e of evaluations) if (e.value.type === type) last = e;
  return clockFrom(agreement, last, CADENCE_MONTHS[cadence], config);
}

export interface AssessmentRef {
  evaluation: EvaluationRecord;
  /** Index in the evaluation's `obligations` list, to point at it. */
  index: number;
  assessment: Assessment;
}

export interface ObligationState {
  obligation: Obligation;
  /** What its findings are about: its id, numbered from the second obligation of that id on (`obligationSubjects`). */
  subject: Subject;
  /** Its index in the agreement's `obligations`, to point at it. */
  index: number;
  /** The latest assessment on or before D; within one evaluation the last entry counts. */
  latest?: AssessmentRef;
  /** Recurring obligations: the clock. */
  clock?: Clock;
  /** The date the next check is due (recurring: base + cadence; once: `due` until met). */
  nextDue?: string;
  /** The condition of `obligation-overdue`, before the config decides whether it is reported. */
  overdue: boolean;
}

/** Every obligation's state, from one pass over the agreement's evaluations (newest assessment wins). */
export function obligationStates(agreement: Agreement, evaluations: readonly EvaluationRecord[], config: Config, asOf: string): ObligationState[] {
  const latest = new Map<string, AssessmentRef>();
  const met = new Set<string>();
  for (const evaluation of evaluations) {
    (evaluation.value.obligations ?? []).forEach((assessment, index) => {
      latest.set(assessment.id, { evaluation, index, assessment });
      if (assessment.status === 'met') met.add(assessment.id);
    });
  }
  const subjects = obligationSubjects(agreement.obligations ?? []);
  return (agreement.obligations ?? []).map((obligation, index): ObligationState => {
    const last = latest.get(obligation.id);
    const subject = subjects[index] ?? { kind: 'obligation', id: obligation.id };
    const base = { obligation, subject, index, ...(last ? { latest: last } : {}) };
    if (obligation.frequency === 'on-event') return extend(base, { overdue: false });
    if (obligation.frequency === 'once') {
      const due = obligation.due as string; // the schema requires `due` for `once`
      const done = met.has(obligation.id);
      return extend(base, { ...(done ? {} : { nextDue: due }), overdue: !done && due < asOf });
    }
    const clock = clockFrom(agreement, last?.evaluation, CADENCE_MONTHS[obligation.frequency], config);
    return extend(base, { ...(clock ? { clock, nextDue: clock.due } : {}), overdue: clock !== undefined && clock.deadline < asOf });
  });
}

/** An evaluation finding (action) is open on D unless resolved on or before D; a resolution dated later does not exist yet. */
export function isOpenOn(item: { status: 'open' | 'resolved'; resolved?: string }, asOf: string): boolean {
  return item.status === 'open' || (item.resolved !== undefined && item.resolved > asOf);
}

/** A date that records something done counts only when it is on or before D. */
export function doneBy(date: string | undefined, asOf: string): string | undefined {
  return date !== undefined && date <= asOf ? date : undefined;
}
