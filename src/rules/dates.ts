import { DateTime } from 'luxon';
import type { Cadence } from '../register/types.js';

/**
 * Date arithmetic of SPEC §6 on `YYYY-MM-DD` strings. Pure: no clock, no
 * file system. Calendar dates are handled in UTC so no time zone or daylight
 * saving change can shift them.
 */
const ISO = { zone: 'utc' } as const;

/**
 * A register has far fewer distinct dates than date computations (thousands of
 * agreements share the same as-of date and a few hundred evaluation days), and
 * luxon's parsing was most of `vo check`'s time on 10 000 agreements: remember
 * each answer. The caches are bounded, so a long-running caller cannot grow them without limit.
 */
const MAX_CACHED = 100_000;
const parsed = new Map<string, DateTime>();
const shifted = new Map<string, string>();
const between = new Map<string, number>();

function remember<V>(cache: Map<string, V>, key: string, compute: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    value = compute();
    cache.set(key, value);
  }
  return value;
}

function toDate(date: string): DateTime {
  return remember(parsed, date, () => {
    const value = DateTime.fromISO(date, ISO);
    if (!value.isValid) throw new Error(`invalid date ${date}`);
    return value;
  });
}

/** Calendar months with the day clamped to the month's end: 31 Jan + 1 month = 28/29 Feb (luxon does this). */
export function addMonths(date: string, months: number): string {
  return remember(shifted, `${date}|m${months}`, () => toDate(date).plus({ months }).toISODate() as string);
}

export function addDays(date: string, days: number): string {
  return remember(shifted, `${date}|d${days}`, () => toDate(date).plus({ days }).toISODate() as string);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return remember(between, `${from}|${to}`, () => Math.round(toDate(to).diff(toDate(from), 'days').days));
}

/** "Overdue" means the due date is before D; a due date equal to D is due soon (SPEC §6). */
export function isOverdue(due: string, asOf: string): boolean {
  return due < asOf;
}

/** "Due soon" means D ≤ due ≤ D + window (inclusive on both ends). */
export function isDueSoon(due: string, asOf: string, windowDays: number): boolean {
  return due >= asOf && due <= addDays(asOf, windowDays);
}

/** Cadences map to 1, 3, 6 and 12 months (SPEC §3). */
export const CADENCE_MONTHS: Record<Cadence, number> = {
  monthly: 1,
  quarterly: 3,
  'half-yearly': 6,
  yearly: 12,
};

/** A date-time of the register: with an offset as written, without one in the config's time zone (SPEC §1). */
export function parseDateTime(value: string, timezone: string): DateTime {
  return DateTime.fromISO(value, { zone: timezone, setZone: false }).setZone(timezone);
}

/** The calendar date of a date-time in the config's time zone. */
export function dateOf(value: string, timezone: string): string {
  return parseDateTime(value, timezone).toISODate() as string;
}

/** Hours between two date-times as elapsed time (a day with a clock change has 23 or 25). */
export function hoursBetween(from: string, to: string, timezone: string): number {
  return parseDateTime(to, timezone).diff(parseDateTime(from, timezone), 'hours').hours;
}

export function addHours(value: string, hours: number, timezone: string): DateTime {
  return parseDateTime(value, timezone).plus({ hours });
}
