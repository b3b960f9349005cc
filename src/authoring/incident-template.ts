import type { DateTime } from 'luxon';
import type { Lang } from '../i18n/lang.js';
import type { Agreement, Config, Incident } from '../register/types.js';
import { addDays, addHours, dateOf } from '../rules/dates.js';
import { AUTHORITY_HOURS } from '../rules/incident-state.js';
import { incidentNotes } from './incident-notes.js';
import { schemaModeline } from './register-layout.js';
import { commentOut, comments, entry, fileText, yamlDate, yamlString } from './yaml-text.js';

export interface IncidentValues {
  id: string;
  /** Where it is written, relative to the root (for the modeline). */
  file: string;
  agreement: Agreement;
  /** The agreement's file, relative to the root, named in the comment on the notification term. */
  agreementFile: string;
  title: string;
  type: Incident['type'];
  /** Who found it; default processor. */
  discoveredBy?: NonNullable<Incident['discovered_by']>;
  /** The moment of discovery as given: `processor_aware`, or `controller_notified` when we found it ourselves. */
  aware: string;
  /** `controller_notified` after the processor found it, when already known. */
  notified?: string;
  /** `authority_notification`; default undecided. */
  authority?: Incident['authority_notification'];
  /** `decision_reason`. */
  reason?: string;
  /** `authority_notified`. */
  authorityNotified?: string;
  authorityReference?: string;
  /** `authority_delay_reason`. */
  delayReason?: string;
}

/**
 * The text of a new incident file (docs/format.md). Its header states the deadlines
 * the incident rules will hold it to, computed the same way (docs/rules.md): the
 * agreed term (else the policy maximum) from `processor_aware`, 72 hours for
 * the authority from `controller_notified` (else `processor_aware`), and the
 * report window. Pure.
 */
export function incidentYaml(values: IncidentValues, config: Config, lang: Lang): string {
  const t = incidentNotes(lang);
  const zone = config.timezone;
  const byController = values.discoveredBy === 'controller';
  const authority = values.authority ?? 'undecided';
  const agreed = values.agreement.breach_notice_hours;
  const term = agreed ?? config.policy.max_breach_notice_hours;
  const processorDeadline = stamp(addHours(values.aware, term, zone));
  // The moment of awareness: controller_notified (the processor's notice, or our own discovery), else processor_aware.
  const start = byController ? values.aware : (values.notified ?? values.aware);
  const authorityDeadline = stamp(addHours(start, AUTHORITY_HOURS, zone));
  const reportDue = addDays(dateOf(start, zone), config.policy.incident_report_days);
  const live = (value: string | undefined, key: string, example: string) =>
    value !== undefined ? [entry(0, key, value)] : commentOut([entry(0, key, example)]);

  const lines = [
    schemaModeline(values.file, 'incident'),
    ...comments(0, '', ...t.header(values.agreement.id, values.title), ''),
    ...comments(
      0,
      t.terms,
      ...(byController
        ? t.ownDiscovery
        : agreed !== undefined
          ? t.agreedTerm(agreed, values.agreementFile, processorDeadline)
          : t.policyTerm(term, processorDeadline)),
      ...(byController ? t.authorityOwn(AUTHORITY_HOURS) : t.authority(AUTHORITY_HOURS)),
      ...(byController || values.notified !== undefined ? [t.authorityFrom(authorityDeadline)] : t.authorityFromAware(authorityDeadline)),
      t.report(config.policy.incident_report_days, reportDue),
      t.zone(zone),
    ),
    '',
    ...comments(0, t.id),
    entry(0, 'id', values.id),
    ...comments(0, t.agreement),
    entry(0, 'agreement', values.agreement.id),
    ...comments(0, t.title),
    entry(0, 'title', yamlString(values.title)),
    ...comments(0, t.type),
    entry(0, 'type', values.type),
    ...comments(0, t.discoveredBy),
    entry(0, 'discovered_by', byController ? 'controller' : 'processor'),
    ...comments(0, byController ? t.processorAwareOptional : t.processorAware),
    ...(byController ? commentOut([entry(0, 'processor_aware', yamlDate(values.aware))]) : [entry(0, 'processor_aware', yamlDate(values.aware))]),
    ...comments(0, byController ? t.controllerFound : t.controllerNotified),
    ...(byController
      ? [entry(0, 'controller_notified', yamlDate(values.aware))]
      : live(values.notified === undefined ? undefined : yamlDate(values.notified), 'controller_notified', yamlDate(values.aware))),
    ...comments(0, ...t.authorityNotification),
    ...(authority === 'undecided' ? comments(0, t.undecidedUntil(authorityDeadline, addDays(authorityDeadline.slice(0, 10), 1))) : []),
    entry(0, 'authority_notification', authority),
    ...comments(0, t.decisionReason),
    ...live(values.reason === undefined ? undefined : yamlString(values.reason), 'decision_reason', yamlString(t.exampleReason)),
    ...comments(0, t.authorityNotified),
    ...live(values.authorityNotified === undefined ? undefined : yamlDate(values.authorityNotified), 'authority_notified', yamlDate(authorityDeadline)),
    ...comments(0, t.authorityReference),
    ...live(values.authorityReference === undefined ? undefined : yamlString(values.authorityReference), 'authority_reference', '"..."'),
    ...comments(0, t.delayReason),
    ...live(values.delayReason === undefined ? undefined : yamlString(values.delayReason), 'authority_delay_reason', '"..."'),
    ...comments(0, t.subjectsNotified),
    ...commentOut([entry(0, 'subjects_notified', 'false')]),
    ...comments(0, t.approxSubjects),
    ...commentOut([entry(0, 'approx_subjects', '0')]),
    ...comments(0, t.dataCategories),
    ...commentOut(['data_categories:', `  - ${yamlString(t.exampleCategory)}`]),
    ...comments(0, t.description),
    ...commentOut(['description: >-', '  ...']),
    ...comments(0, t.measures),
    ...commentOut(['measures: >-', '  ...']),
    ...comments(0, t.evaluationReport),
    ...commentOut(['evaluation_report:', entry(2, 'received', yamlDate(reportDue)), entry(2, 'ref', 'https://')]),
    ...comments(0, t.status),
    entry(0, 'status', 'open'),
    ...comments(0, t.closed),
    ...commentOut([entry(0, 'closed', yamlDate(reportDue))]),
  ];
  return fileText(lines);
}

/** A moment as the comments and notices show it: `2026-10-04T09:00`. */
export function stamp(moment: DateTime): string {
  return moment.toFormat("yyyy-MM-dd'T'HH:mm");
}
