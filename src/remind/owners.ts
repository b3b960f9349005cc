import { UsageError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { remindText } from '../i18n/remind.js';
import type { Register } from '../register/load.js';

/**
 * Who an agenda item belongs to, and where that person reads mail. One place for
 * both, so `vo agenda --owner`, the calendar and `vo remind` agree on who is who.
 */

/** The form two spellings of one name share: case, surrounding and repeated spaces do not count. */
export function ownerKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * `--owner NAME` matches part of the owner's name, ignoring case, exactly as
 * `vo obligations --owner` does ("smit" finds "L. Smit"), so the two commands
 * select the same people.
 */
export function matchesOwner(owner: string, query: string): boolean {
  return ownerKey(owner).includes(ownerKey(query));
}

/**
 * A bare address (`name@example.org`) without spaces, quotes, angle brackets or
 * control characters: what may safely stand in a mail header or a `mailto:`.
 * The schema asks for an e-mail address, but a reminder must never carry a
 * header that a stray character in the register could break.
 */
export function isPlainAddress(value: string): boolean {
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  return /^[^\s@<>()",;:\\[\]]+@[^\s@<>()",;:\\[\]]+\.[^\s@<>()",;:\\[\]]+$/.test(value) && !/[\u0000-\u001f\u007f]/.test(value);
}

/**
 * `vo agenda --owner`: an item concerns a person when they are its owner (the
 * obligation's or action's own owner, else the process owner) or the process
 * owner of its agreement, who stays accountable for what they delegated (the command reference in README.md:
 * "process owner, obligation owner or action owner"). Any kind of item works: all
 * it needs is its `owner` and its `agreement`.
 */
export function ownerFilter(register: Register, query: string): (item: { owner: string; agreement: string }) => boolean {
  // The first file of an id is the agreement every view shows (a second one is a duplicate-id): its process owner.
  const processOwners = new Map<string, string>();
  for (const { value } of register.agreements) if (!processOwners.has(value.id)) processOwners.set(value.id, value.process_owner.name);
  return (item) => matchesOwner(item.owner, query) || matchesOwner(processOwners.get(item.agreement) ?? '', query);
}

/** `--owner` of `vo agenda` and `vo remind`; an empty name would select everybody, which is never what was meant. */
export function ownerQuery(value: string | undefined, lang: Lang): string | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === '') throw new UsageError(remindText(lang).blankOwner);
  return value;
}
