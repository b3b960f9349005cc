import { digestText } from '../i18n/remind-digest.js';
import type { AgendaItem } from '../views/agenda-items.js';
import { itemParts, type Digest, type DigestContext } from './digests.js';
import { longDate } from './long-date.js';

/** One item as four lines of plain text: what, when, the agreement, the file to record it in. */
export function itemText(item: AgendaItem, context: DigestContext): string {
  const t = digestText(context.lang);
  const p = itemParts(item, context);
  return [`- ${p.title}`, `  ${p.when} (${p.date})`, `  ${t.agreement}: ${p.agreement}`, `  ${t.file}: ${p.file}`].join('\n');
}

/** The overdue part, then the part due soon; a part without items is left out. */
export function digestSections(digest: Digest, context: DigestContext): { heading: string; items: AgendaItem[] }[] {
  const t = digestText(context.lang);
  return [
    { heading: t.overdueHeading(digest.overdue.length), items: digest.overdue },
    { heading: t.soonHeading(digest.soon.length, longDate(context.until, context.lang)), items: digest.soon },
  ].filter((section) => section.items.length > 0);
}

/** The plain-text body of one owner's reminder. */
export function digestPlainText(digest: Digest, context: DigestContext): string {
  const t = digestText(context.lang);
  const parts = [t.greeting(digest.owner), t.intro(context.organisation, longDate(context.asOf, context.lang))];
  for (const section of digestSections(digest, context)) {
    parts.push(`${section.heading}\n\n${section.items.map((item) => itemText(item, context)).join('\n\n')}`);
  }
  parts.push(t.footer);
  return parts.join('\n\n') + '\n';
}

export function digestSubject(digest: Digest, context: DigestContext): string {
  return digestText(context.lang).subject(digest.overdue.length, digest.soon.length, context.organisation);
}
