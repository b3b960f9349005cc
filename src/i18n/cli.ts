import { defineMessages } from './lang.js';

/** Texts of the command line itself: help, option descriptions and one-line errors. */
interface CliMessages {
  description: string;
  examplesHeading: string;
  examples: string[];
  /** Example lines under `--help` of `vo validate`, `vo rules` and `vo schema`. */
  commandExamples: Record<'validate' | 'rules' | 'schema', string[]>;
  headings: Record<string, string>;
  help: string;
  version: string;
  helpCommand: string;
  opt: {
    dir: string;
    asOf: string;
    lang: string;
    noColor: string;
    debug: string;
    format: string;
    output: string;
    force: string;
    failOn: string;
    agreement: string;
    department: string;
    out: string;
  };
  cmd: { validate: string; schema: string; check: string; rules: string };
  rulesHead: string[];
  rulesWithoutRegister: string;
  severity: Record<'error' | 'warning' | 'off', string>;
  /** A date option (`--as-of`, `--since`, `--trend`) that is not a real YYYY-MM-DD date. */
  badDate(option: string, value: string): string;
  badLang(value: string): string;
  badChoice(option: string, value: string, choices: readonly string[]): string;
  outputExists(path: string): string;
  outputEndsInFolder(path: string): string;
  outputIsFolder(path: string): string;
  outputFolderMissing(path: string, folder: string): string;
  outputFolderNotFolder(path: string, folder: string): string;
  outputSymlink(path: string): string;
  outputNotRegular(path: string, kind: 'fifo' | 'socket' | 'device'): string;
  outputInRecordFolder(path: string, folder: string, folders: readonly string[]): string;
  outputExtension(path: string, extension: string, format: string, fitting: readonly string[]): string;
  stdoutFailed(reason: string): string;
  schemaOutNotFolder(dir: string): string;
  wrote(path: string): string;
  unexpected(message: string): string;
  schemaKind(value: string, kinds: readonly string[]): string;
  schemaWritten(count: number, dir: string): string;
  progress(done: number, total: number): string;
  /** While a long PDF is laid out to count its pages, then written (stderr on a terminal). */
  pdfLayout(pages: number): string;
  pdfProgress(page: number, pages: number): string;
}

