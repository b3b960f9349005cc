import { compareStrings } from '../findings.js';
import type { Register } from '../register/load.js';
import { isPlainAddress, ownerKey } from './owners.js';

/** What an address is looked up for: any agenda item, of any kind, has these two. */
export interface Owned {
  owner: string;
  agreement: string;
}

export interface AddressBook {
  /** The address of the item's owner, when the register gives one that is certain. */
  addressFor(item: Owned): string | undefined;
  /** How the register writes this name as a process owner, else the name with its spaces tidied. */
  nameOf(name: string): string;
  /** How many different addresses the register gives process owners of this name. */
  addressCount(name: string): number;
}

/**
 * Addresses come only from `process_owner.email`, and never go to the wrong person:
 * - an item owned by its agreement's process owner goes to that agreement's
 *   `process_owner.email`, so two colleagues who share a name (two L. Smits with
 *   their own addresses) each get their own agreements;
 * - an obligation or action owner has no address field of their own, and a
 *   process owner may lack one in one agreement while another gives it: when the
 *   name is a process owner's (the whole name as {@link ownerKey} compares it,
 *   never a part of it) with one address in the whole register, they get that
 *   address; with several, nobody can tell which is meant, and they get none.
 * Without an address ("CISO", "Archivaris") `vo remind` lists the items instead.
 */
export function addressBook(register: Register): AddressBook {
  const byName = new Map<string, { name: string; addresses: string[] }>();
  const byAgreement = new Map<string, { name: string; address?: string }>();
  const agreements = [...register.agreements].sort((x, y) => compareStrings(x.value.id, y.value.id));
  for (const { value } of agreements) {
    const { name } = value.process_owner;
    const address = value.process_owner.email?.trim();
    const valid = address !== undefined && isPlainAddress(address) ? address : undefined;
    // The first file of an id is the agreement the agenda assesses (a second one is a duplicate-id).
    if (!byAgreement.has(value.id)) byAgreement.set(value.id, { name, ...(valid !== undefined ? { address: valid } : {}) });
    const entry = byName.get(ownerKey(name)) ?? { name, addresses: [] };
    if (valid !== undefined && !entry.addresses.includes(valid)) entry.addresses.push(valid);
    byName.set(ownerKey(name), entry);
  }
  return {
    addressFor: (item) => {
      const processOwner = byAgreement.get(item.agreement);
      if (processOwner?.address !== undefined && ownerKey(processOwner.name) === ownerKey(item.owner)) return processOwner.address;
      const addresses = byName.get(ownerKey(item.owner))?.addresses ?? [];
      return addresses.length === 1 ? addresses[0] : undefined;
    },
    nameOf: (name) => byName.get(ownerKey(name))?.name ?? name.trim().replace(/\s+/g, ' '),
    addressCount: (name) => byName.get(ownerKey(name))?.addresses.length ?? 0,
  };
}
