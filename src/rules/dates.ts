import { DateTime, IANAZone, Zone, type ZoneOffsetFormat, type ZoneOffsetOptions } from 'luxon';
import type { Cadence } from '../register/types.js';

/**
 * Date arithmetic of the rules on `YYYY-MM-DD` strings. Pure: no clock, no
 * file system, no time zone. Calendar dates are plain day numbers (Howard
 * Hinnant's civil calendar algorithms), so no zone or daylight-saving change
 * can shift them; luxon is used only for date-times, where zones matter.
 *
 * Results are kept within the years 0001–9999 that a register date can hold:
 * a due date beyond 9999-12-31 (a huge interval) becomes 9999-12-31, which no
 * as-of date passes, so string comparison of dates stays right (issue #15).
 */
export const LAST_DATE = '9999-12-31';
export const FIRST_DATE = '0001-01-01';

function parse(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function format(year: number, month: number, day: number): string {
  if (year > 9999) return LAST_DATE;
  if (year < 1) return FIRST_DATE;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date. */
function dayNumber(date: string): number {
  const [y0, m, d] = parse(date);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return format(year, month, day);
}

/** Calendar months with the day clamped to the month's end: 31 Jan + 1 month = 28/29 Feb. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = parse(date);
  const total = year * 12 + (month - 1) + months;
  const newYear = Math.floor(total / 12);
  const newMonth = total - newYear * 12 + 1;
  if (newYear > 9999) return LAST_DATE;
  if (newYear < 1) return FIRST_DATE;
  return format(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** "Overdue" means the due date is before D; a due date equal to D is due soon. */
export function isOverdue(due: string, asOf: string): boolean {
  return due < asOf;
}

/** "Due soon" means D ≤ due ≤ D + window (inclusive on both ends). */
export function isDueSoon(due: string, asOf: string, windowDays: number): boolean {
  return due >= asOf && due <= addDays(asOf, windowDays);
}

/** The later of two dates. */
export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

/** Cadences map to 1, 3, 6 and 12 months. */
export const CADENCE_MONTHS: Record<Cadence, number> = {
  monthly: 1,
  quarterly: 3,
  'half-yearly': 6,
  yearly: 12,
};

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Entries a memory of this module holds before it starts over: bounded, whatever the register. */
const MEMORY_ENTRIES = 100_000;

/**
 * An IANA zone that remembers its offset per day and hour. luxon asks the zone for
 * the offset of every date-time it makes or changes, and an IANA zone answers through
 * Intl (about 10 µs a call): a register's incidents made that a tenth of `vo check`.
 * A day (UTC) whose first and last millisecond have the same offset has no clock
 * change in it, so that offset holds for the whole day; on a day with a change, the
 * same holds per hour, and an hour with a change is asked of the real zone for every
 * instant. Same name and type as luxon's own
 * zone, so date-times compare and print the same.
 */
export class RememberingZone extends Zone {
  readonly #zone: IANAZone;
  readonly #days = new Map<number, number>();
  readonly #hours = new Map<number, number>();

  constructor(name: string) {
    super();
    this.#zone = IANAZone.create(name);
  }

  override get type(): string {
    return this.#zone.type;
  }

  override get name(): string {
    return this.#zone.name;
  }

  override get isUniversal(): boolean {
    return false;
  }

  override get isValid(): boolean {
    return this.#zone.isValid;
  }

  override offsetName(ts: number, options: ZoneOffsetOptions): string | null {
    return this.#zone.offsetName(ts, options);
  }

  override formatOffset(ts: number, format: ZoneOffsetFormat): string {
    return this.#zone.formatOffset(ts, format);
  }

  override offset(ts: number): number {
    if (!Number.isFinite(ts)) return this.#zone.offset(ts);
    return this.#steady(ts, DAY_MS, this.#days) ?? this.#steady(ts, HOUR_MS, this.#hours) ?? this.#zone.offset(ts);
  }

  /** The offset of the day or hour (`spanMs`) that holds `ts`, when it is one for the whole span; else undefined. */
  #steady(ts: number, spanMs: number, memory: Map<number, number>): number | undefined {
    const span = Math.floor(ts / spanMs);
    const known = memory.get(span);
    if (known !== undefined) return known;
    const offset = this.#zone.offset(span * spanMs);
    if (offset !== this.#zone.offset(span * spanMs + spanMs - 1)) return undefined; // a clock change in this span
    if (memory.size >= MEMORY_ENTRIES) memory.clear();
    memory.set(span, offset);
    return offset;
  }

  override equals(other: Zone): boolean {
    return other.type === this.type && other.name === this.name;
  }
}

const zones = new Map<string, Zone>();

/** The config's time zone, remembering offsets (an unknown name stays luxon's invalid zone). */
function zoneNamed(name: string): Zone {
  let zone = zones.get(name);
  if (zone === undefined) {
    zone = IANAZone.isValidZone(name) ? new RememberingZone(name) : IANAZone.create(name);
    zones.set(name, zone);
  }
  return zone;
}

/**
 * A date-time of the register: with an offset as written, without one in the
 * config's time zone. A local time in a daylight-saving gap is read with the
 * offset before the gap; one that occurs twice is the earlier instant.
 */
export function parseDateTime(value: string, timezone: string): DateTime {
  // The rules read one incident's few date-times again and again (its state, then each rule):
  // luxon's DateTime is immutable, so one made earlier is given again.
  const key = `${timezone}\u0000${value}`;
  let parsed = parsedDateTimes.get(key);
  if (parsed === undefined) {
    parsed = readDateTime(value, timezone);
    if (parsedDateTimes.size >= MEMORY_ENTRIES) parsedDateTimes.clear();
    parsedDateTimes.set(key, parsed);
  }
  return parsed;
}

const parsedDateTimes = new Map<string, DateTime>();

/** More than the furthest any zone is from UTC (+14 hours). */
const OFFSET_WINDOW_MS = 15 * HOUR_MS;

function readDateTime(value: string, timezone: string): DateTime {
  const zone = zoneNamed(timezone);
  const wall = wallClock(value);
  if (wall === undefined) return readDateTimeByLuxon(value, zone);
  if (wall.offset !== undefined) return DateTime.fromMillis(wall.ms - wall.offset * 60_000, { zone });
  return DateTime.fromMillis(localInstant(wall.ms, zone), { zone });
}

/**
 * The instant a wall-clock time (as milliseconds of the same fields in UTC) names in `zone`: it lies
 * within 14 hours of the time read as UTC (no zone is further from UTC), so the offsets before and after
 * any clock change near it are those 15 hours either side, and an offset is right when the zone has it
 * at the instant it gives. Six hours missed the change in zones far from UTC (Los Angeles, Auckland).
 * Twice on a clock change back: the earlier instant. In a gap: the offset before the gap.
 */
function localInstant(guess: number, zone: Zone): number {
  const before = zone.offset(guess - OFFSET_WINDOW_MS);
  const after = zone.offset(guess + OFFSET_WINDOW_MS);
  const fits = (offset: number) => zone.offset(guess - offset * 60_000) === offset;
  const candidates = [before, after].filter(fits).map((offset) => guess - offset * 60_000);
  return candidates.length > 0 ? Math.min(...candidates) : guess - before * 60_000;
}

/** `YYYY-MM-DDTHH:mm[:ss][Z|±HH:mm]`, a real date from the year 100: what the schema allows, without fractions of a second. */
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:(Z)|([+-])(\d{2}):(\d{2}))?$/;

/**
 * The fields of a date-time as milliseconds in UTC, and its offset in minutes when written; undefined
 * for anything else (fractions of a second, the years 0–99 that Date.UTC reads as 1900–1999, a date that
 * does not exist), which luxon reads. Luxon's own reading took a fifth of the incident rules.
 */
function wallClock(value: string): { ms: number; offset?: number } | undefined {
  const m = WALL_CLOCK.exec(value);
  if (m === null) return undefined;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [number, number, number, number, number, number];
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return undefined;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  if (m[7] === 'Z') return { ms, offset: 0 };
  if (m[8] === undefined) return { ms };
  const offset = Number(m[9]) * 60 + Number(m[10]);
  return { ms, offset: m[8] === '-' ? -offset : offset };
}

/** The general reading, for what wallClock leaves: the same rules, through luxon's ISO parser. */
function readDateTimeByLuxon(value: string, zone: Zone): DateTime {
  if (/(?:Z|[+-]\d{2}:\d{2})$/.test(value)) return DateTime.fromISO(value, { setZone: true }).setZone(zone);
  const local = DateTime.fromISO(value, { zone: 'utc' });
  if (!local.isValid) return local;
  const wall = local.toMillis();
  return DateTime.fromMillis(localInstant(wall, zone), { zone });
}

/** The calendar date of a date-time in the config's time zone. */
export function dateOf(value: string, timezone: string): string {
  return parseDateTime(value, timezone).toISODate() as string;
}

/**
 * Whole minutes between two date-times as elapsed time (a day with a clock
 * change has 23 or 25 hours). A started minute counts, so the result is more
 * than N × 60 exactly when more than N hours have passed: a rule that decides on
 * it and a message that shows it cannot disagree about a time just over a limit.
 */
export function elapsedMinutes(from: string, to: string, timezone: string): number {
  return Math.ceil((parseDateTime(to, timezone).toMillis() - parseDateTime(from, timezone).toMillis()) / 60_000);
}

export function addHours(value: string, hours: number, timezone: string): DateTime {
  const from = parseDateTime(value, timezone);
  // Elapsed hours: the same instant luxon's plus({ hours }) gives, without its calendar arithmetic.
  return from.isValid ? DateTime.fromMillis(from.toMillis() + hours * HOUR_MS, { zone: from.zone }) : from;
}
