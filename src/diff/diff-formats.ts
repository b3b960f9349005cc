import { Chalk } from 'chalk';
import type { JsonFinding } from '../format/json.js';
import { oneLine } from '../format/views/table.js';
import { diffText } from '../i18n/diff.js';
import { formatText } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import type { RecordChange } from './record-changes.js';
import type { DiffSide, RegisterDiff } from './register-diff.js';
import { longDate, markdownText } from './text-helpers.js';

export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface DiffFormatContext {
  lang: Lang;
  color: boolean;
}

/** The three outputs of `vo diff`; pure, each returns a string ending in a newline. */
export const diffFormatters: Record<DiffFormat, (diff: RegisterDiff, context: DiffFormatContext) => string> = {
  json: (diff) => JSON.stringify(diff, null, 2) + '\n',
  text: textDiff,
  markdown: markdownDiff,
};

const MARK = { added: '+', removed: '-', changed: '~' } as const;

function sideName(side: DiffSide, lang: Lang): string {
  return side.ref ?? diffText(lang).workingTree;
}

function textDiff(diff: RegisterDiff, context: DiffFormatContext): string {
  const t = diffText(context.lang);
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const lines = [chalk.bold(oneLine(t.heading(sideName(diff.base, context.lang), sideName(diff.head, context.lang)))), summaryLine(diff, context.lang)];
  if (isEmpty(diff)) return [...lines, '', t.nothing].join('\n') + '\n';
  if (diff.records.length > 0) {
    lines.push('', chalk.underline(t.sections.records));
    for (const record of diff.records) {
      const colour = record.change === 'added' ? chalk.green : record.change === 'removed' ? chalk.red : chalk.yellow;
      const head = `${MARK[record.change]} ${recordName(record, context.lang)} (${record.file})`;
      lines.push(colour(oneLine(record.summary !== null ? `${head}: ${record.summary}` : head)));
      for (const field of record.fields) lines.push(`    ${oneLine(field.message)}`);
    }
  }
  for (const [heading, findings] of [[t.sections.introduced, diff.findings.introduced], [t.sections.resolved, diff.findings.resolved]] as const) {
    if (findings.length === 0) continue;
    lines.push('', chalk.underline(`${heading} (${findings.length})`));
    const severity = formatText(context.lang).severity;
    for (const f of findings) lines.push(oneLine(`  ${f.file}:${f.line}:${f.column}  ${severity[f.severity]}  ${f.message}  ${f.rule}`));
  }
  return lines.join('\n') + '\n';
}

/**
 * For a pull-request comment or a job summary: short and grouped, every value
 * escaped (a title or a message can hold no markup, link or HTML), the
 * findings as tables.
 */
function markdownDiff(diff: RegisterDiff, context: DiffFormatContext): string {
  const t = diffText(context.lang);
  const md = markdownText;
  const lines = [`### ${md(t.heading(sideName(diff.base, context.lang), sideName(diff.head, context.lang)))}`, '', md(summaryLine(diff, context.lang))];
  if (isEmpty(diff)) return [...lines, '', md(t.nothing)].join('\n') + '\n';
  if (diff.records.length > 0) {
    lines.push('', `#### ${md(t.sections.records)}`, '');
    for (const record of diff.records) {
      const name = `**${md(t.change[record.change])}** · ${md(recordName(record, context.lang))}`;
      lines.push(record.summary !== null ? `- ${name}: ${md(record.summary)}` : `- ${name}`);
      for (const field of record.fields) lines.push(`  - ${md(field.message)}`);
    }
  }
  const severity = formatText(context.lang).severity;
  const columns = formatText(context.lang).markdownColumns;
  for (const [heading, findings] of [[t.sections.introduced, diff.findings.introduced], [t.sections.resolved, diff.findings.resolved]] as const) {
    if (findings.length === 0) continue;
    lines.push('', `#### ${md(heading)} (${findings.length})`, '');
    lines.push(`| | ${md(columns.location)} | ${md(columns.rule)} | ${md(columns.message)} |`, '|---|---|---|---|');
    for (const f of findings) lines.push(`| ${f.severity === 'error' ? '❌' : '⚠️'} ${md(severity[f.severity])} | ${md(location(f))} | ${code(f.rule)} | ${md(f.message)} |`);
  }
  return lines.join('\n') + '\n';
}

function summaryLine(diff: RegisterDiff, lang: Lang): string {
  const { added, changed, removed, introduced, resolved } = diff.summary;
  return `${diffText(lang).summary(added, changed, removed, introduced, resolved)} (${diffText(lang).asOf(longDate(diff.asOf, lang))})`;
}

function recordName(record: RecordChange, lang: Lang): string {
  const kind = diffText(lang).kinds[record.kind];
  if (record.kind === 'config') return kind;
  return record.title !== null ? `${kind} ${record.id} — ${record.title}` : `${kind} ${record.id}`;
}

/** Rule ids are kebab-case, shown as code; anything else is escaped text (no escape works inside backticks). */
function code(value: string): string {
  return /^[\w.-]+$/.test(value) ? `\`${value}\`` : markdownText(value);
}

function location(finding: JsonFinding): string {
  return `${finding.file}:${finding.line}:${finding.column}`;
}

function isEmpty(diff: RegisterDiff): boolean {
  return diff.records.length === 0 && diff.findings.introduced.length === 0 && diff.findings.resolved.length === 0;
}

