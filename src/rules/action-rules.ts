import type { Finding } from '../findings.js';
import { daysBetween, isOverdue } from './dates.js';
import { finding, type RuleFamily } from './context.js';
import { isOpenOn } from './schedule.js';

/** `action-overdue`: a finding still open on D (a resolution dated after D does not exist yet) whose `due` is before D. */
export const actionRules: RuleFamily = (context) => {
  const { asOf, text } = context;
  const findings: Finding[] = [];
  for (const [agreementId, evaluations] of context.evaluations) {
    if (context.agreementById.get(agreementId)?.value.phase !== 'active') continue;
    for (const evaluation of evaluations) {
      (evaluation.value.findings ?? []).forEach((item, index) => {
        if (!isOpenOn(item, asOf) || item.due === undefined || !isOverdue(item.due, asOf)) return;
        findings.push(
          finding('action-overdue', evaluation, ['findings', index, 'due'], agreementId, text.actionOverdue(agreementId, item.id, item.due, daysBetween(item.due, asOf), item.owner), item.due),
        );
      });
    }
  }
  return findings;
};
