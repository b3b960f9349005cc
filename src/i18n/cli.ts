import { defineMessages } from './lang.js';

/** Texts of the command line itself: help, option descriptions and one-line errors. */
interface CliMessages {
  description: string;
  examplesHeading: string;
  examples: string[];
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
  severity: Record<'error' | 'warning' | 'off', string>;
  badDate(value: string): string;
  badLang(value: string): string;
  badChoice(option: string, value: string, choices: readonly string[]): string;
  outputExists(path: string): string;
  wrote(path: string): string;
  unexpected(message: string): string;
  schemaKind(value: string, kinds: readonly string[]): string;
  schemaWritten(count: number, dir: string): string;
  progress(done: number, total: number): string;
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
    severity: { error: 'fout', warning: 'waarschuwing', off: 'uit' },
    badDate: (value) => `ongeldige datum voor --as-of: \`${value}\`; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-10-01`,
    badLang: (value) => `onbekende taal \`${value}\`; kies nl of en`,
    badChoice: (option, value, choices) => `ongeldige waarde \`${value}\` voor ${option}; kies uit: ${choices.join(', ')}`,
    outputExists: (path) => `${path} bestaat al; gebruik --force om het te overschrijven`,
    wrote: (path) => `geschreven: ${path}`,
    unexpected: (message) => `onverwachte fout: ${message} (voer opnieuw uit met --debug voor details)`,
    schemaKind: (value, kinds) => `onbekend schema \`${value}\`; kies uit: ${kinds.join(', ')}`,
    schemaWritten: (count, dir) => `${count} schema's geschreven in ${dir}`,
    progress: (done, total) => `bestanden lezen: ${done}/${total}`,
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
    severity: { error: 'error', warning: 'warning', off: 'off' },
    badDate: (value) => `invalid date for --as-of: \`${value}\`; write YYYY-MM-DD, e.g. 2026-10-01`,
    badLang: (value) => `unknown language \`${value}\`; choose nl or en`,
    badChoice: (option, value, choices) => `invalid value \`${value}\` for ${option}; choose from: ${choices.join(', ')}`,
    outputExists: (path) => `${path} already exists; use --force to overwrite it`,
    wrote: (path) => `wrote ${path}`,
    unexpected: (message) => `unexpected error: ${message} (rerun with --debug for details)`,
    schemaKind: (value, kinds) => `unknown schema \`${value}\`; choose from: ${kinds.join(', ')}`,
    schemaWritten: (count, dir) => `wrote ${count} schemas to ${dir}`,
    progress: (done, total) => `reading files: ${done}/${total}`,
  },
);
