import type { Command } from 'commander';
import type { Assessment } from '../assessment/assess.js';
import { assessSession, openRegister, type GlobalOptions, type Session } from './context.js';
import { checkSelection } from './filters.js';
import type { CliContext } from './program.js';
import { exitCodeFor, type FailLevel } from './emit-findings.js';
import { writeOutput } from './output.js';
import { UsageError } from '../errors.js';
import type { Finding } from '../findings.js';
import type { Sheet } from '../format/xlsx/sheet.js';
import { cliText } from '../i18n/cli.js';
import type { Lang } from '../i18n/lang.js';
import { viewText } from '../i18n/views.js';
import { warnIntegrity } from '../views/integrity-warning.js';
import { DELIMITERS, type CsvOptions } from '../format/views/csv.js';
import { viewContext, type ViewContext } from '../format/views/context.js';
import { outputWidth } from './terminal-width.js';
import { addExamples } from './examples.js';

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
  // The workbook writer (exceljs) loads only when a workbook is written.
  const { workbookBytes } = await import('../format/xlsx/workbook.js');
  writeOutput(session, await workbookBytes(sheets, { lang: session.lang, asOf: session.asOf }), options);
}

/** `vo check --format xlsx`: the findings `vo check` reports, as a sheet; returns the exit code of `--fail-on`. */
export async function emitFindingsWorkbook(session: Session, findings: readonly Finding[], options: OutputOptions & { failOn: FailLevel }): Promise<number> {
  requireOutputForXlsx(session, options);
  // The assessment already applied the config's severities and dropped the rules switched off.
  const { findingsSheet } = await import('../format/xlsx/findings-sheet.js');
  await emitWorkbook(session, [findingsSheet(findings, session.lang)], options);
  return exitCodeFor(findings, options.failOn);
}

/** `--output`, `--force` and the csv options, the same on every view that has csv. */
export function addOutputOptions(command: Command, lang: Lang, csv: boolean): Command {
  const cli = cliText(lang);
  const t = viewText(lang);
  command.option('-o, --output <file>', cli.opt.output).option('--force', cli.opt.force);
  if (csv) command.option('--delimiter <char>', t.opt.delimiter).option('--bom', t.opt.bom).option('--excel', t.opt.excel);
  return command;
}

/** What a view command reads from its own options once the register is open. */
export interface ViewRun<R> {
  /** The agreements in scope: checked against the register before anything is assessed, and the assessment's scope. */
  selection: { department?: string; agreement?: string };
  /** The scope of the assessment when it differs from the selection (an obligation may belong to another department than its agreement). */
  scope?: { department?: string; agreement?: string };
  /** The rows of the view, from the one assessment of the agreements in scope. */
  rows(assessment: Assessment): R[];
  /** The view in a text format (table, json, csv, markdown, ics…). */
  render(format: string, rows: R[], context: ViewContext): string;
  /** The view as one sheet of an .xlsx workbook. */
  sheet(rows: R[], context: ViewContext): Sheet;
}

/** The parts in which `vo list`, `vo obligations` and `vo agenda` differ; the rest is {@link viewCommand}. */
export interface ViewCommandSpec<O extends OutputOptions, R> {
  name: string;
  description: string;
  /** The text formats; `xlsx` is added for every view. */
  formats: readonly string[];
  /** `[flags, description, default]` of the command's own options, after `--format`. */
  options: readonly (readonly [string, string, string?])[];
  csv: boolean;
  examples: readonly string[];
  /** Parse and check the command's own options (usage errors exit 2) and say how to build the view. */
  prepare(options: O, session: Session, format: string): ViewRun<R>;
}

/**
 * The one skeleton of the view commands: open the register, resolve and check
 * the format and the selection, warn about unreadable files, assess the
 * agreements in scope once, and write the view (a workbook needs `--output`).
 */
export function viewCommand<O extends GlobalOptions & OutputOptions, R>(program: Command, context: CliContext, spec: ViewCommandSpec<O, R>): void {
  const t = viewText(context.lang);
  const formats = [...spec.formats, 'xlsx'] as const;
  const command = program
    .command(spec.name)
    .description(spec.description)
    .option('--format <format>', `${t.opt.format}: ${formats.join(', ')}`, 'table');
  for (const [flags, description, defaultValue] of spec.options) {
    if (defaultValue === undefined) command.option(flags, description);
    else command.option(flags, description, defaultValue);
  }
  addExamples(addOutputOptions(command, context.lang, spec.csv), context.lang, spec.examples).action(async (_options, cmd: Command) => {
    const options = cmd.optsWithGlobals<O>();
    const session = openRegister(context.io, options);
    const format = resolveFormat(cmd, options, formats, session.lang);
    requireOutputForXlsx(session, options);
    const run = spec.prepare(options, session, format);
    checkSelection(session, run.selection);
    const viewContext = viewContextOf(session, options);
    warnIntegrity(session);
    const rows = run.rows(assessSession(session, run.scope ?? run.selection));
    if (format === 'xlsx') await emitWorkbook(session, [run.sheet(rows, viewContext)], options);
    else emitView(session, run.render(format, rows, viewContext), options);
  });
}
