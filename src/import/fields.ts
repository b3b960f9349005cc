/**
 * What `vo import` can read from a spreadsheet: per kind of sheet, the fields of
 * the agreement format (docs/format.md, only those today's schema has), how a cell's
 * value is read, and the column headers it is found under by default, in Dutch
 * and English. The first header of each language is the one the example sheet
 * (`vo import --template`) uses and messages name.
 */
export const SHEET_KINDS = ['agreements', 'obligations', 'subprocessors', 'assurance'] as const;
export type SheetKind = (typeof SHEET_KINDS)[number];

/** Code values that have words of their own in a sheet (src/import/choices.ts). */
export type ChoiceKind = 'phase' | 'level' | 'cadence' | 'frequency' | 'party' | 'transfer' | 'assurance' | 'comparison' | 'exitMethod';

export type ValueKind =
  | 'text'
  | 'list'
  | 'date'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'kvk'
  | 'email'
  | 'country'
  | 'department'
  | 'agreement'
  | 'id'
  | 'approved'
  | { choice: ChoiceKind };

export interface FieldSpec {
  /** Dotted path in the record, e.g. `processor.kvk`; in a child sheet, the path inside the item. */
  path: string;
  kind: ValueKind;
  required?: boolean;
  headers: { nl: readonly string[]; en: readonly string[] };
}

const f = (path: string, kind: ValueKind, nl: string[], en: string[], required = false): FieldSpec => ({ path, kind, headers: { nl, en }, ...(required ? { required } : {}) });
const choice = (kind: ChoiceKind): ValueKind => ({ choice: kind });

const CLAUSES: FieldSpec[] = [
  f('clauses.instructions', 'text', ['Artikel instructies', 'Instructies'], ['Clause instructions']),
  f('clauses.confidentiality', 'text', ['Artikel geheimhouding', 'Geheimhouding'], ['Clause confidentiality']),
  f('clauses.security', 'text', ['Artikel beveiliging', 'Beveiliging'], ['Clause security']),
  f('clauses.subprocessors', 'text', ['Artikel subverwerkers'], ['Clause sub-processors', 'Clause subprocessors']),
  f('clauses.data_subject_rights', 'text', ['Artikel rechten betrokkenen', 'Rechten betrokkenen'], ['Clause data subject rights']),
  f('clauses.assistance', 'text', ['Artikel bijstand', 'Bijstand'], ['Clause assistance']),
  f('clauses.deletion_return', 'text', ['Artikel verwijderen of teruggeven', 'Verwijderen of teruggeven'], ['Clause deletion or return']),
  f('clauses.audits', 'text', ['Artikel audits', 'Audits'], ['Clause audits']),
];

