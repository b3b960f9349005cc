import { createHash } from 'node:crypto';
import { viewText } from '../../i18n/views.js';
import { addDays } from '../../rules/dates.js';
import type { AgendaItem } from '../agenda-items.js';
import type { ViewContext } from './context.js';

/**
 * The agenda as iCalendar (RFC 5545): one all-day event per item. The UID hashes
 * the agreement, the kind and the item's own key (obligation id, assurance type,
 * finding id) but never its date, so a re-import after the date moved updates the
 * event instead of adding a second one. DTSTAMP is D, so the same --as-of gives
 * the same bytes, and a later run carries a later stamp.
 */
export function itemUid(item: Pick<AgendaItem, 'agreement' | 'kind' | 'key'>): string {
  const hash = createHash('sha1').update(`${item.agreement}\n${item.kind}\n${item.key}`).digest('hex');
  return `${hash}@vo`;
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks escaped; other control characters have no place in TEXT. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');
}

/** RFC 5545 §3.1: lines of at most 75 octets, continued after CRLF and one space; never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? 75 : 74; // a continuation line starts with the space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (date: string) => date.replace(/-/g, '');

export function ics(items: readonly AgendaItem[], context: ViewContext): string {
  const t = viewText(context.lang);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//vo//vo agenda//${context.lang.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(t.ics.calendarName(context.organisation))}`,
  ];
  for (const item of items) {
    const description = [
      `${t.ics.agreement}: ${item.agreementTitle} (${item.agreement})`,
      `${t.ics.owner}: ${item.owner}`,
      `${t.ics.file}: ${item.file}`,
      // No day count: the description then only changes when the item becomes overdue.
      ...(item.overdue ? [t.ics.overdue] : []),
    ].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${itemUid(item)}`,
      `DTSTAMP:${compact(context.asOf)}T000000Z`,
      `DTSTART;VALUE=DATE:${compact(item.date)}`,
      `DTEND;VALUE=DATE:${compact(addDays(item.date, 1))}`,
      `SUMMARY:${escapeText(`${item.title} (${item.agreement})`)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `CATEGORIES:${escapeText(t.kind[item.kind] ?? item.kind)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
