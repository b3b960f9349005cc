import type { Severity } from '../findings.js';
import type { Lang } from '../i18n/lang.js';

/**
 * Every rule of SPEC §6 with its default severity and a one-line description
 * in both languages. `vo rules`, SARIF's `tool.driver.rules` and docs/rules.md
 * all come from this list.
 */
export interface RuleMeta {
  id: string;
  kind: 'integrity' | 'compliance';
  defaultSeverity: Severity;
  description: Record<Lang, string>;
}

const integrity = (id: string, nl: string, en: string): RuleMeta => ({
  id,
  kind: 'integrity',
  defaultSeverity: 'error',
  description: { nl, en },
});

const compliance = (id: string, defaultSeverity: Severity, nl: string, en: string): RuleMeta => ({
  id,
  kind: 'compliance',
  defaultSeverity,
  description: { nl, en },
});

export const RULES: readonly RuleMeta[] = [
  integrity('yaml-syntax', 'Het bestand is geen leesbaar YAML-document.', 'The file is not a readable YAML document.'),
  integrity('schema', 'Een waarde past niet bij het schema (sleutel, type, datum of keuzelijst).', 'A value does not match the schema (key, type, date or allowed values).'),
  integrity('duplicate-id', 'Twee records van dezelfde soort (of twee verplichtingen in één overeenkomst) hebben hetzelfde id.', 'Two records of one kind (or two obligations in one agreement) share an id.'),
  integrity('id-mismatch', 'Het id is niet gelijk aan de bestandsnaam zonder extensie.', 'The id differs from the file name without its extension.'),
  integrity('unknown-reference', 'Verwijzing naar een overeenkomst, afdeling of verplichting die niet bestaat.', 'Reference to an agreement, department or obligation that does not exist.'),
  compliance('evaluation-overdue', 'error', 'De periodieke evaluatie van een actieve overeenkomst is te laat.', 'The periodic evaluation of an active agreement is overdue.'),
  compliance('evaluation-due-soon', 'warning', 'De periodieke evaluatie van een actieve overeenkomst moet binnenkort plaatsvinden.', 'The periodic evaluation of an active agreement is due soon.'),
  compliance('risk-missing', 'error', 'Een overeenkomst in ondertekening of beheer heeft geen risicobeoordeling.', 'An agreement being signed or in force has no risk assessment.'),
  compliance('dpia-missing', 'warning', 'Een DPIA is vereist maar er is geen DPIA-datum vastgelegd.', 'A DPIA is required but no DPIA date is recorded.'),
  compliance('review-interval-too-long', 'warning', 'De eigen evaluatietermijn is langer dan het beleid voor dit risiconiveau toestaat.', 'The agreement\'s review interval is longer than the policy allows for its risk level.'),
  compliance('clause-missing', 'error', 'Een verplicht onderdeel van art. 28 lid 3 AVG ontbreekt in `clauses`.', 'A required GDPR art. 28(3) item is missing from `clauses`.'),
  compliance('signed-date-missing', 'error', 'Een actieve of beëindigde overeenkomst heeft geen ondertekeningsdatum.', 'An active or ended agreement has no signing date.'),
  compliance('breach-term-missing', 'error', 'Een actieve overeenkomst legt geen termijn vast waarbinnen de verwerker een datalek meldt.', 'An active agreement sets no term for the processor to report a breach.'),
  compliance('breach-term-too-long', 'warning', 'De afgesproken meldtermijn voor datalekken is langer dan het beleid toestaat.', 'The agreed breach notice term is longer than the policy allows.'),
  compliance('assurance-missing', 'error', 'Een actieve overeenkomst met hoog risico heeft geen geldig assurancerapport of certificaat.', 'An active high-risk agreement has no valid assurance report or certificate.'),
  compliance('assurance-expired', 'error', 'Het meest recente assurancerapport of certificaat van een soort is verlopen.', 'The latest assurance report or certificate of a type has expired.'),
  compliance('assurance-expiring', 'warning', 'Het meest recente assurancerapport of certificaat van een soort verloopt binnenkort.', 'The latest assurance report or certificate of a type expires soon.'),
  compliance('agreement-expired', 'error', 'Een actieve overeenkomst is over haar einddatum heen.', 'An active agreement is past its end date.'),
  compliance('agreement-expiring', 'warning', 'Een actieve overeenkomst loopt binnenkort af.', 'An active agreement ends soon.'),
  compliance('deletion-unconfirmed', 'warning', 'Een beëindigde overeenkomst heeft geen bevestiging van verwijdering of teruggave van de gegevens.', 'An ended agreement has no confirmation that the data was deleted or returned.'),
  compliance('subprocessor-transfer-missing', 'error', 'Een subverwerker buiten de EER zonder passend niveau heeft geen doorgiftegrondslag.', 'A sub-processor outside the EEA without adequacy has no transfer mechanism.'),
  compliance('obligation-overdue', 'warning', 'Een verplichting is niet binnen haar frequentie (plus marge) beoordeeld.', 'An obligation was not assessed within its cadence (plus grace).'),
  compliance('obligation-not-met', 'error', 'De laatste beoordeling van een verplichting is "niet nagekomen".', 'The latest assessment of an obligation is "not met".'),
  compliance('obligation-partially-met', 'warning', 'De laatste beoordeling van een verplichting is "deels nagekomen".', 'The latest assessment of an obligation is "partially met".'),
  compliance('kpi-missed', 'warning', 'De laatst gemeten waarde haalt de KPI-norm van de verplichting niet.', 'The latest measured value misses the obligation\'s KPI target.'),
  compliance('action-overdue', 'error', 'Een open bevinding uit een evaluatie is over haar deadline.', 'An open finding from an evaluation is past its due date.'),
  compliance('meeting-overdue', 'warning', 'Het periodieke overleg met de verwerker is te laat.', 'The periodic meeting with the processor is overdue.'),
  compliance('training-overdue', 'warning', 'De periodieke kennissessie voor medewerkers is te laat.', 'The periodic staff training is overdue.'),
  compliance('incident-processor-late', 'error', 'De verwerker meldde het incident later dan de afgesproken termijn.', 'The processor reported the incident later than the agreed term.'),
  compliance('incident-authority-late', 'error', 'De melding aan de Autoriteit Persoonsgegevens is later dan 72 uur (art. 33 AVG).', 'The notification to the supervisory authority is later than 72 hours (GDPR art. 33).'),
  compliance('incident-report-missing', 'warning', 'Het evaluatierapport van de verwerker over een incident is niet op tijd ontvangen.', 'The processor\'s evaluation report on an incident was not received in time.'),
];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);
export const COMPLIANCE_RULE_IDS: readonly string[] = RULES.filter((r) => r.kind === 'compliance').map((r) => r.id);

export function ruleMeta(id: string): RuleMeta | undefined {
  return RULES.find((rule) => rule.id === id);
}
