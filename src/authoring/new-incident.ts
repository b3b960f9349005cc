import type { Session } from '../session.js';
import { UsageError } from '../errors.js';
import { authoringText } from '../i18n/authoring.js';
import type { Incident } from '../register/types.js';
import { dateOf } from '../rules/dates.js';
import { checkOptional, valueChecks } from './checks.js';
import { resolveFields } from './fields.js';
import { incidentYaml } from './incident-template.js';
import { agreementField, findAgreement } from './new-evaluation.js';
import { takenIds, uniqueId } from './record-ids.js';
import { recordPath } from './register-layout.js';
import { assertValid } from './self-check.js';
import type { NewFile } from './write-new-files.js';

export interface NewIncidentFlags {
  title?: string;
  aware?: string;
  notified?: string;
  type?: string;
  id?: string;
}

export const INCIDENT_TYPES: readonly Incident['type'][] = ['data-breach', 'security-incident'];

/**
 * `vo new incident <agreement>`: id `<date aware>-<agreement>`, made unique.
 * The type defaults to data-breach, the kind with the stricter duties, until
 * someone decides otherwise.
 */
export async function newIncident(session: Session, agreementId: string | undefined, flags: NewIncidentFlags): Promise<NewFile> {
  const { io, lang, register } = session;
  const text = authoringText(lang);
  const check = valueChecks(lang);
  const zone = register.config.timezone;
  const taken = takenIds(register, 'incident');
  const problem =
    checkOptional(flags.type, check.oneOf('--type', INCIDENT_TYPES)) ??
    checkOptional(flags.notified, check.dateTime('--notified')) ??
    checkOptional(flags.id, check.recordId('--id')) ??
    (flags.id !== undefined && taken.has(flags.id) ? text.idTaken('--id', flags.id) : undefined);
  if (problem !== undefined) throw new UsageError(problem);

  const [agreementIdValue, title, aware] = await resolveFields(
    [
      agreementField(session, agreementId),
      { name: '--title', given: flags.title, question: text.ask.incidentTitle, check: check.text('--title') },
      { name: '--aware', given: flags.aware, question: text.ask.aware, check: check.dateTime('--aware') },
    ],
    io,
    lang,
  );
  const { agreement, file: agreementFile } = findAgreement(session, agreementIdValue as string);
  const day = dateOf(aware as string, zone);
  const id = flags.id ?? uniqueId(`${day}-${agreement.id}`, taken);
  const path = recordPath('incident', id, day);
  const content = incidentYaml(
    {
      id,
      file: path,
      agreement,
      agreementFile,
      title: (title as string).trim(),
      type: (flags.type ?? 'data-breach') as Incident['type'],
      aware: aware as string,
      ...(flags.notified !== undefined ? { notified: flags.notified } : {}),
    },
    register.config,
    lang,
  );
  assertValid('incident', path, content, lang);
  return { path, content };
}
