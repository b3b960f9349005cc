import { UsageError } from '../errors.js';
import type { Finding } from '../findings.js';
import { registerText } from '../i18n/register.js';
import type { Register } from '../register/load.js';
import { closest } from '../util/suggest.js';
import type { Session } from './context.js';

export interface SelectionOptions {
  agreement?: string;
  department?: string;
}

/** Check that `--agreement` and `--department` name things that exist; a typo is a usage error (exit 2). */
export function checkSelection(session: Session, options: SelectionOptions): void {
  const text = registerText(session.lang);
  const { register } = session;
  if (options.agreement !== undefined && !register.agreements.some((a) => a.value.id === options.agreement)) {
    const ids = register.agreements.map((a) => a.value.id);
    throw new UsageError(text.unknownAgreement(options.agreement, closest(options.agreement, ids)));
  }
  const departments = register.config.departments.map((d) => d.id);
  if (options.department !== undefined && !departments.includes(options.department)) {
    throw new UsageError(text.unknownDepartment(options.department, departments));
  }
}

/** Ids of the agreements that `--agreement` / `--department` select (all when neither is given). */
export function selectedAgreementIds(register: Register, options: SelectionOptions): Set<string> {
  return new Set(
    register.agreements
      .filter((a) => options.agreement === undefined || a.value.id === options.agreement)
      .filter((a) => options.department === undefined || a.value.department === options.department)
      .map((a) => a.value.id),
  );
}

/**
 * Keep the findings about the selected agreements: compliance findings by their
 * `agreement`, integrity findings by the file they are in (the agreement's own
 * file, or an evaluation or incident under it).
 */
export function filterFindings(register: Register, findings: readonly Finding[], options: SelectionOptions): Finding[] {
  if (options.agreement === undefined && options.department === undefined) return [...findings];
  const selected = selectedAgreementIds(register, options);
  const fileOwner = new Map<string, string>();
  for (const a of register.agreements) fileOwner.set(a.file, a.value.id);
  for (const r of [...register.evaluations, ...register.incidents]) fileOwner.set(r.file, r.value.agreement);
  return findings.filter((f) => {
    const owner = f.agreement ?? fileOwner.get(f.file);
    return owner !== undefined && selected.has(owner);
  });
}
