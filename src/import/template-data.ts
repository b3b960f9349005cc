import { defineMessages } from '../i18n/lang.js';
import type { SheetKind } from './fields.js';

/** A value per field path; dates as `YYYY-MM-DD` (written as date cells), numbers as numbers. */
export type TemplateRow = Record<string, string | number>;

/**
 * The example of `vo import --template`: two agreements (one in force, one
 * being drafted) with obligations, sub-processors and a certificate, written
 * the way people type them (words, Dutch dates, country names), so importing it
 * shows every step. The second names a department a new register lacks.
 */
export interface TemplateData {
  files: { sheet: string; mapping: string };
  columns: Record<SheetKind, string[]>;
  rows: Record<SheetKind, TemplateRow[]>;
  mappingComments: {
    header: string[];
    sheet: Record<SheetKind, string>;
    headerRow: string;
    more: string;
    values: string[];
    defaults: string[];
  };
}

const COLUMNS: Record<SheetKind, string[]> = {
  agreements: [
    'title', 'department', 'process_owner.name', 'process_owner.email', 'processor.name', 'processor.kvk', 'service', 'phase',
    'dates.signed', 'dates.start', 'dates.end', 'risk.impact', 'risk.likelihood', 'processing.purposes', 'processing.data_subjects',
    'processing.data_categories', 'breach_notice_hours', 'risk.dpia.required', 'monitoring.meetings', 'clauses.instructions',
    'clauses.confidentiality', 'clauses.security', 'clauses.subprocessors', 'clauses.data_subject_rights', 'clauses.assistance',
    'clauses.deletion_return', 'clauses.audits', 'notes',
  ],
  obligations: ['agreement', 'title', 'party', 'frequency', 'owner', 'due', 'kpi.metric', 'kpi.comparison', 'kpi.target', 'kpi.unit'],
  subprocessors: ['agreement', 'name', 'service', 'country', 'transfer', 'approved'],
  assurance: ['agreement', 'type', 'valid_until', 'issuer', 'received'],
};

const CLAUSE_REFS = {
  'clauses.instructions': 'art. 3',
  'clauses.confidentiality': 'art. 6',
  'clauses.security': 'art. 7',
  'clauses.subprocessors': 'art. 8',
  'clauses.data_subject_rights': 'art. 10',
  'clauses.assistance': 'art. 11',
  'clauses.deletion_return': 'art. 14',
  'clauses.audits': 'art. 12',
};

