import { findingKey, sortFindings, type Finding } from '../findings.js';

export interface FindingChanges {
  /** On the newer side and not on the older one, sorted. */
  introduced: Finding[];
  /** On the older side and no longer on the newer one, sorted. */
  resolved: Finding[];
  /** True for a finding of the newer side that the older side did not have. */
  isNew(finding: Finding): boolean;
}

/**
 * Compare two sets of findings by `findingKey` (rule and subject, never the
 * line or column), so moving lines or reordering a file makes no finding new.
 * Identical keys are counted: a third `clause-missing` of the same text where
 * the base had two is one new finding.
 */
export function findingChanges(base: readonly Finding[], head: readonly Finding[]): FindingChanges {
  const introduced = surplus(head, base);
  const resolved = surplus(base, head);
  const fresh = new Set(introduced);
  return { introduced, resolved, isNew: (finding) => fresh.has(finding) };
}

/** The findings of `side` beyond what `other` has of the same key. */
function surplus(side: readonly Finding[], other: readonly Finding[]): Finding[] {
  const available = new Map<string, number>();
  for (const finding of other) {
    const key = findingKey(finding);
    available.set(key, (available.get(key) ?? 0) + 1);
  }
  const extra: Finding[] = [];
  for (const finding of sortFindings(side)) {
    const key = findingKey(finding);
    const left = available.get(key) ?? 0;
    if (left > 0) available.set(key, left - 1);
    else extra.push(finding);
  }
  return extra;
}
