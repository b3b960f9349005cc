/**
 * Dates the way people type them in a Dutch spreadsheet, and the way Excel
 * stores them: `1-7-2025`, `01/07/2025`, `1.7.25`, `1 juli 2025`, `2025-07-01`,
 * a date cell, or the serial number a date cell becomes when its format is lost.
 * Day first, always: Dutch regional settings write day-month-year.
 */
export type DateResult = { date: string } | { impossible: true } | undefined;

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, feb: 2, february: 2,
  maart: 3, mrt: 3, mar: 3, march: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  augustus: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, oct: 10, october: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/** A time after the date (`2025-07-01 00:00:00`, as some exports write it) is ignored. */
const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?`;
const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}$`);
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})${TIME}$`);
const WORDS = /^(\d{1,2})\s*([a-z]+)\.?\s*(\d{4})$/;
const SERIAL_TEXT = /^\d{5}(?:[.,]\d+)?$/;

/** Excel serial numbers from 1950-01-01 to 2099-12-31: outside that, a number in a date column is a mistake, not a date. */
const SERIAL_MIN = 18264;
const SERIAL_MAX = 73050;
const DAY_MS = 86_400_000;
/** Serial 0 of the 1900 date system, which counts 1900-02-29 (Lotus's leap-year bug), so from 1900-03-01 on this is exact. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export function readDate(value: unknown): DateResult {
  if (value instanceof Date) {
    // exceljs gives a date cell as that day at 00:00 UTC (plus the time of day, if any).
    return Number.isNaN(value.getTime()) ? undefined : { date: value.toISOString().slice(0, 10) };
  }
  if (typeof value === 'number') {
    if (value < SERIAL_MIN || value > SERIAL_MAX) return undefined;
    return { date: new Date(EXCEL_EPOCH + Math.floor(value) * DAY_MS).toISOString().slice(0, 10) };
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase();
  // A CSV holds the serial number of a date cell whose format was lost as text: the same number, the same rule.
  if (SERIAL_TEXT.test(text)) return readDate(Number(text.replace(',', '.')));
  const iso = ISO.exec(text);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return calendarDate(fullYear(dayFirst[3]!), Number(dayFirst[2]), Number(dayFirst[1]));
  const words = WORDS.exec(text.normalize('NFKD').replace(/\p{M}/gu, ''));
  const month = words ? MONTHS[words[2]!] : undefined;
  if (words && month !== undefined) return calendarDate(Number(words[3]), month, Number(words[1]));
  return undefined;
}

/** Two-digit years as Excel reads them: 00–29 are 2000–2029, 30–99 are 1930–1999. */
function fullYear(text: string): number {
  if (text.length === 4) return Number(text);
  const short = Number(text);
  return short < 30 ? 2000 + short : 1900 + short;
}

function calendarDate(year: number, month: number, day: number): DateResult {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || day < 1 || date.getUTCMonth() !== month - 1 || year < 1000) return { impossible: true };
  return { date: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}
