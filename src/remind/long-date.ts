import { DateTime } from 'luxon';
import type { Lang } from '../i18n/lang.js';

const LOCALES: Record<Lang, string> = { nl: 'nl', en: 'en-GB' };

/**
 * `30 juni 2026`, `30 June 2026`: how people read a date in a message or a
 * calendar note. Read in UTC, so no time zone can shift the day; anything that
 * is not a date is shown as written.
 */
export function longDate(date: string, lang: Lang): string {
  const value = DateTime.fromISO(date, { zone: 'utc' }).setLocale(LOCALES[lang]);
  return value.isValid ? value.toLocaleString(DateTime.DATE_FULL) : date;
}
