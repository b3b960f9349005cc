import { defineMessages } from './lang.js';

/**
 * Texts of `vo site`: the command's help and messages, and the words of the
 * site's pages (`{{s "key"}}` in templates/site/). Field labels the site shares
 * with the reports come from the report words (`{{t "key"}}`).
 */
export interface SiteWords {
  skipLink: string;
  navLabel: string;
  home: string;
  agreementsPage: string;
  agendaPage: string;
  problemsPage: string;
  departmentsPage: string;
  siteTitle: string;
  readOnly: string;
  generated: string;
  internalOnly: string;
  charts: string;
  statusTable: string;
  evaluationTable: string;
  numberOfAgreements: string;
  seeAgenda: string;
  more: string;
  downloadIcs: string;
  icsHelp: string;
  agendaIntro: string;
  filterLabel: string;
  filterHint: string;
  filterCount: string;
  noProblems: string;
  brokenTitle: string;
  brokenIntro: string;
  dossierData: string;
  obligationsTitle: string;
  timelineTitle: string;
  incidentsTitle: string;
  currentFindings: string;
  evaluationFindings: string;
  openWork: string;
  when: string;
  kind: string;
  aware: string;
  authorityDeadline: string;
  closed: string;
  open: string;
  rule: string;
  line: string;
  column: string;
  backToTop: string;
  noDepartmentAgreements: string;
  overdueCount: string;
  upcomingCount: string;
  errorsAndWarnings: string;
}

export interface SiteTexts {
  description: string;
  opt: { out: string; force: string; templateDir: string };
  examples: string[];
  outRequired: string;
  outNotFolder(dir: string): string;
  outSymlink(dir: string): string;
  outParentMissing(dir: string): string;
  outNotEmpty(dir: string): string;
  outInRegister(dir: string, folder: string): string;
  outIsRegister(dir: string): string;
  templateDirMissing(dir: string): string;
  templateUnknown(file: string, known: readonly string[]): string;
  templateError(file: string, message: string): string;
  progress(done: number, total: number): string;
  wrote(files: number, dir: string, bytes: string): string;
  integrityWarning(problems: number): string;
  words: SiteWords;
}

