import { createHash } from 'node:crypto';
import { remindText } from '../../i18n/remind.js';
import { viewText } from '../../i18n/views.js';
import { longDate } from '../../remind/long-date.js';
import { addDays } from '../../rules/dates.js';
import { neutraliseControls } from '../../util/visible-controls.js';
import type { AgendaItem } from '../../views/agenda-items.js';
import type { ViewContext } from './context.js';

/**
 * The agenda as iCalendar (RFC 5545): one all-day event per item. The UID hashes
 * the agreement, the kind and the item's own key (obligation id, assurance type,
 * finding id) but never its date, so a re-import after the date moved updates the
 * event instead of adding a second one. DTSTAMP is D, so the same --as-of gives
 * the same bytes, and a later run carries a later stamp. docs/views.md says why
 * each property is as it is.
 */
export function itemUid(item: Pick<AgendaItem, 'agreement' | 'kind' | 'key'>): string {
  const hash = createHash('sha1').update(`${item.agreement}\n${item.kind}\n${item.key}`).digest('hex');
  return `${hash}@vo`;
}

/**
 * RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks escaped; other C0 control characters have no
 * place in TEXT. The invisible characters that every output shows as `\uXXXX` (bidi marks of right-to-left
 * text, C1 controls, zero-width characters; docs/security.md) get that escape here, before folding: made
 * afterwards, by the output's filter, it would lengthen folded lines beyond 75 octets.
 */
export function escapeText(value: string): string {
  const visible = neutraliseControls(
    value
      .replace(/\r\n|\r/g, '\n')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ''),
    { continuation: true },
  );
  return visible.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
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

/** What the calendar needs besides the items: computed from the register by the command, so this stays pure. */
export interface IcsOptions {
  /** The alarm goes off this many days before the date, at 09:00; 0 is on the day. */
  alarmDays: number;
  /** The event's SEQUENCE (RFC 5545 §3.8.7.4): higher when the item's date may have moved. */
  sequence(item: AgendaItem): number;
  /** The item's owner's e-mail address, when the register gives one. */
  addressOf(item: AgendaItem): string | undefined;
}

export const DEFAULT_ICS_OPTIONS: IcsOptions = { alarmDays: 7, sequence: () => 0, addressOf: () => undefined };

/**
 * The TRIGGER of a display alarm at 09:00, `days` days before the start of an
 * all-day event (which starts at midnight): 7 days gives `-P6DT15H`, 0 gives `PT9H`.
 * A morning alarm, because one at midnight is missed by everybody.
 */
export function alarmTrigger(days: number): string {
  if (days === 0) return 'PT9H';
  return days === 1 ? '-PT15H' : `-P${days - 1}DT15H`;
}

/** A parameter value in double quotes (RFC 5545 §3.2), which may hold no quote or control character; invisible ones as in {@link escapeText}. */
function quoteParam(value: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return `"${neutraliseControls(value.replace(/[\u0000-\u001f\u007f"]/g, ''), { continuation: true })}"`;
}

/**
 * An item whose date lies before D is shown on D, so it stays in sight on today's
 * calendar instead of on a day long gone; its title says it is overdue (when the
 * rule says so: an item still within grace is not), its note keeps the real date,
 * and its alarm goes off at 09:00 on D. Every other item sits on its own date with
 * an alarm `alarmDays` before it.
 */
function eventLines(item: AgendaItem, context: ViewContext, options: IcsOptions): string[] {
  const t = viewText(context.lang);
  const r = remindText(context.lang).ics;
  const past = item.date < context.asOf;
  const shownOn = past ? context.asOf : item.date;
  const summary = `${item.overdue ? `${r.overdue}: ` : ''}${item.title} (${item.agreement})`;
  const address = options.addressOf(item);
  const description = [
    `${t.ics.agreement}: ${item.agreementTitle} (${item.agreement})`,
    `${t.ics.owner}: ${item.owner}`,
    `${t.ics.file}: ${item.file}`,
    // No day count: the note then only changes when the date does.
    ...(past ? [`${r.dueDate}: ${longDate(item.date, context.lang)}`] : []),
  ].join('\n');
  return [
    'BEGIN:VEVENT',
    `UID:${itemUid(item)}`,
    `SEQUENCE:${options.sequence(item)}`,
    `DTSTAMP:${compact(context.asOf)}T000000Z`,
    `DTSTART;VALUE=DATE:${compact(shownOn)}`,
    `DTEND;VALUE=DATE:${compact(addDays(shownOn, 1))}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `CATEGORIES:${escapeText(t.kind[item.kind] ?? item.kind)}`,
    // Only a known address makes an attendee: a name alone is no calendar address (RFC 5545 §3.3.3).
    ...(address !== undefined ? [`ATTENDEE;CN=${quoteParam(item.owner)};ROLE=REQ-PARTICIPANT:mailto:${address}`] : []),
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(r.alarm(summary))}`,
    `TRIGGER:${alarmTrigger(past ? 0 : options.alarmDays)}`,
    'END:VALARM',
    'END:VEVENT',
  ];
}

export function ics(items: readonly AgendaItem[], context: ViewContext, options: IcsOptions = DEFAULT_ICS_OPTIONS): string {
  const t = viewText(context.lang);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//vo//vo agenda//${context.lang.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(t.ics.calendarName(context.organisation))}`,
  ];
  for (const item of items) for (const line of eventLines(item, context, options)) lines.push(line);
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
