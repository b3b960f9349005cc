import { defineMessages } from '../i18n/lang.js';

/** The comments of a generated incident (docs/format.md), in the register's language. */
export interface IncidentNotes {
  header: (agreementId: string, title: string) => string[];
  terms: string;
  agreedTerm: (hours: number, file: string, deadline: string) => string[];
  policyTerm: (hours: number, deadline: string) => string[];
  authority: (hours: number) => string[];
  ownDiscovery: string[];
  authorityOwn: (hours: number) => string[];
  authorityFrom: (deadline: string) => string;
  authorityFromAware: (deadline: string) => string[];
  report: (days: number, due: string) => string;
  zone: (zone: string) => string;
  id: string;
  agreement: string;
  title: string;
  type: string;
  discoveredBy: string;
  processorAware: string;
  processorAwareOptional: string;
  controllerNotified: string;
  controllerFound: string;
  authorityNotification: string[];
  undecidedUntil: (deadline: string, errorFrom: string) => string;
  decisionReason: string;
  exampleReason: string;
  authorityNotified: string;
  authorityReference: string;
  delayReason: string;
  subjectsNotified: string;
  approxSubjects: string;
  dataCategories: string;
  exampleCategory: string;
  description: string;
  measures: string;
  evaluationReport: string;
  status: string;
  closed: string;
}

