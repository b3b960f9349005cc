import { viewText } from '../i18n/views.js';
import type { Session } from '../session.js';

/**
 * Files that cannot be read or fail their schema never reach a view; say so on stderr, so stdout stays clean for pipes.
 * A scoped load read only some files, so it counts those and does not speak for the whole register.
 */
export function warnIntegrity(session: Session): void {
  const errors = session.register.findings.filter((f) => f.severity === 'error').length;
  if (errors > 0) session.io.stderr.write(`vo: ${viewText(session.lang).integrityWarning(errors, session.register.scoped !== undefined)}\n`);
}
