import type { Finding } from '../findings.js';
import { compareStrings } from '../findings.js';
import type { Register } from '../register/load.js';
import type { Level, Phase } from '../register/types.js';
import { indexEvaluations, nextEvaluation, riskLevel } from '../rules/schedule.js';

export const LIST_STATUSES = ['overdue', 'due-soon', 'ok', 'draft', 'signing', 'ended'] as const;
export type ListStatus = (typeof LIST_STATUSES)[number];

/** One agreement in `vo list`: exactly the JSON shape of SPEC §7. */
export interface ListRow {
  id: string;
  title: string;
  department: string;
  processor: string;
  phase: Phase;
  risk: Level;
  lastEvaluation: string | null;
  nextEvaluation: string | null;
  status: ListStatus;
}

/**
 * Every agreement, sorted by id. `status` is read from `vo check`'s own findings
 * (`evaluation-overdue` / `evaluation-due-soon` for that agreement), so the two can
 * never disagree; live agreements without either are `ok`, the rest show their phase.
 * `nextEvaluation` is only scheduled for live agreements (the rules apply to no other
 * phase); `lastEvaluation` is the latest periodic evaluation or audit on or before D.
 */
export function listRows(register: Register, asOf: string, findings: readonly Finding[]): ListRow[] {
  const index = indexEvaluations(register, asOf);
  const rulesOf = new Map<string, string[]>();
  for (const finding of findings) {
    if (finding.agreement !== undefined) rulesOf.set(finding.agreement, [...(rulesOf.get(finding.agreement) ?? []), finding.rule]);
  }
  return register.agreements
    .map(({ value: a }): ListRow => {
      const next = nextEvaluation(a, index.get(a.id) ?? [], register.config);
      const live = a.phase === 'active';
      return {
        id: a.id,
        title: a.title,
        department: a.department,
        processor: a.processor.name,
        phase: a.phase,
        risk: riskLevel(a).level,
        lastEvaluation: next?.last?.value.date ?? null,
        nextEvaluation: live ? (next?.due ?? null) : null,
        status: agreementStatus(a.phase, rulesOf.get(a.id) ?? []),
      };
    })
    .sort((x, y) => compareStrings(x.id, y.id));
}

/**
 * An agreement's status in SPEC §7's sense, from the rules `vo check` reported
 * for it: `overdue` / `due-soon` for a live agreement with `evaluation-overdue` /
 * `evaluation-due-soon`, `ok` for other live ones, else the phase. `vo report` uses it too.
 */
export function agreementStatus(phase: Phase, rules: readonly string[]): ListStatus {
  if (phase !== 'active') return phase;
  if (rules.includes('evaluation-overdue')) return 'overdue';
  if (rules.includes('evaluation-due-soon')) return 'due-soon';
  return 'ok';
}

export interface ListFilter {
  department?: string;
  phase?: readonly string[];
  risk?: readonly string[];
  status?: readonly string[];
}

export function filterListRows(rows: readonly ListRow[], filter: ListFilter): ListRow[] {
  return rows.filter(
    (row) =>
      (filter.department === undefined || row.department === filter.department) &&
      (filter.phase === undefined || filter.phase.includes(row.phase)) &&
      (filter.risk === undefined || filter.risk.includes(row.risk)) &&
      (filter.status === undefined || filter.status.includes(row.status)),
  );
}
