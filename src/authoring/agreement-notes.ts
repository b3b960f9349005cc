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
  processing: string[];
  specialCategories: string;
  criminalData: string;
  activities: string;
  risk: (months: Record<'high' | 'medium' | 'low', number>) => string[];
  method: string;
  components: string;
  dpia: string;
  dpiaOutcome: string;
  dpiaAccepted: string;
  signing: string[];
  fgAdvice: string;
  reviewMonths: string;
  breachHours: string;
  clauses: string;
  clauseItems: Record<'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h', string>;
  subprocessors: string[];
  transfer: string;
  tia: string;
  change: string;
  assurance: string[];
  periodEnd: string;
  opinion: string;
  obligations: string[];
  monitoring: string;
  exit: string[];
  exitPlan: string;
  deletion: string;
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
    nature: string;
    activity: string;
    threats: string;
    measures: string;
    signerName: string;
    signerFunction: string;
    mandate: string;
    subName: string;
    subService: string;
    subAbroadName: string;
    subAbroadService: string;
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
      'Controleer het bestand daarna met `vo validate`. Elke sleutel staat beschreven in docs/format.md,',
      'de werkwijze in docs/handleiding.md, beide in het npm-pakket vo-register (node_modules/vo-register/docs/).',
    ],
    laterPhases: 'Vanaf de fase signing controleert vo ook risico, verwerking en clausules; in active ook de rest.',
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
    processing: [
      'Wat de verwerker verwerkt (art. 28 lid 3 AVG): doelen, categorieën betrokkenen en soorten gegevens (vanaf',
      'signing verplicht). activities: de verwerkingen in het verwerkingsregister (art. 30 AVG) waar deze overeenkomst bij hoort.',
    ],
    specialCategories: 'bijzondere persoonsgegevens (art. 9 AVG), bijv. gezondheid; dan hoort de impact high te zijn',
    criminalData: 'strafrechtelijke gegevens (art. 10 AVG)',
    activities: 'id of naam van de verwerkingen in het verwerkingsregister',
    risk: (months) => [
      'Risicobeoordeling (bijv. MAPGOOD): impact en kans zijn low, medium of high.',
      `Het risico bepaalt hoe vaak geëvalueerd wordt (hoog: ${months.high}, middel: ${months.medium}, laag: ${months.low} maanden).`,
    ],
    method: 'bij MAPGOOD verwacht vo alle zeven componenten',
    components: 'MAPGOOD: Mensen, Apparatuur, Programmatuur, Gegevens, Organisatie, Omgeving, Diensten',
    dpia: 'gegevensbeschermingseffectbeoordeling (art. 35 AVG)',
    dpiaOutcome: 'acceptable, acceptable-with-measures of unacceptable (dan prior_consultation: datum van voorafgaande raadpleging van de AP)',
    dpiaAccepted: 'datum waarop de proceseigenaar het restrisico aanvaardde',
    signing: [
      'Ondertekening: wie tekende en op grond van welk mandaat, en de datum van het advies van de',
      'functionaris gegevensbescherming (art. 38 lid 1 AVG; bij hoog risico verwacht).',
    ],
    fgAdvice: 'datum van het advies van de FG',
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
      'is transfer nodig: adequacy, dpf (alleen US), scc of bcr (dan met tia); derogation alleen bij incidentele doorgifte.',
    ],
    transfer: 'grondslag voor doorgifte buiten de EER',
    tia: 'datum van de doorgiftetoetsing (transfer impact assessment)',
    change: 'melding van de verwerker over een nieuwe of gewijzigde subverwerker, en ons besluit (accepted of objected)',
    assurance: [
      'Certificaten en verklaringen. type: iso27001, nen7510, isae3402-type1, isae3402-type2,',
      'soc2-type1, soc2-type2, tpm, pentest of other. Elk item heeft valid_until of period_end (of beide);',
      'Een rapport dat niet meer verwacht wordt (bijv. ISAE vervangen door SOC 2) krijgt superseded: true.',
    ],
    periodEnd: 'einde van de onderzochte periode; het rapport geldt daarna nog assurance_report_max_age_months',
    opinion: 'oordeel: unqualified, qualified, adverse of disclaimer',
    obligations: [
      'Afspraken die u periodiek controleert. Bij party: processor (verwerker) of controller (gemeente);',
      'bij frequency: once (met due), monthly, quarterly, half-yearly, yearly of on-event.',
    ],
    monitoring: 'Overleg met de verwerker en kennissessies: monthly, quarterly, half-yearly of yearly.',
    exit: [
      'Exitstrategie: het exitplan (BIO2 5.20; bij hoog risico verwacht) en, na beëindiging, de bevestiging',
      'dat de gegevens verwijderd (deleted) of teruggegeven (returned) zijn.',
    ],
    exitPlan: 'verwijzing naar het exitplan',
    deletion: 'datum van de bevestiging, na beëindiging',
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
      nature: 'Opslag, raadpleging en verstrekking',
      activity: 'Behandelen van aanvragen en meldingen',
      threats: 'Medewerkers van de verwerker met te ruime toegang',
      measures: 'Autorisaties per rol, jaarlijks gecontroleerd',
      signerName: 'P. de Boer',
      signerFunction: 'Directeur Bedrijfsvoering',
      mandate: 'Mandaatregeling gemeente, art. 4',
      subName: 'Voorbeeld Datacenter B.V.',
      subService: 'Hosting',
      subAbroadName: 'Voorbeeld Mail Inc.',
      subAbroadService: 'E-mail',
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
      'Then check the file with `vo validate`. Every key is described in docs/format.en.md, the way of',
      'working in docs/handleiding.md, both in the npm package vo-register (node_modules/vo-register/docs/).',
    ],
    laterPhases: 'From phase signing on, vo also checks risk, processing and clauses; when active, all the rest.',
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
    processing: [
      'What the processor processes (GDPR art. 28(3)): purposes, categories of data subjects and kinds of data (required',
      'from signing on). activities: the processing activities in the register of processing (GDPR art. 30) this agreement serves.',
    ],
    specialCategories: 'special categories (GDPR art. 9), e.g. health; then the impact should be high',
    criminalData: 'criminal offence data (GDPR art. 10)',
    activities: 'id or name of the activities in the register of processing',
    risk: (months) => [
      'Risk assessment (e.g. MAPGOOD): impact and likelihood are low, medium or high.',
      `The risk sets how often to evaluate (high: ${months.high}, medium: ${months.medium}, low: ${months.low} months).`,
    ],
    method: 'with MAPGOOD, vo expects all seven components',
    components: 'MAPGOOD: people, equipment, software, data, organisation, environment, services',
    dpia: 'data protection impact assessment (GDPR art. 35)',
    dpiaOutcome: 'acceptable, acceptable-with-measures or unacceptable (then prior_consultation: date the DPA was consulted)',
    dpiaAccepted: 'date the process owner accepted the residual risk',
    signing: [
      "Signing: who signed under which mandate, and the date of the data protection officer's advice",
      '(GDPR art. 38(1); expected at high risk).',
    ],
    fgAdvice: "date of the DPO's advice",
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
      'decision a transfer is needed: adequacy, dpf (US only), scc or bcr (then with tia); derogation only for occasional transfers.',
    ],
    transfer: 'legal basis for the transfer outside the EEA',
    tia: 'date of the transfer impact assessment',
    change: "the processor's notice of a new or changed sub-processor, and our decision (accepted or objected)",
    assurance: [
      'Certificates and statements. type: iso27001, nen7510, isae3402-type1, isae3402-type2,',
      'soc2-type1, soc2-type2, tpm, pentest or other. Each item has valid_until or period_end (or both);',
      'A report no longer expected (e.g. ISAE replaced by SOC 2) gets superseded: true.',
    ],
    periodEnd: 'end of the period covered; the report counts for assurance_report_max_age_months after it',
    opinion: 'opinion: unqualified, qualified, adverse or disclaimer',
    obligations: [
      'Commitments you check periodically. For party: processor or controller (us);',
      'for frequency: once (with due), monthly, quarterly, half-yearly, yearly or on-event.',
    ],
    monitoring: 'Meetings with the processor and staff training: monthly, quarterly, half-yearly or yearly.',
    exit: [
      'Exit strategy: the exit plan (BIO2 5.20; expected at high risk) and, after the end, the confirmation',
      'that the data was deleted or returned.',
    ],
    exitPlan: 'reference to the exit plan',
    deletion: 'date of the confirmation, after the end',
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
      nature: 'Storage, consultation and disclosure',
      activity: 'Handling applications and reports',
      threats: 'Staff of the processor with too broad access',
      measures: 'Role-based access, checked yearly',
      signerName: 'P. Baker',
      signerFunction: 'Director of Operations',
      mandate: 'Delegation scheme of the municipality, art. 4',
      subName: 'Example Datacenter Ltd',
      subService: 'Hosting',
      subAbroadName: 'Example Mail Inc.',
      subAbroadService: 'E-mail',
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
