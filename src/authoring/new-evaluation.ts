import type { Session } from '../session.js';
import { UsageError } from '../errors.js';
import { authoringText } from '../i18n/authoring.js';
import type { Agreement, EvaluationType, Outcome } from '../register/types.js';
import { closest } from '../util/suggest.js';
import { checkOptional, valueChecks } from './checks.js';
import { evaluationYaml } from './evaluation-template.js';
import { resolveFields } from './fields.js';
import { takenIds, uniqueId } from './record-ids.js';
import { recordPath } from './register-layout.js';
import { assertValid } from './self-check.js';
import type { NewFile } from './write-new-files.js';

export interface NewEvaluationFlags {
  type?: string;
  date?: string;
  id?: string;
  outcome?: string;
}

export const EVALUATION_TYPES: readonly EvaluationType[] = [
  'periodic',
  'internal-audit',
  'external-audit',
  'meeting',
  'report-review',
  'incident-review',
  'training',
];
export const OUTCOMES: readonly Outcome[] = ['compliant', 'partially-compliant', 'non-compliant'];

/** The `<agreement>` field shared by `vo new evaluation` and `vo new incident`: it must exist in the register. */
export function agreementField(session: Session, given: string | undefined) {
  const text = authoringText(session.lang);
  const ids = session.register.agreements.map((a) => a.value.id);
  return {
    name: '<agreement>',
    given,
    question: text.ask.agreement,
    check: (value: string) => (ids.includes(value) ? undefined : text.unknownAgreement(value, closest(value, ids))),
  };
}

export function findAgreement(session: Session, id: string): { agreement: Agreement; file: string } {
  const record = session.register.agreements.find((a) => a.value.id === id);
  if (record === undefined) throw new Error(`agreement ${id} vanished`); // checked by agreementField
  return { agreement: record.value, file: record.file };
}

/** `vo new evaluation <agreement>`: dated the as-of date unless `--date`; id `<date>-<agreement>`, made unique. */
export async function newEvaluation(session: Session, agreementId: string | undefined, flags: NewEvaluationFlags): Promise<NewFile> {
  const { io, lang, register } = session;
  const text = authoringText(lang);
  const check = valueChecks(lang);
  const taken = takenIds(register, 'evaluation');
  const problem =
    checkOptional(flags.type, check.oneOf('--type', EVALUATION_TYPES)) ??
    checkOptional(flags.date, check.date('--date')) ??
    checkOptional(flags.outcome, check.oneOf('--outcome', OUTCOMES)) ??
    checkOptional(flags.id, check.recordId('--id')) ??
    (flags.id !== undefined && taken.has(flags.id) ? text.idTaken('--id', flags.id) : undefined);
  if (problem !== undefined) throw new UsageError(problem);

  const [agreementIdValue] = await resolveFields([agreementField(session, agreementId)], io, lang);
  const { agreement } = findAgreement(session, agreementIdValue as string);
  const date = flags.date ?? session.asOf;
  const id = flags.id ?? uniqueId(`${date}-${agreement.id}`, taken);
  const path = recordPath('evaluation', id, date);
  const content = evaluationYaml(
    {
      id,
      file: path,
      agreement,
      date,
      followUpMonths: register.config.policy.non_compliant_review_months,
      type: (flags.type ?? 'periodic') as EvaluationType,
      ...(flags.outcome !== undefined ? { outcome: flags.outcome as Outcome } : {}),
    },
    lang,
  );
  assertValid('evaluation', path, content, lang);
  return { path, content };
}
