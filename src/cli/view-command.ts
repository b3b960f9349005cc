import type { Command } from 'commander';
import type { Session } from './context.js';
import { exitCodeFor, type FailLevel } from './emit-findings.js';
import { writeOutput } from './output.js';
import { UsageError } from '../errors.js';
import type { Finding } from '../findings.js';
import { findingsSheet } from '../format/xlsx/findings-sheet.js';
import type { Sheet } from '../format/xlsx/sheet.js';
import { workbookBytes } from '../format/xlsx/workbook.js';
import { cliText } from '../i18n/cli.js';
import type { Lang } from '../i18n/lang.js';
import { viewText } from '../i18n/views.js';
import { DELIMITERS, type CsvOptions } from '../format/views/csv.js';
import { viewContext, type ViewContext } from '../format/views/context.js';
import { outputWidth } from './terminal-width.js';

/**
 * The plumbing the four view commands share: option parsing that fails with a
 * one-line usage error (exit 2), the formatter context, and writing the result.
 */
export interface OutputOptions {
  format: string;
  output?: string;
  force?: boolean;
  delimiter?: string;
  bom?: boolean;
  excel?: boolean;
}

/** `--format` must be a key of the view's registry. */
export function parseFormat<F extends string>(value: string, formats: readonly F[], lang: Lang): F {
  if ((formats as readonly string[]).includes(value)) return value as F;
  throw new UsageError(cliText(lang).badChoice('--format', value, formats));
}

/**
 * `--format` of a view: `--excel` without a `--format` of its own means csv (the
 * option says what the file is for); otherwise the given or default format.
 * Sets `options.format`, so the csv options are checked against the result.
 */
export function resolveFormat<F extends string>(command: Command, options: OutputOptions, formats: readonly F[], lang: Lang): F {
  if (options.excel === true && command.getOptionValueSource('format') === 'default') options.format = 'csv';
  return parseFormat(options.format, formats, lang);
}

/** A filter value, possibly comma-separated (`--status overdue,due-soon`); each part must be a known choice. */
export function parseChoices(option: string, value: string | undefined, choices: readonly string[], lang: Lang): string[] | undefined {
  if (value === undefined) return undefined;
  const parts = value.split(',').map((part) => part.trim()).filter((part) => part !== '');
  const wrong = parts.find((part) => !choices.includes(part));
  if (wrong !== undefined || parts.length === 0) throw new UsageError(cliText(lang).badChoice(option, wrong ?? value, choices));
  return parts;
}

export function csvOptionsOf(options: OutputOptions, lang: Lang): CsvOptions {
  const t = viewText(lang);
  if (options.format !== 'csv') {
    for (const [flag, given] of [['--delimiter', options.delimiter !== undefined], ['--bom', options.bom], ['--excel', options.excel]] as const) {
      if (given) throw new UsageError(t.csvOnly(flag));
    }
  }
  const name = options.delimiter ?? (options.excel ? ';' : ',');
  if (!Object.hasOwn(DELIMITERS, name)) throw new UsageError(t.badDelimiter(name));
  return { delimiter: DELIMITERS[name as keyof typeof DELIMITERS], bom: options.bom === true || options.excel === true, defuseFormulas: options.excel === true };
}

/** The context of a view formatter: colour only on a terminal and never into a file; the terminal's width, else COLUMNS, else 80. */
export function viewContextOf(session: Session, options: OutputOptions): ViewContext {
  return viewContext(session.register.config, {
    asOf: session.asOf,
    lang: session.lang,
    color: session.color && options.output === undefined,
    width: outputWidth(session.io, options.output === undefined),
    csv: csvOptionsOf(options, session.lang),
  });
}

/** Files that cannot be read or fail their schema never reach a view; say so on stderr, so stdout stays clean for pipes. */
export function warnIntegrity(session: Session): void {
  const errors = session.register.findings.filter((f) => f.severity === 'error').length;
  if (errors > 0) session.io.stderr.write(`vo: ${viewText(session.lang).integrityWarning(errors)}\n`);
}

export function emitView(session: Session, content: string, options: OutputOptions): void {
  writeOutput(session, content, options);
}

/** `--format xlsx`: a workbook goes into a file (`--output`), never to a terminal or pipe. */
export function requireOutputForXlsx(session: Pick<Session, 'lang'>, options: Pick<OutputOptions, 'format' | 'output'>): void {
  if (options.format === 'xlsx' && options.output === undefined) throw new UsageError(viewText(session.lang).xlsxNeedsOutput);
}

/** Write sheets as one .xlsx workbook to `--output` (atomically, never over a file without `--force`). */
export async function emitWorkbook(session: Session, sheets: readonly Sheet[], options: OutputOptions): Promise<void> {
  requireOutputForXlsx(session, options);
  writeOutput(session, await workbookBytes(sheets, { lang: session.lang, asOf: session.asOf }), options);
}

/** `vo check --format xlsx`: the findings `vo check` reports, as a sheet; returns the exit code of `--fail-on`. */
export async function emitFindingsWorkbook(session: Session, findings: readonly Finding[], options: OutputOptions & { failOn: FailLevel }): Promise<number> {
  requireOutputForXlsx(session, options);
  // The assessment already applied the config's severities and dropped the rules switched off.
  await emitWorkbook(session, [findingsSheet(findings, session.lang)], options);
  return exitCodeFor(findings, options.failOn);
}

/** Example lines at the end of a command's `--help`. */
export function addExamples(command: Command, lang: Lang, examples: readonly string[]): Command {
  return command.addHelpText('after', `\n${cliText(lang).examplesHeading}\n${examples.map((e) => `  ${e}`).join('\n')}\n`);
}

/** `--output`, `--force` and the csv options, the same on every view that has csv. */
export function addOutputOptions(command: Command, lang: Lang, csv: boolean): Command {
  const cli = cliText(lang);
  const t = viewText(lang);
  command.option('-o, --output <file>', cli.opt.output).option('--force', cli.opt.force);
  if (csv) command.option('--delimiter <char>', t.opt.delimiter).option('--bom', t.opt.bom).option('--excel', t.opt.excel);
  return command;
}
