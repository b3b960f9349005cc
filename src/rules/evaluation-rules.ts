import type { Finding } from '../findings.js';
import { daysBetween, isDueSoon, isOverdue } from './dates.js';
import { evaluationsOf, finding, type RuleFamily } from './context.js';
import { nextEvaluation, riskLevel } from './schedule.js';

/** `evaluation-overdue`, `evaluation-due-soon` and `review-interval-too-long`: live agreements only. */
export const evaluationRules: RuleFamily = (context) => {
  const { asOf, config, text } = context;
  const findings: Finding[] = [];
  for (const agreement of context.register.agreements) {
    const a = agreement.value;
    if (a.phase !== 'active') continue;

    const level = riskLevel(a).level;
    const policyMonths = config.policy.review_months[level];
    if (a.review_months !== undefined && a.review_months > policyMonths) {
      findings.push(
        finding('review-interval-too-long', agreement, ['review_months'], a.id, text.reviewIntervalTooLong(a.id, a.review_months, level, policyMonths)),
      );
    }

    const next = nextEvaluation(a, evaluationsOf(context, a.id), config);
    if (next === undefined) continue; // no base date: `signed-date-missing` says enough
    const months = next.reason === 'non-compliant' ? config.policy.non_compliant_review_months : next.interval.months;
    const basis = text.basis(next.base, next.baseSource, months, next.reason);
    if (isOverdue(next.due, asOf)) {
      findings.push(finding('evaluation-overdue', agreement, ['id'], a.id, text.evaluationOverdue(a.id, next.due, daysBetween(next.due, asOf), basis), next.due));
    } else if (isDueSoon(next.due, asOf, config.policy.due_soon_days)) {
      findings.push(finding('evaluation-due-soon', agreement, ['id'], a.id, text.evaluationDueSoon(a.id, next.due, daysBetween(asOf, next.due), basis), next.due));
    }
  }
  return findings;
};
