import { compareStrings } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { viewText } from '../i18n/views.js';
import { daysBetween } from '../rules/dates.js';
import type { AgendaItem } from '../views/agenda-items.js';
import { longDate } from './long-date.js';
import type { AddressBook } from './address-book.js';
import { ownerKey } from './owners.js';

/** What one owner hears about: the items overdue and the items still to do within the window. */
export interface Digest {
  owner: string;
  /** Absent when the register gives no address for this name: the summary then lists the items. */
  address?: string;
  overdue: AgendaItem[];
  soon: AgendaItem[];
}

/** What every digest and the summary are written for. */
export interface DigestContext {
  lang: Lang;
  asOf: string;
  /** The last day of the window, D + --days. */
  until: string;
  organisation: string;
}

/**
 * One digest per owner (the agenda item's `owner`: an obligation's or action's
 * own owner, else the process owner) and address: names compared as
 * {@link ownerKey} does, and two colleagues who share a name but not an address
 * kept apart. The items keep the agenda's order (by date); owners are sorted by
 * name, then address, so the same register gives the same messages in the same order.
 */
export function ownerDigests(items: readonly AgendaItem[], book: AddressBook): Digest[] {
  const digests = new Map<string, Digest>();
  for (const item of items) {
    const address = book.addressFor(item);
    const key = `${ownerKey(item.owner)}\n${address ?? ''}`;
    let digest = digests.get(key);
    if (digest === undefined) {
      digest = { owner: book.nameOf(item.owner), ...(address !== undefined ? { address } : {}), overdue: [], soon: [] };
      digests.set(key, digest);
    }
    (item.overdue ? digest.overdue : digest.soon).push(item);
  }
  return [...digests.entries()].sort(([x], [y]) => compareStrings(x, y)).map(([, digest]) => digest);
}

/**
 * "113 dagen te laat", "over 7 dagen", "vandaag": the words of `vo agenda`'s table,
 * so the message and the terminal say the same number (D − the item's date).
 */
export function whenText(item: AgendaItem, context: DigestContext): string {
  return viewText(context.lang).when(daysBetween(context.asOf, item.date), item.overdue);
}

/** The parts of one item that the text and the HTML both show. */
export function itemParts(item: AgendaItem, context: DigestContext) {
  return {
    title: item.title,
    when: whenText(item, context),
    date: longDate(item.date, context.lang),
    kind: viewText(context.lang).kind[item.kind] ?? item.kind,
    agreement: `${item.agreementTitle} (${item.agreement})`,
    file: item.file,
  };
}
