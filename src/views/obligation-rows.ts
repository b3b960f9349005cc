import type { AgreementAssessment, Assessment } from '../assessment/assess.js';
import type { AssessmentStatus, Config, Frequency, Obligation } from '../register/types.js';
import type { ObligationState } from '../rules/schedule.js';
import { subjectId } from '../findings.js';

export const OBLIGATION_STATUSES = ['overdue', 'not-met', 'partially-met', 'ok', 'on-event'] as const;
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];

/**
 * What a view shows for an obligation: its status, except that an obligation `ok` or
 * `on-event` whose latest value misses its KPI (`vo check` reports `kpi-missed`) shows
 * `kpi-missed`, never "op orde" next to that finding. The JSON `status` keeps the five.
 */
export const SHOWN_OBLIGATION_STATUSES = ['overdue', 'not-met', 'partially-met', 'kpi-missed', 'ok', 'on-event'] as const;
export type ShownObligationStatus = (typeof SHOWN_OBLIGATION_STATUSES)[number];

export function shownObligationStatus(row: Pick<ObligationRow, 'status' | 'kpiMissed'>): ShownObligationStatus {
  return row.kpiMissed && (row.status === 'ok' || row.status === 'on-event') ? 'kpi-missed' : row.status;
}

/** One obligation in `vo obligations`: exactly its JSON shape. */
export interface ObligationRow {
  department: string;
  agreement: string;
  id: string;
  title: string;
  party: Obligation['party'];
  frequency: Frequency;
  owner: string | null;
  lastAssessed: string | null;
  lastStatus: AssessmentStatus | null;
  nextDue: string | null;
  status: ObligationStatus;
  /** Whether `vo check` reports `kpi-missed` for it; not a key of the JSON (shownObligationStatus). */
  kpiMissed: boolean;
}

/** The keys of `vo obligations --format json`, in order. */
export function obligationJson(row: ObligationRow): Omit<ObligationRow, 'kpiMissed'> {
  const { kpiMissed: _kpiMissed, ...json } = row;
  return json;
}

/**
 * The status `vo check` gives an obligation: read from its findings (subject
 * `obligation`). When two apply, `overdue` wins: the stale assessment's own
 * status stays visible as `lastStatus`.
 */
export function obligationStatus(agreement: AgreementAssessment, state: ObligationState): ObligationStatus {
  // Its own findings: a second obligation of one id (a duplicate-id of its own) carries its number.
  const id = subjectId(state.subject);
  if (agreement.reports('obligation-overdue', id)) return 'overdue';
  if (agreement.reports('obligation-not-met', id)) return 'not-met';
  if (agreement.reports('obligation-partially-met', id)) return 'partially-met';
  return state.obligation.frequency === 'on-event' ? 'on-event' : 'ok';
}

export function obligationRow(agreement: AgreementAssessment, state: ObligationState): ObligationRow {
  const { obligation } = state;
  return {
    department: obligation.department ?? agreement.agreement.department,
    agreement: agreement.id,
    id: obligation.id,
    title: obligation.title,
    party: obligation.party,
    frequency: obligation.frequency,
    owner: obligation.owner ?? null,
    lastAssessed: state.latest?.evaluation.value.date ?? null,
    lastStatus: state.latest?.assessment.status ?? null,
    nextDue: state.nextDue ?? null,
    status: obligationStatus(agreement, state),
    kpiMissed: agreement.reports('kpi-missed', subjectId(state.subject)),
  };
}

/**
 * The obligations of live agreements (the only ones the rules watch: a draft's are
 * not in force yet, an ended one's no longer), grouped by department in the
 * config's order, then by agreement id, then in the agreement's own order.
 */
export function obligationRows(assessment: Assessment): ObligationRow[] {
  const rows: ObligationRow[] = [];
  for (const agreement of assessment.agreements) {
    if (!agreement.live) continue;
    for (const state of agreement.state.obligations) rows.push(obligationRow(agreement, state));
  }
  const rank = departmentRank(assessment.config);
  // Agreements come sorted by id and obligations in their own order; the sort is stable.
  return rows.sort((x, y) => rank(x.department) - rank(y.department));
}

/** Departments in the config's order; an unknown id (an integrity error of its own) sorts last. */
export function departmentRank(config: Config): (id: string) => number {
  const ranks = new Map(config.departments.map((d, i) => [d.id, i]));
  return (id) => ranks.get(id) ?? config.departments.length;
}

export interface ObligationFilter {
  department?: string;
  owner?: string;
  party?: readonly string[];
  status?: readonly string[];
}

/** `--owner` matches part of the obligation's owner, ignoring case ("smit" finds "L. Smit"). */
export function filterObligationRows(rows: readonly ObligationRow[], filter: ObligationFilter): ObligationRow[] {
  const owner = filter.owner?.toLowerCase();
  return rows.filter(
    (row) =>
      (filter.department === undefined || row.department === filter.department) &&
      (owner === undefined || (row.owner ?? '').toLowerCase().includes(owner)) &&
      (filter.party === undefined || filter.party.includes(row.party)) &&
      (filter.status === undefined || filter.status.includes(row.status)),
  );
}
