import type { Session } from '../session.js';
import { UsageError } from '../errors.js';
import { authoringText } from '../i18n/authoring.js';
import { CLAUSE_KEYS, CLAUSE_LETTER, LEVELS, type Agreement, type AssuranceType, type ClauseKey, type Level, type Phase } from '../register/types.js';
import { riskLevel } from '../rules/schedule.js';
import { agreementNotes } from './agreement-notes.js';
import { agreementYaml, type AgreementValues } from './agreement-template.js';
import { checkOptional, valueChecks, type Check } from './checks.js';
import { resolveFields, type Answers, type Field } from './fields.js';
import { newTexts } from './new-texts.js';
import { takenIds } from './record-ids.js';
import { recordPath } from './register-layout.js';
import { assertValid } from './self-check.js';
import type { NewFile } from './write-new-files.js';

export interface NewAgreementFlags {
  title?: string;
  department?: string;
  processor?: string;
  owner?: string;
  phase?: string;
  signed?: string;
  impact?: string;
  likelihood?: string;
  purpose?: string[];
  dataSubject?: string[];
  dataCategory?: string[];
  breachHours?: string;
  clause?: string[];
  assurance?: string;
}

export const PHASES: readonly Phase[] = ['draft', 'signing', 'active', 'ended'];
const ASSURANCE_TYPES: readonly AssuranceType[] = ['iso27001', 'nen7510', 'isae3402-type1', 'isae3402-type2', 'soc2-type1', 'soc2-type2', 'tpm', 'pentest', 'other'];

/** Commander's collector for a repeatable option. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/**
 * `vo new agreement <id>`: the values from flags or questions, then the file
 * text (the register format in docs/format.md). A draft needs only the
 * basics; from phase signing on, vo check expects the risk, the processing
 * and the eight clauses, in active also the date signed, the breach term and
 * (at high risk) valid assurance. Those are asked for on a terminal, and
 * without one a missing value is an exit-2 error that lists them all, so a
 * new agreement in a later phase never starts with a dozen errors.
 */