export const cliText = defineMessages<CliMessages>(
  {
    description:
      'vo houdt verwerkersovereenkomsten (AVG art. 28) levend na ondertekening: valideren, controleren, rapporteren.',
    examplesHeading: 'Voorbeelden:',
    examples: [
      'vo validate                       controleer of alle bestanden kloppen met het schema',
      'vo -C examples check --as-of 2026-10-01',
      'vo check --format github          meldingen als annotaties in GitHub Actions',
      'vo check --format sarif --output vo.sarif',
      'vo schema --out schemas           schrijf de JSON Schemas voor de editor',
    ],
    commandExamples: {
      validate: [
        'vo validate                                     controleer YAML, schema, id\'s en verwijzingen',
        'vo validate --format github                     fouten als annotaties in GitHub Actions',
        'vo validate --format json --output validatie.json',
      ],
      rules: [
        'vo rules                                        alle regels met hun ernst in dit register',
        'vo rules --format json                          hetzelfde als JSON, met de standaardernst erbij',
      ],
      schema: [
        'vo schema agreement                             het schema van een overeenkomst op het scherm',
        'vo schema --out .vo/schemas                     alle vier als bestanden, voor de editor',
      ],
    },
    headings: {
      'Usage:': 'Gebruik:',
      'Options:': 'Opties:',
      'Commands:': 'Opdrachten:',
      'Arguments:': 'Argumenten:',
      'Global Options:': 'Algemene opties:',
    },
    help: 'toon deze hulp',
    version: 'toon het versienummer',
    helpCommand: 'toon hulp bij een opdracht',
    opt: {
      dir: 'de map van het register (standaard: de eerste map met vo.config.yaml, van hier omhoog)',
      asOf: 'peildatum JJJJ-MM-DD (standaard: vandaag in de tijdzone van het register)',
      lang: 'taal van de uitvoer: nl of en (standaard: locale uit vo.config.yaml)',
      noColor: 'geen kleur in de uitvoer (ook met NO_COLOR)',
      debug: 'toon bij een onverwachte fout de volledige stacktrace',
      format: 'uitvoerformaat',
      output: 'schrijf naar dit bestand in plaats van naar de standaarduitvoer',
      force: 'overschrijf een bestaand uitvoerbestand',
      failOn: 'vanaf welk niveau de exitcode 1 is: error, warning of never',
      agreement: 'alleen deze overeenkomst',
      department: 'alleen deze afdeling',
      out: 'schrijf alle schema\'s als bestanden in deze map',
    },
    cmd: {
      validate: 'controleer de integriteit: YAML, schema, unieke id\'s en verwijzingen',
      schema: 'toon het JSON Schema (draft-07) van agreement, evaluation, incident of config',
      check: 'controleer integriteit en naleving per peildatum: te late evaluaties, verlopen rapporten, datalekken',
      rules: 'toon alle regels met hun ernst (na vo.config.yaml) en een omschrijving',
    },
    rulesHead: ['regel', 'ernst', 'omschrijving'],
    rulesWithoutRegister: 'geen register gevonden; dit zijn de regels met hun standaardernst (een vo.config.yaml kan die aanpassen onder rules:)',
    severity: { error: 'fout', warning: 'waarschuwing', off: 'uit' },
    badDate: (option, value) => `ongeldige datum voor ${option}: \`${value}\`; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-10-01`,
    badLang: (value) => `onbekende taal \`${value}\`; kies nl of en`,
    badChoice: (option, value, choices) => `ongeldige waarde \`${value}\` voor ${option}; kies uit: ${choices.join(', ')}`,
    outputExists: (path) => `${path} bestaat al; gebruik --force om het te overschrijven`,
    outputEndsInFolder: (path) =>
      `${path} eindigt op een scheidingsteken en is dus een map; geef een bestandsnaam, bijvoorbeeld ${path.replace(/[\\/]*$/, '')}/uitvoer.txt`,
    outputIsFolder: (path) => `${path} is een map; geef een bestandsnaam in die map, bijvoorbeeld ${path}/uitvoer.txt`,
    outputFolderMissing: (path, folder) => `${path}: de map ${folder} bestaat niet; maak haar eerst aan (mkdir -p ${folder})`,
    outputFolderNotFolder: (path, folder) => `${path}: ${folder} is een bestand, geen map`,
    outputSymlink: (path) =>
      `${path} is een symbolische link; vo schrijft nooit via een link, ook niet met --force. Kies een andere naam of verwijder de link`,
    outputNotRegular: (path, kind) =>
      `${path} is ${{ fifo: 'een named pipe', socket: 'een socket', device: 'een apparaat' }[kind]}, geen gewoon bestand; vo schrijft daar niet naar, ook niet met --force`,
    outputInRecordFolder: (path, folder, folders) =>
      `${path} ligt in de map ${folder}/ van het register, en vo zou het de volgende keer als record lezen; schrijf uitvoer buiten ${folders.map((f) => `${f}/`).join(', ')}`,
    outputExtension: (path, extension, format, fitting) =>
      `${path}: de extensie ${extension} past niet bij het formaat ${format}; ` +
      (fitting.length > 0 ? `gebruik ${fitting.join(' of ')}` : 'gebruik bijvoorbeeld .txt') +
      ', of kies met --format een formaat dat bij de extensie past',
    stdoutFailed: (reason) => `de uitvoer kan niet geschreven worden: ${reason}`,
    schemaOutNotFolder: (dir) => `--out verwacht een map, maar ${dir} is een bestand; geef een (nieuwe) map, bijvoorbeeld --out schemas`,
    wrote: (path) => `geschreven: ${path}`,
    unexpected: (message) => `onverwachte fout: ${message} (voer opnieuw uit met --debug voor details)`,
    schemaKind: (value, kinds) => `onbekend schema \`${value}\`; kies uit: ${kinds.join(', ')}`,
    schemaWritten: (count, dir) => `${count} schema's geschreven in ${dir}`,
    progress: (done, total) => `bestanden lezen: ${done}/${total}`,
    pdfLayout: (pages) => `PDF opmaken: ${pages} pagina's`,
    pdfProgress: (page, pages) => `PDF schrijven: pagina ${page}/${pages}`,
  },
  {
    description: 'vo keeps GDPR processor agreements (art. 28) alive after signing: validate, check, report.',
    examplesHeading: 'Examples:',
    examples: [
      'vo validate                       check every file against the schema',
      'vo -C examples check --as-of 2026-10-01',
      'vo check --format github          findings as GitHub Actions annotations',
      'vo check --format sarif --output vo.sarif',
      'vo schema --out schemas           write the JSON Schemas for your editor',
    ],
    commandExamples: {
      validate: [
        'vo validate                                     check YAML, schema, ids and references',
        'vo validate --format github                     errors as GitHub Actions annotations',
        'vo validate --format json --output validation.json',
      ],
      rules: [
        'vo rules                                        every rule with its severity in this register',
        'vo rules --format json                          the same as JSON, with the default severity',
      ],
      schema: [
        'vo schema agreement                             the schema of an agreement on screen',
        'vo schema --out .vo/schemas                     all four as files, for the editor',
      ],
    },
    headings: {},
    help: 'display this help',
    version: 'output the version number',
    helpCommand: 'display help for a command',
    opt: {
      dir: 'the register folder (default: the first folder holding vo.config.yaml, from here upwards)',
      asOf: 'evaluate as of YYYY-MM-DD (default: today in the register\'s time zone)',
      lang: 'language of the output: nl or en (default: locale in vo.config.yaml)',
      noColor: 'no colour in the output (also with NO_COLOR)',
      debug: 'print the full stack trace on an unexpected error',
      format: 'output format',
      output: 'write to this file instead of standard output',
      force: 'overwrite an existing output file',
      failOn: 'lowest severity that makes the exit code 1: error, warning or never',
      agreement: 'only this agreement',
      department: 'only this department',
      out: 'write every schema as a file into this folder',
    },
    cmd: {
      validate: 'check integrity: YAML, schema, unique ids and references',
      schema: 'print the JSON Schema (draft-07) of agreement, evaluation, incident or config',
      check: 'check integrity and compliance as of a date: overdue evaluations, expired reports, breaches',
      rules: 'list every rule with its severity (after vo.config.yaml) and a description',
    },
    rulesHead: ['rule', 'severity', 'description'],
    rulesWithoutRegister: 'no register found; these are the rules with their default severity (a vo.config.yaml can change it under rules:)',
    severity: { error: 'error', warning: 'warning', off: 'off' },
    badDate: (option, value) => `invalid date for ${option}: \`${value}\`; write YYYY-MM-DD, e.g. 2026-10-01`,
    badLang: (value) => `unknown language \`${value}\`; choose nl or en`,
    badChoice: (option, value, choices) => `invalid value \`${value}\` for ${option}; choose from: ${choices.join(', ')}`,
    outputExists: (path) => `${path} already exists; use --force to overwrite it`,
    outputEndsInFolder: (path) =>
      `${path} ends in a separator, so it names a folder; give a file name, e.g. ${path.replace(/[\\/]*$/, '')}/output.txt`,
    outputIsFolder: (path) => `${path} is a folder; give a file name inside it, e.g. ${path}/output.txt`,
    outputFolderMissing: (path, folder) => `${path}: the folder ${folder} does not exist; create it first (mkdir -p ${folder})`,
    outputFolderNotFolder: (path, folder) => `${path}: ${folder} is a file, not a folder`,
    outputSymlink: (path) =>
      `${path} is a symbolic link; vo never writes through a link, not even with --force. Choose another name or remove the link`,
    outputNotRegular: (path, kind) =>
      `${path} is ${{ fifo: 'a named pipe', socket: 'a socket', device: 'a device' }[kind]}, not a regular file; vo does not write to it, not even with --force`,
    outputInRecordFolder: (path, folder, folders) =>
      `${path} is inside the register's ${folder}/ folder, and vo would read it as a record next time; write output outside ${folders.map((f) => `${f}/`).join(', ')}`,
    outputExtension: (path, extension, format, fitting) =>
      `${path}: the extension ${extension} does not fit the format ${format}; ` +
      (fitting.length > 0 ? `use ${fitting.join(' or ')}` : 'use e.g. .txt') +
      ', or choose a format that fits the extension with --format',
    stdoutFailed: (reason) => `cannot write the output: ${reason}`,
    schemaOutNotFolder: (dir) => `--out takes a folder, but ${dir} is a file; give a (new) folder, e.g. --out schemas`,
    wrote: (path) => `wrote ${path}`,
    unexpected: (message) => `unexpected error: ${message} (rerun with --debug for details)`,
    schemaKind: (value, kinds) => `unknown schema \`${value}\`; choose from: ${kinds.join(', ')}`,
    schemaWritten: (count, dir) => `wrote ${count} schemas to ${dir}`,
    progress: (done, total) => `reading files: ${done}/${total}`,
    pdfLayout: (pages) => `laying out PDF: ${pages} pages`,
    pdfProgress: (page, pages) => `writing PDF: page ${page}/${pages}`,
  },
);
