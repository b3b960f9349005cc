import type { Lang } from '../../i18n/lang.js';

/**
 * What `vo --help` says about each command, so that it loads none of them
 * (start-up). Generated from the commands themselves by test/cli/top-help.test.ts,
 * which fails when this drifts: `VO_UPDATE_DOCS=1 npx vitest run test/cli/top-help.test.ts`.
 */
export interface CommandSummary {
  name: string;
  /** As commander writes it, before translation: `diff [options] <ref> [ref2]`. */
  term: string;
  description: string;
}

const SUMMARIES: readonly (Omit<CommandSummary, 'description'> & Record<Lang, string>)[] = [
  {
    name: "validate",
    term: "validate [options]",
    nl: "controleer de integriteit: YAML, schema, unieke id's en verwijzingen",
    en: "check integrity: YAML, schema, unique ids and references",
  },
  {
    name: "check",
    term: "check [options]",
    nl: "controleer integriteit en naleving per peildatum: te late evaluaties, verlopen rapporten, datalekken",
    en: "check integrity and compliance as of a date: overdue evaluations, expired reports, breaches",
  },
  {
    name: "diff",
    term: "diff [options] <ref> [ref2]",
    nl: "wat een wijziging met het register doet: overeenkomsten, evaluaties en incidenten erbij, eraf en gewijzigd, en nieuwe en opgeloste meldingen",
    en: "what a change does to the register: agreements, evaluations and incidents added, removed and changed, and findings introduced and resolved",
  },
  {
    name: "rules",
    term: "rules [options]",
    nl: "toon alle regels met hun ernst (na vo.config.yaml) en een omschrijving",
    en: "list every rule with its severity (after vo.config.yaml) and a description",
  },
  {
    name: "list",
    term: "list [options]",
    nl: "toon de overeenkomsten met afdeling, verwerker, fase, risico, evaluaties en status",
    en: "list the agreements with department, processor, phase, risk, evaluations and status",
  },
  {
    name: "obligations",
    term: "obligations [options]",
    nl: "toon de verplichtingen per afdeling met eigenaar, laatste beoordeling, volgende keer en status",
    en: "list the obligations per department with owner, last assessment, next due date and status",
  },
  {
    name: "show",
    term: "show [options] <agreement>",
    nl: "toon het dossier van één overeenkomst: gegevens, risico, tijdlijn, wat eraan komt en bevindingen",
    en: "print one agreement's dossier: data, risk, timeline, what is coming and findings",
  },
  {
    name: "agenda",
    term: "agenda [options]",
    nl: "toon alles wat de komende dagen (standaard 90) moet gebeuren, te late zaken eerst; ook als iCalendar",
    en: "list everything due in the coming days (default 90), overdue first; also as iCalendar",
  },
  {
    name: "remind",
    term: "remind [options]",
    nl: "mail iedere eigenaar één overzicht van wat te laat is en wat binnenkort moet gebeuren",
    en: "mail every owner one overview of what is overdue and what is due soon",
  },
  {
    name: "report",
    term: "report [options]",
    nl: "maak een managementrapportage in Markdown, HTML of PDF uit een Handlebars-sjabloon",
    en: "render a management report in Markdown, HTML or PDF from a Handlebars template",
  },
  {
    name: "site",
    term: "site [options]",
    nl: "maak een statische website van het register (alleen lezen) voor collega’s zonder git: startpagina, afdelingen, dossiers, agenda en probleembestanden",
    en: "build a static, read-only web site of the register for colleagues without git: start page, departments, dossiers, agenda and files with problems",
  },
  {
    name: "trend",
    term: "trend [options]",
    nl: "het verloop van het register: per maand of kwartaal het aantal overeenkomsten per status en de open meldingen per ernst, uit de git-geschiedenis",
    en: "how the register developed: per month or quarter the agreements per status and the open findings per severity, from the git history",
  },
  {
    name: "schema",
    term: "schema [options] [kind]",
    nl: "toon het JSON Schema (draft-07) van agreement, evaluation, incident of config",
    en: "print the JSON Schema (draft-07) of agreement, evaluation, incident or config",
  },
  {
    name: "init",
    term: "init [options] [dir]",
    nl: "maak een nieuw register: config, mappen, voorbeeld, editor-schema's, CI en README",
    en: "create a new register: config, folders, sample, editor schemas, CI and README",
  },
  {
    name: "new",
    term: "new",
    nl: "maak een nieuw, geldig en toegelicht bestand: agreement, evaluation of incident",
    en: "create a new, valid, commented file: agreement, evaluation or incident",
  },
  {
    name: "import",
    term: "import [options] [file]",
    nl: "lees overeenkomsten (met verplichtingen, subverwerkers en certificaten) in uit een Excel-werkmap of csv-bestand",
    en: "read agreements (with obligations, sub-processors and certificates) from an Excel workbook or csv file",
  },
];

export const COMMAND_SUMMARIES: Record<Lang, readonly CommandSummary[]> = {
  nl: SUMMARIES.map(({ name, term, nl: description }) => ({ name, term, description })),
  en: SUMMARIES.map(({ name, term, en: description }) => ({ name, term, description })),
};
