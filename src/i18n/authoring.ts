import { defineMessages } from './lang.js';

/** Texts of `vo init` and `vo new`: help, questions, one-line errors and confirmations. */
interface AuthoringMessages {
  cmd: { init: string; new: string; newAgreement: string; newEvaluation: string; newIncident: string };
  arg: { dir: string; newId: string; agreement: string };
  opt: {
    organisation: string;
    departmentSpec: string;
    timezone: string;
    install: string;
    title: string;
    department: string;
    processor: string;
    owner: string;
    phase: string;
    evaluationType: string;
    date: string;
    id: string;
    outcome: string;
    incidentTitle: string;
    notified: string;
    incidentType: string;
  };
  ask: {
    organisation: (fallback: string) => string;
    departmentSpec: (n: number, fallback: string | undefined) => string;
    id: string;
    title: string;
    department: (ids: string) => string;
    processor: string;
    owner: string;
    agreement: string;
    incidentTitle: string;
  };
  tryAgain: (message: string) => string;
  missing: (names: readonly string[]) => string;
  inputEnded: (names: readonly string[]) => string;
  registerExists: (dir: string) => string;
  filesExist: (paths: readonly string[]) => string;
  notADirectory: (path: string) => string;
  fileExists: (path: string) => string;
  badDepartmentSpec: (value: string) => string;
  duplicateDepartment: (id: string) => string;
  unknownDepartment: (value: string, ids: readonly string[]) => string;
  unknownAgreement: (value: string, suggestion: string | undefined) => string;
  badId: (option: string, value: string) => string;
  idTaken: (option: string, id: string) => string;
  badChoice: (option: string, value: string, choices: readonly string[]) => string;
  badDate: (option: string, value: string) => string;
  badDateTime: (option: string, value: string) => string;
  empty: (option: string) => string;
  notApplicable: (option: string, condition: string) => string;
  badTimezone: (value: string) => string;
  initDone: (dir: string) => string;
  initNext: (dir: string) => string[];
  placeholders: string;
  schemaCopyMissing: string;
  initExamples: string[];
  /** Example lines under `--help` of `vo new` and its three subcommands. */
  newExamples: Record<'new' | 'agreement' | 'evaluation' | 'incident', string[]>;
  badInstall: (value: string) => string;
  skipped: (path: string) => string;
  gitlabInclude: (path: string) => string[];
}

