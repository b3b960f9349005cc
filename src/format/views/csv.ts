import type { Sheet } from '../xlsx/sheet.js';
import type { Lang } from '../../i18n/lang.js';
import { DOMAIN_LABELS } from '../../i18n/labels.js';

/**
 * CSV as RFC 4180 describes it: CRLF between records, a field quoted when it holds
 * the separator, a quote or a line break, quotes doubled inside. UTF-8.
 *
 * Excel with Dutch regional settings expects `;` as the list separator and reads a
 * file as UTF-8 only when it starts with a byte-order mark, so `--excel` gives both
 * (docs/views.md). It also defuses cells that Excel would run as a formula
 * (OWASP "CSV injection"): a leading `=`, `+`, `-`, `@`, tab or CR gets a `'` before it.
 */
export const DELIMITERS = { ',': ',', ';': ';', tab: '\t' } as const;
export type Delimiter = (typeof DELIMITERS)[keyof typeof DELIMITERS];

export interface CsvOptions {
  delimiter: Delimiter;
  bom: boolean;
  defuseFormulas: boolean;
}

export const DEFAULT_CSV: CsvOptions = { delimiter: ',', bom: false, defuseFormulas: false };

export type CsvValue = string | number | boolean | null;

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], options: CsvOptions = DEFAULT_CSV): string {
  const field = (value: CsvValue): string => {
    let text = value === null ? '' : String(value);
    if (options.defuseFormulas && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    const needsQuotes = text.includes(options.delimiter) || /["\r\n]/.test(text);
    return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [header, ...rows].map((row) => row.map(field).join(options.delimiter) + '\r\n');
  return (options.bom ? '\ufeff' : '') + lines.join('');
}

/**
 * A sheet as CSV: its headers (in the chosen language) as the header row, dates as
 * `YYYY-MM-DD` (which Excel reads as dates), booleans as the language's yes and no.
 */
export function sheetCsv(sheet: Sheet, options: CsvOptions, lang: Lang): string {
  const yesNo = DOMAIN_LABELS[lang].boolean;
  const rows = sheet.rows.map((row) => row.cells.map((value) => (typeof value === 'boolean' ? (yesNo[String(value)] ?? String(value)) : value)));
  return toCsv(
    sheet.columns.map((column) => column.header),
    rows,
    options,
  );
}
