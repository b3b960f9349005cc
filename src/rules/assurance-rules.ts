import type { Finding } from '../findings.js';
import { daysBetween, isDueSoon, isOverdue } from './dates.js';
import { finding, type RuleFamily } from './context.js';
import { latestAssurancePerType, riskLevel } from './schedule.js';

/** `assurance-missing`, `assurance-expired`, `assurance-expiring`: live agreements only. */
export const assuranceRules: RuleFamily = (context) => {
  const { asOf, config, text } = context;
  const findings: Finding[] = [];
  for (const agreement of context.register.agreements) {
    const a = agreement.value;
    if (a.phase !== 'active') continue;
    const items = a.assurance ?? [];
    if (riskLevel(a).level === 'high' && !items.some((item) => item.valid_until >= asOf)) {
      findings.push(finding('assurance-missing', agreement, a.assurance ? ['assurance'] : ['id'], a.id, text.assuranceMissing(a.id, asOf)));
    }
    for (const { item, index } of latestAssurancePerType(a)) {
      const path = ['assurance', index, 'valid_until'];
      const until = item.valid_until;
      if (isOverdue(until, asOf)) {
        findings.push(finding('assurance-expired', agreement, path, a.id, text.assuranceExpired(a.id, item.type, until, daysBetween(until, asOf)), until));
      } else if (isDueSoon(until, asOf, config.policy.assurance_due_soon_days)) {
        findings.push(finding('assurance-expiring', agreement, path, a.id, text.assuranceExpiring(a.id, item.type, until, daysBetween(asOf, until)), until));
      }
    }
  }
  return findings;
};
