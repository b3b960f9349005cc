import { DateTime } from 'luxon';
import type { Lang } from '../i18n/lang.js';
import { LINE_BREAK, escapeInlineMarkdown } from '../util/markdown-inline.js';

/**
 * Dates and Markdown for the history commands' sentences. The dates are like the
 * report's (src/report/dates.ts), but kept here: no module outside src/report
 * imports src/report, so `vo check` and `vo diff` never load report code. The
 * Markdown escaping is the report's own, from src/util/markdown-inline.ts.
 */
const LOCALE: Record<Lang, string> = { nl: 'nl', en: 'en-GB' };

/** `30 juni 2026`: the reminders' own (read in UTC, so no time zone can shift the day), for one way of writing a date. */
export { longDate } from '../remind/long-date.js';

/** `2 mei 2026 10:00`, in the register's time zone. */
export function longDateTime(value: string, lang: Lang, timezone: string): string {
  const moment = DateTime.fromISO(value, { zone: timezone }).setZone(timezone).setLocale(LOCALE[lang]);
  return moment.isValid ? `${moment.toLocaleString(DateTime.DATE_FULL)} ${moment.toFormat('HH:mm')}` : value;
}

/** A value as inline Markdown text, on one line: safe in a list item and in a table cell (src/util/markdown-inline.ts). */
export function markdownText(value: string): string {
  return escapeInlineMarkdown(value.replace(LINE_BREAK, ' '));
}

/** Text in SVG (XML): the five characters that would end it. */
export function xmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}
