import { subprocessorSubjects, type Subject } from '../findings.js';
import { countryName, ruleWords } from '../i18n/rule-words.js';
import type { TransferMechanism } from '../register/types.js';
import { daysBetween, isDueSoon, isOverdue } from './dates.js';
import { complianceRule, result, ruleFamily, type RuleResult } from './define.js';
import { doneBy } from './schedule.js';
import { needsTransferMechanism } from './transfer.js';

type Sub = { name: string; country: string };

export const subprocessorUnapproved = complianceRule({
  id: 'subprocessor-unapproved',
  severity: 'error',
  description: { nl: 'De gemeente heeft een subverwerker niet goedgekeurd (art. 28 lid 2 AVG).', en: 'The municipality has not approved a sub-processor (GDPR art. 28(2)).' },
  message: {
    nl: (d: Sub) => `Subverwerker ${d.name} (${countryName(d.country, 'nl')}) is niet goedgekeurd door de gemeente (art. 28 lid 2 AVG)`,
    en: (d) => `Sub-processor ${d.name} (${countryName(d.country, 'en')}) is not approved by the municipality (GDPR art. 28(2))`,
  },
});

export const subprocessorTransferMissing = complianceRule({
  id: 'subprocessor-transfer-missing',
  severity: 'error',
  description: {
    nl: 'Een subverwerker buiten de EER in een land zonder adequaatheidsbesluit heeft geen doorgiftegrondslag.',
    en: 'A sub-processor outside the EEA in a country without an adequacy decision has no transfer mechanism.',
  },
  message: {
    nl: (d: Sub) =>
      `Subverwerker ${d.name} (${countryName(d.country, 'nl')}) zit buiten de EER in een land zonder adequaatheidsbesluit, maar er is geen doorgiftegrondslag vastgelegd`,
    en: (d) => `Sub-processor ${d.name} (${countryName(d.country, 'en')}) is outside the EEA in a country without an adequacy decision, but no transfer mechanism is recorded`,
  },
});

export const subprocessorTransferInvalid = complianceRule({
  id: 'subprocessor-transfer-invalid',
  severity: 'error',
  description: {
    nl: 'De doorgiftegrondslag van een subverwerker past niet bij het land (Data Privacy Framework buiten de VS, of een adequaatheidsbesluit dat er niet is).',
    en: "A sub-processor's transfer mechanism does not fit its country (Data Privacy Framework outside the US, or an adequacy decision that does not exist).",
  },
  message: {
    nl: (d: Sub & { transfer: 'dpf' | 'adequacy' }) =>
      d.transfer === 'dpf'
        ? `Subverwerker ${d.name} (${countryName(d.country, 'nl')}) steunt op het EU-VS Data Privacy Framework, maar dat geldt alleen voor de Verenigde Staten`
        : `Subverwerker ${d.name} (${countryName(d.country, 'nl')}) steunt op een adequaatheidsbesluit, maar voor dat land geldt er geen`,
    en: (d) =>
      d.transfer === 'dpf'
        ? `Sub-processor ${d.name} (${countryName(d.country, 'en')}) relies on the EU-US Data Privacy Framework, which applies only to the United States`
        : `Sub-processor ${d.name} (${countryName(d.country, 'en')}) relies on an adequacy decision, but that country has none`,
  },
});

export const subprocessorTransferDerogation = complianceRule({
  id: 'subprocessor-transfer-derogation',
  severity: 'warning',
  description: {
    nl: 'Een subverwerker buiten de EER steunt op een uitzondering van art. 49 AVG, die bedoeld is voor incidentele doorgifte.',
    en: 'A sub-processor outside the EEA relies on a GDPR art. 49 derogation, which is meant for occasional transfers.',
  },
  message: {
    nl: (d: Sub) =>
      `Subverwerker ${d.name} (${countryName(d.country, 'nl')}) steunt op een uitzondering van art. 49 AVG; die is bedoeld voor incidentele doorgifte, niet voor de structurele dienst van een verwerker`,
    en: (d) =>
      `Sub-processor ${d.name} (${countryName(d.country, 'en')}) relies on a GDPR art. 49 derogation, which is meant for occasional transfers, not a processor's structural service`,
  },
});

