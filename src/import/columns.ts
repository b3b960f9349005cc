import { importText } from '../i18n/import.js';
import type { Lang } from '../i18n/lang.js';
import { FIELDS, type FieldSpec, type SheetKind } from './fields.js';
import { RECORD_ID_PATTERN } from '../schema/patterns.js';
import type { SheetMapping } from './mapping.js';
import { columnLetters, type Problem } from './problems.js';
import type { RawSheet } from './read-workbook.js';
import { FormulaError } from './values.js';

/** Which column holds which field, found in the sheet's header row. */
export interface SheetColumns {
  headerRow: number;
  /** Field path → 0-based column. */
  columns: Map<string, number>;
  /** The header text of each column, as written, for messages. */
  headers: string[];
  problems: Problem[];
  /** Columns with a header that no field takes: they are not imported, and the user is told. */
  ignored: Problem[];
}

/** The header row is looked for among the first rows: above it may be a title, empty rows or group headers. */
const HEADER_SEARCH_ROWS = 20;

/** Case, accents, punctuation, repeated spaces and an explanation in brackets do not matter in a header. */
export function headerKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[-_./:*?]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The headers each field answers to: the mapping's own, else the defaults in both languages. */
function aliases(kind: SheetKind, mapping: SheetMapping): Map<string, { field: FieldSpec; rank: number }> {
  const table = new Map<string, { field: FieldSpec; rank: number }>();
  for (const field of FIELDS[kind]) {
    const own = mapping.columns[field.path];
    // A default header ranks by its place in its own language's list, Dutch before English
    // at the same place: an English sheet's "Phase" outranks the "Status" beside it, as the
    // Dutch "Fase" does, instead of every English header ranking below every Dutch one.
    const headers = own?.map((header) => ({ header, rank: -1 })) ?? [
      ...field.headers.nl.map((header, i) => ({ header, rank: 2 * i })),
      ...field.headers.en.map((header, i) => ({ header, rank: 2 * i + 1 })),
    ];
    for (const { header, rank } of headers) {
      const key = headerKey(header);
      // Own headers win over defaults; among defaults, the first field to claim a header keeps it.
      if (key !== '' && (own !== undefined || !table.has(key))) table.set(key, { field, rank });
    }
  }
  return table;
}

/**
 * Find the header row (the mapping's `header_row`, else the row among the first
 * twenty that names the most fields) and map its columns to fields. A header
 * under a merged group header also answers to "group header" and "header group"
 * (`Verwerker` over `Naam` is `Naam verwerker`).
 */
export function mapColumns(sheet: RawSheet, kind: SheetKind, mapping: SheetMapping, lang: Lang): SheetColumns | Problem {
  const table = aliases(kind, mapping);
  const candidates = mapping.headerRow !== undefined ? sheet.rows.filter((row) => row.number === mapping.headerRow) : sheet.rows.slice(0, HEADER_SEARCH_ROWS);
  let best: { row: number; matches: Map<number, { field: FieldSpec; rank: number }>; headers: string[] } | undefined;
  for (const row of candidates) {
    const headers = row.cells.map((cell) => (cell === null || cell instanceof Date || cell instanceof FormulaError ? '' : String(cell).trim()));
    const matches = new Map<number, { field: FieldSpec; rank: number }>();
    headers.forEach((header, column) => {
      const group = groupHeader(sheet, row.number, column);
      const keys = [...(group !== undefined ? [`${group} ${header}`, `${header} ${group}`] : []), header].map(headerKey);
      const found = keys.map((key) => table.get(key)).find((match) => match !== undefined);
      if (found !== undefined && header !== '') matches.set(column, found);
      // Messages name the column as the user reads it: "Naam (Verwerker)".
      if (group !== undefined && header !== '') headers[column] = `${header} (${group})`;
    });
    if (best === undefined || matches.size > best.matches.size) best = { row: row.number, matches, headers };
  }
  if (best !== undefined) exportIdColumn(sheet, kind, mapping, best.row, best.matches);
  const t = importText(lang);
  if (best === undefined || best.matches.size === 0) {
    return { at: { sheet: sheet.name, row: mapping.headerRow ?? 1 }, message: t.problem.noHeaderRow(expectedHeaders(kind, mapping, lang)) };
  }
  const columns = new Map<string, number>();
  const problems: Problem[] = [];
  const ignored: Problem[] = [];
  const at = (column: number) => ({ sheet: sheet.name, row: best.row, column });
  for (const [column, { field, rank }] of [...best.matches].sort((a, b) => a[1].rank - b[1].rank || a[0] - b[0])) {
    const taken = columns.get(field.path);
    if (taken === undefined) columns.set(field.path, column);
    else if (best.matches.get(taken)?.rank === rank) {
      const name = (i: number) => `${columnLetters(i)} (${best.headers[i]!})`;
      problems.push({ at: at(column), message: t.problem.twoColumns(name(taken), name(column)) });
    }
    else ignored.push({ at: at(column), message: t.note.ignoredColumn(best.headers[column]!) });
  }
  best.headers.forEach((header, column) => {
    if (header !== '' && !best.matches.has(column)) ignored.push({ at: at(column), message: t.note.ignoredColumn(header) });
  });
  return { headerRow: best.row, columns, headers: best.headers, problems, ignored };
}

