import { defineMessages } from '../i18n/lang.js';

/**
 * Options, questions and notices of `vo new` for what register format
 * version 2 added: how an incident was discovered and what was decided about
 * the AP, and what an agreement in phase signing, active or ended needs.
 */
export interface NewTexts {
  opt: {
    discoveredBy: string;
    awareAny: string;
    authority: string;
    reason: string;
    authorityNotified: string;
    authorityReference: string;
    delayReason: string;
    signed: string;
    impact: string;
    likelihood: string;
    purpose: string;
    dataSubject: string;
    dataCategory: string;
    breachHours: string;
    clause: string;
    assurance: string;
  };
  ask: {
    discoveredBy: string;
    aware: (discoveredBy: string | undefined) => string;
    notified: string;
    authority: (deadline: string) => string;
    reason: string;
    authorityNotified: string;
    authorityReference: string;
    delayReason: string;
    signed: string;
    impact: string;
    likelihood: string;
    purpose: string;
    dataSubject: string;
    dataCategory: string;
    breachHours: string;
    clause: (letter: string, description: string, key: string) => string;
    assurance: (types: string) => string;
  };
  when: {
    processor: string;
    notRequired: string;
    required: string;
    notified: string;
    late: string;
  };
  notice: {
    undecided: (deadline: string, errorFrom: string) => string;
    unexplained: string;
    notYetNotified: (deadline: string, errorFrom: string) => string;
    lateUnexplained: (deadline: string) => string;
  };
  phaseNeeds: (phase: string) => string;
  badHours: (option: string, value: string) => string;
  badClause: (value: string, keys: readonly string[]) => string;
  duplicateClause: (key: string) => string;
  badAssurance: (value: string, types: readonly string[]) => string;
}

