/**
 * What `vo remind` should tell whom on the example register as of 2026-10-01,
 * worked out without it: the owners and items from the unfiltered calendar
 * (`vo agenda --format ics`, each event's note names its owner), the addresses
 * from the agreement files' `process_owner`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT, runVo } from '../helpers/run-cli.js';
import { events } from './ical-events.js';

export const EXAMPLES = join(REPO_ROOT, 'examples');
export const REMIND_AS_OF = '2026-10-01';

/** The line every view prints first on the example register: it has five deliberately broken files (examples/README.md). */
export const BROKEN_FILES_NOTE =
  'vo: let op: het register heeft 5 integriteitsfouten (zie vo validate); van overeenkomsten in bestanden die niet te lezen zijn, staat alleen vermeld wat wel te lezen was (status bestand ongeldig)\n';

export interface ExpectedItem {
  title: string;
  agreement: string;
}

export interface ExpectedDigest {
  owner: string;
  address?: string;
  overdue: ExpectedItem[];
  soon: ExpectedItem[];
}

function processOwnerAddresses(): Map<string, string> {
  const dir = join(EXAMPLES, 'agreements');
  const addresses = new Map<string, string>();
  for (const file of readdirSync(dir).sort()) {
    const agreement = parse(readFileSync(join(dir, file), 'utf8')) as { process_owner: { name: string; email?: string } };
    if (agreement.process_owner.email && !addresses.has(agreement.process_owner.name)) addresses.set(agreement.process_owner.name, agreement.process_owner.email);
  }
  return addresses;
}

/** Per owner, sorted by name ignoring case, the items of the next `days` days and everything overdue. */
export async function expectedDigests(days = 30): Promise<ExpectedDigest[]> {
  const result = await runVo(['-C', EXAMPLES, 'agenda', '--as-of', REMIND_AS_OF, '--days', String(days), '--format', 'ics']);
  const addresses = processOwnerAddresses();
  const digests = new Map<string, ExpectedDigest>();
  for (const event of events(result.stdout)) {
    const owner = /\nEigenaar: (.*)\n/.exec(event.description)![1]!;
    const [, late, title, agreement] = /^(TE LAAT: )?(.*) \(([^)]+)\)$/.exec(event.summary)!;
    const address = addresses.get(owner);
    const digest = digests.get(owner) ?? { owner, ...(address ? { address } : {}), overdue: [], soon: [] };
    (late ? digest.overdue : digest.soon).push({ title: title!, agreement: agreement! });
    digests.set(owner, digest);
  }
  return [...digests.values()].sort((x, y) => (x.owner.toLowerCase() < y.owner.toLowerCase() ? -1 : 1));
}

/** The subject a Dutch reminder carries: `vo: 3 punten te laat, 2 binnenkort (Gemeente Lindendal)`. */
export function expectedSubject(overdue: number, soon: number): string {
  const first = overdue > 0 ? overdue : soon;
  const words = [...(overdue > 0 ? ['te laat'] : []), ...(soon > 0 ? [overdue > 0 ? `${soon} binnenkort` : 'binnenkort'] : [])];
  return `vo: ${first} ${first === 1 ? 'punt' : 'punten'} ${words.join(', ')} (Gemeente Lindendal)`;
}
