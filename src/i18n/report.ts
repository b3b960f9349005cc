import { defineMessages } from './lang.js';
import { DOMAIN_LABELS, type DomainLabels } from './labels.js';
import { REPORT_WORDS_EN, REPORT_WORDS_NL, type ReportWords } from './report-words.js';

/**
 * Texts of `vo report`: the command's help and errors, the labels of every
 * code value (`{{label "phase" phase}}`) and the words of the built-in
 * templates (`{{t "overdue"}}`). Labels and words live in their own files
 * because they are long lists; docs/templates.md lists every key.
 */
interface ReportMessages {
  /** The luxon / Intl locale of dates and numbers: British English writes `1 October 2026`. */
  locale: string;
  description: string;
  opt: { template: string; format: string; output: string; force: string; department: string; agreement: string };
  needsDepartment(template: string): string;
  needsAgreement(template: string): string;
  pdfNeedsOutput: string;
  badFormat(value: string): string;
  templateNotFound(path: string): string;
  templateTooLarge(path: string): string;
  templateNotUtf8(path: string): string;
  templateSteps(limit: number): string;
  templateOutput(limitMiB: number): string;
  templateError(file: string, line: number | undefined, detail: string): string;
  unknownHelper(name: string): string;
  unknownPartial(name: string): string;
  helperArguments(name: string, min: number): string;
  unknownLabel(kind: string): string;
  unknownWord(key: string): string;
  unknownChart(name: string, known: readonly string[]): string;
  integrityWarning(errors: number, files: number): string;
  days(n: number): string;
  page(page: number, total: number): string;
  header(organisation: string, asOf: string): string;
  labels: DomainLabels;
  words: ReportWords;
}

