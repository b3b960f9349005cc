import { daysBetween } from './dates.js';
import { complianceRule, result, ruleFamily, type RuleResult } from './define.js';

type Late = { due: string; days: number; grace: number };

export const meetingOverdue = complianceRule({
  id: 'meeting-overdue',
  severity: 'warning',
  description: { nl: 'Het periodieke overleg met de verwerker is te laat.', en: 'The periodic meeting with the processor is overdue.' },
  message: {
    nl: (d: Late, f) => `Het overleg met de verwerker was uiterlijk ${f.date(d.due)} nodig; ${f.days(d.days)} te laat (de marge van ${f.days(d.grace)} is verstreken)`,
    en: (d, f) => `A meeting with the processor was due by ${f.date(d.due)}; ${f.days(d.days)} late (the grace period of ${f.days(d.grace)} has passed)`,
  },
});

export const trainingOverdue = complianceRule({
  id: 'training-overdue',
  severity: 'warning',
  description: { nl: 'De periodieke kennissessie voor medewerkers is te laat.', en: 'The periodic staff training is overdue.' },
  message: {
    nl: (d: Late, f) => `De kennissessie voor medewerkers was uiterlijk ${f.date(d.due)} nodig; ${f.days(d.days)} te laat (de marge van ${f.days(d.grace)} is verstreken)`,
    en: (d, f) => `A staff training was due by ${f.date(d.due)}; ${f.days(d.days)} late (the grace period of ${f.days(d.grace)} has passed)`,
  },
});

/** `meeting-overdue` and `training-overdue`: the cadences of `monitoring` on live agreements; the grace only delays the finding. */
export const monitoringRules = ruleFamily([meetingOverdue, trainingOverdue], (context) => {
  const { record, asOf, config, state } = context;
  if (!context.live) return [];
  const results: RuleResult[] = [];
  for (const kind of ['meetings', 'training'] as const) {
    const clock = state.monitoring[kind];
    if (clock === undefined || clock.deadline >= asOf) continue;
    const at = { record, path: ['monitoring', kind], subject: { kind: 'monitoring' as const, id: kind }, due: clock.due };
    results.push(result(kind === 'meetings' ? meetingOverdue : trainingOverdue, at, { due: clock.due, days: daysBetween(clock.due, asOf), grace: config.policy.grace_days }));
  }
  return results;
});
