import type { MessageFormat } from '../i18n/message-format.js';
import type { LoadedRecord } from '../register/load.js';
import { addHours, daysBetween, elapsedMinutes } from './dates.js';
import { complianceRule, result, ruleFamily, type RuleResult } from './define.js';
import { AUTHORITY_HOURS } from './incident-state.js';

/** `minutes`: elapsed whole minutes (`elapsedMinutes`), the number the rule decided on; null when not notified. */
type AuthorityLate = { deadline: string; minutes: number | null; days: number | null };

const authorityLateNl = (d: AuthorityLate, f: MessageFormat) =>
  d.minutes === null
    ? `De melding aan de Autoriteit Persoonsgegevens had uiterlijk ${f.dateTime(d.deadline)} gedaan moeten zijn (72 uur, art. 33 AVG) en ontbreekt; ${f.days(d.days ?? 0)} te laat`
    : `De Autoriteit Persoonsgegevens is na ${f.duration(d.minutes)} ingelicht; de grens is 72 uur (art. 33 AVG, uiterlijk ${f.dateTime(d.deadline)})`;
const authorityLateEn = (d: AuthorityLate, f: MessageFormat) =>
  d.minutes === null
    ? `The notification to the supervisory authority was due by ${f.dateTime(d.deadline)} (72 hours, GDPR art. 33) and is missing; ${f.days(d.days ?? 0)} late`
    : `The supervisory authority was notified after ${f.duration(d.minutes)}; the limit is 72 hours (GDPR art. 33, by ${f.dateTime(d.deadline)})`;

export const incidentProcessorLate = complianceRule({
  id: 'incident-processor-late',
  severity: 'error',
  description: { nl: 'De verwerker meldde het incident later dan de afgesproken termijn.', en: 'The processor reported the incident later than the agreed term.' },
  message: {
    nl: (d: { minutes: number; term: number }, f) => `De verwerker meldde het incident na ${f.duration(d.minutes)}; afgesproken is ${f.hours(d.term)}`,
    en: (d, f) => `The processor reported the incident after ${f.duration(d.minutes)}; the agreed term is ${f.hours(d.term)}`,
  },
});

export const incidentAuthorityLate = complianceRule({
  id: 'incident-authority-late',
  severity: 'error',
  description: {
    nl: 'De melding aan de Autoriteit Persoonsgegevens is later dan 72 uur (art. 33 AVG), zonder vastgelegde reden.',
    en: 'The notification to the supervisory authority is later than 72 hours (GDPR art. 33), without a recorded reason.',
  },
  message: { nl: authorityLateNl, en: authorityLateEn },
});

export const incidentAuthorityLateExplained = complianceRule({
  id: 'incident-authority-late-explained',
  severity: 'warning',
  description: {
    nl: 'De melding aan de Autoriteit Persoonsgegevens is later dan 72 uur; de reden van de vertraging is vastgelegd (art. 33 lid 1 AVG).',
    en: 'The notification to the supervisory authority is later than 72 hours; the reasons for the delay are recorded (GDPR art. 33(1)).',
  },
  message: {
    nl: (d: AuthorityLate, f) => `${authorityLateNl(d, f)}; de reden van de vertraging is vastgelegd`,
    en: (d, f) => `${authorityLateEn(d, f)}; the reasons for the delay are recorded`,
  },
});

export const incidentAuthorityUndecided = complianceRule({
  id: 'incident-authority-undecided',
  severity: 'error',
  description: {
    nl: 'Na de termijn van 72 uur is nog niet besloten of het incident bij de Autoriteit Persoonsgegevens gemeld moet worden.',
    en: 'After the 72-hour deadline it is still undecided whether to notify the supervisory authority.',
  },
  message: {
    nl: (d: { deadline: string; days: number }, f) =>
      `Er is nog niet besloten of het incident bij de Autoriteit Persoonsgegevens gemeld moet worden, terwijl de termijn van 72 uur op ${f.dateTime(d.deadline)} verstreek; ${f.days(d.days)} te laat`,
    en: (d, f) =>
      `It is still undecided whether to notify the supervisory authority, while the 72-hour deadline passed on ${f.dateTime(d.deadline)}; ${f.days(d.days)} late`,
  },
});

