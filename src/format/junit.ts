import { sortFindings, type Finding } from '../findings.js';
import { formatText, type FormatTexts } from '../i18n/format.js';
import type { FindingsFormatter } from './types.js';

/**
 * JUnit XML as GitLab and Jenkins read it: one `<testsuite>` per file and one failing
 * `<testcase>` per finding, warnings included (a CI that should let warnings pass
 * uses `--fail-on`, not the report). No timestamps, so reruns are byte-identical.
 */
export const junit: FindingsFormatter = (findings, context) => {
  const t = formatText(context.lang);
  const sorted = sortFindings(findings);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="vo check" tests="${sorted.length}" failures="${sorted.length}" errors="0">`,
  ];
  for (const [file, group] of groupByFile(sorted)) {
    lines.push(`  <testsuite name="${attr(file)}" tests="${group.length}" failures="${group.length}" errors="0">`);
    const seen = new Map<string, number>();
    for (const finding of group) {
      // Two findings can share rule and position (one `clause-missing` per missing clause, all at
      // `clauses`); a numbered suffix keeps test case names unique, which Jenkins relies on.
      const base = `${finding.rule} at ${finding.line}:${finding.column}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      for (const line of testCase(finding, n === 1 ? base : `${base} (${n})`, t)) lines.push(line);
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return lines.join('\n') + '\n';
};

function testCase(finding: Finding, name: string, t: FormatTexts): string[] {
  const body = [
    `${t.severity[finding.severity]}: ${finding.message}`,
    `${finding.file}:${finding.line}:${finding.column}`,
    ...(finding.agreement !== undefined ? [`${t.agreement}: ${finding.agreement}`] : []),
    ...(finding.due !== undefined ? [`${t.due}: ${finding.due}`] : []),
  ].join('\n');
  return [
    `    <testcase classname="${attr(finding.file)}" name="${attr(name)}">`,
    `      <failure type="${attr(finding.rule)}" message="${attr(finding.message)}">${content(body)}</failure>`,
    '    </testcase>',
  ];
}

function groupByFile(sorted: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of sorted) {
    const group = groups.get(finding.file);
    if (group) group.push(finding);
    else groups.set(finding.file, [finding]);
  }
  return groups;
}

/**
 * Drops what XML 1.0 cannot carry at all, escaped or not (https://www.w3.org/TR/xml/#charsets):
 * C0 controls but tab, LF and CR, lone surrogates, U+FFFE and U+FFFF.
 */
function legal(value: string): string {
  return value.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

function content(value: string): string {
  return legal(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Attribute values also keep their line breaks and tabs, which a parser would otherwise turn into spaces. */
function attr(value: string): string {
  return content(value).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}
