import { createHash } from 'node:crypto';
import { findingKey, sortFindings, type Finding } from '../findings.js';
import type { FindingsFormatter } from './types.js';

/** One issue of GitLab's Code Quality report (a subset of the Code Climate spec that the merge-request widget reads). */
export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number } };
}

/**
 * `vo check --format gitlab`: the JSON array that `artifacts:reports:codequality`
 * takes (https://docs.gitlab.com/ci/testing/code_quality/). GitLab compares the
 * merge request's report with the target branch's by `fingerprint`, so it is a
 * hash of the finding's key (rule and subject, never its line) plus a counter
 * for identical keys: the same finding keeps its fingerprint across runs and
 * when lines move. Errors are `major`, warnings `minor`.
 */
export const gitlab: FindingsFormatter = (findings) => JSON.stringify(codeQualityIssues(findings), null, 2) + '\n';

/** The issues in `vo check` order; with `isNew` (`--new-since`), findings the base already had are `info`. */
export function codeQualityIssues(findings: readonly Finding[], isNew?: (finding: Finding) => boolean): CodeQualityIssue[] {
  const seen = new Map<string, number>();
  return sortFindings(findings).map((finding) => {
    const key = findingKey(finding);
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    const existing = isNew !== undefined && !isNew(finding);
    return {
      description: finding.message,
      check_name: finding.rule,
      fingerprint: createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex'),
      severity: existing ? 'info' : finding.severity === 'error' ? 'major' : 'minor',
      location: { path: finding.file, lines: { begin: finding.line } },
    };
  });
}
