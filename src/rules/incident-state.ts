import type { DateTime } from 'luxon';
import type { LoadedRecord } from '../register/load.js';
import type { Config } from '../register/types.js';
import { addDays, addHours, dateOf, parseDateTime } from './dates.js';
import { doneBy } from './schedule.js';

/** GDPR art. 33(1): notify the supervisory authority within 72 hours of becoming aware. */
export const AUTHORITY_HOURS = 72;

/**
 * An incident as the rules see it on D. It exists from the earlier of
 * `processor_aware` and `controller_notified`; `controller_notified`,
 * `authority_notified`, `evaluation_report.received` and `closed` dated after D
 * count as not yet done. Calendar dates of date-times are taken in the config's zone.
 */
export interface IncidentState {
  record: LoadedRecord<'incident'>;
  discoveredBy: 'processor' | 'controller';
  exists: boolean;
  /** The calendar date it exists from. */
  fromDate: string;
  /** `controller_notified` when on or before D. */
  controllerNotified?: string;
  /** The moment of awareness: `controller_notified` (on or before D), else `processor_aware`. */
  aware: string;
  awareDate: string;
  /** aware + 72 hours, and its calendar date and `YYYY-MM-DDTHH:mm` in the config's zone. */
  deadline: DateTime;
  deadlineDate: string;
  deadlineLocal: string;
  authorityNotified?: string;
  reportReceived?: string;
  /** The aware date + `incident_report_days`. */
  reportDue: string;
  /** `closed` when on or before D. */
  closed?: string;
  /** Open on D: not closed, or closed on a date after D. */
  open: boolean;
}

export function incidentState(record: LoadedRecord<'incident'>, config: Config, asOf: string): IncidentState | undefined {
  const i = record.value;
  const zone = config.timezone;
  const happened = (value: string | undefined) => (value !== undefined && dateOf(value, zone) <= asOf ? value : undefined);
  const times = [i.processor_aware, i.controller_notified].filter((t): t is string => t !== undefined);
  if (times.length === 0) return undefined; // the schema requires one of the two
  const from = times.reduce((a, b) => (parseDateTime(b, zone) < parseDateTime(a, zone) ? b : a));
  const fromDate = dateOf(from, zone);
  const controllerNotified = happened(i.controller_notified);
  const aware = controllerNotified ?? i.processor_aware ?? from;
  const awareDate = dateOf(aware, zone);
  const deadline = addHours(aware, AUTHORITY_HOURS, zone);
  const closed = i.status === 'closed' ? doneBy(i.closed, asOf) : undefined;
  const open = !(i.status === 'closed' && (i.closed === undefined || closed !== undefined));
  const reportReceived = doneBy(i.evaluation_report?.received, asOf);
  const authorityNotified = happened(i.authority_notified);
  return {
    record,
    discoveredBy: i.discovered_by ?? 'processor',
    exists: fromDate <= asOf,
    fromDate,
    ...(controllerNotified !== undefined ? { controllerNotified } : {}),
    aware,
    awareDate,
    deadline,
    deadlineDate: deadline.toISODate() as string,
    deadlineLocal: deadline.toFormat("yyyy-MM-dd'T'HH:mm"),
    ...(authorityNotified !== undefined ? { authorityNotified } : {}),
    ...(reportReceived !== undefined ? { reportReceived } : {}),
    reportDue: addDays(awareDate, config.policy.incident_report_days),
    ...(closed !== undefined ? { closed } : {}),
    open,
  };
}
