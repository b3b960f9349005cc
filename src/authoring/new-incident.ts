import type { Session } from '../session.js';
import { UsageError } from '../errors.js';
import { longDate, longDateTime } from '../diff/text-helpers.js';
import { authoringText } from '../i18n/authoring.js';
import type { Incident } from '../register/types.js';
import { addDays, addHours, dateOf, parseDateTime } from '../rules/dates.js';
import { AUTHORITY_HOURS } from '../rules/incident-state.js';
import { checkOptional, valueChecks } from './checks.js';
import { resolveFields, type Answers } from './fields.js';
import { incidentYaml, stamp } from './incident-template.js';
import { agreementField, findAgreement } from './new-evaluation.js';
import { newTexts } from './new-texts.js';
import { takenIds, uniqueId } from './record-ids.js';
import { recordPath } from './register-layout.js';
import { assertValid } from './self-check.js';
import type { NewRecord } from './write-new-files.js';

export interface NewIncidentFlags {
  title?: string;
  discoveredBy?: string;
  aware?: string;
  notified?: string;
  authority?: string;
  reason?: string;
  authorityNotified?: string;
  authorityReference?: string;
  delayReason?: string;
  type?: string;
  id?: string;
}

export const INCIDENT_TYPES: readonly Incident['type'][] = ['data-breach', 'security-incident'];
export const DISCOVERERS: readonly NonNullable<Incident['discovered_by']>[] = ['processor', 'controller'];
export const AUTHORITY_DECISIONS: readonly Incident['authority_notification'][] = ['required', 'not-required', 'undecided'];

/**
 * `vo new incident <agreement>`: id `<date aware>-<agreement>`, made unique.
 * The type defaults to data-breach, the kind with the stricter duties. Who
 * discovered it and whether the AP must be notified are asked on a terminal;
 * when the decision is left `undecided` (the default without a terminal), the
 * user is told by when to decide, because after the AP deadline `undecided`
 * is an error.
 */
