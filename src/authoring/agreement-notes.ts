import { defineMessages } from '../i18n/lang.js';

/**
 * The comments and example values of a generated agreement, in the register's
 * language. Keys, enum values and ids stay English (docs/format.md); only what a
 * person reads is translated.
 */
export interface AgreementNotes {
  header: (command: string) => string[];
  laterPhases: string;
  id: string;
  title: string;
  department: (ids: string) => string;
  processOwner: string;
  processor: string;
  breachContact: string;
  service: string;
  phase: string;
  template: string;
  dates: string;
  processing: string;
  risk: (months: Record<'high' | 'medium' | 'low', number>) => string[];
  reviewMonths: string;
  breachHours: string;
  clauses: string;
  clauseItems: Record<'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h', string>;
  subprocessors: string[];
  assurance: string[];
  obligations: string[];
  monitoring: string;
  exit: string;
  documents: string;
  notes: string;
  /** Example values for the commented-out examples and the sample agreement. */
  example: {
    sampleId: string;
    title: string;
    ownerName: string;
    ownerEmail: string;
    ownerFunction: string;
    processorName: string;
    contactName: string;
    contactEmail: string;
    breachName: string;
    breachEmail: string;
    service: string;
    templateName: string;
    deviationClause: string;
    deviationReason: string;
    purposes: string[];
    subjects: string[];
    categories: string[];
    subName: string;
    subService: string;
    issuer: string;
    obligationId: string;
    obligationTitle: string;
    obligationOwner: string;
    kpiMetric: string;
    documentTitle: string;
    notes: string;
  };
}

