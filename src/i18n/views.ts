import type { AssessmentStatus, AssuranceType, Frequency, Level, Phase } from '../register/types.js';
import { DOMAIN_LABELS } from './labels.js';
import { defineMessages, type Lang } from './lang.js';
import { showEn, showNl, type ShowMessages } from './views-show.js';

/** Texts of `vo list`, `vo obligations`, `vo show` and `vo agenda`: help, table headings, labels, totals, calendar. */
export interface ViewMessages {
  cmd: { list: string; obligations: string; show: string; agenda: string };
  opt: {
    format: string;
    phase: string;
    risk: string;
    listStatus: string;
    obligationStatus: string;
    owner: string;
    party: string;
    days: string;
    delimiter: string;
    bom: string;
    excel: string;
    agreementArg: string;
  };
  /** Statuses of an agreement: invalid, error, warning, ok. */
  status: Record<string, string>;
  evaluationStatus: Record<string, string>;
  obligationStatus: Record<string, string>;
  /** A risk that was never assessed. */
  notAssessed: string;
  phase: Record<Phase, string>;
  level: Record<Level, string>;
  party: Record<'processor' | 'controller', string>;
  frequency: Record<Frequency, string>;
  assessment: Record<AssessmentStatus, string>;
  kind: Record<string, string>;
  assuranceType(type: AssuranceType | string): string;
  agendaTitle: {
    evaluation: string;
    meetings: string;
    training: string;
    end: string;
    assurance(type: string): string;
    objection(subprocessor: string): string;
    authority(incident: string): string;
    report(incident: string): string;
  };
  head: {
    list: Record<'id' | 'title' | 'department' | 'processor' | 'phase' | 'risk' | 'lastEvaluation' | 'nextEvaluation' | 'evaluation' | 'errors' | 'warnings' | 'status', string>;
    obligations: Record<'agreement' | 'title' | 'party' | 'frequency' | 'owner' | 'lastAssessed' | 'nextDue' | 'status', string>;
    agenda: Record<'date' | 'when' | 'kind' | 'agreement' | 'title', string>;
  };
  /** `3 dagen te laat`, `3 dagen geleden` (past but not overdue: within grace), `vandaag`, `over 5 dagen`. */
  when(days: number, overdue: boolean): string;
  listTotal(count: number, parts: string[]): string;
  /** A status in the total line after a count of agreements: `2 met fouten`, never `1 fouten`. */
  listTotalStatus: Record<string, string>;
  obligationsTotal(count: number, parts: string[]): string;
  /** `until` is the last day of the window, already written out: `42 punten tot en met 30 december 2026, waarvan 13 te laat`. */
  agendaTotal(count: number, overdue: number, until: string): string;
  nothing: string;
  badDays(value: string): string;
  badDelimiter(value: string): string;
  csvOnly(option: string): string;
  /**
   * On stderr when files could not be read. `scoped`: only the files about the agreements in scope were
   * read (`vo show`, `--agreement`), so the count is theirs, not the register's.
   */
  integrityWarning(errors: number, scoped: boolean): string;
  /** `--format xlsx` without `--output`: a workbook does not belong on a terminal. */
  xlsxNeedsOutput: string;
  /** Worksheet names and the column headers of csv and xlsx, one per JSON key. */
  sheet: {
    list: SheetHeads<
      'id' | 'title' | 'department' | 'processor' | 'phase' | 'risk' | 'lastEvaluation' | 'nextEvaluation' | 'evaluation' | 'errors' | 'warnings' | 'status'
    >;
    obligations: SheetHeads<
      'department' | 'agreement' | 'id' | 'title' | 'party' | 'frequency' | 'owner' | 'lastAssessed' | 'lastStatus' | 'nextDue' | 'status'
    >;
    agenda: SheetHeads<'date' | 'kind' | 'agreement' | 'title' | 'owner' | 'overdue' | 'daysLate'>;
    findings: SheetHeads<'severity' | 'rule' | 'message' | 'agreement' | 'due' | 'file' | 'line' | 'column'>;
  };
  /** Example lines under `--help` of the views and `vo check`. */
  examples: { list: string[]; obligations: string[]; agenda: string[]; check: string[]; show: string[] };
  show: ShowMessages;
  ics: { calendarName(organisation: string): string; agreement: string; owner: string; file: string; overdue: string; date: string };
}

