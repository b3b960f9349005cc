import type { Severity } from '../findings.js';
import { defineMessages } from './lang.js';
import { longDate } from './message-format.js';

/** Texts of the `vo check` output formats (text, junit, markdown); json, github and sarif carry only data. */
export interface FormatTexts {
  severity: Record<Severity, string>;
  /** `✖ 3 fouten, 2 waarschuwingen in 14 bestanden`; always both counts, so the line reads the same every run. */
  summary: (errors: number, warnings: number, files: number) => string;
  /** `✔ Geen bevindingen in 14 bestanden`. */
  clean: (files: number) => string;
  markdownHeading: (asOf: string) => string;
  markdownColumns: { severity: string; location: string; rule: string; message: string; agreement: string };
  /** Labels in the body of a JUnit `<failure>`. */
  agreement: string;
  due: string;
}

/** `1 fout`, `0 fouten`, `2 fouten`: only exactly one takes the singular, in Dutch and English alike. */
const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const nl: FormatTexts = {
  severity: { error: 'fout', warning: 'waarschuwing' },
  summary: (errors, warnings, files) =>
    `✖ ${count(errors, 'fout', 'fouten')}, ${count(warnings, 'waarschuwing', 'waarschuwingen')} in ${count(files, 'bestand', 'bestanden')}`,
  clean: (files) => `✔ Geen bevindingen in ${count(files, 'bestand', 'bestanden')}`,
  markdownHeading: (asOf) => `vo check — stand op ${longDate(asOf, 'nl')}`,
  markdownColumns: { severity: '', location: 'Bestand', rule: 'Regel', message: 'Melding', agreement: 'Overeenkomst' },
  agreement: 'Overeenkomst',
  due: 'Uiterlijk',
};

const en: FormatTexts = {
  severity: { error: 'error', warning: 'warning' },
  summary: (errors, warnings, files) =>
    `✖ ${count(errors, 'error', 'errors')}, ${count(warnings, 'warning', 'warnings')} in ${count(files, 'file', 'files')}`,
  clean: (files) => `✔ No findings in ${count(files, 'file', 'files')}`,
  markdownHeading: (asOf) => `vo check — as of ${longDate(asOf, 'en')}`,
  markdownColumns: { severity: '', location: 'File', rule: 'Rule', message: 'Message', agreement: 'Agreement' },
  agreement: 'Agreement',
  due: 'Due',
};

export const formatText = defineMessages(nl, en);