export const incidentDecisionUnexplained = complianceRule({
  id: 'incident-decision-unexplained',
  severity: 'warning',
  description: {
    nl: 'Het besluit een incident niet bij de Autoriteit Persoonsgegevens te melden is niet onderbouwd (art. 33 lid 5 AVG).',
    en: 'The decision not to notify the supervisory authority has no recorded reason (GDPR art. 33(5)).',
  },
  message: {
    nl: (_: Record<string, never>) => 'Het besluit het incident niet bij de Autoriteit Persoonsgegevens te melden is niet onderbouwd (art. 33 lid 5 AVG)',
    en: () => 'The decision not to notify the supervisory authority has no recorded reason (GDPR art. 33(5))',
  },
});

export const incidentReportMissing = complianceRule({
  id: 'incident-report-missing',
  severity: 'warning',
  description: {
    nl: 'Het evaluatierapport van de verwerker over een incident is niet op tijd ontvangen.',
    en: "The processor's evaluation report on an incident was not received in time.",
  },
  message: {
    nl: (d: { due: string; days: number }, f) => `Het evaluatierapport van de verwerker over het incident werd uiterlijk ${f.date(d.due)} verwacht; ${f.days(d.days)} te laat`,
    en: (d, f) => `The processor's evaluation report on the incident was due by ${f.date(d.due)}; ${f.days(d.days)} late`,
  },
});

/**
 * The incident rules apply whatever the agreement's phase, to every incident
 * that exists on D (`IncidentState`). Durations are elapsed whole minutes, a
 * started minute counted (`elapsedMinutes`), so a clock change between two
 * moments is accounted for; the rule decides on the number its message shows.
 */
export const incidentRules = ruleFamily(
  [incidentProcessorLate, incidentAuthorityLate, incidentAuthorityLateExplained, incidentAuthorityUndecided, incidentDecisionUnexplained, incidentReportMissing],
  (context) => {
    const { agreement: a, asOf, config } = context;
    const zone = config.timezone;
    const results: RuleResult[] = [];
    for (const s of context.state.incidents) {
      const i = s.record.value;
      const record: LoadedRecord = s.record;
      const subject = { kind: 'incident' as const, id: i.id };
      const at = (key: string, due?: string) => ({ record, path: [key], subject, ...(due !== undefined ? { due } : {}) });

      const term = a.breach_notice_hours ?? config.policy.max_breach_notice_hours;
      if (s.discoveredBy === 'processor' && s.controllerNotified !== undefined && i.processor_aware !== undefined) {
        const minutes = elapsedMinutes(i.processor_aware, s.controllerNotified, zone);
        if (minutes > term * 60) {
          const due = addHours(i.processor_aware, term, zone).toISODate() as string;
          results.push(result(incidentProcessorLate, at('controller_notified', due), { minutes, term }));
        }
      }

      if (i.authority_notification === 'required') {
        const minutes = s.authorityNotified !== undefined ? elapsedMinutes(s.aware, s.authorityNotified, zone) : null;
        const late = minutes !== null ? minutes > AUTHORITY_HOURS * 60 : s.deadlineDate < asOf;
        if (late) {
          const data: AuthorityLate = { deadline: s.deadlineLocal, minutes, days: minutes !== null ? null : daysBetween(s.deadlineDate, asOf) };
          const where = at(i.authority_notified !== undefined ? 'authority_notified' : 'authority_notification', s.deadlineDate);
          results.push(result(i.authority_delay_reason !== undefined ? incidentAuthorityLateExplained : incidentAuthorityLate, where, data));
        }
      }
      if (i.authority_notification === 'undecided' && s.deadlineDate < asOf) {
        results.push(result(incidentAuthorityUndecided, at('authority_notification', s.deadlineDate), { deadline: s.deadlineLocal, days: daysBetween(s.deadlineDate, asOf) }));
      }
      if (i.authority_notification === 'not-required' && i.decision_reason === undefined) {
        results.push(result(incidentDecisionUnexplained, at('authority_notification'), {}));
      }
      if (s.reportReceived === undefined && s.reportDue < asOf) {
        results.push(result(incidentReportMissing, at(i.evaluation_report ? 'evaluation_report' : 'id', s.reportDue), { due: s.reportDue, days: daysBetween(s.reportDue, asOf) }));
      }
    }
    return results;
  },
);