export const newTexts = defineMessages<NewTexts>(
  {
    opt: {
      discoveredBy: 'wie het incident ontdekte: processor (de verwerker) of controller (de gemeente zelf) (standaard processor)',
      awareAny: 'moment van ontdekking, bijv. 2026-10-01T09:30: door de verwerker, of met --discovered-by controller door ons',
      authority: 'melden bij de AP: required, not-required of undecided (nog niet besloten; na 72 uur een fout)',
      reason: 'waarom melden bij de AP niet nodig is (bij --authority not-required; art. 33 lid 5 AVG)',
      authorityNotified: 'moment van de melding bij de AP (bij --authority required)',
      authorityReference: 'meldnummer van de AP (bij --authority required)',
      delayReason: 'reden waarom de melding bij de AP later dan 72 uur was (art. 33 lid 1 AVG)',
      signed: 'datum van ondertekening JJJJ-MM-DD (nodig in fase active en ended)',
      impact: 'impact uit de risicobeoordeling: low, medium of high (nodig vanaf fase signing)',
      likelihood: 'kans uit de risicobeoordeling: low, medium of high (nodig vanaf fase signing)',
      purpose: 'doel van de verwerking; herhaal voor meer (nodig vanaf fase signing)',
      dataSubject: 'categorie betrokkenen, bijv. Inwoners; herhaal voor meer (nodig vanaf fase signing)',
      dataCategory: 'soort persoonsgegevens, bijv. NAW-gegevens; herhaal voor meer (nodig vanaf fase signing)',
      breachHours: 'afgesproken meldtermijn voor datalekken in uren (nodig in fase active)',
      clause:
        'waar de overeenkomst een onderdeel van art. 28 lid 3 AVG regelt, als sleutel=verwijzing, bijv. security="art. 7"; herhaal voor alle acht: ' +
        'instructions, confidentiality, security, subprocessors, data_subject_rights, assistance, deletion_return, audits (nodig vanaf fase signing)',
      assurance: 'geldig certificaat of rapport als soort:geldig-tot, bijv. iso27001:2027-06-30 (nodig in fase active bij hoog risico)',
    },
    ask: {
      discoveredBy: 'Wie ontdekte het incident: processor (de verwerker) of controller (de gemeente zelf)? (--discovered-by) [processor]: ',
      aware: (by) =>
        by === 'controller'
          ? 'Wanneer ontdekten wij het, bijv. 2026-10-01T09:30 (--aware): '
          : 'Wanneer ontdekte de verwerker het, bijv. 2026-10-01T09:30 (--aware): ',
      notified: 'Wanneer meldde de verwerker het ons? Leeg = nog onbekend (--notified): ',
      authority: (deadline) =>
        `Moet het bij de AP gemeld worden: required, not-required of undecided? Besluit uiterlijk ${deadline} (--authority) [undecided]: `,
      reason: 'Waarom hoeft het niet gemeld te worden? (--reason): ',
      authorityNotified: 'Wanneer is het bij de AP gemeld? Leeg = nog niet (--authority-notified): ',
      authorityReference: 'Meldnummer van de AP, leeg = later (--authority-reference): ',
      delayReason: 'De melding was later dan 72 uur; waarom? (--delay-reason): ',
      signed: 'Datum van ondertekening, bijv. 2026-01-15 (--signed): ',
      impact: 'Impact uit de risicobeoordeling: low, medium of high (--impact): ',
      likelihood: 'Kans uit de risicobeoordeling: low, medium of high (--likelihood): ',
      purpose: 'Doelen van de verwerking, gescheiden door ; (--purpose): ',
      dataSubject: 'Categorieën betrokkenen, gescheiden door ; bijv. Inwoners; Medewerkers (--data-subject): ',
      dataCategory: 'Soorten persoonsgegevens, gescheiden door ; bijv. NAW-gegevens; BSN (--data-category): ',
      breachHours: 'Afgesproken meldtermijn voor datalekken in uren, bijv. 24 (--breach-hours): ',
      clause: (letter, description, key) =>
        `Waar regelt de overeenkomst art. 28 lid 3 onder ${letter} AVG (${description})? Artikel of bijlage (--clause ${key}=…): `,
      assurance: (types) => `Bij hoog risico: geldig certificaat of rapport als soort:geldig-tot, soort een van ${types} (--assurance): `,
    },
    when: {
      processor: '--discovered-by processor',
      notRequired: '--authority not-required',
      required: '--authority required',
      notified: '--authority-notified',
      late: 'een melding bij de AP later dan 72 uur',
    },
    notice: {
      undecided: (deadline, errorFrom) =>
        `let op: authority_notification staat op undecided. Besluit uiterlijk ${deadline} of de AP een melding krijgt; vanaf ${errorFrom} meldt vo check dit als fout (incident-authority-undecided).`,
      unexplained:
        'let op: zonder reden (--reason of decision_reason) geeft vo check een waarschuwing (incident-decision-unexplained); art. 33 lid 5 AVG vraagt de afweging vast te leggen.',
      notYetNotified: (deadline, errorFrom) =>
        `let op: meld het datalek uiterlijk ${deadline} bij de AP en vul authority_notified in; vanaf ${errorFrom} meldt vo check dit als fout (incident-authority-late).`,
      lateUnexplained: (deadline) =>
        `let op: de melding bij de AP was na ${deadline}; zonder reden (--delay-reason) meldt vo check dit als fout (incident-authority-late).`,
    },
    phaseNeeds: (phase) => `Een overeenkomst in fase ${phase} heeft deze gegevens nodig; begin anders in fase draft en vul ze later aan.`,
    badHours: (option, value) => `ongeldige waarde \`${value}\` voor ${option}; geef een geheel aantal uren, 1 of meer`,
    badClause: (value, keys) => `ongeldige waarde \`${value}\` voor --clause; schrijf sleutel=verwijzing met een sleutel uit: ${keys.join(', ')}`,
    duplicateClause: (key) => `--clause ${key} staat er twee keer in`,
    badAssurance: (value, types) => `ongeldige waarde \`${value}\` voor --assurance; schrijf soort:JJJJ-MM-DD met een soort uit: ${types.join(', ')}`,
  },
  {
    opt: {
      discoveredBy: 'who discovered the incident: processor or controller (the municipality itself) (default processor)',
      awareAny: 'moment of discovery, e.g. 2026-10-01T09:30: by the processor, or with --discovered-by controller by us',
      authority: 'notify the Dutch DPA: required, not-required or undecided (not decided yet; an error after 72 hours)',
      reason: 'why notifying the DPA is not required (with --authority not-required; GDPR art. 33(5))',
      authorityNotified: 'moment the DPA was notified (with --authority required)',
      authorityReference: "the DPA's reference number (with --authority required)",
      delayReason: 'why the DPA was notified later than 72 hours (GDPR art. 33(1))',
      signed: 'date signed YYYY-MM-DD (needed in phase active and ended)',
      impact: 'impact from the risk assessment: low, medium or high (needed from phase signing on)',
      likelihood: 'likelihood from the risk assessment: low, medium or high (needed from phase signing on)',
      purpose: 'purpose of the processing; repeat for more (needed from phase signing on)',
      dataSubject: 'category of data subjects, e.g. Residents; repeat for more (needed from phase signing on)',
      dataCategory: 'kind of personal data, e.g. Name and address; repeat for more (needed from phase signing on)',
      breachHours: 'agreed breach notification term in hours (needed in phase active)',
      clause:
        'where the agreement covers an item of GDPR art. 28(3), as key=reference, e.g. security="art. 7"; repeat for all eight: ' +
        'instructions, confidentiality, security, subprocessors, data_subject_rights, assistance, deletion_return, audits (needed from phase signing on)',
      assurance: 'valid certificate or report as type:valid-until, e.g. iso27001:2027-06-30 (needed in phase active at high risk)',
    },
    ask: {
      discoveredBy: 'Who discovered the incident: processor or controller (the municipality itself)? (--discovered-by) [processor]: ',
      aware: (by) =>
        by === 'controller'
          ? 'When did we discover it, e.g. 2026-10-01T09:30 (--aware): '
          : 'When did the processor become aware, e.g. 2026-10-01T09:30 (--aware): ',
      notified: 'When did the processor tell us? Empty = not known yet (--notified): ',
      authority: (deadline) => `Must the DPA be notified: required, not-required or undecided? Decide by ${deadline} (--authority) [undecided]: `,
      reason: 'Why is notification not required? (--reason): ',
      authorityNotified: 'When was the DPA notified? Empty = not yet (--authority-notified): ',
      authorityReference: "The DPA's reference number, empty = later (--authority-reference): ",
      delayReason: 'The notification was later than 72 hours; why? (--delay-reason): ',
      signed: 'Date signed, e.g. 2026-01-15 (--signed): ',
      impact: 'Impact from the risk assessment: low, medium or high (--impact): ',
      likelihood: 'Likelihood from the risk assessment: low, medium or high (--likelihood): ',
      purpose: 'Purposes of the processing, separated by ; (--purpose): ',
      dataSubject: 'Categories of data subjects, separated by ; e.g. Residents; Staff (--data-subject): ',
      dataCategory: 'Kinds of personal data, separated by ; e.g. Name and address; BSN (--data-category): ',
      breachHours: 'Agreed breach notification term in hours, e.g. 24 (--breach-hours): ',
      clause: (letter, description, key) =>
        `Where does the agreement cover GDPR art. 28(3)(${letter}) (${description})? Clause or annex (--clause ${key}=…): `,
      assurance: (types) => `At high risk: a valid certificate or report as type:valid-until, type one of ${types} (--assurance): `,
    },
    when: {
      processor: '--discovered-by processor',
      notRequired: '--authority not-required',
      required: '--authority required',
      notified: '--authority-notified',
      late: 'a notification to the DPA later than 72 hours',
    },
    notice: {
      undecided: (deadline, errorFrom) =>
        `note: authority_notification is undecided. Decide by ${deadline} whether the DPA must be notified; from ${errorFrom} on, vo check reports this as an error (incident-authority-undecided).`,
      unexplained:
        'note: without a reason (--reason or decision_reason) vo check gives a warning (incident-decision-unexplained); GDPR art. 33(5) asks to document the decision.',
      notYetNotified: (deadline, errorFrom) =>
        `note: notify the DPA by ${deadline} and fill in authority_notified; from ${errorFrom} on, vo check reports this as an error (incident-authority-late).`,
      lateUnexplained: (deadline) =>
        `note: the DPA was notified after ${deadline}; without a reason (--delay-reason) vo check reports this as an error (incident-authority-late).`,
    },
    phaseNeeds: (phase) => `An agreement in phase ${phase} needs these; or start in phase draft and add them later.`,
    badHours: (option, value) => `invalid value \`${value}\` for ${option}; give a whole number of hours, 1 or more`,
    badClause: (value, keys) => `invalid value \`${value}\` for --clause; write key=reference with a key from: ${keys.join(', ')}`,
    duplicateClause: (key) => `--clause ${key} is given twice`,
    badAssurance: (value, types) => `invalid value \`${value}\` for --assurance; write type:YYYY-MM-DD with a type from: ${types.join(', ')}`,
  },
);
