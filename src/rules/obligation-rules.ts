import type { Finding } from '../findings.js';
import type { Kpi } from '../register/types.js';
import { daysBetween } from './dates.js';
import { evaluationsOf, finding, type RuleFamily } from './context.js';
import { obligationState } from './schedule.js';

/** True when `value` misses the target: below it for `>=`, above it for `<=`. */
export function missesKpi(value: number, kpi: Kpi): boolean {
  return kpi.comparison === '>=' ? value < kpi.target : value > kpi.target;
}

/**
 * `obligation-overdue` (pointing at the obligation in the agreement's file) and
 * `obligation-not-met`, `obligation-partially-met`, `kpi-missed` (pointing at
 * the latest assessment in the evaluation's file). Live agreements only.
 */
export const obligationRules: RuleFamily = (context) => {
  const { asOf, config, text } = context;
  const findings: Finding[] = [];
  for (const agreement of context.register.agreements) {
    const a = agreement.value;
    if (a.phase !== 'active') continue;
    const evaluations = evaluationsOf(context, a.id);
    (a.obligations ?? []).forEach((obligation, index) => {
      const state = obligationState(a, obligation, evaluations, config, asOf);
      if (state.overdue) {
        const path = ['obligations', index, 'id'];
        if (obligation.frequency === 'once') {
          const due = obligation.due as string;
          findings.push(finding('obligation-overdue', agreement, path, a.id, text.onceOverdue(a.id, obligation.id, due, daysBetween(due, asOf)), due));
        } else if (state.clock) {
          const { due, deadline } = state.clock;
          findings.push(
            finding('obligation-overdue', agreement, path, a.id, text.obligationOverdue(a.id, obligation.id, due, daysBetween(deadline, asOf), config.policy.grace_days), due),
          );
        }
      }
      const latest = state.latest;
      if (latest === undefined) return;
      const at = ['obligations', latest.index];
      const date = latest.evaluation.value.date;
      if (latest.assessment.status === 'not-met') {
        findings.push(finding('obligation-not-met', latest.evaluation, at, a.id, text.obligationNotMet(a.id, obligation.id, date)));
      } else if (latest.assessment.status === 'partially-met') {
        findings.push(finding('obligation-partially-met', latest.evaluation, at, a.id, text.obligationPartiallyMet(a.id, obligation.id, date)));
      }
      const value = latest.assessment.value;
      if (obligation.kpi !== undefined && value !== undefined && missesKpi(value, obligation.kpi)) {
        const { comparison, target, unit } = obligation.kpi;
        findings.push(
          finding('kpi-missed', latest.evaluation, [...at, 'value'], a.id, text.kpiMissed(a.id, obligation.id, value, comparison, target, unit ? ` ${unit}` : '')),
        );
      }
    });
  }
  return findings;
};
