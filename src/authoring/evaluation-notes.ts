import { defineMessages } from '../i18n/lang.js';
import type { ChecklistItem, Frequency, Obligation } from '../register/types.js';

/** The comments of a generated evaluation (docs/format.md), in the register's language. */
export interface EvaluationNotes {
  header: (agreementId: string, title: string) => string[];
  fillIn: string;
  id: string;
  agreement: string;
  date: string;
  type: string;
  outcome: (followUpMonths: number) => string[];
  evaluators: string;
  exampleEvaluator: (owner: string) => string;
  summary: string;
  exampleSummary: string;
  checklist: string[];
  checklistOptional: string[];
  questions: Record<ChecklistItem, string>;
  obligations: string[];
  obligationsOptional: string[];
  noObligations: string;
  obligation: (title: string, party: Obligation['party'], frequency: Frequency) => string;
  value: (metric: string, comparison: string, target: number, unit: string) => string;
  findings: string[];
  exampleFinding: { description: string; action: string };
  nextReview: string;
  documents: string;
  exampleDocument: string;
}

const FREQUENCY_NL: Record<Frequency, string> = {
  once: 'eenmalig',
  monthly: 'maandelijks',
  quarterly: 'per kwartaal',
  'half-yearly': 'halfjaarlijks',
  yearly: 'jaarlijks',
  'on-event': 'bij een gebeurtenis',
};