export async function newAgreement(session: Session, id: string | undefined, flags: NewAgreementFlags): Promise<NewFile> {
  const { io, lang, register } = session;
  const text = authoringText(lang);
  const t = newTexts(lang);
  const check = valueChecks(lang);
  const phaseProblem = checkOptional(flags.phase, check.oneOf('--phase', PHASES));
  if (phaseProblem !== undefined) throw new UsageError(phaseProblem);
  const phase = (flags.phase ?? 'draft') as Phase;
  const departmentIds = register.config.departments.map((d) => d.id);
  const taken = takenIds(register, 'agreement');
  const clauses = parseClauses(flags.clause ?? [], lang);

  const fromSigning = phase === 'signing' || phase === 'active';
  const signed = phase === 'active' || phase === 'ended';
  const active = phase === 'active';
  /** Asked and required when the phase needs it; accepted in any phase when given. */
  const neededWhen = (needed: boolean, ...given: unknown[]) => (needed || given.some((g) => g !== undefined) ? undefined : () => false);
  const level = (a: Answers): Level | undefined => {
    const impact = a.get('--impact') as Level | undefined;
    const likelihood = a.get('--likelihood') as Level | undefined;
    return impact !== undefined && likelihood !== undefined ? riskLevel({ risk: { impact, likelihood } } as Agreement).level : undefined;
  };
  const list = (name: string, given: string[] | undefined, question: string): Field => ({
    name,
    given: given === undefined ? undefined : given.join('; '),
    question,
    check: listCheck(name, lang),
    when: neededWhen(fromSigning, given),
  });
  const notes = agreementNotes(lang);
  const accepted = register.config.policy.accepted_assurance;

  const fields: Field[] = [
    {
      name: '<id>',
      given: id,
      question: text.ask.id,
      check: (value) => check.recordId('<id>')(value) ?? (taken.has(value) ? text.idTaken('<id>', value) : undefined),
    },
    { name: '--title', given: flags.title, question: text.ask.title, check: check.text('--title') },
    { name: '--department', given: flags.department, question: text.ask.department(departmentIds.join(', ')), check: check.department(departmentIds) },
    { name: '--processor', given: flags.processor, question: text.ask.processor, check: check.text('--processor') },
    { name: '--owner', given: flags.owner, question: text.ask.owner, check: check.text('--owner') },
    { name: '--signed', given: flags.signed, question: t.ask.signed, check: check.date('--signed'), when: neededWhen(signed, flags.signed) },
    { name: '--impact', given: flags.impact, question: t.ask.impact, check: check.oneOf('--impact', LEVELS), when: neededWhen(fromSigning, flags.impact, flags.likelihood) },
    { name: '--likelihood', given: flags.likelihood, question: t.ask.likelihood, check: check.oneOf('--likelihood', LEVELS), when: neededWhen(fromSigning, flags.impact, flags.likelihood) },
    list('--purpose', flags.purpose, t.ask.purpose),
    list('--data-subject', flags.dataSubject, t.ask.dataSubject),
    list('--data-category', flags.dataCategory, t.ask.dataCategory),
    { name: '--breach-hours', given: flags.breachHours, question: t.ask.breachHours, check: hoursCheck('--breach-hours', lang), when: neededWhen(active, flags.breachHours) },
    ...CLAUSE_KEYS.map((key): Field => {
      const [letter = '', description = ''] = notes.clauseItems[CLAUSE_LETTER[key]].split(': ');
      return {
        name: `--clause ${key}=…`,
        given: clauses[key],
        question: t.ask.clause(letter, description, key),
        check: check.text(`--clause ${key}`),
        when: neededWhen(fromSigning, clauses[key]),
      };
    }),
    {
      name: '--assurance',
      given: flags.assurance,
      question: t.ask.assurance(accepted.join(', ')),
      check: assuranceCheck(lang),
      when: flags.assurance !== undefined ? undefined : (a) => active && level(a) === 'high',
    },
  ];
  const answers = await resolveFields(fields, io, lang, phase === 'draft' ? undefined : t.phaseNeeds(phase));
  const value = (name: string) => answers[fields.findIndex((f) => f.name === name)];
  const items = (name: string, given: string[] | undefined) => {
    const answer = value(name);
    if (answer === undefined) return undefined;
    return (given ?? answer.split(';')).map((item) => item.trim()).filter((item) => item !== '');
  };
  const clauseValues: Partial<Record<ClauseKey, string>> = {};
  for (const key of CLAUSE_KEYS) {
    const reference = value(`--clause ${key}=…`);
    if (reference !== undefined) clauseValues[key] = reference.trim();
  }
  const assurance = value('--assurance');
  const [assuranceType, validUntil] = assurance === undefined ? [] : splitAssurance(assurance);
  const hours = value('--breach-hours');

  const values: AgreementValues = {
    id: value('<id>') as string,
    title: (value('--title') as string).trim(),
    department: value('--department') as string,
    processor: (value('--processor') as string).trim(),
    owner: (value('--owner') as string).trim(),
    phase,
    ...optional('signed', value('--signed')),
    ...optional('impact', value('--impact') as Level | undefined),
    ...optional('likelihood', value('--likelihood') as Level | undefined),
    ...optional('purposes', items('--purpose', flags.purpose)),
    ...optional('dataSubjects', items('--data-subject', flags.dataSubject)),
    ...optional('dataCategories', items('--data-category', flags.dataCategory)),
    ...optional('breachHours', hours === undefined ? undefined : Number(hours)),
    ...(Object.keys(clauseValues).length > 0 ? { clauses: clauseValues } : {}),
    ...(assuranceType !== undefined && validUntil !== undefined ? { assurance: { type: assuranceType as AssuranceType, validUntil } } : {}),
  };
  const path = recordPath('agreement', values.id);
  const content = agreementYaml(values, { lang, departmentIds, reviewMonths: register.config.policy.review_months, sample: false });
  assertValid('agreement', path, content, lang);
  return { path, content };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** `--clause security="art. 7"`, repeated: a map from clause key to reference; a wrong key or a key given twice is an error. */
function parseClauses(specs: readonly string[], lang: Parameters<typeof newTexts>[0]): Partial<Record<ClauseKey, string>> {
  const t = newTexts(lang);
  const result: Partial<Record<ClauseKey, string>> = {};
  for (const spec of specs) {
    const equals = spec.indexOf('=');
    const key = spec.slice(0, equals).trim() as ClauseKey;
    const reference = spec.slice(equals + 1).trim();
    if (equals < 0 || !CLAUSE_KEYS.includes(key) || reference === '') throw new UsageError(t.badClause(spec, CLAUSE_KEYS));
    if (result[key] !== undefined) throw new UsageError(t.duplicateClause(key));
    result[key] = reference;
  }
  return result;
}

function listCheck(name: string, lang: Parameters<typeof newTexts>[0]): Check {
  const empty = authoringText(lang).empty(name);
  return (value) => (value.split(';').some((item) => item.trim() !== '') ? undefined : empty);
}

function hoursCheck(name: string, lang: Parameters<typeof newTexts>[0]): Check {
  return (value) => (/^[1-9]\d{0,5}$/.test(value.trim()) ? undefined : newTexts(lang).badHours(name, value));
}

function splitAssurance(value: string): [string, string] {
  const colon = value.indexOf(':');
  return [value.slice(0, colon).trim(), value.slice(colon + 1).trim()];
}

function assuranceCheck(lang: Parameters<typeof newTexts>[0]): Check {
  const date = valueChecks(lang).date('--assurance');
  return (value) => {
    const [type, until] = splitAssurance(value);
    if (!value.includes(':') || !ASSURANCE_TYPES.includes(type as AssuranceType) || date(until) !== undefined) {
      return newTexts(lang).badAssurance(value, ASSURANCE_TYPES);
    }
    return undefined;
  };
}