/**
 * The workbooks of `vo list` and `vo obligations` (`--format xlsx`, `--excel`) head
 * the id column "Overeenkomst" / "Verplichting" ("Agreement" / "Obligation"), words
 * that in a sheet of one's own head the title, beside the title under "Titel" /
 * "Omschrijving". Read as a second title column, the ids were dropped: every
 * agreement came back under a new id made from its title, a copy beside the file it
 * came from. So when the sheet has no id column of its own, such a column stands
 * beside another title column and every value in it is an id, it is the id column.
 */
const EXPORT_ID_HEADERS: Partial<Record<SheetKind, readonly string[]>> = {
  agreements: ['Overeenkomst', 'Agreement'],
  obligations: ['Verplichting', 'Obligation'],
};
const RECORD_ID = new RegExp(RECORD_ID_PATTERN);

function exportIdColumn(sheet: RawSheet, kind: SheetKind, mapping: SheetMapping, headerRow: number, matches: Map<number, { field: FieldSpec; rank: number }>): void {
  const idField = FIELDS[kind].find((field) => field.path === 'id');
  const keys = (EXPORT_ID_HEADERS[kind] ?? []).map(headerKey);
  if (idField === undefined || mapping.columns.id !== undefined || mapping.columns.title !== undefined) return;
  if ([...matches.values()].some((match) => match.field.path === 'id')) return;
  const header = sheet.rows.find((row) => row.number === headerRow)?.cells ?? [];
  const titles = [...matches].filter(([, match]) => match.field.path === 'title').map(([column]) => column);
  const column = titles.find((c) => keys.includes(headerKey(String(header[c] ?? ''))));
  if (column === undefined || titles.length < 2) return;
  const values = sheet.rows.filter((row) => row.number > headerRow).map((row) => row.cells[column] ?? null).filter((cell) => cell !== null);
  if (values.length > 0 && values.every((cell) => typeof cell === 'string' && RECORD_ID.test(cell.trim()))) matches.set(column, { field: idField, rank: -1 });
}

/** The text of a merged block in the row above that covers this column and spans more than one column. */
function groupHeader(sheet: RawSheet, row: number, column: number): string | undefined {
  const range = sheet.merges.find((m) => m.bottom === row - 1 && m.left <= column + 1 && column + 1 <= m.right && m.right > m.left);
  if (range === undefined) return undefined;
  const cell = sheet.rows.find((r) => r.number === range.top)?.cells[range.left - 1];
  return typeof cell === 'string' && cell.trim() !== '' ? cell.trim() : undefined;
}

/** The header a user is asked for: the mapping's first, else the default of the language. */
export function fieldLabel(field: FieldSpec, mapping: SheetMapping, lang: Lang): string {
  return mapping.columns[field.path]?.[0] ?? field.headers[lang][0] ?? field.path;
}

function expectedHeaders(kind: SheetKind, mapping: SheetMapping, lang: Lang): string[] {
  return FIELDS[kind].filter((field) => field.required).map((field) => fieldLabel(field, mapping, lang));
}