type SheetHeads<K extends string> = { name: string } & Record<K, string>;

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The labels of code values come from the one set that reports use too. */
function shared(lang: Lang) {
  const labels = DOMAIN_LABELS[lang];
  return {
    status: labels.status,
    evaluationStatus: labels.evaluationStatus,
    obligationStatus: labels.obligationStatus,
    notAssessed: labels.risk.none as string,
    phase: labels.phase as Record<Phase, string>,
    level: labels.risk as Record<Level, string>,
    party: labels.party as Record<'processor' | 'controller', string>,
    frequency: labels.frequency as Record<Frequency, string>,
    assessment: labels.assessment as Record<AssessmentStatus, string>,
  };
}

const nl: ViewMessages = {
  cmd: {
    list: 'toon de overeenkomsten met afdeling, verwerker, fase, risico, evaluaties en status',
    obligations: 'toon de verplichtingen per afdeling met eigenaar, laatste beoordeling, volgende keer en status',
    show: 'toon het dossier van één overeenkomst: gegevens, risico, tijdlijn, wat eraan komt en bevindingen',
    agenda: 'toon alles wat de komende dagen (standaard 90) moet gebeuren, te late zaken eerst; ook als iCalendar',
  },
  opt: {
    format: 'uitvoerformaat',
    phase: 'alleen deze fase(n), komma-gescheiden: draft, signing, active, ended',
    risk: 'alleen dit risiconiveau (of meerdere, komma-gescheiden): low, medium, high, of none voor niet beoordeeld (een onleesbaar bestand met onbekend risico valt onder geen ervan)',
    listStatus: 'alleen deze status(sen), komma-gescheiden: invalid, error, warning, ok',
    obligationStatus: 'alleen deze status(sen), komma-gescheiden: overdue, not-met, partially-met, ok, on-event',
    owner: 'alleen verplichtingen van deze eigenaar (deel van de naam, hoofdletters tellen niet)',
    party: 'alleen verplichtingen van deze partij: processor of controller',
    days: 'aantal dagen vooruit vanaf de peildatum',
    delimiter: 'scheidingsteken voor csv: , ; of tab (standaard ,)',
    bom: 'zet een UTF-8 byte-order mark voor de csv (dan leest Excel de tekens goed)',
    excel: 'csv voor Excel met Nederlandse instellingen: ; als scheidingsteken, met BOM, formules onschadelijk (kiest zelf --format csv)',
    agreementArg: 'id van de overeenkomst',
  },
  ...shared('nl'),
  kind: {
    evaluation: 'evaluatie',
    obligation: 'verplichting',
    meeting: 'overleg',
    training: 'kennissessie',
    assurance: 'assurance',
    'agreement-end': 'einde',
    action: 'actie',
    'subprocessor-change': 'subverwerker',
    'incident-authority': 'melding AP',
    'incident-report': 'incidentrapport',
  },
  assuranceType: (type) => DOMAIN_LABELS.nl.assuranceType[type] ?? type,
  agendaTitle: {
    evaluation: 'Periodieke evaluatie',
    meetings: 'Overleg met de verwerker',
    training: 'Kennissessie voor medewerkers',
    end: 'Einde van de overeenkomst',
    assurance: (type) => `Einde geldigheid ${type}`,
    objection: (name) => `Bezwaartermijn wijziging subverwerker ${name}`,
    authority: (incident) => `Melding aan de Autoriteit Persoonsgegevens: ${incident}`,
    report: (incident) => `Evaluatierapport van de verwerker: ${incident}`,
  },
  head: {
    list: {
      id: 'overeenkomst',
      title: 'titel',
      department: 'afdeling',
      processor: 'verwerker',
      phase: 'fase',
      risk: 'risico',
      lastEvaluation: 'laatste',
      nextEvaluation: 'volgende',
      evaluation: 'evaluatie',
      errors: 'fouten',
      warnings: 'waarsch.',
      status: 'status',
    },
    obligations: {
      agreement: 'overeenkomst',
      title: 'verplichting',
      party: 'partij',
      frequency: 'frequentie',
      owner: 'eigenaar',
      lastAssessed: 'beoordeeld',
      nextDue: 'volgende',
      status: 'status',
    },
    agenda: { date: 'datum', when: 'wanneer', kind: 'soort', agreement: 'overeenkomst', title: 'omschrijving' },
  },
  when: (days, overdue) =>
    days === 0 ? 'vandaag' : days > 0 ? `over ${n(days, 'dag', 'dagen')}` : `${n(-days, 'dag', 'dagen')} ${overdue ? 'te laat' : 'geleden'}`,
  listTotal: (count, parts) => `${n(count, 'overeenkomst', 'overeenkomsten')}${parts.length ? ': ' + parts.join(', ') : ''}`,
  listTotalStatus: { invalid: 'met een ongeldig bestand', error: 'met fouten', warning: 'met waarschuwingen', ok: 'op orde' },
  obligationsTotal: (count, parts) => `${n(count, 'verplichting', 'verplichtingen')}${parts.length ? ': ' + parts.join(', ') : ''}`,
  agendaTotal: (count, overdue, until) => `${n(count, 'punt', 'punten')} tot en met ${until}, waarvan ${overdue} te laat`,
  nothing: 'Niets gevonden.',
  badDays: (value) => `ongeldig aantal dagen \`${value}\` voor --days; geef een geheel getal van 0 tot en met 3660`,
  badDelimiter: (value) => `ongeldig scheidingsteken \`${value}\`; kies , ; of tab`,
  csvOnly: (option) => `${option} hoort bij --format csv`,
  integrityWarning: (errors, scoped) =>
    `let op: ${scoped ? 'de gelezen bestanden hebben' : 'het register heeft'} ${n(errors, 'integriteitsfout', 'integriteitsfouten')} (zie vo validate${scoped ? ' voor het hele register' : ''}); van overeenkomsten in bestanden die niet te lezen zijn, staat alleen vermeld wat wel te lezen was (status ${DOMAIN_LABELS.nl.status.invalid})`,
  xlsxNeedsOutput: '--format xlsx maakt een Excel-werkmap; geef ook --output met een bestandsnaam, bijvoorbeeld --output overzicht.xlsx',
  sheet: {
    list: {
      name: 'Overeenkomsten',
      id: 'Overeenkomst',
      title: 'Titel',
      department: 'Afdeling',
      processor: 'Verwerker',
      phase: 'Fase',
      risk: 'Risico',
      lastEvaluation: 'Laatste evaluatie',
      nextEvaluation: 'Volgende evaluatie',
      evaluation: 'Evaluatie',
      errors: 'Fouten',
      warnings: 'Waarschuwingen',
      status: 'Status',
    },
    obligations: {
      name: 'Verplichtingen',
      department: 'Afdeling',
      agreement: 'Overeenkomst',
      id: 'Verplichting',
      title: 'Omschrijving',
      party: 'Partij',
      frequency: 'Frequentie',
      owner: 'Eigenaar',
      lastAssessed: 'Laatst beoordeeld',
      lastStatus: 'Oordeel',
      nextDue: 'Volgende keer',
      status: 'Status',
    },
    agenda: { name: 'Agenda', date: 'Datum', kind: 'Soort', agreement: 'Overeenkomst', title: 'Omschrijving', owner: 'Eigenaar', overdue: 'Te laat', daysLate: 'Dagen te laat' },
    findings: {
      name: 'Bevindingen',
      severity: 'Ernst',
      rule: 'Regel',
      message: 'Melding',
      agreement: 'Overeenkomst',
      due: 'Uiterlijk',
      file: 'Bestand',
      line: 'Regelnummer',
      column: 'Kolom',
    },
  },
  examples: {
    list: [
      'vo list --status error,invalid             alleen overeenkomsten met fouten',
      'vo list --format xlsx --output overeenkomsten.xlsx',
      'vo list --excel --output overeenkomsten.csv   csv voor Excel met Nederlandse instellingen',
    ],
    obligations: ['vo obligations --department burgerzaken', 'vo obligations --format xlsx --output verplichtingen.xlsx'],
    agenda: ['vo agenda --days 30', 'vo agenda --format ics --output agenda.ics', 'vo agenda --format xlsx --output agenda.xlsx'],
    check: ['vo check --format github', 'vo check --format xlsx --output bevindingen.xlsx --fail-on never'],
    show: [
      'vo show zaaksysteem                        het dossier van agreements/zaaksysteem.yaml',
      'vo show zaaksysteem --as-of 2026-10-01     de stand op 1 oktober 2026',
      'vo show zaaksysteem --format json --output zaaksysteem.json',
    ],
  },
  show: showNl,
  ics: { calendarName: (org) => `${org} — verwerkersovereenkomsten`, agreement: 'Overeenkomst', owner: 'Eigenaar', file: 'Bestand', overdue: 'TE LAAT', date: 'Datum' },
};

