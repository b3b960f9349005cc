import type { LoadedRecord, Register } from '../register/load.js';
import type {
  Agreement,
  Assessment,
  Assurance,
  AssuranceType,
  Config,
  Evaluation,
  Level,
  Obligation,
} from '../register/types.js';
import { addDays, addMonths, CADENCE_MONTHS } from './dates.js';

/**
 * The computations of SPEC §6 that rules, views and reports share, so a list
 * and a check of the same register at the same date always agree. Pure.
 */
export type EvaluationRecord = LoadedRecord<'evaluation'>;

/** The risk matrix of SPEC §3: rows impact, columns likelihood. */
const MATRIX: Record<Level, Record<Level, Level>> = {
  low: { low: 'low', medium: 'low', high: 'medium' },
  medium: { low: 'low', medium: 'medium', high: 'high' },
  high: { low: 'medium', medium: 'high', high: 'high' },
};

export type RiskSource = 'level' | 'matrix' | 'missing';

export interface RiskLevel {
  level: Level;
  /** `level`: risk.level given; `matrix`: from impact × likelihood; `missing`: no risk, treated as high. */
  source: RiskSource;
}

export function riskLevel(agreement: Agreement): RiskLevel {
  const risk = agreement.risk;
  if (risk === undefined) return { level: 'high', source: 'missing' };
  if (risk.level !== undefined) return { level: risk.level, source: 'level' };
  return { level: MATRIX[risk.impact][risk.likelihood], source: 'matrix' };
}

export interface ReviewInterval {
  months: number;
  /** `agreement`: its own `review_months`; `policy`: the policy for its risk level. */
  source: 'agreement' | 'policy';
}

export function reviewInterval(agreement: Agreement, config: Config): ReviewInterval {
  if (agreement.review_months !== undefined) return { months: agreement.review_months, source: 'agreement' };
  return { months: config.policy.review_months[riskLevel(agreement).level], source: 'policy' };
}

/** Evaluations per agreement that exist on D (dated on or before it), oldest first; ties in file path order. */
export type EvaluationIndex = Map<string, EvaluationRecord[]>;

export function indexEvaluations(register: Register, asOf: string): EvaluationIndex {
  const index: EvaluationIndex = new Map();
  const sorted = register.evaluations
    .filter((e) => e.value.date <= asOf)
    .sort((a, b) => (a.value.date !== b.value.date ? (a.value.date < b.value.date ? -1 : 1) : a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const evaluation of sorted) {
    const list = index.get(evaluation.value.agreement) ?? [];
    list.push(evaluation);
    index.set(evaluation.value.agreement, list);
  }
  return index;
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
  interval: ReviewInterval;
  due: string;
  /** Which step of SPEC §6 set the due date. */
  reason: 'interval' | 'non-compliant' | 'next-review';
}

/** SPEC §6 "The next periodic evaluation": base + interval, then the non-compliant follow-up, then `next_review`. */
export function nextEvaluation(agreement: Agreement, evaluations: readonly EvaluationRecord[], config: Config): NextEvaluation | undefined {
  const last = evaluations.filter((e) => PERIODIC_TYPES.has(e.value.type)).at(-1);
  const fallback = fallbackBase(agreement);
  const base = last?.value.date ?? fallback?.date;
  if (base === undefined) return undefined;
  const interval = reviewInterval(agreement, config);
  let due = addMonths(base, interval.months);
  let reason: NextEvaluation['reason'] = 'interval';
  if (last?.value.outcome === 'non-compliant') {
    const followUp = addMonths(base, config.policy.non_compliant_review_months);
    if (followUp < due) [due, reason] = [followUp, 'non-compliant'];
  }
  const nextReview = last?.value.next_review;
  // `next_review` brings the evaluation forward, never back.
  if (nextReview !== undefined && nextReview < due) [due, reason] = [nextReview, 'next-review'];
  return {
    base,
    baseSource: last ? 'evaluation' : (fallback?.source ?? 'start'),
    ...(last ? { last } : {}),
    interval,
    due,
    reason,
  };
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

/** The meeting or training clock of `monitoring` (SPEC §6), undefined when not monitored or without a base. */
export function monitoringClock(
  agreement: Agreement,
  kind: 'meetings' | 'training',
  evaluations: readonly EvaluationRecord[],
  config: Config,
): Clock | undefined {
  const cadence = agreement.monitoring?.[kind];
  if (cadence === undefined) return undefined;
  const type = kind === 'meetings' ? 'meeting' : 'training';
  const last = evaluations.filter((e) => e.value.type === type).at(-1);
  return clockFrom(agreement, last, CADENCE_MONTHS[cadence], config);
}

export interface AssessmentRef {
  evaluation: EvaluationRecord;
  /** Index in the evaluation's `obligations` list, to point at it. */
  index: number;
  assessment: Assessment;
}

/** The latest assessment of an obligation on or before D; within one evaluation the last entry counts. */
export function latestAssessment(obligationId: string, evaluations: readonly EvaluationRecord[]): AssessmentRef | undefined {
  for (let e = evaluations.length - 1; e >= 0; e--) {
    const evaluation = evaluations[e] as EvaluationRecord;
    const list = evaluation.value.obligations ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const assessment = list[i] as Assessment;
      if (assessment.id === obligationId) return { evaluation, index: i, assessment };
    }
  }
  return undefined;
}

export interface ObligationState {
  obligation: Obligation;
  latest?: AssessmentRef;
  /** Recurring obligations: the clock; `once`: due is the obligation's `due`. */
  clock?: Clock;
  /** The date the next check is due (recurring: base + cadence; once: `due` until met). */
  nextDue?: string;
  /** SPEC §6 `obligation-overdue`. */
  overdue: boolean;
}

export function obligationState(
  agreement: Agreement,
  obligation: Obligation,
  evaluations: readonly EvaluationRecord[],
  config: Config,
  asOf: string,
): ObligationState {
  const latest = latestAssessment(obligation.id, evaluations);
  if (obligation.frequency === 'on-event') return { obligation, ...(latest ? { latest } : {}), overdue: false };
  if (obligation.frequency === 'once') {
    const met = evaluations.some((e) => (e.value.obligations ?? []).some((a) => a.id === obligation.id && a.status === 'met'));
    const due = obligation.due as string; // the schema requires `due` for `once`
    return {
      obligation,
      ...(latest ? { latest } : {}),
      ...(met ? {} : { nextDue: due }),
      overdue: !met && due < asOf,
    };
  }
  const clock = clockFrom(agreement, latest?.evaluation, CADENCE_MONTHS[obligation.frequency], config);
  return {
    obligation,
    ...(latest ? { latest } : {}),
    ...(clock ? { clock, nextDue: clock.due } : {}),
    overdue: clock !== undefined && clock.deadline < asOf,
  };
}

/** Per assurance type, the item with the latest `valid_until` (SPEC §6), with its index in the list. */
export function latestAssurancePerType(agreement: Agreement): { item: Assurance; index: number }[] {
  const latest = new Map<AssuranceType, { item: Assurance; index: number }>();
  (agreement.assurance ?? []).forEach((item, index) => {
    const current = latest.get(item.type);
    if (current === undefined || item.valid_until > current.item.valid_until) latest.set(item.type, { item, index });
  });
  return [...latest.values()].sort((a, b) => a.index - b.index);
}

/** An evaluation finding (action) is open on D unless resolved on or before D; a resolution dated later does not exist yet. */
export function isOpenOn(item: { status: 'open' | 'resolved'; resolved?: string }, asOf: string): boolean {
  return item.status === 'open' || (item.resolved !== undefined && item.resolved > asOf);
}
