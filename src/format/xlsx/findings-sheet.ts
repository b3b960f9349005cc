import { sortFindings, type Finding } from '../../findings.js';
import { formatText } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { viewText } from '../../i18n/views.js';
import type { Sheet } from './sheet.js';

/**
 * `vo check --format xlsx`: one row per finding in the order of the command reference in README.md (file,
 * line, column, rule), the severity red or yellow as on the terminal. The line
 * and column are numbers, so the sheet sorts and filters on them.
 */
export function findingsSheet(findings: readonly Finding[], lang: Lang): Sheet {
  const h = viewText(lang).sheet.findings;
  const severity = formatText(lang).severity;
  return {
    name: h.name,
    columns: [
      { header: h.severity, type: 'text' },
      { header: h.rule, type: 'text' },
      { header: h.message, type: 'text' },
      { header: h.agreement, type: 'text' },
      { header: h.due, type: 'date' },
      { header: h.file, type: 'text' },
      { header: h.line, type: 'number' },
      { header: h.column, type: 'number' },
    ],
    rows: sortFindings(findings).map((f) => ({
      cells: [severity[f.severity], f.rule, f.message, f.agreement ?? null, f.due ?? null, f.file, f.line, f.column],
      tones: [f.severity === 'error' ? 'bad' : 'warn'],
    })),
  };
}
