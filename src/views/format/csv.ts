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