export const agreementNotes = defineMessages<AgreementNotes>(
  {
    header: (command) => [
      `Verwerkersovereenkomst (AVG art. 28), aangemaakt met \`${command}\`.`,
      'Een regel die met # begint is uitleg of een voorbeeld. Wilt u een voorbeeld',
      "gebruiken, haal dan '# ' weg (de inspringing blijft staan) en pas de waarde aan.",
      'Controleer het bestand daarna met `vo validate`; uitleg: docs/handleiding.md.',
    ],
    laterPhases: 'Vanaf de fase signing controleert vo ook risico, clausules en meldtermijn; in active ook de rest.',
    id: 'Unieke sleutel, gelijk aan de bestandsnaam zonder .yaml.',
    title: 'Leesbare titel van de overeenkomst.',
    department: (ids) => `Eigenaar-afdeling: een id uit vo.config.yaml (${ids}).`,
    processOwner: 'Proceseigenaar: verantwoordelijk voor het toezicht op de verwerker.',
    processor: 'De verwerker. kvk: 8 cijfers tussen aanhalingstekens.',
    breachContact: 'wie meldt ons een datalek',
    service: 'De applicatie of dienst waarvoor de verwerker gegevens verwerkt.',
    phase: 'Fase: draft (opstellen), signing (ondertekening), active (beheer) of ended (beëindigd).',
    template: 'Het model waarop de overeenkomst is gebaseerd, met elke afwijking en de reden.',
    dates: 'Datums: ondertekend, ingang en einde (geen einde = voor onbepaalde tijd).',
    processing: 'Wat de verwerker verwerkt (art. 28 lid 3 AVG): doelen, betrokkenen, soorten gegevens.',
    risk: (months) => [
      'Risicobeoordeling (bijv. MAPGOOD): impact en kans zijn low, medium of high.',
      `Het risico bepaalt hoe vaak geëvalueerd wordt (hoog: ${months.high}, middel: ${months.medium}, laag: ${months.low} maanden).`,
    ],
    reviewMonths: 'Eigen evaluatietermijn in maanden; laat weg om het beleid te volgen.',
    breachHours: 'Afgesproken termijn in uren waarbinnen de verwerker ons een datalek meldt.',
    clauses: 'Waar de overeenkomst de acht onderdelen van art. 28 lid 3 AVG regelt (artikel of bijlage).',
    clauseItems: {
      a: 'a: alleen op instructie',
      b: 'b: geheimhouding',
      c: 'c: beveiliging',
      d: 'd: subverwerkers',
      e: 'e: rechten van betrokkenen',
      f: 'f: bijstand',
      g: 'g: verwijderen of teruggeven',
      h: 'h: audits en informatie',
    },
    subprocessors: [
      'Subverwerkers. country: ISO-landcode (NL, DE, US). Buiten de EER en zonder adequaatheidsbesluit',
      'is transfer nodig: adequacy, dpf, scc, bcr of derogation.',
    ],
    assurance: [
      'Certificaten en verklaringen. type: iso27001, nen7510, isae3402-type1, isae3402-type2,',
      'soc2-type1, soc2-type2, tpm, pentest of other.',
    ],
    obligations: [
      'Afspraken die u periodiek controleert. Bij party: processor (verwerker) of controller (gemeente);',
      'bij frequency: once (met due), monthly, quarterly, half-yearly, yearly of on-event.',
    ],
    monitoring: 'Overleg met de verwerker en kennissessies: monthly, quarterly, half-yearly of yearly.',
    exit: 'Bij beëindiging: bevestiging dat de gegevens verwijderd (deleted) of teruggegeven (returned) zijn.',
    documents: 'Links of paden naar de getekende overeenkomst, de DPIA en rapporten.',
    notes: 'Vrije toelichting.',
    example: {
      sampleId: 'voorbeeld-zaaksysteem',
      title: 'Verwerkersovereenkomst zaaksysteem (voorbeeld)',
      ownerName: 'J. Jansen',
      ownerEmail: 'j.jansen@gemeente.example',
      ownerFunction: 'Teamleider Informatiebeheer',
      processorName: 'Voorbeeld Software B.V.',
      contactName: 'A. Bakker',
      contactEmail: 'contractbeheer@voorbeeld.example',
      breachName: 'Security Operations Center',
      breachEmail: 'security@voorbeeld.example',
      service: 'Zaaksysteem (SaaS)',
      templateName: 'VNG Standaard Verwerkersovereenkomst Gemeenten',
      deviationClause: 'art. 9.2',
      deviationReason: 'aansprakelijkheid beperkt tot de contractwaarde, na onderhandeling',
      purposes: ['Zaakgericht werken en behandeling van aanvragen'],
      subjects: ['Inwoners', 'Medewerkers van de gemeente'],
      categories: ['NAW-gegevens', 'BSN', 'Contactgegevens'],
      subName: 'Voorbeeld Datacenter B.V.',
      subService: 'Hosting',
      issuer: 'Certificeringsinstituut Voorbeeld',
      obligationId: 'beschikbaarheid',
      obligationTitle: 'Maandelijkse beschikbaarheidsrapportage',
      obligationOwner: 'Functioneel beheer',
      kpiMetric: 'beschikbaarheid',
      documentTitle: 'Getekende verwerkersovereenkomst',
      notes: 'Voorbeeld uit vo init; pas het aan of verwijder het bestand.',
    },
  },
  {
    header: (command) => [
      `Processor agreement (GDPR art. 28), created with \`${command}\`.`,
      'A line starting with # is an explanation or an example. To use an example,',
      "remove the '# ' (the indentation stays) and change the value.",
      'Then check the file with `vo validate`; see docs/handleiding.md.',
    ],
    laterPhases: 'From phase signing on, vo also checks risk, clauses and breach term; when active, all the rest.',
    id: 'Unique key, equal to the file name without .yaml.',
    title: 'Readable title of the agreement.',
    department: (ids) => `Owning department: an id from vo.config.yaml (${ids}).`,
    processOwner: 'Process owner: accountable for monitoring the processor.',
    processor: 'The processor. kvk: 8 digits in quotes.',
    breachContact: 'who tells us about a breach',
    service: 'The application or service the processor processes data for.',
    phase: 'Phase: draft, signing, active (in force, monitored) or ended.',
    template: 'The model the agreement is based on, with each deviation and its reason.',
    dates: 'Dates: signed, start and end (no end = indefinite).',
    processing: 'What the processor processes (GDPR art. 28(3)): purposes, data subjects, kinds of data.',
    risk: (months) => [
      'Risk assessment (e.g. MAPGOOD): impact and likelihood are low, medium or high.',
      `The risk sets how often to evaluate (high: ${months.high}, medium: ${months.medium}, low: ${months.low} months).`,
    ],
    reviewMonths: 'Own evaluation interval in months; leave out to follow the policy.',
    breachHours: 'Agreed term in hours within which the processor tells us of a breach.',
    clauses: 'Where the agreement covers the eight items of GDPR art. 28(3) (clause or annex).',
    clauseItems: {
      a: 'a: only on instructions',
      b: 'b: confidentiality',
      c: 'c: security',
      d: 'd: sub-processors',
      e: 'e: data subject rights',
      f: 'f: assistance',
      g: 'g: deletion or return',
      h: 'h: audits and information',
    },
    subprocessors: [
      'Sub-processors. country: ISO country code (NL, DE, US). Outside the EEA without an adequacy',
      'decision a transfer is needed: adequacy, dpf, scc, bcr or derogation.',
    ],
    assurance: [
      'Certificates and statements. type: iso27001, nen7510, isae3402-type1, isae3402-type2,',
      'soc2-type1, soc2-type2, tpm, pentest or other.',
    ],
    obligations: [
      'Commitments you check periodically. For party: processor or controller (us);',
      'for frequency: once (with due), monthly, quarterly, half-yearly, yearly or on-event.',
    ],
    monitoring: 'Meetings with the processor and staff training: monthly, quarterly, half-yearly or yearly.',
    exit: 'At the end: confirmation that the data was deleted or returned.',
    documents: 'Links or paths to the signed agreement, the DPIA and reports.',
    notes: 'Free-form notes.',
    example: {
      sampleId: 'example-case-management',
      title: 'Processor agreement case management (example)',
      ownerName: 'J. Smith',
      ownerEmail: 'j.smith@municipality.example',
      ownerFunction: 'Head of Information Management',
      processorName: 'Example Software Ltd',
      contactName: 'A. Baker',
      contactEmail: 'contracts@example-software.example',
      breachName: 'Security Operations Center',
      breachEmail: 'security@example-software.example',
      service: 'Case management system (SaaS)',
      templateName: 'VNG Standaard Verwerkersovereenkomst Gemeenten',
      deviationClause: 'art. 9.2',
      deviationReason: 'liability capped at the contract value, after negotiation',
      purposes: ['Case handling of applications and requests'],
      subjects: ['Residents', 'Staff of the municipality'],
      categories: ['Name and address', 'Citizen service number (BSN)', 'Contact details'],
      subName: 'Example Datacenter Ltd',
      subService: 'Hosting',
      issuer: 'Example Certification Body',
      obligationId: 'availability',
      obligationTitle: 'Monthly availability report',
      obligationOwner: 'Application management',
      kpiMetric: 'availability',
      documentTitle: 'Signed processor agreement',
      notes: 'Example from vo init; change it or delete the file.',
    },
  },
);
