import { importText } from '../i18n/import.js';
import type { Lang } from '../i18n/lang.js';
import { fieldLabel, type SheetColumns } from './columns.js';
import { FIELDS, type FieldSpec, type SheetKind } from './fields.js';
import type { SheetMapping } from './mapping.js';
import type { CellRef, Problem } from './problems.js';
import type { RawRow, RawSheet } from './read-workbook.js';
import { readValue, type RawCell } from './values.js';

/** One sheet ready to be read: its rows below the header, which column is which, and the mapping. */
export interface MappedSheet {
  kind: SheetKind;
  sheet: RawSheet;
  columns: SheetColumns;
  mapping: SheetMapping;
}

/** A row read into field values, with where each value (or its empty cell) is. */
export interface ReadRow {
  at: CellRef;
  /** Field path → value, for the fields that have one. */
  values: Map<string, unknown>;
  /** Field path → its cell (also for empty cells of mapped columns), for messages. */
  places: Map<string, CellRef>;
  problems: Problem[];
}

/** The rows below the header row that have something in a mapped column; wholly empty rows are skipped. */
export function dataRows(mapped: MappedSheet): RawRow[] {
  const used = [...mapped.columns.columns.values()];
  return mapped.sheet.rows.filter((row) => row.number > mapped.columns.headerRow && used.some((column) => !isEmpty(row.cells[column] ?? null)));
}

function isEmpty(cell: RawCell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/**
 * Read every field of one row: the cell of its column, else the mapping's default;
 * a value that cannot be read, or a required one that is missing, is a problem at
 * its cell (or, without a column, at the row).
 */
export function readRow(mapped: MappedSheet, row: RawRow, lang: Lang): ReadRow {
  const { kind, sheet, columns, mapping } = mapped;
  const at: CellRef = { sheet: sheet.name, row: row.number };
  const result: ReadRow = { at, values: new Map(), places: new Map(), problems: [] };
  for (const field of FIELDS[kind]) {
    const column = columns.columns.get(field.path);
    const place: CellRef = column === undefined ? at : { ...at, column };
    if (column !== undefined) result.places.set(field.path, place);
    const own = mapping.values[field.path];
    let read = column === undefined ? undefined : readValue(field.kind, row.cells[column] ?? null, lang, own);
    const fallback = mapping.defaults[field.path];
    if (read === undefined && fallback !== undefined) read = readValue(field.kind, fallback, lang, own);
    if (read === undefined) {
      if (field.required) result.problems.push({ at: place, message: importText(lang).problem.required(label(mapped, field, column, lang)) });
    } else if ('problem' in read) result.problems.push({ at: place, message: read.problem });
    else result.values.set(field.path, read.value);
  }
  return result;
}

/** The column's header as the sheet writes it, else the field's usual header. */
export function label(mapped: MappedSheet, field: FieldSpec, column: number | undefined, lang: Lang): string {
  const header = column === undefined ? undefined : mapped.columns.headers[column];
  return header !== undefined && header !== '' ? header : fieldLabel(field, mapped.mapping, lang);
}

/** Set `a.b.c` in a nested object. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = value;
}
