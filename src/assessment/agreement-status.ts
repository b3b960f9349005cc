import type { Finding } from '../findings.js';

/** An agreement's status from all its findings: a broken own file first, then errors, then warnings. */
export type AgreementStatus = 'invalid' | 'error' | 'warning' | 'ok';
export const AGREEMENT_STATUSES: readonly AgreementStatus[] = ['invalid', 'error', 'warning', 'ok'];

/** The periodic evaluation clock, as `vo check` reports it. */
export type EvaluationStatus = 'overdue' | 'due-soon' | 'scheduled';
export const EVALUATION_STATUSES: readonly EvaluationStatus[] = ['overdue', 'due-soon', 'scheduled'];

export interface StatusCounts {
  errors: number;
  warnings: number;
  status: AgreementStatus;
}

/**
 * `invalid` when a file of the agreement itself has an integrity finding,
 * else `error` when it has errors, else `warning` when it has warnings, else
 * `ok`. So no view calls an agreement in order while `vo check` reports an error for it.
 */
export function statusOf(findings: readonly Finding[], ownFiles: ReadonlySet<string>): StatusCounts {
  let errors = 0;
  let warnings = 0;
  let invalid = false;
  for (const finding of findings) {
    if (finding.severity === 'error') errors++;
    else warnings++;
    if (finding.subject === undefined && ownFiles.has(finding.file)) invalid = true;
  }
  return { errors, warnings, status: invalid ? 'invalid' : errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'ok' };
}
