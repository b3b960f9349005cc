import { fileOwners } from '../assessment/file-owners.js';
import { UsageError } from '../errors.js';
import { registerText } from '../i18n/register.js';
import { closest } from '../util/suggest.js';
import type { Session } from './context.js';

export interface SelectionOptions {
  agreement?: string;
  department?: string;
}

/**
 * Check that `--agreement` and `--department` name things that exist; a typo is
 * a usage error (exit 2). An agreement whose file cannot be loaded still exists:
 * its findings are what the user is looking for.
 */
export function checkSelection(session: Session, options: SelectionOptions): void {
  const text = registerText(session.lang);
  const { register } = session;
  if (options.agreement !== undefined && !register.agreements.some((a) => a.value.id === options.agreement)) {
    const ids = [...fileOwners(register).agreementFiles.keys()];
    if (!ids.includes(options.agreement)) throw new UsageError(text.unknownAgreement(options.agreement, closest(options.agreement, ids)));
  }
  const departments = register.config.departments.map((d) => d.id);
  if (options.department !== undefined && !departments.includes(options.department)) {
    throw new UsageError(text.unknownDepartment(options.department, departments));
  }
}