export const evaluationNotes = defineMessages<EvaluationNotes>(
  {
    header: (agreementId, title) => [
      `Evaluatie van ${agreementId}: ${title}`,
      'Aangemaakt met `vo new evaluation`. Vul alles in wat met VUL IN is gemarkeerd: zolang',
      'dat niet gebeurd is, staan de antwoorden op het voorzichtigste antwoord (voldoet niet),',
      'zodat een vergeten veld opvalt in `vo check` en nooit iets mooier maakt dan het is.',
      "Een regel die met # begint is uitleg of een voorbeeld; haal '# ' weg om een voorbeeld te gebruiken.",
    ],
    fillIn: 'VUL IN',
    id: 'Unieke sleutel, gelijk aan de bestandsnaam zonder .yaml.',
    agreement: 'De overeenkomst die geëvalueerd is.',
    date: 'Datum van de evaluatie of het overleg (JJJJ-MM-DD, tussen aanhalingstekens).',
    type: 'Soort: periodic, internal-audit, external-audit, meeting, report-review, incident-review of training.',
    outcome: (followUpMonths) => [
      'Uitkomst: compliant (voldoet), partially-compliant (voldoet deels) of non-compliant (voldoet niet).',
      `Bij non-compliant volgt de volgende evaluatie al na ${followUpMonths} maanden (beleid non_compliant_review_months).`,
    ],
    evaluators: 'Wie hebben geëvalueerd.',
    exampleEvaluator: (owner) => `${owner} (proceseigenaar)`,
    summary: 'Korte samenvatting van de uitkomst.',
    exampleSummary: 'Evaluatie met de verwerker; zie het verslag.',
    checklist: [
      'Vaste controlepunten. Bij answer: yes (ja), no (nee), partial (deels) of n/a (niet van toepassing);',
      'een toelichting kan onder note.',
    ],
    checklistOptional: ['Controlepunten (niet verplicht bij dit soort evaluatie): haal \'# \' weg bij wat u besprak.'],
    questions: {
      monitoring: 'Wordt de verwerker doorlopend gevolgd (rapportages, signalen, contact)?',
      'security-measures': 'Zijn de afgesproken beveiligingsmaatregelen aantoonbaar op orde?',
      'reports-received': 'Zijn de afgesproken rapportages ontvangen en beoordeeld?',
      'assurance-current': 'Zijn certificaten en verklaringen (ISO 27001, ISAE 3402, pentest) actueel?',
      'incidents-handled': 'Zijn incidenten en datalekken gemeld en afgehandeld zoals afgesproken?',
      'subprocessors-current': 'Is de lijst van subverwerkers actueel en goedgekeurd?',
      'service-changes': 'Zijn wijzigingen in de dienst vooraf gemeld en beoordeeld?',
      'roles-assigned': 'Zijn de rollen belegd (proceseigenaar, contactpersonen, functionaris)?',
      'staff-aware': 'Kennen de medewerkers de afspraken uit de overeenkomst?',
      'meetings-held': 'Is het afgesproken overleg met de verwerker gehouden?',
      improvements: 'Zijn verbeterpunten van de vorige evaluatie opgevolgd?',
    },
    obligations: [
      'Terugkerende verplichtingen uit de overeenkomst. status: met (nagekomen), partially-met (deels),',
      'not-met (niet nagekomen) of not-applicable; value: de gemeten waarde bij een KPI.',
    ],
    obligationsOptional: ["Verplichtingen die u beoordeelde: haal '# ' weg en vul de status in."],
    noObligations: 'De overeenkomst heeft geen terugkerende verplichtingen.',
    obligation: (title, party, frequency) =>
      `${title} (${party === 'processor' ? 'verwerker' : 'gemeente'}, ${FREQUENCY_NL[frequency]})`,
    value: (metric, comparison, target, unit) => `${metric}: afgesproken ${comparison} ${target}${unit === '' ? '' : ` ${unit}`}`,
    findings: [
      'Bevindingen en acties. severity: low, medium of high; status: open of resolved (dan met datum resolved).',
    ],
    exampleFinding: { description: 'Wat er niet in orde is', action: 'Wat er moet gebeuren' },
    nextReview: 'Eerder opnieuw evalueren dan de termijn: de datum van de volgende evaluatie.',
    documents: 'Links naar verslag en stukken.',
    exampleDocument: 'Verslag van de evaluatie',
  },
  {
    header: (agreementId, title) => [
      `Evaluation of ${agreementId}: ${title}`,
      'Created with `vo new evaluation`. Fill in everything marked FILL IN: until you do, the',
      'answers hold the most cautious answer (not compliant), so a forgotten field shows up',
      'in `vo check` and never makes things look better than they are.',
      "A line starting with # is an explanation or an example; remove the '# ' to use an example.",
    ],
    fillIn: 'FILL IN',
    id: 'Unique key, equal to the file name without .yaml.',
    agreement: 'The agreement that was evaluated.',
    date: 'Date of the evaluation or meeting (YYYY-MM-DD, in quotes).',
    type: 'Kind: periodic, internal-audit, external-audit, meeting, report-review, incident-review or training.',
    outcome: (followUpMonths) => [
      'Outcome: compliant, partially-compliant or non-compliant.',
      `After non-compliant the next evaluation is due within ${followUpMonths} months (policy non_compliant_review_months).`,
    ],
    evaluators: 'Who evaluated.',
    exampleEvaluator: (owner) => `${owner} (process owner)`,
    summary: 'Short summary of the outcome.',
    exampleSummary: 'Evaluation with the processor; see the minutes.',
    checklist: ['Standard check points. answer: yes, no, partial or n/a (not applicable); note: explanation.'],
    checklistOptional: ["Check points (optional for this kind of evaluation): remove the '# ' for what you discussed."],
    questions: {
      monitoring: 'Is the processor followed continuously (reports, signals, contact)?',
      'security-measures': 'Are the agreed security measures demonstrably in place?',
      'reports-received': 'Were the agreed reports received and reviewed?',
      'assurance-current': 'Are certificates and statements (ISO 27001, ISAE 3402, pentest) current?',
      'incidents-handled': 'Were incidents and breaches reported and handled as agreed?',
      'subprocessors-current': 'Is the list of sub-processors current and approved?',
      'service-changes': 'Were changes to the service announced and assessed beforehand?',
      'roles-assigned': 'Are the roles assigned (process owner, contacts, DPO)?',
      'staff-aware': 'Do staff know the commitments of the agreement?',
      'meetings-held': 'Were the agreed meetings with the processor held?',
      improvements: 'Were the improvements of the previous evaluation followed up?',
    },
    obligations: [
      'Recurring obligations of the agreement. For status: met, partially-met, not-met or not-applicable;',
      'for value: the measured value of a KPI.',
    ],
    obligationsOptional: ["Obligations you assessed: remove the '# ' and fill in the status."],
    noObligations: 'The agreement has no recurring obligations.',
    obligation: (title, party, frequency) => `${title} (${party}, ${frequency})`,
    value: (metric, comparison, target, unit) => `${metric}: agreed ${comparison} ${target}${unit === '' ? '' : ` ${unit}`}`,
    findings: ['Findings and actions. severity: low, medium or high; status: open or resolved (then with a resolved date).'],
    exampleFinding: { description: 'What is not in order', action: 'What needs to happen' },
    nextReview: 'Evaluate again sooner than the interval: the date of the next evaluation.',
    documents: 'Links to minutes and papers.',
    exampleDocument: 'Minutes of the evaluation',
  },
);
