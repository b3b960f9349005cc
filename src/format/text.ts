import { Chalk, type ChalkInstance } from 'chalk';
import { sortFindings, type Finding } from '../findings.js';
import { formatText } from '../i18n/format.js';
import { maxOf } from '../util/max.js';
import { oneLine, textWidth, truncate, wrapWords } from './views/table.js';
import type { FindingsFormatter, FormatContext } from './types.js';

/** A message narrower than this is not worth its own column: it moves under the position instead. */
const MIN_MESSAGE_WIDTH = 20;
/** Indent of a message that moved under the position (narrow terminals). */
const NARROW_INDENT = 4;

/**
 * The terminal format, after ESLint's "stylish": the file path as a heading, then
 * `  line:column  severity  message  rule` with the columns aligned per file, a blank
 * line between files and one summary line. With a `width`, no line is wider: a long
 * message wraps between words, its continuation lines indented under the message,
 * and the rule id follows the message's last line (or gets a line of its own).
 */
export const text: FindingsFormatter = (findings, context) => Array.from(textChunks(findings, context)).join('');

/**
 * The text format in pieces, one per file and the summary last, which joined
 * are `text`: `vo check` writes them as they are made, so a run with 140 000
 * findings never holds all of its output at once (docs/performance.md).
 */
export function* textChunks(findings: readonly Finding[], context: FormatContext): Generator<string> {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const limit = context.width !== undefined && context.width > 0 ? context.width : Infinity;
  for (const [file, group] of groupByFile(sortFindings(findings))) yield `${fileBlock(file, group, chalk, context, limit)}\n\n`;
  const summary = summaryLine(findings, context);
  const paint = findings.length === 0 ? chalk.green : hasErrors(findings) ? chalk.red.bold : chalk.yellow.bold;
  yield (limit === Infinity ? [summary] : wrapWords(summary, limit)).map((line) => paint(line)).join('\n') + '\n';
}

/** One file's findings: its path as a heading, then a line (or a wrapped message) per finding. */
function fileBlock(file: string, group: readonly Finding[], chalk: ChalkInstance, context: FormatContext, limit: number): string {
  const t = formatText(context.lang);
  const rows = group.map((finding) => ({
    finding,
    position: `${finding.line}:${finding.column}`,
    label: t.severity[finding.severity],
    message: oneLine(finding.message),
  }));
  const positionWidth = maxOf(rows.map((row) => row.position.length), 0);
  const labelWidth = maxOf(rows.map((row) => textWidth(row.label)), 0);
  const ruleWidth = maxOf(rows.map((row) => row.finding.rule.length), 0);
  const indent = 2 + positionWidth + 2 + labelWidth + 2;
  const narrow = limit - indent < MIN_MESSAGE_WIDTH;
  // Where the message goes and how wide it may be: beside the position, or under it on a narrow terminal.
  const messageIndent = narrow ? NARROW_INDENT : indent;
  const room = limit - messageIndent;
  // The rule ids line up after the longest message that leaves room for them, as in "stylish".
  const widths = rows.map((row) => textWidth(row.message));
  const aligned = maxOf(widths.filter((w) => w + 2 + ruleWidth <= room), 0);
  const lines = rows.flatMap((row, r) => {
    const colour = row.finding.severity === 'error' ? chalk.red : chalk.yellow;
    const head = '  ' + chalk.dim(row.position.padEnd(positionWidth)) + '  ' + colour(padTo(row.label, labelWidth));
    const rule = chalk.dim(row.finding.rule);
    const width = widths[r]!;
    if (width + 2 + ruleWidth <= room) {
      const line = `${row.message}${' '.repeat(aligned - width)}  ${rule}`;
      return narrow ? [head.trimEnd(), ' '.repeat(messageIndent) + line] : [`${head}  ${line}`];
    }
    const wrapped = wrapWords(row.message, room);
    const lastWidth = textWidth(wrapped.at(-1) ?? '');
    if (lastWidth + 2 + row.finding.rule.length <= room) wrapped[wrapped.length - 1] = `${wrapped.at(-1)}  ${rule}`;
    else wrapped.push(row.finding.rule.length <= room ? rule : chalk.dim(truncate(row.finding.rule, room)));
    const pad = ' '.repeat(messageIndent);
    return narrow ? [head.trimEnd(), ...wrapped.map((line) => pad + line)] : [`${head}  ${wrapped[0]}`, ...wrapped.slice(1).map((line) => pad + line)];
  });
  return [chalk.underline(fit(oneLine(file), limit)), ...lines].join('\n');
}

function padTo(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - textWidth(text)));
}

/** A file path is never wrapped (it is copied into editors); on a very narrow terminal it is cut. */
function fit(text: string, limit: number): string {
  return limit === Infinity ? text : truncate(text, limit);
}

/** The localised summary, shared with the markdown format: counts or "no findings", and the number of files. */
export function summaryLine(findings: readonly Finding[], context: FormatContext): string {
  const t = formatText(context.lang);
  if (findings.length === 0) return t.clean(context.fileCount);
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  return t.summary(errors, findings.length - errors, context.fileCount);
}

function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}

/** Consecutive runs of one file; the findings are sorted by file first, so each file is one group. */
function groupByFile(sorted: readonly Finding[]): [string, Finding[]][] {
  const groups: [string, Finding[]][] = [];
  for (const finding of sorted) {
    const last = groups.at(-1);
    if (last && last[0] === finding.file) last[1].push(finding);
    else groups.push([finding.file, [finding]]);
  }
  return groups;
}
