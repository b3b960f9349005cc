import { domainLabels } from '../i18n/labels.js';
import { ruleWords } from '../i18n/rule-words.js';
import type { AssuranceType, Opinion } from '../register/types.js';
import { daysBetween, isDueSoon, isOverdue } from './dates.js';
import { complianceRule, result, ruleFamily, type RuleResult } from './define.js';

export const assuranceMissing = complianceRule({
  id: 'assurance-missing',
  severity: 'error',
  description: {
    nl: 'Een overeenkomst in beheer met hoog risico heeft geen geldig certificaat of assurancerapport van een geaccepteerde soort.',
    en: 'A high-risk agreement in force has no valid certificate or assurance report of an accepted type.',
  },
  // Any one accepted type is enough, so the types are alternatives ("of"/"or"); a policy that accepts none says so.
  message: {
    nl: (d: { asOf: string; accepted: AssuranceType[] }, f) =>
      d.accepted.length === 0
        ? 'Bij hoog risico is een geldig certificaat of assurancerapport nodig, maar het beleid accepteert geen enkele soort (policy.accepted_assurance is leeg)'
        : `Bij hoog risico is een geldig certificaat of assurancerapport nodig (${f.list(d.accepted.map((t) => domainLabels('nl').assuranceType[t] ?? t), 'or')}), maar op ${f.date(d.asOf)} is geen daarvan geldig`,
    en: (d, f) =>
      d.accepted.length === 0
        ? 'A high-risk agreement needs a valid certificate or assurance report, but the policy accepts no type (policy.accepted_assurance is empty)'
        : `A high-risk agreement needs a valid certificate or assurance report (${f.list(d.accepted.map((t) => domainLabels('en').assuranceType[t] ?? t), 'or')}), but none is valid on ${f.date(d.asOf)}`,
  },
});

export const assuranceExpired = complianceRule({
  id: 'assurance-expired',
  severity: 'error',
  description: {
    nl: 'Het meest recente certificaat of assurancerapport van een soort is verlopen.',
    en: 'The latest certificate or assurance report of a type has expired.',
  },
  message: {
    nl: (d: { type: AssuranceType; end: string; days: number }, f) =>
      `${ruleWords('nl').assurance[d.type]} was geldig tot ${f.date(d.end)} en is al ${f.days(d.days)} verlopen`,
    en: (d, f) => `${ruleWords('en').assurance[d.type]} was valid until ${f.date(d.end)} and expired ${f.days(d.days)} ago`,
  },
});

export const assuranceExpiring = complianceRule({
  id: 'assurance-expiring',
  severity: 'warning',
  description: {
    nl: 'Het meest recente certificaat of assurancerapport van een soort verloopt binnenkort.',
    en: 'The latest certificate or assurance report of a type expires soon.',
  },
  message: {
    nl: (d: { type: AssuranceType; end: string; days: number }, f) => `${ruleWords('nl').assurance[d.type]} is geldig tot ${f.date(d.end)}; nog ${f.days(d.days)}`,
    en: (d, f) => `${ruleWords('en').assurance[d.type]} is valid until ${f.date(d.end)}; ${f.days(d.days)} left`,
  },
});

export const assuranceQualified = complianceRule({
  id: 'assurance-qualified',
  severity: 'warning',
  description: {
    nl: 'Het geldige certificaat of assurancerapport van een soort bevat een oordeel met beperking, een afkeurend oordeel of een oordeelonthouding.',
    en: 'The valid certificate or assurance report of a type carries a qualified or adverse opinion or a disclaimer.',
  },
  message: {
    nl: (d: { type: AssuranceType; opinion: Exclude<Opinion, 'unqualified'>; exceptions: number | null }, f) =>
      `${ruleWords('nl').assurance[d.type]} bevat ${ruleWords('nl').opinion[d.opinion]}` +
      (d.exceptions ? ` en ${f.number(d.exceptions)} ${d.exceptions === 1 ? 'uitzondering' : 'uitzonderingen'}` : ''),
    en: (d, f) =>
      `${ruleWords('en').assurance[d.type]} carries ${ruleWords('en').opinion[d.opinion]}` +
      (d.exceptions ? ` and ${f.number(d.exceptions)} ${d.exceptions === 1 ? 'exception' : 'exceptions'}` : ''),
  },
});

/**
 * Assurance of live agreements. An item counts from its `received` date up to
 * and including its end (`valid_until`, else `period_end` + the policy's
 * maximum age); per type only the latest item that is not superseded is
 * checked for expiry and opinion; a superseded item that is valid still counts
 * for `assurance-missing`.
 */
export const assuranceRules = ruleFamily([assuranceMissing, assuranceExpired, assuranceExpiring, assuranceQualified], (context) => {
  const { agreement: a, record, asOf, config, state } = context;
  if (!context.live) return [];
  const results: RuleResult[] = [];
  const accepted = config.policy.accepted_assurance;
  if (state.risk.level === 'high' && !state.assurance.some((s) => s.valid && accepted.includes(s.item.type))) {
    results.push(result(assuranceMissing, { record, path: a.assurance ? ['assurance'] : ['id'], subject: { kind: 'agreement' } }, { asOf, accepted: [...accepted] }));
  }
  for (const s of state.assurance) {
    if (!s.latest) continue;
    const type = s.item.type;
    const subject = { kind: 'assurance' as const, id: type };
    const at = { record, path: ['assurance', s.index, s.endKey], subject, due: s.end };
    if (isOverdue(s.end, asOf)) results.push(result(assuranceExpired, at, { type, end: s.end, days: daysBetween(s.end, asOf) }));
    else if (isDueSoon(s.end, asOf, config.policy.assurance_due_soon_days)) {
      results.push(result(assuranceExpiring, at, { type, end: s.end, days: daysBetween(asOf, s.end) }));
    }
    const opinion = s.item.opinion;
    if (s.valid && opinion !== undefined && opinion !== 'unqualified') {
      results.push(result(assuranceQualified, { record, path: ['assurance', s.index, 'opinion'], subject }, { type, opinion, exceptions: s.item.exceptions ?? null }));
    }
  }
  return results;
});
