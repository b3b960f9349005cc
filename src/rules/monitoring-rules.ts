import type { Finding } from '../findings.js';
import { daysBetween } from './dates.js';
import { evaluationsOf, finding, type RuleFamily } from './context.js';
import { monitoringClock } from './schedule.js';

/** `meeting-overdue` and `training-overdue`: the cadences of `monitoring` on live agreements. */
export const monitoringRules: RuleFamily = (context) => {
  const { asOf, config, text } = context;
  const findings: Finding[] = [];
  for (const agreement of context.register.agreements) {
    const a = agreement.value;
    if (a.phase !== 'active') continue;
    for (const kind of ['meetings', 'training'] as const) {
      const clock = monitoringClock(a, kind, evaluationsOf(context, a.id), config);
      if (clock === undefined || clock.deadline >= asOf) continue;
      const late = daysBetween(clock.deadline, asOf);
      const grace = config.policy.grace_days;
      findings.push(
        kind === 'meetings'
          ? finding('meeting-overdue', agreement, ['monitoring', 'meetings'], a.id, text.meetingOverdue(a.id, clock.due, late, grace), clock.due)
          : finding('training-overdue', agreement, ['monitoring', 'training'], a.id, text.trainingOverdue(a.id, clock.due, late, grace), clock.due),
      );
    }
  }
  return findings;
};
