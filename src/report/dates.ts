import { DateTime } from 'luxon';
import type { Lang } from '../i18n/lang.js';
import { reportText } from '../i18n/report.js';

/**
 * Dates in the report's language, in the locale's long form ("1 oktober 2026",
 * "1 October 2026"). Calendar dates are read in UTC so no time zone can shift
 * them; date-times in the register's time zone, as the rules read them.
 */
export type DateStyle = 'long' | 'short' | 'iso';

export function formatDate(value: string, lang: Lang, style: DateStyle = 'long'): string {
  const date = DateTime.fromISO(value, { zone: 'utc' }).setLocale(reportText(lang).locale);
  if (!date.isValid) return value;
  if (style === 'iso') return date.toISODate() ?? value;
  return date.toLocaleString(style === 'short' ? DateTime.DATE_MED : DateTime.DATE_FULL);
}

/** `9 februari 2026 09:15`: the long date and a 24-hour time, without a zone name (the register has one zone). */
export function formatDateTime(value: string, lang: Lang, timezone: string): string {
  const moment = DateTime.fromISO(value, { zone: timezone }).setZone(timezone).setLocale(reportText(lang).locale);
  return moment.isValid ? `${moment.toLocaleString(DateTime.DATE_FULL)} ${moment.toFormat('HH:mm')}` : value;
}

/** `oktober 2026`. */
export function formatMonth(value: string, lang: Lang, style: 'long' | 'short' = 'long'): string {
  const date = DateTime.fromISO(value, { zone: 'utc' }).setLocale(reportText(lang).locale);
  return date.isValid ? date.toFormat(style === 'long' ? 'LLLL yyyy' : 'LLL yyyy') : value;
}
