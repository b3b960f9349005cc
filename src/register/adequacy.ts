import type { AdequacyDecision, Policy } from './types.js';

/**
 * `adequate_countries` in one form: an entry is a code (a decision without end)
 * or `{country, until}` (the decision counts up to and including `until`).
 */
export function adequacyDecisions(policy: Pick<Policy, 'adequate_countries'>): AdequacyDecision[] {
  return policy.adequate_countries.map((entry) => (typeof entry === 'string' ? { country: entry } : entry));
}

/** Does `country` have a current adequacy decision on `asOf` (YYYY-MM-DD)? */
export function hasAdequacyDecision(policy: Pick<Policy, 'adequate_countries'>, country: string, asOf: string): boolean {
  return adequacyDecisions(policy).some((d) => d.country === country && (d.until === undefined || d.until >= asOf));
}