export const reportText = defineMessages<ReportMessages>(
  {
    locale: 'nl',
    description: 'maak een managementrapportage in Markdown, HTML of PDF uit een Handlebars-sjabloon',
    opt: {
      template: 'sjabloon: management, department, agreement of het pad naar een eigen .hbs-bestand',
      format: 'uitvoerformaat: md, html of pdf (standaard: de extensie van --output, anders md)',
      output: 'schrijf naar dit bestand (verplicht voor pdf)',
      force: 'overschrijf een bestaand uitvoerbestand',
      department: 'alleen deze afdeling (verplicht voor het sjabloon department)',
      agreement: 'alleen deze overeenkomst (verplicht voor het sjabloon agreement)',
    },
    needsDepartment: (t) => `het sjabloon ${t} heeft --department <id> nodig`,
    needsAgreement: (t) => `het sjabloon ${t} heeft --agreement <id> nodig`,
    pdfNeedsOutput: 'pdf schrijft naar een bestand: geef --output <bestand.pdf>',
    badFormat: (value) => `onbekend formaat \`${value}\`; kies md, html of pdf`,
    templateNotFound: (path) => `sjabloon niet gevonden: ${path}; kies management, department, agreement of een bestaand .hbs-bestand`,
    templateTooLarge: (path) => `sjabloon ${path} is groter dan 1 MiB`,
    templateNotUtf8: (path) => `sjabloon ${path} is geen geldige UTF-8-tekst; sla het op als UTF-8`,
    templateSteps: (limit) =>
      `het sjabloon doet te veel werk: meer dan ${limit.toLocaleString('nl-NL')} stappen (helperaanroepen en herhalingen van blokken); staan er te veel {{#each}} in elkaar?`,
    templateOutput: (limit) => `het sjabloon maakt een rapport van meer dan ${limit} MiB`,
    templateError: (file, line, detail) => `fout in sjabloon ${file}${line !== undefined ? ` regel ${line}` : ''}: ${detail}`,
    unknownHelper: (name) => `onbekende helper \`${name}\` (zie docs/templates.md)`,
    unknownPartial: (name) => `onbekende partial \`${name}\`; alleen partials die het sjabloon zelf met {{#*inline}} definieert`,
    helperArguments: (name, min) =>
      `helper \`${name}\` heeft ${min === 1 ? 'een argument' : `${min} argumenten`} nodig; voor het veld ${name} schrijft u {{this.${name}}}`,
    unknownLabel: (kind) => `onbekende soort \`${kind}\` voor label`,
    unknownWord: (key) => `onbekend woord \`${key}\` voor t`,
    unknownChart: (name, known) => `onbekende grafiek \`${name}\`; kies uit: ${known.join(', ')}`,
    integrityWarning: (n, files) =>
      `let op: ${files} ${files === 1 ? 'bestand is' : 'bestanden zijn'} niet goed te lezen (${n} ${n === 1 ? 'melding' : 'meldingen'}); de rapportage noemt ze bovenaan, en een overeenkomst met een ongeldig bestand staat erin als ongeldig`,
    days: (n) => `${n} ${Math.abs(n) === 1 ? 'dag' : 'dagen'}`,
    page: (page, total) => `pagina ${page} van ${total}`,
    header: (organisation, asOf) => `${organisation} · peildatum ${asOf}`,
    labels: DOMAIN_LABELS.nl,
    words: REPORT_WORDS_NL,
  },
  {
    locale: 'en-GB',
    description: 'render a management report in Markdown, HTML or PDF from a Handlebars template',
    opt: {
      template: 'template: management, department, agreement or the path to your own .hbs file',
      format: 'output format: md, html or pdf (default: the extension of --output, else md)',
      output: 'write to this file (required for pdf)',
      force: 'overwrite an existing output file',
      department: 'only this department (required by the department template)',
      agreement: 'only this agreement (required by the agreement template)',
    },
    needsDepartment: (t) => `the ${t} template needs --department <id>`,
    needsAgreement: (t) => `the ${t} template needs --agreement <id>`,
    pdfNeedsOutput: 'pdf is written to a file: give --output <file.pdf>',
    badFormat: (value) => `unknown format \`${value}\`; choose md, html or pdf`,
    templateNotFound: (path) => `template not found: ${path}; choose management, department, agreement or an existing .hbs file`,
    templateTooLarge: (path) => `template ${path} is larger than 1 MiB`,
    templateNotUtf8: (path) => `template ${path} is not valid UTF-8 text; save it as UTF-8`,
    templateSteps: (limit) =>
      `the template does too much work: more than ${limit.toLocaleString('en-GB')} steps (helper calls and block repetitions); are too many {{#each}} nested?`,
    templateOutput: (limit) => `the template makes a report larger than ${limit} MiB`,
    templateError: (file, line, detail) => `error in template ${file}${line !== undefined ? ` line ${line}` : ''}: ${detail}`,
    unknownHelper: (name) => `unknown helper \`${name}\` (see docs/templates.md)`,
    unknownPartial: (name) => `unknown partial \`${name}\`; only partials the template defines itself with {{#*inline}}`,
    helperArguments: (name, min) =>
      `helper \`${name}\` needs ${min === 1 ? 'an argument' : `${min} arguments`}; for the field ${name} write {{this.${name}}}`,
    unknownLabel: (kind) => `unknown kind \`${kind}\` for label`,
    unknownWord: (key) => `unknown word \`${key}\` for t`,
    unknownChart: (name, known) => `unknown chart \`${name}\`; choose from: ${known.join(', ')}`,
    integrityWarning: (n, files) =>
      `note: ${files} ${files === 1 ? 'file' : 'files'} cannot be read properly (${n} ${n === 1 ? 'finding' : 'findings'}); the report lists them at the top, and an agreement whose own file is invalid appears as invalid`,
    days: (n) => `${n} ${Math.abs(n) === 1 ? 'day' : 'days'}`,
    page: (page, total) => `page ${page} of ${total}`,
    header: (organisation, asOf) => `${organisation} · as of ${asOf}`,
    labels: DOMAIN_LABELS.en,
    words: REPORT_WORDS_EN,
  },
);