export const subprocessorTiaMissing = complianceRule({
  id: 'subprocessor-tia-missing',
  severity: 'warning',
  description: {
    nl: 'Voor een subverwerker buiten de EER met standaardcontractbepalingen of bindende bedrijfsvoorschriften is geen doorgiftetoetsing (TIA) vastgelegd.',
    en: 'No transfer impact assessment (TIA) is recorded for a sub-processor outside the EEA under standard contractual clauses or binding corporate rules.',
  },
  message: {
    nl: (d: Sub & { transfer: TransferMechanism }) =>
      `Voor subverwerker ${d.name} (${countryName(d.country, 'nl')}) met ${ruleWords('nl').transfer[d.transfer]} is geen doorgiftetoetsing (TIA) vastgelegd`,
    en: (d) => `No transfer impact assessment (TIA) is recorded for sub-processor ${d.name} (${countryName(d.country, 'en')}) under ${ruleWords('en').transfer[d.transfer]}`,
  },
});

export const subprocessorChangeUndecided = complianceRule({
  id: 'subprocessor-change-undecided',
  severity: 'warning',
  description: {
    nl: 'Over een gemelde wijziging van een subverwerker is geen besluit vastgelegd, terwijl de bezwaartermijn verstreken is of binnenkort verstrijkt.',
    en: 'No decision is recorded on a notified sub-processor change whose objection deadline has passed or is near.',
  },
  message: {
    nl: (d: { name: string; notified: string; deadline: string; days: number; passed: boolean }, f) =>
      `De verwerker meldde op ${f.date(d.notified)} een wijziging bij subverwerker ${d.name}; ` +
      (d.passed
        ? `de bezwaartermijn liep af op ${f.date(d.deadline)} en er is geen besluit vastgelegd; ${f.days(d.days)} te laat`
        : `de bezwaartermijn loopt af op ${f.date(d.deadline)} en er is nog geen besluit; nog ${f.days(d.days)}`),
    en: (d, f) =>
      `The processor notified a change to sub-processor ${d.name} on ${f.date(d.notified)}; ` +
      (d.passed
        ? `the objection deadline passed on ${f.date(d.deadline)} and no decision is recorded; ${f.days(d.days)} late`
        : `the objection deadline is ${f.date(d.deadline)} and there is no decision yet; ${f.days(d.days)} left`),
  },
});

/** Sub-processors (GDPR art. 28(2), chapter V): approval, transfer mechanisms, TIAs and notified changes. One finding per sub-processor and rule. */
export const subprocessorRules = ruleFamily(
  [subprocessorUnapproved, subprocessorTransferMissing, subprocessorTransferInvalid, subprocessorTransferDerogation, subprocessorTiaMissing, subprocessorChangeUndecided],
  (context) => {
    const { agreement: a, record, asOf, config } = context;
    if (!context.signingOrLive) return [];
    const results: RuleResult[] = [];
    const subjects = subprocessorSubjects(a.subprocessors ?? []);
    (a.subprocessors ?? []).forEach((sub, index) => {
      const subject = subjects[index] as Subject;
      const at = (key: string) => ({ record, path: ['subprocessors', index, key], subject });
      const data = { name: sub.name, country: sub.country };
      const outside = needsTransferMechanism(sub.country, config, asOf);
      if (sub.approved === false) results.push(result(subprocessorUnapproved, at('approved'), data));
      if (outside && sub.transfer === undefined) results.push(result(subprocessorTransferMissing, at('country'), data));
      if (sub.transfer === 'dpf' && sub.country !== 'US') results.push(result(subprocessorTransferInvalid, at('transfer'), { ...data, transfer: 'dpf' as const }));
      if (sub.transfer === 'adequacy' && outside) results.push(result(subprocessorTransferInvalid, at('transfer'), { ...data, transfer: 'adequacy' as const }));
      if (outside && sub.transfer === 'derogation') results.push(result(subprocessorTransferDerogation, at('transfer'), data));
      if (outside && (sub.transfer === 'scc' || sub.transfer === 'bcr') && doneBy(sub.tia, asOf) === undefined) {
        results.push(result(subprocessorTiaMissing, at('transfer'), { ...data, transfer: sub.transfer }));
      }
      const change = sub.change;
      const deadline = change?.objection_deadline;
      // A change notified after D does not exist yet; a decision counts without `decided`, or with one on or before D.
      const decided = change?.decision !== undefined && (change.decided === undefined || change.decided <= asOf);
      if (context.live && change !== undefined && change.notified <= asOf && !decided && deadline !== undefined) {
        const passed = isOverdue(deadline, asOf);
        if (passed || isDueSoon(deadline, asOf, config.policy.due_soon_days)) {
          results.push(
            result(subprocessorChangeUndecided, { record, path: ['subprocessors', index, 'change'], subject, due: deadline }, {
              name: sub.name,
              notified: change.notified,
              deadline,
              days: passed ? daysBetween(deadline, asOf) : daysBetween(asOf, deadline),
              passed,
            }),
          );
        }
      }
    });
    return results;
  },
);
