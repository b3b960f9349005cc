import { compareStrings } from '../findings.js';
import type { Register } from '../register/load.js';
import type { AssessmentStatus, Config, Frequency, Obligation } from '../register/types.js';
import { indexEvaluations, obligationState, type ObligationState } from '../rules/schedule.js';

export const OBLIGATION_STATUSES = ['overdue', 'not-met', 'partially-met', 'ok', 'on-event'] as const;
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];

/** One obligation in `vo obligations`: exactly the JSON shape of SPEC §7. */
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
}

/**
 * The status `vo check` gives an obligation, from the same `obligationState` the
 * obligation rules use, and only for rules the config did not switch off. When two
 * apply, `overdue` wins: the stale assessment's own status stays visible as `lastStatus`.
 */
export function obligationStatus(state: ObligationState, enabled: ReadonlySet<string>): ObligationStatus {
  if (state.overdue && enabled.has('obligation-overdue')) return 'overdue';
  const last = state.latest?.assessment.status;
  if (last === 'not-met' && enabled.has('obligation-not-met')) return 'not-met';
  if (last === 'partially-met' && enabled.has('obligation-partially-met')) return 'partially-met';
  return state.obligation.frequency === 'on-event' ? 'on-event' : 'ok';
}

/**
 * The obligations of live agreements (the only ones the rules watch: a draft's are
 * not in force yet, an ended one's no longer), grouped by department in the
 * config's order, then by agreement id, then in the agreement's own order.
 */
export function obligationRows(register: Register, asOf: string, enabled: ReadonlySet<string>): ObligationRow[] {
  const index = indexEvaluations(register, asOf);
  const rows: (ObligationRow & { order: number })[] = [];
  for (const { value: a } of register.agreements) {
    if (a.phase !== 'active') continue;
    const evaluations = index.get(a.id) ?? [];
    (a.obligations ?? []).forEach((obligation, order) => {
      const state = obligationState(a, obligation, evaluations, register.config, asOf);
      rows.push({
        department: obligation.department ?? a.department,
        agreement: a.id,
        id: obligation.id,
        title: obligation.title,
        party: obligation.party,
        frequency: obligation.frequency,
        owner: obligation.owner ?? null,
        lastAssessed: state.latest?.evaluation.value.date ?? null,
        lastStatus: state.latest?.assessment.status ?? null,
        nextDue: state.nextDue ?? null,
        status: obligationStatus(state, enabled),
        order,
      });
    });
  }
  const rank = departmentRank(register.config);
  return rows
    .sort((x, y) => rank(x.department) - rank(y.department) || compareStrings(x.agreement, y.agreement) || x.order - y.order)
    .map(({ order: _order, ...row }) => row);
}

/** Departments in the config's order; an unknown id (an integrity error of its own) sorts last. */
export function departmentRank(config: Config): (id: string) => number {
  const ids = config.departments.map((d) => d.id);
  return (id) => (ids.includes(id) ? ids.indexOf(id) : ids.length);
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