export const authoringText = defineMessages<AuthoringMessages>(
  {
    cmd: {
      init: 'maak een nieuw register: config, mappen, voorbeeld, editor-schema\'s, CI en README',
      new: 'maak een nieuw, geldig en toegelicht bestand: agreement, evaluation of incident',
      newAgreement: 'nieuwe verwerkersovereenkomst in agreements/',
      newEvaluation: 'nieuwe evaluatie, met de controlepunten en de terugkerende verplichtingen',
      newIncident: 'nieuw incident of datalek, met de meldtermijnen als toelichting',
    },
    arg: {
      dir: 'map van het nieuwe register (standaard: de huidige map)',
      newId: 'id van de nieuwe overeenkomst, tevens de bestandsnaam',
      agreement: 'id van de overeenkomst',
    },
    opt: {
      organisation: 'naam van de organisatie, bijv. "Gemeente Voorbeeld"',
      departmentSpec: 'afdeling als id:Naam, bijv. burgerzaken:Burgerzaken; herhaal voor meer afdelingen',
      timezone: 'tijdzone (standaard Europe/Amsterdam)',
      install: 'hoe CI vo installeert: een npm-pakket met versie, of een tarball-, registry- of git-URL (standaard het gepubliceerde pakket van deze versie)',
      title: 'titel van de overeenkomst',
      department: 'id van de eigenaar-afdeling uit vo.config.yaml',
      processor: 'naam van de verwerker',
      owner: 'naam van de proceseigenaar',
      phase: 'fase: draft, signing, active of ended (standaard draft)',
      evaluationType: 'soort: periodic, internal-audit, external-audit, meeting, report-review, incident-review of training (standaard periodic)',
      date: 'datum JJJJ-MM-DD (standaard: de peildatum, dus vandaag)',
      id: 'eigen id in plaats van <datum>-<overeenkomst>',
      outcome: 'uitkomst: compliant, partially-compliant of non-compliant (anders in te vullen)',
      incidentTitle: 'korte omschrijving van het incident',
      notified: 'moment waarop de verwerker ons meldde, als dat al bekend is',
      incidentType: 'soort: data-breach of security-incident (standaard data-breach)',
    },
    ask: {
      organisation: (fallback) => `Naam van de organisatie (--organisation) [${fallback}]: `,
      departmentSpec: (n, fallback) =>
        n === 1
          ? `Afdeling als id:Naam (--department) [${fallback ?? ''}]: `
          : `Nog een afdeling als id:Naam (leeg = klaar): `,
      id: 'Id van de overeenkomst, bijv. acme-zaaksysteem (<id>): ',
      title: 'Titel van de overeenkomst (--title): ',
      department: (ids) => `Afdeling, een van ${ids} (--department): `,
      processor: 'Naam van de verwerker (--processor): ',
      owner: 'Naam van de proceseigenaar (--owner): ',
      agreement: 'Id van de overeenkomst (<agreement>): ',
      incidentTitle: 'Korte omschrijving van het incident (--title): ',
    },
    tryAgain: (message) => `${message}; probeer het opnieuw`,
    missing: (names) =>
      `ontbrekende gegevens: ${names.join(', ')}. Geef ze als optie; vo vraagt er alleen naar als de invoer een terminal is.`,
    inputEnded: (names) => `de invoer is beëindigd; ontbrekende gegevens: ${names.join(', ')}`,
    registerExists: (dir) => `in ${dir} staat al een register (vo.config.yaml); vo init heeft niets veranderd`,
    filesExist: (paths) => `vo init heeft niets geschreven: deze bestanden bestaan al: ${paths.join(', ')}`,
    notADirectory: (path) => `${path} is geen map`,
    fileExists: (path) => `${path} bestaat al; vo new overschrijft nooit een bestand`,
    badDepartmentSpec: (value) =>
      `ongeldige afdeling \`${value}\` voor --department: schrijf id:Naam, bijv. burgerzaken:Burgerzaken (id: kleine letters, cijfers en koppeltekens)`,
    duplicateDepartment: (id) => `afdeling \`${id}\` staat er twee keer in`,
    unknownDepartment: (value, ids) => `onbekende afdeling \`${value}\`; kies uit: ${ids.join(', ')}`,
    unknownAgreement: (value, suggestion) =>
      `onbekende overeenkomst \`${value}\`${suggestion ? `; bedoelt u \`${suggestion}\`?` : ''} (\`vo list\` toont ze allemaal)`,
    badId: (option, value) =>
      `ongeldige id \`${value}\` voor ${option}: alleen kleine letters, cijfers, punt, underscore en koppelteken, beginnend met een letter of cijfer`,
    idTaken: (option, id) =>
      `id \`${id}\` bestaat al in dit register; kies een andere${option.startsWith('--') ? ` met ${option}` : ''}`,
    badChoice: (option, value, choices) => `ongeldige waarde \`${value}\` voor ${option}; kies uit: ${choices.join(', ')}`,
    badDate: (option, value) => `ongeldige datum \`${value}\` voor ${option}; schrijf JJJJ-MM-DD, bijv. 2026-10-01`,
    badDateTime: (option, value) =>
      `ongeldig tijdstip \`${value}\` voor ${option}; schrijf JJJJ-MM-DDTuu:mm, bijv. 2026-10-01T09:30`,
    empty: (option) => `${option} mag niet leeg zijn`,
    notApplicable: (option, condition) => `${option} hoort alleen bij ${condition}`,
    badTimezone: (value) => `onbekende tijdzone \`${value}\`; gebruik een IANA-naam zoals Europe/Amsterdam`,
    initDone: (dir) => `Register aangemaakt in ${dir}:`,
    initNext: (dir) => [
      'Volgende stappen:',
      `  1. Pas ${dir === '.' ? '' : `${dir}/`}vo.config.yaml aan (organisatie en afdelingen).`,
      `  2. Controleer: vo${dir === '.' ? '' : ` -C ${dir}`} validate`,
      '  3. Zet de map in git en push naar GitHub of GitLab; zie README.md.',
    ],
    placeholders: 'let op: organisatie en afdelingen zijn voorlopige waarden (VUL IN); pas vo.config.yaml aan',
    schemaCopyMissing: 'tip: dit register heeft nog geen schema\'s voor de editor; maak ze met `vo schema --out .vo/schemas`',
    initExamples: [
      'vo init register --organisation "Gemeente Lindendal" --department burgerzaken:Burgerzaken',
      'vo init .                                   in een bestaande repository: bestaande bestanden blijven staan',
      'vo init . --install https://intranet.example/vo-register-0.1.0.tgz',
    ],
    newExamples: {
      new: [
        'vo new agreement                            vraagt op een terminal wat nodig is',
        'vo new evaluation zaaksysteem --type meeting',
        'vo new incident zaaksysteem',
      ],
      agreement: [
        'vo new agreement                            vraagt op een terminal wat nodig is',
        'vo new agreement kassasysteem --title "Verwerkersovereenkomst kassasysteem" --department burgerzaken --processor "Kassa B.V." --owner "L. Smit"',
      ],
      evaluation: [
        'vo new evaluation zaaksysteem               periodieke evaluatie van vandaag',
        'vo new evaluation zaaksysteem --type meeting --date 2026-10-01',
      ],
      incident: [
        'vo new incident zaaksysteem --title "Brief naar een verkeerd adres" --aware 2026-10-01T09:30 --authority undecided',
      ],
    },
    badInstall: (value) =>
      `ongeldige waarde \`${value}\` voor --install: geef één npm-installatie zonder spaties, bijv. vo-register@0.1.0 of een URL van een tarball`,
    skipped: (path) => `overgeslagen: ${path} bestaat al en blijft zoals het is`,
    gitlabInclude: (path) => [
      `Deze repository heeft al een .gitlab-ci.yml; vo staat daarom in ${path}. Voeg toe aan .gitlab-ci.yml:`,
      '  include:',
      `    - local: ${path}`,
    ],
  },
  {
    cmd: {
      init: 'create a new register: config, folders, sample, editor schemas, CI and README',
      new: 'create a new, valid, commented file: agreement, evaluation or incident',
      newAgreement: 'new processor agreement in agreements/',
      newEvaluation: 'new evaluation, with the check points and the recurring obligations',
      newIncident: 'new incident or data breach, with the notification deadlines as comments',
    },
    arg: {
      dir: 'folder of the new register (default: the current folder)',
      newId: 'id of the new agreement, also its file name',
      agreement: 'id of the agreement',
    },
    opt: {
      organisation: 'name of the organisation, e.g. "Gemeente Voorbeeld"',
      departmentSpec: 'department as id:Name, e.g. finance:Finance; repeat for more departments',
      timezone: 'time zone (default Europe/Amsterdam)',
      install: 'how CI installs vo: an npm package with version, or a tarball, registry or git URL (default: the published package of this version)',
      title: 'title of the agreement',
      department: 'id of the owning department from vo.config.yaml',
      processor: 'name of the processor',
      owner: 'name of the process owner',
      phase: 'phase: draft, signing, active or ended (default draft)',
      evaluationType: 'kind: periodic, internal-audit, external-audit, meeting, report-review, incident-review or training (default periodic)',
      date: 'date YYYY-MM-DD (default: the as-of date, so today)',
      id: 'own id instead of <date>-<agreement>',
      outcome: 'outcome: compliant, partially-compliant or non-compliant (else to fill in)',
      incidentTitle: 'short description of the incident',
      notified: 'moment the processor told us, when known already',
      incidentType: 'kind: data-breach or security-incident (default data-breach)',
    },
    ask: {
      organisation: (fallback) => `Name of the organisation (--organisation) [${fallback}]: `,
      departmentSpec: (n, fallback) =>
        n === 1 ? `Department as id:Name (--department) [${fallback ?? ''}]: ` : 'Another department as id:Name (empty = done): ',
      id: 'Id of the agreement, e.g. acme-cases (<id>): ',
      title: 'Title of the agreement (--title): ',
      department: (ids) => `Department, one of ${ids} (--department): `,
      processor: 'Name of the processor (--processor): ',
      owner: 'Name of the process owner (--owner): ',
      agreement: 'Id of the agreement (<agreement>): ',
      incidentTitle: 'Short description of the incident (--title): ',
    },
    tryAgain: (message) => `${message}; please try again`,
    missing: (names) => `missing values: ${names.join(', ')}. Give them as options; vo asks only when input is a terminal.`,
    inputEnded: (names) => `input ended; missing values: ${names.join(', ')}`,
    registerExists: (dir) => `${dir} holds a register already (vo.config.yaml); vo init changed nothing`,
    filesExist: (paths) => `vo init wrote nothing: these files exist already: ${paths.join(', ')}`,
    notADirectory: (path) => `${path} is not a folder`,
    fileExists: (path) => `${path} exists already; vo new never overwrites a file`,
    badDepartmentSpec: (value) =>
      `invalid department \`${value}\` for --department: write id:Name, e.g. finance:Finance (id: lowercase letters, digits and hyphens)`,
    duplicateDepartment: (id) => `department \`${id}\` is given twice`,
    unknownDepartment: (value, ids) => `unknown department \`${value}\`; choose from: ${ids.join(', ')}`,
    unknownAgreement: (value, suggestion) =>
      `unknown agreement \`${value}\`${suggestion ? `; did you mean \`${suggestion}\`?` : ''} (\`vo list\` shows them all)`,
    badId: (option, value) =>
      `invalid id \`${value}\` for ${option}: only lowercase letters, digits, dot, underscore and hyphen, starting with a letter or digit`,
    idTaken: (option, id) =>
      `id \`${id}\` exists already in this register; choose another${option.startsWith('--') ? ` with ${option}` : ''}`,
    badChoice: (option, value, choices) => `invalid value \`${value}\` for ${option}; choose from: ${choices.join(', ')}`,
    badDate: (option, value) => `invalid date \`${value}\` for ${option}; write YYYY-MM-DD, e.g. 2026-10-01`,
    badDateTime: (option, value) => `invalid moment \`${value}\` for ${option}; write YYYY-MM-DDThh:mm, e.g. 2026-10-01T09:30`,
    empty: (option) => `${option} must not be empty`,
    notApplicable: (option, condition) => `${option} only goes with ${condition}`,
    badTimezone: (value) => `unknown time zone \`${value}\`; use an IANA name such as Europe/Amsterdam`,
    initDone: (dir) => `Created a register in ${dir}:`,
    initNext: (dir) => [
      'Next steps:',
      `  1. Edit ${dir === '.' ? '' : `${dir}/`}vo.config.yaml (organisation and departments).`,
      `  2. Check: vo${dir === '.' ? '' : ` -C ${dir}`} validate`,
      '  3. Put the folder in git and push to GitHub or GitLab; see README.md.',
    ],
    placeholders: 'note: organisation and departments are provisional values (FILL IN); edit vo.config.yaml',
    schemaCopyMissing: 'tip: this register has no schemas for the editor yet; write them with `vo schema --out .vo/schemas`',
    initExamples: [
      'vo init register --organisation "Example Town" --department finance:Finance --lang en',
      'vo init .                                   in an existing repository: existing files stay as they are',
      'vo init . --install https://intranet.example/vo-register-0.1.0.tgz',
    ],
    newExamples: {
      new: [
        'vo new agreement                            asks on a terminal for what is needed',
        'vo new evaluation zaaksysteem --type meeting',
        'vo new incident zaaksysteem',
      ],
      agreement: [
        'vo new agreement                            asks on a terminal for what is needed',
        'vo new agreement kassasysteem --title "Processor agreement cash registers" --department burgerzaken --processor "Kassa B.V." --owner "L. Smit"',
      ],
      evaluation: [
        "vo new evaluation zaaksysteem               today's periodic evaluation",
        'vo new evaluation zaaksysteem --type meeting --date 2026-10-01',
      ],
      incident: [
        'vo new incident zaaksysteem --title "Letter sent to a wrong address" --aware 2026-10-01T09:30 --authority undecided',
      ],
    },
    badInstall: (value) =>
      `invalid value \`${value}\` for --install: give one npm install spec without spaces, e.g. vo-register@0.1.0 or the URL of a tarball`,
    skipped: (path) => `skipped: ${path} exists and stays as it is`,
    gitlabInclude: (path) => [
      `This repository has a .gitlab-ci.yml already, so vo is in ${path}. Add to .gitlab-ci.yml:`,
      '  include:',
      `    - local: ${path}`,
    ],
  },
);