export async function newIncident(session: Session, agreementId: string | undefined, flags: NewIncidentFlags): Promise<NewRecord> {
  const { io, lang, register } = session;
  const text = authoringText(lang);
  const t = newTexts(lang);
  const check = valueChecks(lang);
  const zone = register.config.timezone;
  const taken = takenIds(register, 'incident');
  const problem =
    checkOptional(flags.type, check.oneOf('--type', INCIDENT_TYPES)) ??
    checkOptional(flags.id, check.recordId('--id')) ??
    (flags.id !== undefined && taken.has(flags.id) ? text.idTaken('--id', flags.id) : undefined);
  if (problem !== undefined) throw new UsageError(problem);

  // The AP deadline: 72 hours from the moment of awareness (controller_notified, else processor_aware).
  const awareMoment = (a: Answers) => a.get('--notified') ?? a.get('--aware');
  const deadline = (a: Answers) => {
    const start = awareMoment(a);
    return start === undefined ? '' : stamp(addHours(start, AUTHORITY_HOURS, zone));
  };
  const isLate = (a: Answers) => {
    const notified = a.get('--authority-notified');
    const start = awareMoment(a);
    return notified !== undefined && start !== undefined && parseDateTime(notified, zone) > addHours(start, AUTHORITY_HOURS, zone);
  };
  const decision = (a: Answers) => a.get('--authority');
  // Messages to the user write the deadline as people read it ("4 oktober 2026 09:30"); the YAML comments keep the stamp.
  const readable = (moment: string) => (moment === '' ? moment : longDateTime(moment, lang, zone));

  const values = await resolveFields(
    [
      agreementField(session, agreementId),
      { name: '--title', given: flags.title, question: text.ask.incidentTitle, check: check.text('--title') },
      { name: '--discovered-by', given: flags.discoveredBy, question: t.ask.discoveredBy, check: check.oneOf('--discovered-by', DISCOVERERS), fallback: 'processor' },
      { name: '--aware', given: flags.aware, question: (a) => t.ask.aware(a.get('--discovered-by')), check: check.dateTime('--aware') },
      {
        name: '--notified',
        given: flags.notified,
        question: t.ask.notified,
        check: check.dateTime('--notified'),
        optional: true,
        when: (a) => a.get('--discovered-by') !== 'controller',
        condition: t.when.processor,
      },
      { name: '--authority', given: flags.authority, question: (a) => t.ask.authority(readable(deadline(a))), check: check.oneOf('--authority', AUTHORITY_DECISIONS), fallback: 'undecided' },
      { name: '--reason', given: flags.reason, question: t.ask.reason, check: check.text('--reason'), optional: true, when: (a) => decision(a) === 'not-required', condition: t.when.notRequired },
      {
        name: '--authority-notified',
        given: flags.authorityNotified,
        question: t.ask.authorityNotified,
        check: check.dateTime('--authority-notified'),
        optional: true,
        when: (a) => decision(a) === 'required',
        condition: t.when.required,
      },
      {
        name: '--authority-reference',
        given: flags.authorityReference,
        question: t.ask.authorityReference,
        check: check.text('--authority-reference'),
        optional: true,
        when: (a) => decision(a) === 'required' && a.get('--authority-notified') !== undefined,
        condition: t.when.notified,
      },
      {
        name: '--delay-reason',
        given: flags.delayReason,
        question: t.ask.delayReason,
        check: check.text('--delay-reason'),
        optional: true,
        when: (a) => decision(a) === 'required' && isLate(a),
        condition: t.when.late,
      },
    ],
    io,
    lang,
  );
  const [agreementIdValue, title, discoveredBy, aware, notified, authority, reason, authorityNotified, authorityReference, delayReason] = values;
  const { agreement, file: agreementFile } = findAgreement(session, agreementIdValue as string);
  const day = dateOf(aware as string, zone);
  const id = flags.id ?? uniqueId(`${day}-${agreement.id}`, taken);
  const path = recordPath('incident', id, day);
  const trimmed = (value: string | undefined) => (value === undefined ? {} : { value: value.trim() });
  const content = incidentYaml(
    {
      id,
      file: path,
      agreement,
      agreementFile,
      title: (title as string).trim(),
      type: (flags.type ?? 'data-breach') as Incident['type'],
      discoveredBy: discoveredBy as NonNullable<Incident['discovered_by']>,
      aware: aware as string,
      ...(notified !== undefined ? { notified } : {}),
      authority: authority as Incident['authority_notification'],
      ...(reason !== undefined ? { reason: trimmed(reason).value } : {}),
      ...(authorityNotified !== undefined ? { authorityNotified } : {}),
      ...(authorityReference !== undefined ? { authorityReference: trimmed(authorityReference).value } : {}),
      ...(delayReason !== undefined ? { delayReason: trimmed(delayReason).value } : {}),
    },
    register.config,
    lang,
  );
  assertValid('incident', path, content, lang);

  // What vo check will say about the decision, said now, where the user can still act on it.
  const resolved = new Map<string, string | undefined>([
    ['--aware', aware],
    ['--notified', notified],
    ['--authority-notified', authorityNotified],
  ]);
  const due = deadline(resolved);
  const errorFrom = addDays(due.slice(0, 10), 1);
  const notices: string[] = [];
  if (authority === 'undecided') notices.push(t.notice.undecided(readable(due), longDate(errorFrom, lang)));
  if (authority === 'not-required' && reason === undefined) notices.push(t.notice.unexplained);
  if (authority === 'required' && authorityNotified === undefined) notices.push(t.notice.notYetNotified(readable(due), longDate(errorFrom, lang)));
  if (authority === 'required' && isLate(resolved) && delayReason === undefined) notices.push(t.notice.lateUnexplained(readable(due)));
  return { path, content, notices };
}
