import { domainLabels } from '../i18n/labels.js';
import { ruleWords } from '../i18n/rule-words.js';
import { MAPGOOD_COMPONENTS, type Level, type MapgoodComponent } from '../register/types.js';
import { complianceRule, result, ruleFamily, type RuleResult } from './define.js';
import { doneBy } from './schedule.js';

export const riskMissing = complianceRule({
  id: 'risk-missing',
  severity: 'error',
  description: {
    nl: 'Een overeenkomst ter ondertekening of in beheer heeft geen risicobeoordeling.',
    en: 'An agreement being signed or in force has no risk assessment.',
  },
  message: {
    nl: (_: Record<string, never>) => 'Er is geen risicobeoordeling vastgelegd; tot die er is, geldt risico hoog',
    en: () => 'No risk assessment is recorded; until there is one, the risk counts as high',
  },
});

export const riskUnderrated = complianceRule({
  id: 'risk-underrated',
  severity: 'warning',
  description: {
    nl: 'Een verwerking van bijzondere of strafrechtelijke persoonsgegevens heeft geen hoge impact gekregen.',
    en: 'Processing of special-category or criminal-offence data is not rated high impact.',
  },
  message: {
    // The categories are the register's own words, often with brackets of their own: named after "namelijk", not in brackets.
    nl: (d: { special: string[]; criminal: boolean; impact: Level }, f) =>
      `De verwerking omvat ${[...(d.special.length > 0 ? [`bijzondere persoonsgegevens, namelijk ${f.list(d.special)}`] : []), ...(d.criminal ? ['strafrechtelijke gegevens'] : [])].join(', en ')}, maar de impact is beoordeeld als ${ruleWords(f.lang).level[d.impact]} in plaats van hoog`,
    en: (d, f) =>
      `The processing includes ${[...(d.special.length > 0 ? [`special categories of personal data, namely ${f.list(d.special)}`] : []), ...(d.criminal ? ['criminal-offence data'] : [])].join(', and ')}, but the impact is rated ${ruleWords(f.lang).level[d.impact]} instead of high`,
  },
});

export const mapgoodIncomplete = complianceRule({
  id: 'mapgood-incomplete',
  severity: 'warning',
  description: {
    nl: 'Een MAPGOOD-risicoanalyse behandelt niet alle zeven componenten.',
    en: 'A MAPGOOD risk analysis does not cover all seven components.',
  },
  message: {
    nl: (d: { missing: MapgoodComponent[] }, f) =>
      `De MAPGOOD-analyse mist ${d.missing.length === 1 ? 'de component' : 'de componenten'} ${f.list(d.missing.map((c) => domainLabels('nl').component[c] ?? c))}`,
    en: (d, f) => `The MAPGOOD analysis lacks ${d.missing.length === 1 ? 'the component' : 'the components'} ${f.list(d.missing.map((c) => domainLabels('en').component[c] ?? c))}`,
  },
});

export const dpiaMissing = complianceRule({
  id: 'dpia-missing',
  severity: 'warning',
  description: { nl: 'Een DPIA is vereist, maar er is geen uitgevoerde DPIA vastgelegd.', en: 'A DPIA is required but none carried out is recorded.' },
  message: {
    nl: (_: Record<string, never>) => 'Een DPIA is vereist, maar er is (nog) geen datum van een uitgevoerde DPIA vastgelegd',
    en: () => 'A DPIA is required, but no date of a completed DPIA is recorded (yet)',
  },
});

export const dpiaUndetermined = complianceRule({
  id: 'dpia-undetermined',
  severity: 'warning',
  description: {
    nl: 'Bij bijzondere of strafrechtelijke persoonsgegevens is niet vastgelegd of een DPIA nodig is.',
    en: 'With special-category or criminal-offence data, nobody recorded whether a DPIA is needed.',
  },
  message: {
    nl: (_: Record<string, never>) => 'De verwerking omvat bijzondere of strafrechtelijke persoonsgegevens, maar niet is vastgelegd of een DPIA nodig is',
    en: () => 'The processing includes special-category or criminal-offence data, but nobody recorded whether a DPIA is needed',
  },
});

