import type { Finding } from '../findings.js';
import { addDays, addHours, dateOf, daysBetween, hoursBetween, parseDateTime } from './dates.js';
import { finding, type RuleFamily } from './context.js';

/** GDPR art. 33(1): notify the supervisory authority within 72 hours of becoming aware. */
export const AUTHORITY_HOURS = 72;

/** Hours as people say them: whole, or with one decimal (the message writes the decimal sign of its language). */
function roundHours(hours: number): number {
  return Math.round(hours * 10) / 10;
}

/**
 * The incident rules apply whatever the agreement's phase. An incident exists
 * from its `processor_aware` date; a notification, report or closure dated
 * after D counts as not yet done (SPEC §6). Date-times without an offset are
 * read in the config's time zone, and durations are elapsed hours, so a clock
 * change is accounted for.
 */
export const incidentRules: RuleFamily = (context) => {
  const { asOf, config, text } = context;
  const zone = config.timezone;
  const findings: Finding[] = [];
  const happened = (value: string | undefined): value is string => value !== undefined && dateOf(value, zone) <= asOf;

  for (const incident of context.register.incidents) {
    const i = incident.value;
    const agreement = context.agreementById.get(i.agreement);
    if (agreement === undefined || dateOf(i.processor_aware, zone) > asOf) continue;
    const id = i.agreement;
    const controllerNotified = happened(i.controller_notified) ? i.controller_notified : undefined;

    const term = agreement.value.breach_notice_hours ?? config.policy.max_breach_notice_hours;
    if (controllerNotified !== undefined) {
      const hours = hoursBetween(i.processor_aware, controllerNotified, zone);
      if (hours > term) {
        const due = addHours(i.processor_aware, term, zone).toISODate() as string;
        findings.push(finding('incident-processor-late', incident, ['controller_notified'], id, text.processorLate(id, roundHours(hours), term), due));
      }
    }

    if (i.authority_notification === 'required') {
      // The clock starts when the processor tells us; without that record, at the processor's awareness.
      const start = controllerNotified ?? i.processor_aware;
      const deadline = addHours(start, AUTHORITY_HOURS, zone);
      const due = deadline.toISODate() as string;
      const notified = happened(i.authority_notified) ? i.authority_notified : undefined;
      if (notified !== undefined) {
        const hours = hoursBetween(start, notified, zone);
        if (parseDateTime(notified, zone) > deadline) {
          findings.push(finding('incident-authority-late', incident, ['authority_notified'], id, text.authorityLate(id, formatDeadline(deadline), roundHours(hours)), due));
        }
      } else if (due < asOf) {
        findings.push(
          finding('incident-authority-late', incident, [i.authority_notified !== undefined ? 'authority_notified' : 'authority_notification'], id, text.authorityLate(id, formatDeadline(deadline)), due),
        );
      }
    }

    const received = i.evaluation_report?.received;
    if (received === undefined || received > asOf) {
      const from = dateOf(controllerNotified ?? i.processor_aware, zone);
      const due = addDays(from, config.policy.incident_report_days);
      if (due < asOf) {
        findings.push(finding('incident-report-missing', incident, [i.evaluation_report ? 'evaluation_report' : 'id'], id, text.reportMissing(id, due, daysBetween(due, asOf)), due));
      }
    }
  }
  return findings;
};

function formatDeadline(deadline: ReturnType<typeof parseDateTime>): string {
  return deadline.toFormat('yyyy-MM-dd HH:mm');
}
