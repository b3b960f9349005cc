import { UsageError } from '../errors.js';
import type { Finding } from '../findings.js';
import { loadFindingsFormatter, type FindingsFormat } from '../format/index.js';
import { cliText } from '../i18n/cli.js';
import { effectiveRules } from '../rules/severity.js';
import { toolVersion } from '../util/version.js';
import type { Session } from './context.js';
import { writeOutput } from './output.js';
import { outputWidth } from './terminal-width.js';

export const FAIL_LEVELS = ['error', 'warning', 'never'] as const;
export type FailLevel = (typeof FAIL_LEVELS)[number];

export interface EmitOptions {
  format: FindingsFormat;
  output?: string;
  force?: boolean;
  failOn: FailLevel;
  /** Record files the findings are about, for the summary line. */
  fileCount: number;
  /** `--new-since`: the ref and its findings; only findings it did not have decide the exit code. */
  baseline?: { ref: string; findings: readonly Finding[] };
}

/** Format findings (config severities already applied), write them to stdout or `--output`, and return the exit code. */
export async function emitFindings(session: Session, findings: readonly Finding[], options: EmitOptions): Promise<number> {
  const context = {
    asOf: session.asOf,
    lang: session.lang,
    color: session.color && options.output === undefined && options.format === 'text',
    rules: effectiveRules(session.register.config),
    toolVersion: toolVersion(),
    fileCount: options.fileCount,
    width: outputWidth(session.io, options.output === undefined),
  };
  if (options.baseline !== undefined) {
    const [{ findingChanges }, { formatWithBaseline }] = await Promise.all([import('../diff/finding-changes.js'), import('../diff/baseline-format.js')]);
    const { isNew } = findingChanges(options.baseline.findings, findings);
    writeOutput(session, await formatWithBaseline(options.format, findings, { ref: options.baseline.ref, isNew }, context), options);
    return exitCodeFor(findings.filter(isNew), options.failOn);
  }
  // The text format is written file by file as it is made (a long check holds less in memory).
  const output = options.format === 'text' ? (await import('../format/text.js')).textChunks(findings, context) : (await loadFindingsFormatter(options.format))(findings, context);
  writeOutput(session, output, options);
  return exitCodeFor(findings, options.failOn);
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
