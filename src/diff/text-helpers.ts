import { DateTime } from 'luxon';
import type { Lang } from '../i18n/lang.js';
import { withoutMentions } from '../util/no-mentions.js';

/**
 * Dates and Markdown for the history commands' sentences. Like the report's
 * (src/report/dates.ts, escape.ts), but kept here: no module outside
 * src/report imports src/report, so `vo check` and `vo diff` never load report code.
 */
const LOCALE: Record<Lang, string> = { nl: 'nl', en: 'en-GB' };

/** `30 juni 2026`: calendar dates read in UTC, so no time zone can shift them. */
export function longDate(value: string, lang: Lang): string {
  const date = DateTime.fromISO(value, { zone: 'utc' }).setLocale(LOCALE[lang]);
  return date.isValid ? date.toLocaleString(DateTime.DATE_FULL) : value;
}

/** `2 mei 2026 10:00`, in the register's time zone. */
export function longDateTime(value: string, lang: Lang, timezone: string): string {
  const moment = DateTime.fromISO(value, { zone: timezone }).setZone(timezone).setLocale(LOCALE[lang]);
  return moment.isValid ? `${moment.toLocaleString(DateTime.DATE_FULL)} ${moment.toFormat('HH:mm')}` : value;
}

// ASCII punctuation with a meaning somewhere in (GFM) Markdown or HTML; control characters; line breaks.
const SPECIAL = /[\\`*_{}[\]<>|&~!#]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029\t]/g;
const LIST_MARK = /^(\s*)([-+](?=\s|$)|\d+(?=[.)](?:\s|$)))/;

/**
 * A value as inline Markdown text, safe in a list item and in a table cell: a
 * register value can hold no link, image, emphasis, HTML or table break, and no
 * `@name` that mentions somebody (src/util/no-mentions.ts).
 */
export function markdownText(value: string): string {
  const escaped = value.replace(LINE_BREAK, ' ').replace(CONTROL, '').replace(SPECIAL, (c) => `\\${c}`);
  return withoutMentions(escaped.replace(LIST_MARK, (_all, space: string, mark: string) => (/\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`)));
}

/** Text in SVG (XML): the five characters that would end it. */
export function xmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}
