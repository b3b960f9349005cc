import { sortFindings, type Finding } from '../findings.js';
import { formatText, type FormatTexts } from '../i18n/format.js';
import { withoutMentions } from '../util/no-mentions.js';
import { summaryLine } from './text.js';
import type { FindingsFormatter } from './types.js';

const ICON = { error: '❌', warning: '⚠️' } as const;

/**
 * A pull-request comment (GitHub or GitLab flavoured Markdown): a heading with the as-of
 * date, the summary and, when there is something to show, one table row per finding.
 */
export const markdown: FindingsFormatter = (findings, context) => {
  const t = formatText(context.lang);
  const lines = [`### ${t.markdownHeading(cell(context.asOf))}`, '', cell(summaryLine(findings, context))];
  if (findings.length > 0) {
    const columns = t.markdownColumns;
    lines.push(
      '',
      row([columns.severity, columns.location, columns.rule, columns.message, columns.agreement].map(cell)),
      row(['---', '---', '---', '---', '---']),
      ...sortFindings(findings).map((finding) => row(cells(finding, t))),
    );
  }
  return lines.join('\n') + '\n';
};

function cells(finding: Finding, t: FormatTexts): string[] {
  return [
    `${ICON[finding.severity]} ${cell(t.severity[finding.severity])}`,
    cell(`${finding.file}:${finding.line}:${finding.column}`),
    code(finding.rule),
    cell(finding.message),
    cell(finding.agreement ?? ''),
  ];
}

function row(values: readonly string[]): string {
  return `| ${values.join(' | ')} |`;
}

/**
 * Makes any value safe inside one table cell: a `|` would start a new column, a line
 * break would end the row, `<`/`>`/`&` would let the value inject HTML, and
 * `[ ] ! * _ ~` and backticks would make it a link, an image (a tracking pixel in a
 * pull-request comment), emphasis or code. Backslashes are escaped first, so a value
 * ending in `\` cannot swallow an escape; `$` starts math on GitHub, `{`/`}` template code.
 * Bare web addresses are not linked either (marked; GitHub's own autolinker may still link them),
 * and an `@name` mentions nobody.
 */
export function cell(value: string): string {
  const escaped = value
    .replace(/[\\`*_[\]!~#{}$|]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r\n|\r|\n/g, '<br>')
    // A bare address would still become a link (GFM's autolinks): escape the `:` of `://` and the `.` of `www.`.
    .replace(/:\/\//g, '\\://')
    .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}\\.`);
  // `@security-team` would ping that team in the comment (src/util/no-mentions.ts); an e-mail address stays as written.
  return withoutMentions(escaped);
}

/** Rule ids are kebab-case, shown as code; anything else is not trusted inside backticks (no escapes work there). */
function code(value: string): string {
  return /^[\w.-]+$/.test(value) ? `\`${value}\`` : cell(value);
}