const en: ViewMessages = {
  cmd: {
    list: 'list the agreements with department, processor, phase, risk, evaluations and status',
    obligations: 'list the obligations per department with owner, last assessment, next due date and status',
    show: "print one agreement's dossier: data, risk, timeline, what is coming and findings",
    agenda: 'list everything due in the coming days (default 90), overdue first; also as iCalendar',
  },
  opt: {
    format: 'output format',
    phase: 'only this phase (or several, comma-separated): draft, signing, active, ended',
    risk: 'only this risk level (or several, comma-separated): low, medium, high, or none for not assessed (an unreadable file of unknown risk is under none of them)',
    listStatus: 'only this status (or several, comma-separated): invalid, error, warning, ok',
    obligationStatus: 'only this status (or several, comma-separated): overdue, not-met, partially-met, ok, on-event',
    owner: 'only obligations of this owner (part of the name, ignoring case)',
    party: 'only obligations of this party: processor or controller',
    days: 'number of days ahead of the as-of date',
    delimiter: 'csv field separator: , ; or tab (default ,)',
    bom: 'start the csv with a UTF-8 byte-order mark (so Excel reads the characters right)',
    excel: 'csv for Excel with Dutch settings: ; as separator, with BOM, formulas defused (implies --format csv)',
    agreementArg: 'id of the agreement',
  },
  ...shared('en'),
  kind: {
    evaluation: 'evaluation',
    obligation: 'obligation',
    meeting: 'meeting',
    training: 'training',
    assurance: 'assurance',
    'agreement-end': 'end',
    action: 'action',
    'subprocessor-change': 'sub-processor',
    'incident-authority': 'authority',
    'incident-report': 'incident report',
  },
  assuranceType: (type) => DOMAIN_LABELS.en.assuranceType[type] ?? type,
  agendaTitle: {
    evaluation: 'Periodic evaluation',
    meetings: 'Meeting with the processor',
    training: 'Staff training',
    end: 'End of the agreement',
    assurance: (type) => `End of ${type} validity`,
    objection: (name) => `Objection deadline for the change to sub-processor ${name}`,
    authority: (incident) => `Notification to the supervisory authority: ${incident}`,
    report: (incident) => `Processor's evaluation report: ${incident}`,
  },
  head: {
    list: {
      id: 'agreement',
      title: 'title',
      department: 'department',
      processor: 'processor',
      phase: 'phase',
      risk: 'risk',
      lastEvaluation: 'last',
      nextEvaluation: 'next',
      evaluation: 'evaluation',
      errors: 'errors',
      warnings: 'warnings',
      status: 'status',
    },
    obligations: {
      agreement: 'agreement',
      title: 'obligation',
      party: 'party',
      frequency: 'frequency',
      owner: 'owner',
      lastAssessed: 'assessed',
      nextDue: 'next',
      status: 'status',
    },
    agenda: { date: 'date', when: 'when', kind: 'kind', agreement: 'agreement', title: 'description' },
  },
  when: (days, overdue) =>
    days === 0 ? 'today' : days > 0 ? `in ${n(days, 'day', 'days')}` : `${n(-days, 'day', 'days')} ${overdue ? 'late' : 'ago'}`,
  listTotal: (count, parts) => `${n(count, 'agreement', 'agreements')}${parts.length ? ': ' + parts.join(', ') : ''}`,
  listTotalStatus: { invalid: 'with an invalid file', error: 'with errors', warning: 'with warnings', ok: 'in order' },
  obligationsTotal: (count, parts) => `${n(count, 'obligation', 'obligations')}${parts.length ? ': ' + parts.join(', ') : ''}`,
  agendaTotal: (count, overdue, until) => `${n(count, 'item', 'items')} up to and including ${until}, ${overdue} overdue`,
  nothing: 'Nothing found.',
  badDays: (value) => `invalid number of days \`${value}\` for --days; give a whole number from 0 to 3660`,
  badDelimiter: (value) => `invalid separator \`${value}\`; choose , ; or tab`,
  csvOnly: (option) => `${option} goes with --format csv`,
  integrityWarning: (errors, scoped) =>
    `note: ${scoped ? 'the files read have' : 'the register has'} ${n(errors, 'integrity error', 'integrity errors')} (see vo validate${scoped ? ' for the whole register' : ''}); of agreements in files that cannot be read, only what could be read is shown (status ${DOMAIN_LABELS.en.status.invalid})`,
  xlsxNeedsOutput: '--format xlsx makes an Excel workbook; give --output with a file name too, e.g. --output overview.xlsx',
  sheet: {
    list: {
      name: 'Agreements',
      id: 'Agreement',
      title: 'Title',
      department: 'Department',
      processor: 'Processor',
      phase: 'Phase',
      risk: 'Risk',
      lastEvaluation: 'Last evaluation',
      nextEvaluation: 'Next evaluation',
      evaluation: 'Evaluation',
      errors: 'Errors',
      warnings: 'Warnings',
      status: 'Status',
    },
    obligations: {
      name: 'Obligations',
      department: 'Department',
      agreement: 'Agreement',
      id: 'Obligation',
      title: 'Title',
      party: 'Party',
      frequency: 'Frequency',
      owner: 'Owner',
      lastAssessed: 'Last assessed',
      lastStatus: 'Assessment',
      nextDue: 'Next due',
      status: 'Status',
    },
    agenda: { name: 'Agenda', date: 'Date', kind: 'Kind', agreement: 'Agreement', title: 'Title', owner: 'Owner', overdue: 'Overdue', daysLate: 'Days late' },
    findings: {
      name: 'Findings',
      severity: 'Severity',
      rule: 'Rule',
      message: 'Message',
      agreement: 'Agreement',
      due: 'Due',
      file: 'File',
      line: 'Line',
      column: 'Column',
    },
  },
  examples: {
    list: [
      'vo list --status error,invalid             only agreements with errors',
      'vo list --format xlsx --output agreements.xlsx',
      'vo list --excel --output agreements.csv     csv for Excel with Dutch settings',
    ],
    obligations: ['vo obligations --department burgerzaken', 'vo obligations --format xlsx --output obligations.xlsx'],
    agenda: ['vo agenda --days 30', 'vo agenda --format ics --output agenda.ics', 'vo agenda --format xlsx --output agenda.xlsx'],
    check: ['vo check --format github', 'vo check --format xlsx --output findings.xlsx --fail-on never'],
    show: [
      'vo show zaaksysteem                        the dossier of agreements/zaaksysteem.yaml',
      'vo show zaaksysteem --as-of 2026-10-01     as it stood on 1 October 2026',
      'vo show zaaksysteem --format json --output zaaksysteem.json',
    ],
  },
  show: showEn,
  ics: { calendarName: (org) => `${org} — processor agreements`, agreement: 'Agreement', owner: 'Owner', file: 'File', overdue: 'OVERDUE', date: 'Date' },
};

export const viewText = defineMessages(nl, en);