export const incidentNotes = defineMessages<IncidentNotes>(
  {
    header: (agreementId, title) => [
      `Incident onder ${agreementId}: ${title}`,
      'Aangemaakt met `vo new incident`. Vul het bestand aan zodra er meer bekend is;',
      "een regel die met # begint is uitleg of een voorbeeld (haal '# ' weg om het te gebruiken).",
    ],
    terms: 'Termijnen voor dit incident:',
    agreedTerm: (hours, file, deadline) => [
      `- Afgesproken meldtermijn: de verwerker meldt ons een datalek binnen ${hours} uur`,
      `  (breach_notice_hours in ${file}), dus uiterlijk ${deadline}.`,
    ],
    policyTerm: (hours, deadline) => [
      '- De overeenkomst noemt geen meldtermijn; vo rekent met het maximum uit het beleid,',
      `  ${hours} uur (max_breach_notice_hours), dus uiterlijk ${deadline}.`,
    ],
    authority: (hours) => [
      `- Melding aan de Autoriteit Persoonsgegevens (art. 33 AVG), als die nodig is: binnen ${hours} uur`,
      '  nadat de verwerker ons meldde (controller_notified).',
    ],
    ownDiscovery: ['- Wij ontdekten het incident zelf (discovered_by: controller): de meldtermijn van de verwerker geldt niet.'],
    authorityOwn: (hours) => [
      `- Melding aan de Autoriteit Persoonsgegevens (art. 33 AVG), als die nodig is: binnen ${hours} uur`,
      '  nadat wij het ontdekten (controller_notified).',
    ],
    authorityFrom: (deadline) => `  Uiterlijk ${deadline}.`,
    authorityFromAware: (deadline) => [
      '  Zolang controller_notified ontbreekt, rekent vo vanaf processor_aware:',
      `  uiterlijk ${deadline}.`,
    ],
    report: (days, due) => `- Evaluatierapport van de verwerker: binnen ${days} dagen, dus uiterlijk ${due}.`,
    zone: (zone) => `Tijden zonder tijdzone gelden in ${zone}.`,
    id: 'Unieke sleutel, gelijk aan de bestandsnaam zonder .yaml.',
    agreement: 'De overeenkomst waaronder het incident valt.',
    title: 'Korte omschrijving.',
    type: 'Soort: data-breach (datalek met persoonsgegevens) of security-incident (zonder datalek).',
    discoveredBy: 'Wie ontdekte het: processor (de verwerker) of controller (de gemeente zelf).',
    processorAware: 'Moment waarop de verwerker het incident ontdekte (JJJJ-MM-DDTuu:mm).',
    processorAwareOptional: 'Wist de verwerker het al eerder? Dan het moment waarop de verwerker het ontdekte.',
    controllerNotified: 'Moment waarop de verwerker ons meldde; hier begint de termijn voor de AP.',
    controllerFound: 'Moment waarop wij het incident ontdekten; hier begint de termijn voor de AP.',
    authorityNotification: [
      'Melden bij de AP: required (ja), not-required (nee, met de reden in decision_reason)',
      'of undecided (nog niet besloten).',
    ],
    undecidedUntil: (deadline, errorFrom) =>
      `undecided mag tot ${deadline}; vanaf ${errorFrom} meldt vo check het als fout (incident-authority-undecided).`,
    decisionReason: 'Waarom melden bij de AP niet nodig is (art. 33 lid 5 AVG), bij not-required.',
    exampleReason: 'Versleutelde gegevensdrager; geen risico voor de betrokkenen',
    authorityNotified: 'Moment van de melding bij de AP.',
    authorityReference: 'Meldnummer van de AP.',
    delayReason: 'Reden waarom de melding bij de AP later dan 72 uur was (art. 33 lid 1 AVG).',
    subjectsNotified: 'Zijn de betrokkenen geïnformeerd (art. 34 AVG)? true of false.',
    approxSubjects: 'Geschat aantal getroffen betrokkenen.',
    dataCategories: 'Getroffen soorten persoonsgegevens.',
    exampleCategory: 'NAW-gegevens',
    description: 'Wat er is gebeurd.',
    measures: 'Genomen en geplande maatregelen.',
    evaluationReport: 'Het evaluatierapport van de verwerker: datum van ontvangst en link.',
    status: 'Stand: open of closed (dan met de datum closed).',
    closed: 'Datum waarop het incident is afgesloten.',
  },
  {
    header: (agreementId, title) => [
      `Incident under ${agreementId}: ${title}`,
      'Created with `vo new incident`. Complete the file as more becomes known;',
      "a line starting with # is an explanation or an example (remove the '# ' to use it).",
    ],
    terms: 'Deadlines for this incident:',
    agreedTerm: (hours, file, deadline) => [
      `- Agreed notification term: the processor tells us of a breach within ${hours} hours`,
      `  (breach_notice_hours in ${file}), so by ${deadline} at the latest.`,
    ],
    policyTerm: (hours, deadline) => [
      '- The agreement names no notification term; vo uses the policy maximum,',
      `  ${hours} hours (max_breach_notice_hours), so by ${deadline} at the latest.`,
    ],
    authority: (hours) => [
      `- Notification to the Dutch DPA (GDPR art. 33), when required: within ${hours} hours`,
      '  after the processor told us (controller_notified).',
    ],
    ownDiscovery: ['- We discovered the incident ourselves (discovered_by: controller): the processor\'s notification term does not apply.'],
    authorityOwn: (hours) => [
      `- Notification to the Dutch DPA (GDPR art. 33), when required: within ${hours} hours`,
      '  after we discovered it (controller_notified).',
    ],
    authorityFrom: (deadline) => `  By ${deadline} at the latest.`,
    authorityFromAware: (deadline) => [
      '  While controller_notified is missing, vo counts from processor_aware:',
      `  by ${deadline} at the latest.`,
    ],
    report: (days, due) => `- Evaluation report from the processor: within ${days} days, so by ${due}.`,
    zone: (zone) => `Times without a time zone are in ${zone}.`,
    id: 'Unique key, equal to the file name without .yaml.',
    agreement: 'The agreement the incident falls under.',
    title: 'Short description.',
    type: 'Kind: data-breach (personal data breach) or security-incident (no breach).',
    discoveredBy: 'Who discovered it: processor, or controller (the municipality itself).',
    processorAware: 'Moment the processor became aware of the incident (YYYY-MM-DDThh:mm).',
    processorAwareOptional: 'Did the processor know earlier? Then the moment it became aware.',
    controllerNotified: 'Moment the processor told us; the term for the authority starts here.',
    controllerFound: 'Moment we discovered the incident; the term for the authority starts here.',
    authorityNotification: [
      'Notify the authority: required, not-required (with the reason in decision_reason)',
      'or undecided (not decided yet).',
    ],
    undecidedUntil: (deadline, errorFrom) =>
      `undecided may stay until ${deadline}; from ${errorFrom} on, vo check reports it as an error (incident-authority-undecided).`,
    decisionReason: 'Why notifying the authority is not required (GDPR art. 33(5)), with not-required.',
    exampleReason: 'Encrypted device; no risk to the data subjects',
    authorityNotified: 'Moment the authority was notified.',
    authorityReference: "The authority's reference number.",
    delayReason: 'Why the authority was notified later than 72 hours (GDPR art. 33(1)).',
    subjectsNotified: 'Were the data subjects informed (GDPR art. 34)? true or false.',
    approxSubjects: 'Approximate number of affected data subjects.',
    dataCategories: 'Affected kinds of personal data.',
    exampleCategory: 'Name and address',
    description: 'What happened.',
    measures: 'Measures taken and planned.',
    evaluationReport: "The processor's evaluation report: date received and link.",
    status: 'Status: open or closed (then with the closed date).',
    closed: 'Date the incident was closed.',
  },
);
