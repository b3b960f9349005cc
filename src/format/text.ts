import { Chalk } from 'chalk';
import { sortFindings, type Finding } from '../findings.js';
import { formatText } from '../i18n/format.js';
import type { FindingsFormatter, FormatContext } from './types.js';

/**
 * The terminal format, after ESLint's "stylish": the file path as a heading, then
 * `  line:column  severity  message  rule` with the columns aligned per file, a blank
 * line between files and one summary line.
 */
export const text: FindingsFormatter = (findings, context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const t = formatText(context.lang);
  const blocks = groupByFile(sortFindings(findings)).map(([file, group]) => {
    const rows = group.map((finding) => ({
      finding,
      position: `${finding.line}:${finding.column}`,
      label: t.severity[finding.severity],
      message: oneLine(finding.message),
    }));
    const width = (key: 'position' | 'label' | 'message') => Math.max(...rows.map((row) => row[key].length));
    const [positionWidth, labelWidth, messageWidth] = [width('position'), width('label'), width('message')];
    const lines = rows.map((row) => {
      const colour = row.finding.severity === 'error' ? chalk.red : chalk.yellow;
      return [
        '  ' + chalk.dim(row.position.padEnd(positionWidth)),
        colour(row.label.padEnd(labelWidth)),
        row.message.padEnd(messageWidth),
        chalk.dim(row.finding.rule),
      ].join('  ');
    });
    return [chalk.underline(oneLine(file)), ...lines].join('\n');
  });
  const summary = summaryLine(findings, context);
  const colouredSummary =
    findings.length === 0 ? chalk.green(summary) : hasErrors(findings) ? chalk.red.bold(summary) : chalk.yellow.bold(summary);
  return [...blocks, colouredSummary].join('\n\n') + '\n';
};

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

/**
 * One finding is one line: line breaks and tabs become spaces, and other control
 * characters (a stray ESC from a YAML value could drive the terminal) are dropped.
 */
function oneLine(value: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return value.replace(/\r\n|[\r\n\t]/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}
