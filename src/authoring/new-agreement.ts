import type { Session } from '../session.js';
import { UsageError } from '../errors.js';
import { authoringText } from '../i18n/authoring.js';
import type { Phase } from '../register/types.js';
import { agreementYaml } from './agreement-template.js';
import { checkOptional, valueChecks } from './checks.js';
import { resolveFields } from './fields.js';
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
}

export const PHASES: readonly Phase[] = ['draft', 'signing', 'active', 'ended'];

/** `vo new agreement <id>`: the values from flags or questions, then the file text (docs/format.md). */
export async function newAgreement(session: Session, id: string | undefined, flags: NewAgreementFlags): Promise<NewFile> {
  const { io, lang, register } = session;
  const text = authoringText(lang);
  const check = valueChecks(lang);
  const phaseProblem = checkOptional(flags.phase, check.oneOf('--phase', PHASES));
  if (phaseProblem !== undefined) throw new UsageError(phaseProblem);
  const departmentIds = register.config.departments.map((d) => d.id);
  const taken = takenIds(register, 'agreement');

  const [newId, title, department, processor, owner] = await resolveFields(
    [
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
    ],
    io,
    lang,
  );
  const values = {
    id: newId as string,
    title: (title as string).trim(),
    department: department as string,
    processor: (processor as string).trim(),
    owner: (owner as string).trim(),
    phase: (flags.phase ?? 'draft') as Phase,
  };
  const path = recordPath('agreement', values.id);
  const content = agreementYaml(values, { lang, departmentIds, reviewMonths: register.config.policy.review_months, sample: false });
  assertValid('agreement', path, content, lang);
  return { path, content };
}
