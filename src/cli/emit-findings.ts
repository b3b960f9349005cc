import { UsageError } from '../errors.js';
import type { Finding } from '../findings.js';
import { findingsFormatters, type FindingsFormat } from '../format/index.js';
import { cliText } from '../i18n/cli.js';
import { applySeverities, effectiveRules } from '../rules/severity.js';
import { toolVersion } from '../util/version.js';
import type { Session } from './context.js';
import { writeOutput } from './output.js';

export const FAIL_LEVELS = ['error', 'warning', 'never'] as const;
export type FailLevel = (typeof FAIL_LEVELS)[number];

export interface EmitOptions {
  format: FindingsFormat;
  output?: string;
  force?: boolean;
  failOn: FailLevel;
}

/** Format findings, write them to stdout or `--output`, and return the exit code (SPEC §7). */
export function emitFindings(session: Session, findings: readonly Finding[], options: EmitOptions): number {
  const rules = effectiveRules(session.register.config);
  const kept = applySeverities(findings, rules);
  const text = findingsFormatters[options.format](kept, {
    asOf: session.asOf,
    lang: session.lang,
    color: session.color && options.output === undefined && options.format === 'text',
    rules,
    toolVersion: toolVersion(),
    fileCount: session.register.files.length,
  });
  writeOutput(session, text, options);
  return exitCodeFor(kept, options.failOn);
}

export function exitCodeFor(findings: readonly Finding[], failOn: FailLevel): number {
  if (failOn === 'never') return 0;
  const failing = findings.some((f) => f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning'));
  return failing ? 1 : 0;
}

export function parseFailOn(value: string, session: Pick<Session, 'lang'>): FailLevel {
  if ((FAIL_LEVELS as readonly string[]).includes(value)) return value as FailLevel;
  throw new UsageError(cliText(session.lang).badChoice('--fail-on', value, FAIL_LEVELS));
}

