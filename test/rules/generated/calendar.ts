import { DateTime } from 'luxon';

/**
 * The oracle's own date arithmetic, written from the spec's words and not
 * imported from src/rules, so a mistake there cannot hide in both: calendar
 * dates through `Date.UTC`, date-times in the register's zone through luxon.
 */
const DAY = 86_400_000;

const utc = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const plusDays = (date: string, days: number): string => iso(utc(date) + days * DAY);
export const daysFrom = (from: string, to: string): number => Math.round((utc(to) - utc(from)) / DAY);

/** Calendar months, the day clamped to the month's end. */
export function plusMonths(date: string, months: number): string {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return iso(Date.UTC(year, month, Math.min(Number(date.slice(8, 10)), last)));
}

export const earlier = (a: string, b: string) => (a < b ? a : b);

export const ZONE = 'Europe/Amsterdam';
const offsetAt = (ms: number) => DateTime.fromMillis(ms, { zone: ZONE }).offset;

/**
 * The instant of a register date-time: as written when it has an offset;
 * else a wall-clock time in the zone; in a daylight-saving gap with the offset
 * before the gap; when it occurs twice, the earlier instant.
 */
export function instant(value: string): number {
  if (/(?:Z|[+-]\d\d:\d\d)$/.test(value)) return DateTime.fromISO(value).toMillis();
  const wall = DateTime.fromISO(value, { zone: 'utc' }).toMillis();
  const fits = [120, 60].map((offset) => wall - offset * 60_000).filter((ms) => offsetAt(ms) * 60_000 === wall - ms);
  if (fits.length > 0) return Math.min(...fits);
  return wall - offsetAt(wall - 12 * 3_600_000) * 60_000;
}

export const dateInZone = (ms: number): string => DateTime.fromMillis(ms, { zone: ZONE }).toISODate() as string;
export const wallClock = (ms: number): string => DateTime.fromMillis(ms, { zone: ZONE }).toFormat("yyyy-MM-dd'T'HH:mm");