export const dpiaUnacceptable = complianceRule({
  id: 'dpia-unacceptable',
  severity: 'error',
  description: {
    nl: 'De DPIA noemt het restrisico onaanvaardbaar en de Autoriteit Persoonsgegevens is niet vooraf geraadpleegd (art. 36 AVG).',
    en: 'The DPIA finds the residual risk unacceptable and the supervisory authority was not consulted first (GDPR art. 36).',
  },
  message: {
    nl: (_: Record<string, never>) =>
      'De DPIA noemt het restrisico onaanvaardbaar, maar de Autoriteit Persoonsgegevens is niet vooraf geraadpleegd (art. 36 AVG)',
    en: () => 'The DPIA finds the residual risk unacceptable, but the supervisory authority was not consulted beforehand (GDPR art. 36)',
  },
});

export const dpiaNotAccepted = complianceRule({
  id: 'dpia-not-accepted',
  severity: 'warning',
  description: {
    nl: 'Na de DPIA heeft de proceseigenaar het restrisico niet geaccepteerd.',
    en: 'After the DPIA the process owner has not accepted the residual risk.',
  },
  message: {
    nl: (d: { date: string }, f) => `De DPIA van ${f.date(d.date)} is uitgevoerd, maar de proceseigenaar heeft het restrisico niet geaccepteerd`,
    en: (d, f) => `The DPIA of ${f.date(d.date)} was carried out, but the process owner has not accepted the residual risk`,
  },
});

export const reviewIntervalTooLong = complianceRule({
  id: 'review-interval-too-long',
  severity: 'warning',
  description: {
    nl: 'De eigen evaluatietermijn is langer dan het beleid voor het risiconiveau toestaat.',
    en: "The agreement's review interval is longer than the policy allows for its risk level.",
  },
  message: {
    nl: (d: { months: number; level: Level; policy: number }, f) =>
      `De eigen evaluatietermijn van ${f.months(d.months)} is langer dan het beleid voor risico ${ruleWords('nl').level[d.level]} (${f.months(d.policy)})`,
    en: (d, f) => `The review interval of ${f.months(d.months)} is longer than the policy for ${ruleWords('en').level[d.level]} risk (${f.months(d.policy)})`,
  },
});

/** Risk, MAPGOOD, DPIA and the review interval that follows from the risk (GDPR art. 35, 36). */
export const riskRules = ruleFamily(
  [riskMissing, riskUnderrated, mapgoodIncomplete, dpiaMissing, dpiaUndetermined, dpiaUnacceptable, dpiaNotAccepted, reviewIntervalTooLong],
  (context) => {
    const { agreement: a, record, asOf, config, state } = context;
    const results: RuleResult[] = [];
    const agreement = { kind: 'agreement' as const };
    const at = (...path: (string | number)[]) => ({ record, path, subject: agreement });
    const risk = a.risk;
    const dpia = risk?.dpia;
    if (context.signingOrLive) {
      if (risk === undefined) results.push(result(riskMissing, at('id'), {}));
      const special = a.processing?.special_categories ?? [];
      const criminal = a.processing?.criminal_data === true;
      const sensitive = special.length > 0 || criminal;
      if (sensitive && state.risk.impact !== 'high') {
        results.push(result(riskUnderrated, at(...(risk?.impact !== undefined ? ['risk', 'impact'] : ['risk'])), { special, criminal, impact: state.risk.impact }));
      }
      if (risk?.method !== undefined && risk.method.toUpperCase() === 'MAPGOOD') {
        const present = new Set((risk.components ?? []).map((c) => c.component));
        const missing = MAPGOOD_COMPONENTS.filter((c) => !present.has(c));
        if (missing.length > 0) results.push(result(mapgoodIncomplete, at('risk', risk.components ? 'components' : 'method'), { missing }));
      }
      if (dpia?.required === true && doneBy(dpia.date, asOf) === undefined) results.push(result(dpiaMissing, at('risk', 'dpia'), {}));
      if (sensitive && dpia === undefined) results.push(result(dpiaUndetermined, at(...(risk ? ['risk'] : ['processing'])), {}));
      if (dpia?.outcome === 'unacceptable' && doneBy(dpia.prior_consultation, asOf) === undefined) {
        results.push(result(dpiaUnacceptable, at('risk', 'dpia', 'outcome'), {}));
      }
    }
    if (context.live) {
      const date = doneBy(dpia?.date, asOf);
      if (date !== undefined && doneBy(dpia?.accepted, asOf) === undefined) results.push(result(dpiaNotAccepted, at('risk', 'dpia'), { date }));
      const policy = config.policy.review_months[state.risk.level];
      if (a.review_months !== undefined && a.review_months > policy) {
        results.push(result(reviewIntervalTooLong, at('review_months'), { months: a.review_months, level: state.risk.level, policy }));
      }
    }
    return results;
  },
);
