import { ruleWords } from '../i18n/rule-words.js';
import { CLAUSE_KEYS, CLAUSE_LETTER, type ClauseKey } from '../register/types.js';
import { complianceRule, result, ruleFamily, type RuleResult } from './define.js';
import { doneBy } from './schedule.js';


export const PROCESSING_PARTS = ['purposes', 'data_subjects', 'data_categories'] as const;
type ProcessingPart = (typeof PROCESSING_PARTS)[number];

export const clauseMissing = complianceRule({
  id: 'clause-missing',
  severity: 'error',
  description: {
    nl: 'Een verplicht onderdeel van art. 28 lid 3 AVG ontbreekt in de overeenkomst (één melding per onderdeel).',
    en: 'A required GDPR art. 28(3) item is missing from the agreement (one finding per item).',
  },
  message: {
    nl: (d: { clause: ClauseKey }) =>
      `De bepaling over ${ruleWords('nl').clause[d.clause]} (art. 28 lid 3 onder ${CLAUSE_LETTER[d.clause]} AVG) ontbreekt`,
    en: (d) => `The clause on ${ruleWords('en').clause[d.clause]} (GDPR art. 28(3)(${CLAUSE_LETTER[d.clause]})) is missing`,
  },
});

export const processingMissing = complianceRule({
  id: 'processing-missing',
  severity: 'error',
  description: {
    nl: 'De specificatie van de verwerking mist doeleinden, categorieën betrokkenen of soorten gegevens (art. 28 lid 3 AVG).',
    en: 'The specification of the processing lacks purposes, data subjects or data categories (GDPR art. 28(3)).',
  },
  message: {
    nl: (d: { part: ProcessingPart }) => `De specificatie van de verwerking mist ${ruleWords('nl').processingPart[d.part]} (art. 28 lid 3 AVG)`,
    en: (d) => `The specification of the processing lacks ${ruleWords('en').processingPart[d.part]} (GDPR art. 28(3))`,
  },
});

export const processingActivityMissing = complianceRule({
  id: 'processing-activity-missing',
  severity: 'warning',
  description: {
    nl: 'Een overeenkomst in beheer verwijst niet naar het verwerkingsregister (art. 30 AVG).',
    en: 'An agreement in force does not link to the register of processing (GDPR art. 30).',
  },
  message: {
    nl: (_: Record<string, never>) => 'De overeenkomst verwijst niet naar de verwerkingsactiviteiten in het verwerkingsregister (art. 30 AVG)',
    en: () => 'The agreement does not link to the processing activities in the register of processing (GDPR art. 30)',
  },
});

export const signedDateMissing = complianceRule({
  id: 'signed-date-missing',
  severity: 'error',
  description: {
    nl: 'Een overeenkomst in beheer of beëindigd heeft geen datum van ondertekening.',
    en: 'An agreement in force or ended has no signing date.',
  },
  message: {
    nl: (d: { phase: 'active' | 'ended' }) => `De overeenkomst is ${d.phase === 'active' ? 'in beheer' : 'beëindigd'}, maar de datum van ondertekening ontbreekt`,
    en: (d) => `The agreement ${d.phase === 'active' ? 'is in force' : 'has ended'}, but its signing date is missing`,
  },
});

export const fgAdviceMissing = complianceRule({
  id: 'fg-advice-missing',
  severity: 'warning',
  description: {
    nl: 'Bij hoog risico ontbreekt het advies van de functionaris gegevensbescherming (art. 38 lid 1 AVG).',
    en: 'A high-risk agreement lacks the advice of the data protection officer (GDPR art. 38(1)).',
  },
  message: {
    nl: (_: Record<string, never>) =>
      'Bij hoog risico hoort een advies van de functionaris gegevensbescherming (art. 38 lid 1 AVG), maar de datum van dat advies ontbreekt',
    en: () => 'A high-risk agreement needs the advice of the data protection officer (GDPR art. 38(1)), but the date of that advice is missing',
  },
});

export const breachTermMissing = complianceRule({
  id: 'breach-term-missing',
  severity: 'error',
  description: {
    nl: 'Een overeenkomst in beheer legt niet vast binnen welke termijn de verwerker een datalek meldt.',
    en: 'An agreement in force sets no term for the processor to report a breach.',
  },
  message: {
    nl: (_: Record<string, never>) => 'Er is geen termijn afgesproken waarbinnen de verwerker een datalek meldt',
    en: () => 'No term is agreed within which the processor reports a data breach',
  },
});

export const breachTermTooLong = complianceRule({
  id: 'breach-term-too-long',
  severity: 'warning',
  description: {
    nl: 'De afgesproken meldtermijn voor datalekken is langer dan het beleid toestaat.',
    en: 'The agreed breach notice term is longer than the policy allows.',
  },
  message: {
    nl: (d: { hours: number; max: number }, f) => `De afgesproken meldtermijn voor datalekken van ${f.hours(d.hours)} is langer dan het maximum van ${f.hours(d.max)}`,
    en: (d, f) => `The agreed breach notice term of ${f.hours(d.hours)} is longer than the maximum of ${f.hours(d.max)}`,
  },
});

/** What the contract must contain and record: art. 28(3) clauses and specification, signing, FG advice, breach term. */
export const contractRules = ruleFamily(
  [clauseMissing, processingMissing, processingActivityMissing, signedDateMissing, fgAdviceMissing, breachTermMissing, breachTermTooLong],
  (context) => {
    const { agreement: a, record, asOf, config, state } = context;
    const results: RuleResult[] = [];
    const agreement = { kind: 'agreement' as const };
    if (context.signingOrLive) {
      for (const clause of CLAUSE_KEYS) {
        if (a.clauses?.[clause] !== undefined) continue;
        results.push(result(clauseMissing, { record, path: a.clauses ? ['clauses'] : ['id'], subject: { kind: 'clause', id: clause } }, { clause }));
      }
      for (const part of PROCESSING_PARTS) {
        if ((a.processing?.[part] ?? []).length > 0) continue;
        const path = a.processing?.[part] !== undefined ? ['processing', part] : a.processing ? ['processing'] : ['id'];
        results.push(result(processingMissing, { record, path, subject: { kind: 'processing', id: part } }, { part }));
      }
      if (state.risk.level === 'high' && doneBy(a.signing?.fg_advice, asOf) === undefined) {
        results.push(result(fgAdviceMissing, { record, path: a.signing ? ['signing'] : ['id'], subject: agreement }, {}));
      }
      const hours = a.breach_notice_hours;
      if (hours !== undefined && hours > config.policy.max_breach_notice_hours) {
        results.push(result(breachTermTooLong, { record, path: ['breach_notice_hours'], subject: agreement }, { hours, max: config.policy.max_breach_notice_hours }));
      }
    }
    if (context.live) {
      if ((a.processing?.activities ?? []).length === 0) {
        results.push(result(processingActivityMissing, { record, path: a.processing ? ['processing'] : ['id'], subject: agreement }, {}));
      }
      if (a.breach_notice_hours === undefined) results.push(result(breachTermMissing, { record, path: ['id'], subject: agreement }, {}));
    }
    if ((a.phase === 'active' || a.phase === 'ended') && a.dates?.signed === undefined) {
      results.push(result(signedDateMissing, { record, path: a.dates ? ['dates'] : ['id'], subject: agreement }, { phase: a.phase }));
    }
    return results;
  },
);
