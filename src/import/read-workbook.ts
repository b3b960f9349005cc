import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Cell } from 'exceljs';
import { UsageError } from '../errors.js';
import { importText } from '../i18n/import.js';
import type { Lang } from '../i18n/lang.js';
import { FormulaError, type RawCell } from './values.js';

/** A non-empty row: its number in the sheet (1-based) and its cells, column A first. */
export interface RawRow {
  number: number;
  cells: RawCell[];
}

/** A rectangle of merged cells, 1-based and inclusive. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface RawSheet {
  name: string;
  rows: RawRow[];
  merges: MergedRange[];
}

/** No register spreadsheet comes near this; a bigger file is a mistake or an attack on memory. */
export const MAX_SPREADSHEET_BYTES = 20 * 1024 * 1024;

/**
 * Read an .xlsx workbook (exceljs) or a .csv file (csv-parse) into plain rows.
 * Both libraries are loaded only here, only by `vo import`. A CSV is one sheet,
 * named after the file as Excel names it.
 */
export async function readWorkbook(path: string, shown: string, lang: Lang): Promise<RawSheet[]> {
  const t = importText(lang);
  const extension = extname(path).toLowerCase();
  if (extension !== '.xlsx' && extension !== '.csv') throw new UsageError(t.badExtension(shown));
  let bytes: Buffer;
  try {
    if (statSync(path).size > MAX_SPREADSHEET_BYTES) throw new UsageError(t.tooLarge(shown, MAX_SPREADSHEET_BYTES / 1024 / 1024));
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(t.unreadable(shown, (error as NodeJS.ErrnoException).code ?? (error as Error).message));
  }
  return extension === '.csv' ? [await readCsv(bytes, basename(path, extname(path)))] : readXlsx(bytes, shown, lang);
}

async function readXlsx(bytes: Buffer, shown: string, lang: Lang): Promise<RawSheet[]> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new UsageError(importText(lang).notXlsx(shown, (error as Error).message));
  }
  return workbook.worksheets.map((worksheet) => {
    const rows: RawRow[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: RawCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => (cells[column - 1] = cellValue(cell)));
      const filled = Array.from(cells, (value) => value ?? null);
      if (filled.some((value) => value !== null)) rows.push({ number, cells: filled });
    });
    const merges = (worksheet.model.merges ?? []).map(parseRange).filter((range): range is MergedRange => range !== undefined);
    return { name: worksheet.name, rows, merges };
  });
}

/**
 * The value a person sees in a cell. A cell inside a merged block is empty, except
 * below its top cell in the same column: a department merged over three rows
 * belongs to all three. A formula counts by its result.
 */
function cellValue(cell: Cell): RawCell {
  if (cell.isMerged && cell.master !== cell) return cell.master.col === cell.col ? cellValue(cell.master) : null;
  const value = plain(cell.value);
  return typeof value === 'number' && isPercentFormat(cell.numFmt) ? percentText(value) : value;
}

/**
 * Excel stores `99,5%` typed in a cell as the number 0.995 with a percent format.
 * Read as that number, a KPI norm of 99.5 % became 0.995, and every measurement
 * would meet it; the cell is read as the text a person sees, `99.5%`.
 */
function isPercentFormat(format: string | undefined): boolean {
  return typeof format === 'string' && format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '').includes('%');
}

function percentText(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(12))}%`;
}

function plain(value: unknown): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value !== 'object') return String(value);
  const object = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string; formula?: string };
  if (Array.isArray(object.richText)) return object.richText.map((part) => part.text).join('');
  if ('result' in object || 'formula' in object) return plain(object.result);
  if (object.text !== undefined) return plain(object.text);
  if (typeof object.error === 'string') return new FormulaError(object.error);
  return null;
}

function parseRange(range: string): MergedRange | undefined {
  const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
  if (!match) return undefined;
  return { left: columnNumber(match[1]!), top: Number(match[2]), right: columnNumber(match[3]!), bottom: Number(match[4]) };
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
}

/**
 * Dutch Excel saves "CSV (gescheiden door lijstscheidingsteken)" with `;` and in
 * Windows-1252, "CSV UTF-8" with a byte-order mark; other tools use `,` or a tab.
 * The separator is the one the first line uses most (outside quotes).
 */
async function readCsv(bytes: Buffer, name: string): Promise<RawSheet> {
  const { parse } = await import('csv-parse/sync');
  let text: string;
  try {
    text = new TextDecoder(utf16(bytes) ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = windows1252(bytes);
  }
  const records = parse(text, { delimiter: separatorOf(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  const rows = records
    .map((cells, i) => ({ number: i + 1, cells: cells.map((cell): RawCell => (cell.trim() === '' ? null : undefused(cell))) }))
    .filter((row) => row.cells.some((cell) => cell !== null));
  return { name, rows, merges: [] };
}

/** Excel's "Unicode-tekst" and some exports write UTF-16 with a byte-order mark; read as UTF-8 or 1252 it has no header row. */
function utf16(bytes: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * `vo list --excel` (src/format/views/csv.ts) puts a `'` before a cell that Excel
 * would run as a formula (`=`, `+`, `-`, `@`, tab, CR); read back, that `'` is not
 * part of the title, or the agreement would not be the one in the register.
 */
function undefused(cell: string): RawCell {
  if (EXCEL_ERROR.test(cell.trim())) return new FormulaError(cell.trim());
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** What Excel writes into a CSV for a formula that gives an error, in English and Dutch Excel. */
const EXCEL_ERROR = /^#(?:N\/A|N\/B|DIV\/0!|DEEL\/0!|VALUE!|WAARDE!|REF!|VERW!|NAME\?|NAAM\?|NUM!|GETAL!|NULL!|LEEG!|SPILL!|OVERLOOP!|CALC!)$/i;

/**
 * Node 20's TextDecoder('windows-1252') decodes as Latin-1 (checked: 0x80 gives U+0080), so
 * 0x80-0x9F would become invisible control characters instead of the euro sign,
 * the curly quotes and the dashes that Excel's autocorrect puts in nearly every
 * sheet. The table is the WHATWG index for windows-1252 for those 32 bytes.
 */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function windows1252(bytes: Buffer): string {
  return bytes.toString('latin1').replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

function separatorOf(text: string): string {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const outsideQuotes = firstLine.replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((separator) => [separator, outsideQuotes.split(separator).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}