export const templateData = defineMessages<TemplateData>(
  {
    files: { sheet: 'overeenkomsten.xlsx', mapping: 'koppeling.yaml' },
    columns: COLUMNS,
    rows: {
      agreements: [
        {
          title: 'Verwerkersovereenkomst zaaksysteem', department: 'Burgerzaken', 'process_owner.name': 'J. Jansen',
          'process_owner.email': 'j.jansen@gemeente.example', 'processor.name': 'Voorbeeld Software B.V.', 'processor.kvk': '01234567',
          service: 'Zaaksysteem (SaaS)', phase: 'beheer', 'dates.signed': '2026-01-15', 'dates.start': '2026-02-01', 'risk.impact': 'middel',
          'risk.likelihood': 'laag', 'processing.purposes': 'Zaakgericht werken; Behandelen van aanvragen', 'processing.data_subjects': 'Inwoners; Medewerkers',
          'processing.data_categories': 'NAW-gegevens; BSN; Contactgegevens', breach_notice_hours: 24, 'risk.dpia.required': 'nee',
          'monitoring.meetings': 'per kwartaal', ...CLAUSE_REFS, notes: 'Voorbeeld uit vo import --template; vervang het door uw eigen overeenkomsten.',
        },
        {
          title: 'Verwerkersovereenkomst jeugdhulpportaal', department: 'Sociaal Domein', 'process_owner.name': 'A. de Vries',
          'processor.name': 'Voorbeeld Zorgportaal B.V.', 'processor.kvk': '87654321', service: 'Portaal voor jeugdhulpaanbieders', phase: 'concept',
          'risk.impact': 'hoog', 'risk.likelihood': 'middel', 'processing.purposes': 'Toewijzen en declareren van jeugdhulp',
          'processing.data_subjects': 'Jeugdigen; Ouders', 'processing.data_categories': 'NAW-gegevens; BSN; Gegevens over hulpverlening',
          breach_notice_hours: 24, 'risk.dpia.required': 'ja',
        },
      ],
      obligations: [
        { agreement: 'Verwerkersovereenkomst zaaksysteem', title: 'Maandelijkse beschikbaarheidsrapportage', party: 'verwerker', frequency: 'maandelijks', owner: 'Functioneel beheer', 'kpi.metric': 'beschikbaarheid', 'kpi.comparison': 'minimaal', 'kpi.target': 99.5, 'kpi.unit': '%' },
        { agreement: 'Verwerkersovereenkomst zaaksysteem', title: 'Jaarlijks pentestrapport aanleveren', party: 'verwerker', frequency: 'jaarlijks', owner: 'CISO' },
        { agreement: 'Verwerkersovereenkomst jeugdhulpportaal', title: 'DPIA afronden voor ingebruikname', party: 'gemeente', frequency: 'eenmalig', owner: 'Privacy officer', due: '2026-12-31' },
      ],
      subprocessors: [
        { agreement: 'Verwerkersovereenkomst zaaksysteem', name: 'Voorbeeld Datacenter B.V.', service: 'Hosting', country: 'Nederland', approved: 'ja' },
        { agreement: 'Verwerkersovereenkomst zaaksysteem', name: 'Voorbeeld Mail Inc.', service: 'E-mailverzending', country: 'Verenigde Staten', transfer: 'Data Privacy Framework', approved: 'ja' },
      ],
      assurance: [{ agreement: 'Verwerkersovereenkomst zaaksysteem', type: 'ISO 27001', valid_until: '2027-06-30', issuer: 'Certificeringsinstituut Voorbeeld', received: '2026-07-01' }],
    },
    mappingComments: {
      header: [
        'Koppeling voor vo import: welke kolom van het werkblad welk veld van vo is.',
        'Links staat het veld (Engels, zoals in de bestanden van het register), rechts de kop',
        'van de kolom in uw werkblad; geef er meer als lijst: [Afdeling, Dienst]. Een veld dat hier',
        'niet staat, zoekt vo onder de gebruikelijke Nederlandse en Engelse koppen; zet een veld op',
        '[] om het over te slaan. Kolommen zonder veld worden niet ingelezen.',
      ],
      sheet: {
        agreements: 'Het blad met één rij per overeenkomst.',
        obligations: 'Verplichtingen; de kolom Overeenkomst noemt de titel (of id) uit het blad met overeenkomsten.',
        subprocessors: 'Subverwerkers; land als naam (Duitsland) of code (DE).',
        assurance: 'Certificaten en verklaringen (ISO 27001, ISAE 3402, pentest…).',
      },
      headerRow: 'De rij met de koppen; zonder deze regel zoekt vo die zelf in de eerste 20 rijen.',
      more: 'Andere velden die vo kan inlezen, met hun gebruikelijke kop:',
      values: ['Eigen woorden voor vaste waarden, bijvoorbeeld:', 'values:', '  phase:', '    Lopend contract: active', '  department:', '    KCC: klantcontact'],
      defaults: ['Een waarde voor lege cellen of een ontbrekende kolom, bijvoorbeeld:', 'defaults:', '  phase: draft'],
    },
  },
  {
    files: { sheet: 'agreements.xlsx', mapping: 'mapping.yaml' },
    columns: COLUMNS,
    rows: {
      agreements: [
        {
          title: 'Processor agreement case management', department: 'Civil Affairs', 'process_owner.name': 'J. Smith',
          'process_owner.email': 'j.smith@municipality.example', 'processor.name': 'Example Software Ltd', 'processor.kvk': '01234567',
          service: 'Case management system (SaaS)', phase: 'active', 'dates.signed': '2026-01-15', 'dates.start': '2026-02-01', 'risk.impact': 'medium',
          'risk.likelihood': 'low', 'processing.purposes': 'Case handling; Handling applications', 'processing.data_subjects': 'Residents; Staff',
          'processing.data_categories': 'Name and address; Citizen service number (BSN); Contact details', breach_notice_hours: 24, 'risk.dpia.required': 'no',
          'monitoring.meetings': 'quarterly', ...CLAUSE_REFS, notes: 'Example from vo import --template; replace it with your own agreements.',
        },
        {
          title: 'Processor agreement youth care portal', department: 'Social Services', 'process_owner.name': 'A. Baker',
          'processor.name': 'Example Care Portal Ltd', 'processor.kvk': '87654321', service: 'Portal for youth care providers', phase: 'draft',
          'risk.impact': 'high', 'risk.likelihood': 'medium', 'processing.purposes': 'Assigning and invoicing youth care',
          'processing.data_subjects': 'Young people; Parents', 'processing.data_categories': 'Name and address; Citizen service number (BSN); Care data',
          breach_notice_hours: 24, 'risk.dpia.required': 'yes',
        },
      ],
      obligations: [
        { agreement: 'Processor agreement case management', title: 'Monthly availability report', party: 'processor', frequency: 'monthly', owner: 'Application management', 'kpi.metric': 'availability', 'kpi.comparison': 'at least', 'kpi.target': 99.5, 'kpi.unit': '%' },
        { agreement: 'Processor agreement case management', title: 'Yearly pentest report', party: 'processor', frequency: 'yearly', owner: 'CISO' },
        { agreement: 'Processor agreement youth care portal', title: 'Complete the DPIA before going live', party: 'controller', frequency: 'once', owner: 'Privacy officer', due: '2026-12-31' },
      ],
      subprocessors: [
        { agreement: 'Processor agreement case management', name: 'Example Datacenter Ltd', service: 'Hosting', country: 'Netherlands', approved: 'yes' },
        { agreement: 'Processor agreement case management', name: 'Example Mail Inc.', service: 'Email delivery', country: 'United States', transfer: 'Data Privacy Framework', approved: 'yes' },
      ],
      assurance: [{ agreement: 'Processor agreement case management', type: 'ISO 27001', valid_until: '2027-06-30', issuer: 'Example Certification Body', received: '2026-07-01' }],
    },
    mappingComments: {
      header: [
        'Mapping for vo import: which column of the sheet is which field of vo.',
        'On the left the field (as in the register files), on the right the header of the column',
        'in your sheet; give several as a list: [Department, Unit]. A field not named here is',
        'looked for under the usual Dutch and English headers; set a field to [] to leave it out.',
        'Columns without a field are not imported.',
      ],
      sheet: {
        agreements: 'The sheet with one row per agreement.',
        obligations: 'Obligations; the column Agreement names the title (or id) from the agreements sheet.',
        subprocessors: 'Sub-processors; country as a name (Germany) or code (DE).',
        assurance: 'Certificates and statements (ISO 27001, ISAE 3402, pentest…).',
      },
      headerRow: 'The row with the headers; without this line vo looks for it in the first 20 rows.',
      more: 'Other fields vo can read, with their usual header:',
      values: ['Own words for fixed values, for example:', 'values:', '  phase:', '    Running contract: active', '  department:', '    Front office: customer-contact'],
      defaults: ['A value for empty cells or a missing column, for example:', 'defaults:', '  phase: draft'],
    },
  },
);
