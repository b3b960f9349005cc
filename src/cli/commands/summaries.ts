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

export const COMMAND_SUMMARIES: Record<Lang, readonly CommandSummary[]> = {
  nl: [
    {"name":"validate","term":"validate [options]","description":"controleer de integriteit: YAML, schema, unieke id's en verwijzingen"},
    {"name":"check","term":"check [options]","description":"controleer integriteit en naleving per peildatum: te late evaluaties, verlopen rapporten, datalekken"},
    {"name":"diff","term":"diff [options] <ref> [ref2]","description":"wat een wijziging met het register doet: overeenkomsten, evaluaties en incidenten erbij, eraf en gewijzigd, en nieuwe en opgeloste meldingen"},
    {"name":"rules","term":"rules [options]","description":"toon alle regels met hun ernst (na vo.config.yaml) en een omschrijving"},
    {"name":"list","term":"list [options]","description":"toon de overeenkomsten met afdeling, verwerker, fase, risico, evaluaties en status"},
    {"name":"obligations","term":"obligations [options]","description":"toon de verplichtingen per afdeling met eigenaar, laatste beoordeling, volgende keer en status"},
    {"name":"show","term":"show [options] <agreement>","description":"toon het dossier van één overeenkomst: gegevens, risico, tijdlijn, wat eraan komt en bevindingen"},
    {"name":"agenda","term":"agenda [options]","description":"toon alles wat de komende dagen (standaard 90) moet gebeuren, te late zaken eerst; ook als iCalendar"},
    {"name":"remind","term":"remind [options]","description":"mail iedere eigenaar één overzicht van wat te laat is en wat binnenkort moet gebeuren"},
    {"name":"report","term":"report [options]","description":"maak een managementrapportage in Markdown, HTML of PDF uit een Handlebars-sjabloon"},
    {"name":"site","term":"site [options]","description":"maak een statische website van het register (alleen lezen) voor collega’s zonder git: startpagina, afdelingen, dossiers, agenda en probleembestanden"},
    {"name":"trend","term":"trend [options]","description":"het verloop van het register: per maand of kwartaal het aantal overeenkomsten per status en de open meldingen per ernst, uit de git-geschiedenis"},
    {"name":"schema","term":"schema [options] [kind]","description":"toon het JSON Schema (draft-07) van agreement, evaluation, incident of config"},
    {"name":"init","term":"init [options] [dir]","description":"maak een nieuw register: config, mappen, voorbeeld, editor-schema's, CI en README"},
    {"name":"new","term":"new","description":"maak een nieuw, geldig en toegelicht bestand: agreement, evaluation of incident"},
    {"name":"import","term":"import [options] [file]","description":"lees overeenkomsten (met verplichtingen, subverwerkers en certificaten) in uit een Excel-werkmap of csv-bestand"},
  ],
  en: [
    {"name":"validate","term":"validate [options]","description":"check integrity: YAML, schema, unique ids and references"},
    {"name":"check","term":"check [options]","description":"check integrity and compliance as of a date: overdue evaluations, expired reports, breaches"},
    {"name":"diff","term":"diff [options] <ref> [ref2]","description":"what a change does to the register: agreements, evaluations and incidents added, removed and changed, and findings introduced and resolved"},
    {"name":"rules","term":"rules [options]","description":"list every rule with its severity (after vo.config.yaml) and a description"},
    {"name":"list","term":"list [options]","description":"list the agreements with department, processor, phase, risk, evaluations and status"},
    {"name":"obligations","term":"obligations [options]","description":"list the obligations per department with owner, last assessment, next due date and status"},
    {"name":"show","term":"show [options] <agreement>","description":"print one agreement's dossier: data, risk, timeline, what is coming and findings"},
    {"name":"agenda","term":"agenda [options]","description":"list everything due in the coming days (default 90), overdue first; also as iCalendar"},
    {"name":"remind","term":"remind [options]","description":"mail every owner one overview of what is overdue and what is due soon"},
    {"name":"report","term":"report [options]","description":"render a management report in Markdown, HTML or PDF from a Handlebars template"},
    {"name":"site","term":"site [options]","description":"build a static, read-only web site of the register for colleagues without git: start page, departments, dossiers, agenda and files with problems"},
    {"name":"trend","term":"trend [options]","description":"how the register developed: per month or quarter the agreements per status and the open findings per severity, from the git history"},
    {"name":"schema","term":"schema [options] [kind]","description":"print the JSON Schema (draft-07) of agreement, evaluation, incident or config"},
    {"name":"init","term":"init [options] [dir]","description":"create a new register: config, folders, sample, editor schemas, CI and README"},
    {"name":"new","term":"new","description":"create a new, valid, commented file: agreement, evaluation or incident"},
    {"name":"import","term":"import [options] [file]","description":"read agreements (with obligations, sub-processors and certificates) from an Excel workbook or csv file"},
  ],
};
