import { sortFindings, type Finding } from '../findings.js';
import type { FindingsFormatter } from './types.js';

/** One finding as the command reference in README.md prints it: keys in this order, `agreement` and `due` only when set. */
export interface JsonFinding {
  rule: string;
  severity: Finding['severity'];
  message: string;
  file: string;
  line: number;
  column: number;
  agreement?: string;
  due?: string;
}

export interface JsonReport {
  asOf: string;
  summary: { errors: number; warnings: number };
  findings: JsonFinding[];
}

/** the command reference in README.md `--format json`, built key by key so the order never depends on how a finding was made. */
export const json: FindingsFormatter = (findings, context) => {
  const sorted = sortFindings(findings);
  const errors = sorted.filter((finding) => finding.severity === 'error').length;
  const report: JsonReport = {
    asOf: context.asOf,
    summary: { errors, warnings: sorted.length - errors },
    findings: sorted.map(toJsonFinding),
  };
  return JSON.stringify(report, null, 2) + '\n';
};

function toJsonFinding(finding: Finding): JsonFinding {
  const { rule, severity, message, file, line, column, agreement, due } = finding;
  return {
    rule,
    severity,
    message,
    file,
    line,
    column,
    ...(agreement !== undefined && { agreement }),
    ...(due !== undefined && { due }),
  };
}