export const FIELDS: Record<SheetKind, readonly FieldSpec[]> = {
  agreements: [
    f('id', 'id', ['Id', 'Sleutel'], ['Id', 'Key']),
    f('title', 'text', ['Titel', 'Naam overeenkomst', 'Overeenkomst'], ['Title', 'Agreement', 'Name'], true),
    f('department', 'department', ['Afdeling', 'Eigenaar-afdeling'], ['Department'], true),
    f('process_owner.name', 'text', ['Proceseigenaar', 'Eigenaar', 'Verantwoordelijke'], ['Process owner', 'Owner'], true),
    f('process_owner.email', 'email', ['E-mail proceseigenaar', 'E-mailadres proceseigenaar'], ['Process owner email', 'Owner email']),
    f('process_owner.function', 'text', ['Functie proceseigenaar'], ['Process owner function', 'Owner function']),
    f('processor.name', 'text', ['Verwerker', 'Naam verwerker', 'Leverancier'], ['Processor', 'Processor name', 'Supplier', 'Vendor'], true),
    f('processor.kvk', 'kvk', ['KvK-nummer', 'KvK', 'KvK verwerker'], ['KvK', 'KvK number', 'Chamber of Commerce number']),
    f('processor.contact.name', 'text', ['Contactpersoon', 'Contactpersoon verwerker'], ['Contact', 'Contact name']),
    f('processor.contact.email', 'email', ['E-mail contactpersoon', 'E-mail verwerker'], ['Contact email']),
    f('processor.contact.phone', 'text', ['Telefoon contactpersoon', 'Telefoon verwerker'], ['Contact phone']),
    f('processor.breach_contact.name', 'text', ['Contact datalekken'], ['Breach contact']),
    f('processor.breach_contact.email', 'email', ['E-mail datalekken', 'Meldadres datalekken'], ['Breach contact email', 'Breach email']),
    f('processor.breach_contact.phone', 'text', ['Telefoon datalekken'], ['Breach contact phone']),
    f('service', 'text', ['Dienst', 'Applicatie', 'Applicatie of dienst', 'Systeem'], ['Service', 'Application', 'System']),
    f('phase', choice('phase'), ['Fase', 'Status'], ['Phase', 'Status']),
    f('template.name', 'text', ['Model', 'Modelovereenkomst', 'Sjabloon'], ['Template', 'Model']),
    f('template.version', 'text', ['Versie model', 'Modelversie'], ['Template version']),
    f('dates.signed', 'date', ['Ondertekend', 'Datum ondertekening', 'Getekend'], ['Signed', 'Date signed', 'Signing date']),
    f('dates.start', 'date', ['Ingangsdatum', 'Startdatum', 'Begindatum', 'Ingang'], ['Start', 'Start date', 'Effective date']),
    f('dates.end', 'date', ['Einddatum', 'Einde'], ['End', 'End date']),
    f('processing.purposes', 'list', ['Doelen', 'Doel', 'Verwerkingsdoelen'], ['Purposes', 'Purpose']),
    f('processing.data_subjects', 'list', ['Betrokkenen', 'Categorieën betrokkenen'], ['Data subjects']),
    f('processing.data_categories', 'list', ['Persoonsgegevens', 'Soorten persoonsgegevens', 'Categorieën persoonsgegevens'], ['Data categories', 'Personal data']),
    f('processing.special_categories', 'list', ['Bijzondere persoonsgegevens', 'Bijzondere categorieën'], ['Special categories']),
    f('processing.approx_subjects', 'integer', ['Aantal betrokkenen'], ['Number of data subjects', 'Approx subjects']),
    f('risk.level', choice('level'), ['Risico', 'Risiconiveau', 'Risicoklasse'], ['Risk', 'Risk level']),
    f('risk.impact', choice('level'), ['Impact'], ['Impact']),
    f('risk.likelihood', choice('level'), ['Kans', 'Waarschijnlijkheid'], ['Likelihood', 'Probability']),
    f('risk.assessed', 'date', ['Datum risicoanalyse', 'Risicoanalyse'], ['Risk assessed', 'Risk assessment date']),
    f('risk.method', 'text', ['Methode risicoanalyse', 'Risicomethode'], ['Risk method']),
    f('risk.dpia.required', 'boolean', ['DPIA nodig', 'DPIA verplicht', 'DPIA'], ['DPIA required', 'DPIA']),
    f('risk.dpia.date', 'date', ['Datum DPIA', 'DPIA uitgevoerd'], ['DPIA date']),
    f('risk.dpia.ref', 'text', ['DPIA-rapport', 'Link DPIA'], ['DPIA report']),
    f('review_months', 'integer', ['Evaluatietermijn (maanden)', 'Evaluatietermijn'], ['Review months', 'Review interval']),
    f('breach_notice_hours', 'integer', ['Meldtermijn datalek (uren)', 'Meldtermijn datalek', 'Meldtermijn'], ['Breach notice hours', 'Breach notice']),
    ...CLAUSES,
    f('monitoring.meetings', choice('cadence'), ['Overleg', 'Overleg met verwerker'], ['Meetings']),
    f('monitoring.training', choice('cadence'), ['Kennissessies', 'Kennissessie'], ['Training']),
    f('exit.deletion_confirmed', 'date', ['Verwijdering bevestigd'], ['Deletion confirmed']),
    f('exit.method', choice('exitMethod'), ['Verwijderd of teruggegeven'], ['Deleted or returned']),
    f('documents.ref', 'text', ['Link overeenkomst', 'Vindplaats', 'Document'], ['Agreement link', 'Document']),
    f('notes', 'text', ['Opmerkingen', 'Toelichting', 'Notities'], ['Notes', 'Remarks', 'Comments']),
  ],
  obligations: [
    f('agreement', 'agreement', ['Overeenkomst'], ['Agreement'], true),
    f('id', 'id', ['Id', 'Sleutel'], ['Id', 'Key']),
    f('title', 'text', ['Verplichting', 'Omschrijving', 'Titel'], ['Obligation', 'Title'], true),
    f('party', choice('party'), ['Partij', 'Wie'], ['Party'], true),
    f('frequency', choice('frequency'), ['Frequentie', 'Hoe vaak'], ['Frequency'], true),
    f('category', 'text', ['Categorie', 'Soort'], ['Category']),
    f('owner', 'text', ['Eigenaar', 'Bewaker'], ['Owner']),
    f('department', 'department', ['Afdeling'], ['Department']),
    f('due', 'date', ['Uiterste datum', 'Deadline'], ['Due', 'Due date', 'Deadline']),
    f('clause', 'text', ['Artikel'], ['Clause']),
    f('kpi.metric', 'text', ['KPI', 'Norm'], ['KPI', 'Metric']),
    f('kpi.target', 'number', ['Normwaarde', 'Streefwaarde'], ['Target']),
    f('kpi.comparison', choice('comparison'), ['Vergelijking'], ['Comparison']),
    f('kpi.unit', 'text', ['Eenheid'], ['Unit']),
  ],
  subprocessors: [
    f('agreement', 'agreement', ['Overeenkomst'], ['Agreement'], true),
    f('name', 'text', ['Subverwerker', 'Naam'], ['Sub-processor', 'Subprocessor', 'Name'], true),
    f('service', 'text', ['Dienst'], ['Service']),
    f('country', 'country', ['Land', 'Vestigingsland', 'Land van verwerking'], ['Country'], true),
    f('transfer', choice('transfer'), ['Doorgifte', 'Grondslag doorgifte'], ['Transfer', 'Transfer basis']),
    f('approved', 'approved', ['Goedgekeurd'], ['Approved']),
  ],
  assurance: [
    f('agreement', 'agreement', ['Overeenkomst'], ['Agreement'], true),
    f('type', choice('assurance'), ['Soort', 'Certificaat', 'Type'], ['Type', 'Certificate'], true),
    f('valid_until', 'date', ['Geldig tot', 'Vervaldatum'], ['Valid until', 'Expiry date'], true),
    f('issuer', 'text', ['Uitgever', 'Certificerende instelling', 'Auditor'], ['Issuer', 'Auditor']),
    f('scope', 'text', ['Reikwijdte', 'Scope'], ['Scope']),
    f('received', 'date', ['Ontvangen', 'Datum ontvangen'], ['Received', 'Date received']),
    f('document', 'text', ['Document', 'Link'], ['Document', 'Link']),
  ],
};

/** Default sheet names per kind; a workbook with one sheet reads it as the agreements. */
export const SHEET_NAMES: Record<SheetKind, { nl: readonly string[]; en: readonly string[] }> = {
  agreements: { nl: ['Overeenkomsten', 'Verwerkersovereenkomsten'], en: ['Agreements', 'Processor agreements'] },
  obligations: { nl: ['Verplichtingen'], en: ['Obligations'] },
  subprocessors: { nl: ['Subverwerkers'], en: ['Sub-processors', 'Subprocessors'] },
  assurance: { nl: ['Certificaten', 'Assurance'], en: ['Assurance', 'Certificates'] },
};

export function fieldOf(kind: SheetKind, path: string): FieldSpec | undefined {
  return FIELDS[kind].find((field) => field.path === path);
}

