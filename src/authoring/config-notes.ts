import { defineMessages } from '../i18n/lang.js';
import type { Policy } from '../register/types.js';

/** The comments of the generated `vo.config.yaml` (docs/format.md), in the register's language. */
export interface ConfigNotes {
  header: (organisation: string) => string[];
  organisation: string;
  locale: string;
  timezone: string;
  departments: string;
  manager: string;
  placeholder: string;
  /** What vo init writes when nobody tells it the organisation or departments. */
  fallback: { organisation: string; department: { id: string; name: string } };
  policy: string[];
  policyKeys: Record<keyof Policy, string>;
  rules: string[];
}

export const configNotes = defineMessages<ConfigNotes>(
  {
    header: (organisation) => [
      `Instellingen van het register van ${organisation}, aangemaakt met \`vo init\`.`,
      'Alle sleutels en hun betekenis: docs/format.md in het npm-pakket vo-register; de werkwijze: README.md.',
    ],
    organisation: 'Naam van de organisatie, zoals die in rapporten staat.',
    locale: 'Taal van alle uitvoer en van nieuwe bestanden: nl of en.',
    timezone: 'Tijdzone voor "vandaag" en voor tijden zonder tijdzone.',
    departments: "Afdelingen: id (kleine letters, cijfers en koppeltekens) en naam. Overeenkomsten verwijzen naar de id.",
    manager: 'manager: naam van het afdelingshoofd (niet verplicht)',
    placeholder: 'VUL IN: voorlopige waarde van vo init',
    fallback: { organisation: 'Gemeente Voorbeeld', department: { id: 'algemeen', name: 'Algemeen' } },
    policy: [
      'Beleid. Hieronder staan de standaardwaarden als commentaar. Wilt u er een wijzigen, haal dan',
      "'# ' weg bij policy: en bij die regel, en pas de waarde aan.",
    ],
    policyKeys: {
      review_months: 'evaluatietermijn in maanden per risiconiveau (BIO2: leveranciers minstens jaarlijks beoordelen)',
      non_compliant_review_months: "hercontrole in maanden na de uitkomst 'voldoet niet' (non-compliant)",
      due_soon_days: 'venster voor "binnenkort" bij evaluaties en verplichtingen',
      assurance_due_soon_days: 'venster voor certificaten die binnenkort verlopen',
      agreement_end_warning_days: 'waarschuwing vóór het einde van een overeenkomst',
      grace_days: 'marge op verplichtingen, overleg en kennissessies',
      max_breach_notice_hours: 'langste aanvaardbare meldtermijn voor datalekken',
      incident_report_days: 'binnen zoveel dagen verwachten we het evaluatierapport van een incident',
      adequate_countries: 'landen buiten de EER met een adequaatheidsbesluit; een besluit met einddatum als { country: GB, until: 2031-12-27 } telt tot en met die dag',
      accepted_assurance: 'soorten certificaten en rapporten die bij hoog risico als zekerheid gelden (een pentest alleen is niet genoeg)',
      assurance_report_max_age_months: 'zoveel maanden geldt een rapport met period_end en zonder valid_until na het einde van de onderzochte periode',
    },
    rules: ['Ernst van een regel aanpassen: error, warning of off. `vo rules` toont alle regels.'],
  },
  {
    header: (organisation) => [
      `Settings of the register of ${organisation}, created with \`vo init\`.`,
      'All keys and their meaning: docs/format.en.md in the npm package vo-register; how we work: README.md.',
    ],
    organisation: 'Name of the organisation, as shown in reports.',
    locale: 'Language of all output and of new files: nl or en.',
    timezone: 'Time zone for "today" and for times without a time zone.',
    departments: 'Departments: id (lowercase letters, digits and hyphens) and name. Agreements refer to the id.',
    manager: 'manager: name of the head of department (optional)',
    placeholder: 'FILL IN: provisional value from vo init',
    fallback: { organisation: 'Example Municipality', department: { id: 'general', name: 'General' } },
    policy: [
      'Policy. The defaults are below as comments. To change one, remove the',
      "'# ' before policy: and before that line, and change the value.",
    ],
    policyKeys: {
      review_months: 'evaluation interval in months per risk level (BIO2: assess suppliers at least yearly)',
      non_compliant_review_months: 'follow-up evaluation in months after the outcome non-compliant',
      due_soon_days: 'window for "due soon" on evaluations and obligations',
      assurance_due_soon_days: 'window for certificates about to expire',
      agreement_end_warning_days: 'warning before an agreement ends',
      grace_days: 'slack on obligations, meetings and training',
      max_breach_notice_hours: 'longest acceptable breach notification term',
      incident_report_days: 'an incident evaluation report is expected within this many days',
      adequate_countries: 'countries outside the EEA with an adequacy decision; a decision with an end date as { country: GB, until: 2031-12-27 } counts up to and including that day',
      accepted_assurance: 'types of certificate and report that count as assurance at high risk (a pentest alone is not enough)',
      assurance_report_max_age_months: 'months a report with period_end and no valid_until counts after the end of the period it covers',
    },
    rules: ['Change the severity of a rule: error, warning or off. `vo rules` lists every rule.'],
  },
);
