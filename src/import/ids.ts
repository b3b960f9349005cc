import { headerKey } from './columns.js';

/**
 * Ids from titles (docs/format.md: `^[a-z0-9][a-z0-9._-]*$`, equal to the file name).
 * The rule, documented in docs/handleiding.md:
 * 1. lower case, accents dropped, every run of other characters a single `-`;
 * 2. a leading "verwerkersovereenkomst" (and a "voor" or "met" after it) is left
 *    out, since every agreement is one: "Verwerkersovereenkomst zaaksysteem Acme"
 *    becomes `zaaksysteem-acme`;
 * 3. at most 60 characters, cut at a `-`.
 */
const GENERIC = /^(?:verwerkersovereenkomst(?:en)?|verwerkingsovereenkomst|processor-agreement|data-processing-agreement|dpa|vwo)-(?:(?:voor|met|van|for|with|de|het|the)-)?/;
const MAX_ID = 60;

export function slug(text: string): string {
  const full = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const short = full.replace(GENERIC, '');
  return cut(short !== '' ? short : full);
}

function cut(id: string): string {
  if (id.length <= MAX_ID) return id;
  const head = id.slice(0, MAX_ID + 1);
  const at = head.lastIndexOf('-');
  return (at > 10 ? head.slice(0, at) : id.slice(0, MAX_ID)).replace(/-+$/, '');
}

export type IdChoice = { id: string } | { existing: string };

/**
 * The id of an agreement row: the slug of its title, else `-2`, `-3`, … while
 * that is taken (by a file in the register or an earlier row). When the one
 * taken by the register is an agreement with the same title, the row is that
 * agreement, imported before: it is skipped, never written twice. Each existing
 * agreement matches one row at most, so two rows with one title stay two.
 */
export function chooseId(base: string, title: string, taken: ReadonlySet<string>, titles: ReadonlyMap<string, string>, claimed: Set<string>): IdChoice {
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(id)) return { id };
    const existing = titles.get(id);
    if (existing !== undefined && !claimed.has(id) && headerKey(existing) === headerKey(title)) {
      claimed.add(id);
      return { existing: id };
    }
  }
}