export const siteText = defineMessages<SiteTexts>(
  {
    description: 'maak een statische website van het register (alleen lezen) voor collega’s zonder git: startpagina, afdelingen, dossiers, agenda en probleembestanden',
    opt: {
      out: 'de map voor de website (nieuw, leeg of eerder door vo site geschreven)',
      force: 'schrijf ook in een map met andere bestanden (die blijven staan)',
      templateDir: 'map met eigen sjablonen die de ingebouwde vervangen (zie docs/templates.md)',
    },
    examples: [
      'vo site --out site                                  de website van vandaag in ./site',
      'vo site --out public --as-of 2026-10-01 --lang en   Engels, stand op 1 oktober 2026',
      'vo site --out site --template-dir mijn-sjablonen    met eigen sjablonen',
      'open site/index.html                                bekijken, ook zonder webserver',
    ],
    outRequired: '--out is verplicht: de map waarin de website komt, bijv. --out site',
    outNotFolder: (dir) => `${dir} is geen map`,
    outSymlink: (dir) => `${dir} is een symbolische koppeling; kies de map zelf`,
    outParentMissing: (dir) => `de map boven ${dir} bestaat niet`,
    outNotEmpty: (dir) => `${dir} is niet leeg en niet door vo site geschreven; kies een lege map of voeg --force toe (bestaande bestanden blijven staan of worden overschreven)`,
    outInRegister: (dir, folder) => `${dir} ligt in de map ${folder} van het register; kies een map buiten de registermappen`,
    outIsRegister: (dir) => `${dir} is de map van het register zelf; kies een eigen map, bijv. --out site`,
    templateDirMissing: (dir) => `sjabloonmap ${dir} bestaat niet`,
    templateUnknown: (file, known) => `sjabloon ${file} wordt niet gebruikt; bekende namen: ${known.join(', ')}`,
    templateError: (file, message) => `fout in sjabloon ${file}: ${message}`,
    progress: (done, total) => `pagina’s schrijven: ${done}/${total}`,
    wrote: (files, dir, bytes) => `${files} bestanden geschreven in ${dir} (${bytes})`,
    integrityWarning: (problems) => `${problems} ${problems === 1 ? 'bestand heeft' : 'bestanden hebben'} integriteitsfouten; ze staan op de pagina Probleembestanden`,
    words: {
      skipLink: 'Naar de inhoud',
      navLabel: 'Hoofdmenu',
      home: 'Overzicht',
      agreementsPage: 'Overeenkomsten',
      agendaPage: 'Agenda',
      problemsPage: 'Probleembestanden',
      departmentsPage: 'Afdelingen',
      siteTitle: 'Register verwerkersovereenkomsten',
      readOnly: 'Alleen lezen: wijzigingen gaan via de YAML-bestanden van het register.',
      generated: 'Gemaakt met vo',
      internalOnly: 'Intern: bevat persoonsgegevens van medewerkers en gegevens over incidenten.',
      charts: 'Grafieken',
      statusTable: 'Overeenkomsten per status',
      evaluationTable: 'Periodieke evaluaties',
      numberOfAgreements: 'Aantal overeenkomsten',
      seeAgenda: 'De hele lijst staat in de agenda.',
      more: 'en nog',
      downloadIcs: 'Agenda downloaden (iCalendar, .ics)',
      icsHelp: 'Te openen in Outlook, Google Agenda of Apple Agenda; een volgende download werkt dezelfde afspraken bij.',
      agendaIntro: 'Alles wat te laat is en alles wat in de komende 90 dagen aan de beurt is.',
      filterLabel: 'Tabel filteren',
      filterHint: 'Typ om alleen rijen met deze tekst te tonen',
      filterCount: 'rijen zichtbaar',
      noProblems: 'Alle bestanden zijn leesbaar en voldoen aan hun schema.',
      brokenTitle: 'Onleesbare overeenkomsten',
      brokenIntro: 'Deze bestanden tellen mee als ongeldig, maar hun gegevens ontbreken op deze website tot de fout is hersteld.',
      dossierData: 'Gegevens',
      obligationsTitle: 'Verplichtingen',
      timelineTitle: 'Tijdlijn',
      incidentsTitle: 'Incidenten',
      currentFindings: 'Huidige bevindingen van vo check',
      evaluationFindings: 'Open acties uit evaluaties',
      openWork: 'Openstaand',
      when: 'Wanneer',
      kind: 'Soort',
      aware: 'Ontdekt',
      authorityDeadline: 'Termijn AP',
      closed: 'afgesloten',
      open: 'open',
      rule: 'Regel',
      line: 'Regel',
      column: 'Kolom',
      backToTop: 'Naar boven',
      noDepartmentAgreements: 'Deze afdeling heeft geen overeenkomsten.',
      overdueCount: 'te laat',
      upcomingCount: 'binnenkort',
      errorsAndWarnings: 'Fouten en waarschuwingen',
    },
  },
  {
    description: 'build a static, read-only web site of the register for colleagues without git: start page, departments, dossiers, agenda and files with problems',
    opt: {
      out: 'the folder for the site (new, empty, or written by vo site before)',
      force: 'also write into a folder that holds other files (they stay or are overwritten)',
      templateDir: 'folder with your own templates that replace the built-in ones (see docs/templates.md)',
    },
    examples: [
      'vo site --out site                                  today’s site in ./site',
      'vo site --out public --as-of 2026-10-01 --lang en   English, as of 1 October 2026',
      'vo site --out site --template-dir my-templates      with your own templates',
      'open site/index.html                                view it, no web server needed',
    ],
    outRequired: '--out is required: the folder for the site, e.g. --out site',
    outNotFolder: (dir) => `${dir} is not a folder`,
    outSymlink: (dir) => `${dir} is a symbolic link; name the folder itself`,
    outParentMissing: (dir) => `the folder above ${dir} does not exist`,
    outNotEmpty: (dir) => `${dir} is not empty and was not written by vo site; choose an empty folder or add --force (existing files stay or are overwritten)`,
    outInRegister: (dir, folder) => `${dir} is inside the register's ${folder} folder; choose a folder outside the record folders`,
    outIsRegister: (dir) => `${dir} is the register's own folder; choose a folder of its own, e.g. --out site`,
    templateDirMissing: (dir) => `template folder ${dir} does not exist`,
    templateUnknown: (file, known) => `template ${file} is not used; known names: ${known.join(', ')}`,
    templateError: (file, message) => `error in template ${file}: ${message}`,
    progress: (done, total) => `writing pages: ${done}/${total}`,
    wrote: (files, dir, bytes) => `wrote ${files} files to ${dir} (${bytes})`,
    integrityWarning: (problems) => `${problems} ${problems === 1 ? 'file has' : 'files have'} integrity errors; they are listed on the page Files with problems`,
    words: {
      skipLink: 'Skip to content',
      navLabel: 'Main menu',
      home: 'Overview',
      agreementsPage: 'Agreements',
      agendaPage: 'Agenda',
      problemsPage: 'Files with problems',
      departmentsPage: 'Departments',
      siteTitle: 'Register of processor agreements',
      readOnly: 'Read only: changes go through the register’s YAML files.',
      generated: 'Made with vo',
      internalOnly: 'Internal: holds personal data of staff and details of incidents.',
      charts: 'Charts',
      statusTable: 'Agreements by status',
      evaluationTable: 'Periodic evaluations',
      numberOfAgreements: 'Number of agreements',
      seeAgenda: 'The full list is in the agenda.',
      more: 'and',
      downloadIcs: 'Download the agenda (iCalendar, .ics)',
      icsHelp: 'Opens in Outlook, Google Calendar or Apple Calendar; a later download updates the same events.',
      agendaIntro: 'Everything that is overdue and everything due in the next 90 days.',
      filterLabel: 'Filter the table',
      filterHint: 'Type to show only rows with this text',
      filterCount: 'rows shown',
      noProblems: 'Every file can be read and meets its schema.',
      brokenTitle: 'Agreements that cannot be read',
      brokenIntro: 'These files count as invalid, but their data is missing from this site until the error is fixed.',
      dossierData: 'Details',
      obligationsTitle: 'Obligations',
      timelineTitle: 'Timeline',
      incidentsTitle: 'Incidents',
      currentFindings: 'Current findings of vo check',
      evaluationFindings: 'Open actions from evaluations',
      openWork: 'Open work',
      when: 'When',
      kind: 'Kind',
      aware: 'Discovered',
      authorityDeadline: 'DPA deadline',
      closed: 'closed',
      open: 'open',
      rule: 'Rule',
      line: 'Line',
      column: 'Column',
      backToTop: 'Back to top',
      noDepartmentAgreements: 'This department has no agreements.',
      overdueCount: 'overdue',
      upcomingCount: 'due soon',
      errorsAndWarnings: 'Errors and warnings',
    },
  },
);
