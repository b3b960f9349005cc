/**
 * One finding type for YAML, schema and compliance problems alike (STYLE.md).
 * Only formatters turn it into text.
 */
export type Severity = 'error' | 'warning';

export interface Finding {
  /** Rule id, English, e.g. `evaluation-overdue`. */
  rule: string;
  severity: Severity;
  /** Already localised message. */
  message: string;
  /** Path relative to the register root, with `/` separators. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** Set on every compliance finding. */
  agreement?: string;
  /** `YYYY-MM-DD`, set on every finding about a due date. */
  due?: string;
}

/** Sort order of SPEC §7: file, line, column, rule (then message, for byte-identical output). */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.rule, b.rule) ||
    compareStrings(a.message, b.message)
  );
}

/** Locale-independent string order, so output never depends on the machine's locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

/**
 * A finding's identity across runs and commits: its rule and what it is about,
 * never its line or column, so moving lines does not make a finding new
 * (`vo check --new-since`, `vo diff`, GitLab fingerprints). Provisional: the
 * subject of "findings as data" will replace the file and message parts.
 */
export function findingKey(finding: Finding): string {
  return [finding.rule, finding.agreement ?? '', finding.file, finding.message].join('\u0000');
}
