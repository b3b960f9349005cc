import { AGREEMENT_STATUSES, type AgreementStatus, type EvaluationStatus } from '../assessment/agreement-status.js';
import type { Assessment } from '../assessment/assess.js';
import { compareStrings } from '../findings.js';
import type { Level, Phase } from '../register/types.js';

export const LIST_STATUSES = AGREEMENT_STATUSES;
export type ListStatus = AgreementStatus;

/** One agreement in `vo list`: exactly its JSON shape. Fields of a broken file that could not be read are null. */
export interface ListRow {
  id: string;
  title: string | null;
  department: string | null;
  processor: string | null;
  phase: Phase | null;
  /** The level, or null when the agreement has no `risk` (never assessed; the rules treat it as high). */
  risk: Level | null;
  lastEvaluation: string | null;
  nextEvaluation: string | null;
  evaluation: EvaluationStatus | null;
  errors: number;
  warnings: number;
  status: AgreementStatus;
}

/** Rows of agreement files that could not be read: their null fields are unknown, not absent. Not part of the JSON. */
const unread = new WeakSet<ListRow>();

/** Whether the row is of an agreement file that could not be read (its risk is unknown rather than "not assessed"). */
export function isUnreadRow(row: ListRow): boolean {
  return unread.has(row);
}

/**
 * Every agreement of the assessment, and every agreement file that could not
 * be loaded, sorted by id. Counts and status are `vo check`'s own findings;
 * `nextEvaluation` is only scheduled for live agreements (the rules watch no
 * other phase); `lastEvaluation` is the latest periodic evaluation or audit on or before D.
 */
export function listRows(assessment: Assessment): ListRow[] {
  const rows = assessment.agreements.map((a): ListRow => {
    const next = a.state.nextEvaluation;
    return {
      id: a.id,
      title: a.agreement.title,
      department: a.agreement.department,
      processor: a.agreement.processor.name,
      phase: a.agreement.phase,
      risk: a.state.risk.source === 'missing' ? null : a.state.risk.level,
      lastEvaluation: next?.last?.value.date ?? null,
      nextEvaluation: a.live ? (next?.due ?? null) : null,
      evaluation: a.evaluation,
      errors: a.errors,
      warnings: a.warnings,
      status: a.status,
    };
  });
  const broken = assessment.broken.map((b): ListRow => {
    const row: ListRow = {
      id: b.id,
      title: b.title,
      department: b.department,
      processor: b.processor,
      phase: b.phase,
      risk: b.risk,
      lastEvaluation: null,
      nextEvaluation: null,
      evaluation: null,
      errors: b.errors,
      warnings: b.warnings,
      status: b.status,
    };
    unread.add(row);
    return row;
  });
  return [...rows, ...broken].sort((x, y) => compareStrings(x.id, y.id));
}

export interface ListFilter {
  department?: string;
  phase?: readonly string[];
  /**
   * Levels, or `none` for agreements without `risk` ("niet beoordeeld"). An agreement file that could
   * not be read and whose risk could not be read either has an unknown risk: no value selects it.
   */
  risk?: readonly string[];
  status?: readonly string[];
}

export function filterListRows(rows: readonly ListRow[], filter: ListFilter): ListRow[] {
  return rows.filter(
    (row) =>
      (filter.department === undefined || row.department === filter.department) &&
      (filter.phase === undefined || (row.phase !== null && filter.phase.includes(row.phase))) &&
      (filter.risk === undefined || filter.risk.includes(shownRisk(row))) &&
      (filter.status === undefined || filter.status.includes(row.status)),
  );
}

/** The risk as the list shows it: a level, `none` ("niet beoordeeld"), or `unknown` (an empty cell: the file could not be read). */
export function shownRisk(row: ListRow): Level | 'none' | 'unknown' {
  return row.risk ?? (isUnreadRow(row) ? 'unknown' : 'none');
}
