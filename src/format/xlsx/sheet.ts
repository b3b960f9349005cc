/**
 * One table for a spreadsheet: columns (a header label, a type, an optional
 * width) and rows of plain values. The view commands build sheets; the xlsx
 * writer and the csv writer turn them into bytes, so `vo report --format xlsx`
 * can later put every view's sheet into one workbook.
 */

/** Dates are `YYYY-MM-DD` strings in a `date` column; null is an empty cell. */
export type CellValue = string | number | boolean | null;

export type ColumnType = 'text' | 'date' | 'number' | 'boolean';

/**
 * The colour of a status cell, with the meaning of the terminal's colours:
 * `bad` red (late, not met, error), `warn` yellow (due soon, partially met,
 * warning), `good` green (in order), `muted` grey (no schedule).
 */
export type Tone = 'bad' | 'warn' | 'good' | 'muted';

export interface SheetColumn {
  header: string;
  type: ColumnType;
  /** Width in characters; by default it fits the header and the longest value. */
  width?: number;
}

export interface SheetRow {
  cells: CellValue[];
  /** Per column, the colour of that cell, when it has one. */
  tones?: (Tone | undefined)[];
}

export interface Sheet {
  /** At most 31 characters, none of `[]:*?/\` (Excel's rule). */
  name: string;
  columns: SheetColumn[];
  rows: SheetRow[];
}
