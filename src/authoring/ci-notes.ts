import { defineMessages } from '../i18n/lang.js';

/** Comments and step names of the generated CI files, in the register's language. */
export interface CiNotes {
  created: (version: string) => string;
  prHeader: string[];
  scheduledHeader: string[];
  install: string[];
  dir: string;
  failOn: string[];
  fetchBase: string;
  sarifPermission: string;
  uploadNote: string[];
  prJob: string;
  scheduledJob: string;
  stepFetch: string;
  stepInstall: string;
  stepDiff: string;
  stepNewSince: string;
  stepSummary: string;
  stepSarif: string;
  stepUpload: string;
  stepCheck: string;
  agendaHeading: string;
  gitlabHeader: string[];
  gitlabIncluded: (path: string) => string[];
  gitlabDepth: string;
  gitlabDefaultBranch: string;
  /** The optional job that publishes `vo site` with GitHub or GitLab Pages (docs/site.md). */
  pagesNote: string[];
  githubPagesNote: string[];
  gitlabPagesNote: string[];
  pagesJob: string;
  stepSite: string;
  githubPagesSwitch: string;
  gitlabPagesSwitch: string;
}

export const ciNotes = defineMessages<CiNotes>(
  {
    created: (version) => `Aangemaakt met \`vo init\` (vo ${version}); uitleg in README.md.`,
    prHeader: [
      'vo bij elke pull request: alleen meldingen die de pull request zelf veroorzaakt, laten hem mislukken.',
      'Wat de wijziging met het register doet, staat in de samenvatting van de run.',
    ],
    scheduledHeader: [
      'vo elke maandagochtend (UTC) en op verzoek (Actions > vo wekelijks > Run workflow): het hele register.',
      'Termijnen verlopen ook zonder wijzigingen; deze run wordt rood als er iets te laat is.',
    ],
    install: [
      'Hoe vo wordt geïnstalleerd: een npm-pakket met vaste versie, of een tarball-, registry- of git-URL (zie README.md).',
      'De versie ligt vast, zodat een nieuwe vo niet ongemerkt andere meldingen geeft.',
    ],
    dir: 'De map van het register in de repository; "." als het register de hele repository is.',
    failOn: [
      'error: rood bij een fout, zoals een te late evaluatie of actie of verlopen assurance;',
      'warning: ook bij te late verplichtingen en overleggen en bij wat binnenkort verloopt.',
    ],
    fetchBase: 'De checkout bevat alleen de pull request; haal de basis erbij om mee te vergelijken.',
    sarifPermission: 'nodig om het SARIF-rapport naar code scanning te sturen',
    uploadNote: [
      'Zonder code scanning (een privé-repository zonder GitHub Advanced Security) mislukt deze stap;',
      'de controle in de laatste stap blijft dan gewoon gelden.',
    ],
    prJob: 'vo check (nieuwe meldingen)',
    scheduledJob: 'vo check (hele register)',
    stepFetch: 'Basis van de pull request ophalen',
    stepInstall: 'vo installeren',
    stepDiff: 'Wijzigingen in de samenvatting',
    stepNewSince: 'vo check (alleen nieuwe meldingen tellen)',
    stepSummary: 'Meldingen en agenda in de samenvatting',
    stepSarif: 'SARIF-rapport maken',
    stepUpload: 'SARIF publiceren in code scanning',
    stepCheck: 'vo check (rood als er iets te laat is)',
    agendaHeading: 'Agenda: te laat en de komende 30 dagen',
    gitlabHeader: [
      'vo in GitLab CI. Bij elke merge request tellen alleen nieuwe meldingen; het codekwaliteitsrapport',
      'toont ze bij de merge request en vo-diff.md zegt wat de wijziging met het register doet.',
      'Plan ook een wekelijkse pipeline (Build > Pipeline schedules): termijnen verlopen ook zonder wijzigingen.',
    ],
    gitlabIncluded: (path) => ['Neem dit bestand op in .gitlab-ci.yml van de repository:', '  include:', `    - local: ${path}`],
    gitlabDepth: 'de hele geschiedenis, zodat het beginpunt van de merge request er is',
    gitlabDefaultBranch: 'Het codekwaliteitsrapport van de hoofdtak: daarmee vergelijkt GitLab dat van een merge request.',
    pagesNote: [
      'Optioneel: de website van het register (vo site), alleen als VO_PAGES "true" is.',
      'LET OP: de website bevat persoonsgegevens van medewerkers en gegevens over incidenten.',
      'Publiceer hem alleen voor collega\u2019s; zie docs/site.md voor interne publicatie.',
    ],
    githubPagesNote: [
      'GitHub Pages is openbaar op internet, ook bij een privé-repository, behalve met GitHub Enterprise Cloud',
      'en de zichtbaarheid "Private" (Settings > Pages). Zet VO_PAGES bovenin dit bestand alleen dan op "true".',
    ],
    gitlabPagesNote: [
      'Zet eerst Pages-toegangsbeheer aan (Settings > General > Visibility > Pages: Only project members)',
      'en zet dan VO_PAGES op "true" (hierboven, of als variabele in Settings > CI/CD > Variables).',
    ],
    pagesJob: 'vo site (Pages)',
    stepSite: 'Website van het register maken',
    githubPagesSwitch: '"true": publiceer ook de website van het register met GitHub Pages (taak site onderaan; lees eerst de waarschuwing daar).',
    gitlabPagesSwitch: '"true": publiceer ook de website van het register met GitLab Pages (taak pages onderaan; lees eerst de waarschuwing daar).',
  },
  {
    created: (version) => `Created with \`vo init\` (vo ${version}); see README.md.`,
    prHeader: [
      'vo on every pull request: only findings that the pull request itself causes make it fail.',
      'What the change does to the register is in the summary of the run.',
    ],
    scheduledHeader: [
      'vo every Monday morning (UTC) and on demand (Actions > vo weekly > Run workflow): the whole register.',
      'Deadlines pass without any change too; this run turns red when something is overdue.',
    ],
    install: [
      'How vo is installed: an npm package at a fixed version, or a tarball, registry or git URL (see README.md).',
      'The version is pinned, so a new vo never changes the findings unnoticed.',
    ],
    dir: 'The folder of the register in the repository; "." when the register is the whole repository.',
    failOn: [
      'error: red on an error, such as an overdue evaluation or action or expired assurance;',
      'warning: also on overdue obligations and meetings and on what expires soon.',
    ],
    fetchBase: 'The checkout holds only the pull request; fetch its base to compare with.',
    sarifPermission: 'needed to send the SARIF report to code scanning',
    uploadNote: [
      'Without code scanning (a private repository without GitHub Advanced Security) this step fails;',
      'the check in the last step still counts.',
    ],
    prJob: 'vo check (new findings)',
    scheduledJob: 'vo check (whole register)',
    stepFetch: 'Fetch the base of the pull request',
    stepInstall: 'Install vo',
    stepDiff: 'Changes in the summary',
    stepNewSince: 'vo check (only new findings count)',
    stepSummary: 'Findings and agenda in the summary',
    stepSarif: 'Make the SARIF report',
    stepUpload: 'Publish SARIF to code scanning',
    stepCheck: 'vo check (red when something is overdue)',
    agendaHeading: 'Agenda: overdue and the next 30 days',
    gitlabHeader: [
      'vo in GitLab CI. On every merge request only new findings count; the code quality report',
      'shows them on the merge request, and vo-diff.md says what the change does to the register.',
      'Also schedule a weekly pipeline (Build > Pipeline schedules): deadlines pass without any change too.',
    ],
    gitlabIncluded: (path) => ["Include this file from the repository's .gitlab-ci.yml:", '  include:', `    - local: ${path}`],
    gitlabDepth: 'the whole history, so the starting point of the merge request is there',
    gitlabDefaultBranch: "The main branch's code quality report: GitLab compares a merge request's report with it.",
    pagesNote: [
      'Optional: the web site of the register (vo site), only when VO_PAGES is "true".',
      'MIND: the site holds personal data of staff and details of incidents.',
      'Publish it for colleagues only; docs/site.md shows how to keep it internal.',
    ],
    githubPagesNote: [
      'GitHub Pages is public on the internet, also for a private repository, except with GitHub Enterprise Cloud',
      'and the visibility "Private" (Settings > Pages). Only then set VO_PAGES at the top of this file to "true".',
    ],
    gitlabPagesNote: [
      'First switch on Pages access control (Settings > General > Visibility > Pages: Only project members),',
      'then set VO_PAGES to "true" (above, or as a variable in Settings > CI/CD > Variables).',
    ],
    pagesJob: 'vo site (Pages)',
    stepSite: 'Build the web site of the register',
    githubPagesSwitch: '"true": also publish the web site of the register with GitHub Pages (job site at the bottom; read its warning first).',
    gitlabPagesSwitch: '"true": also publish the web site of the register with GitLab Pages (job pages at the bottom; read its warning first).',
  },
);
