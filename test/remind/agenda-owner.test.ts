/**
 * `vo agenda --owner NAME` keeps exactly the items of that person, in every
 * format: the items they own and the items of the agreements they are process
 * owner of. Who owns an item is read from the unfiltered calendar (each event's
 * note names its owner), the process owners from the agreement files, so the
 * test does not lean on the filter it checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runVo } from '../helpers/run-cli.js';
import { events } from './ical-events.js';
import { BROKEN_FILES_NOTE } from './expected-digests.js';

const EXAMPLES = join(REPO_ROOT, 'examples');
const AS_OF = '2026-10-01';
const WIDE = ['--days', '400'];

async function agenda(format: string, extra: string[] = []) {
  const result = await runVo(['-C', EXAMPLES, 'agenda', '--as-of', AS_OF, ...WIDE, '--format', format, ...extra]);
  expect(result.stderr).toBe(BROKEN_FILES_NOTE);
  expect(result.code).toBe(0);
  return result.stdout;
}

const ownerOf = (description: string) => /\nEigenaar: (.*)\n/.exec(description)?.[1];
const agreementOf = (summary: string) => /\(([^)]+)\)$/.exec(summary)?.[1];
const processOwners = new Map(
  readdirSync(join(EXAMPLES, 'agreements')).map((file) => {
    const agreement = parse(readFileSync(join(EXAMPLES, 'agreements', file), 'utf8')) as { id: string; process_owner: { name: string } };
    return [agreement.id, agreement.process_owner.name];
  }),
);

describe('vo agenda --owner', async () => {
  const all = events(await agenda('ics'));
  const allJson = JSON.parse(await agenda('json')) as { date: string; kind: string; agreement: string; title: string }[];
  const owners = new Set(all.map((e) => ownerOf(e.description)));

  it('the example register has items of process owners and of obligation and action owners', () => {
    expect(all).toHaveLength(allJson.length);
    expect(owners.has('L. Smit')).toBe(true); // process owner and obligation owner
    expect(owners.has('CISO')).toBe(true); // owner of an action only
    expect(owners.size).toBeGreaterThan(10);
    // N. Willems' agreements have items that others own: she sees them too.
    expect(all.some((e) => processOwners.get(agreementOf(e.summary)!) === 'N. Willems' && ownerOf(e.description) !== 'N. Willems')).toBe(true);
  });

  it('an obligation or action owner sees only their own items, not the rest of the agreement', async () => {
    const ciso = events(await agenda('ics', ['--owner', 'ciso']));
    expect(ciso.length).toBeGreaterThan(0);
    expect(ciso.every((e) => ownerOf(e.description) === 'CISO')).toBe(true);
  });

  for (const [query, owner] of [
    ['smit', 'L. Smit'],
    ['SMIT', 'L. Smit'],
    ['  l.  smit ', 'L. Smit'],
    ['ciso', 'CISO'],
    ['N. Willems', 'N. Willems'],
  ] as const) {
    it(`--owner "${query}" keeps exactly the items of ${owner} in ics, json and table`, async () => {
      const expected = all
        .map((e, i) => ({ e, i }))
        .filter(({ e }) => ownerOf(e.description) === owner || processOwners.get(agreementOf(e.summary)!) === owner);
      expect(expected.length).toBeGreaterThan(0);

      const ics = events(await agenda('ics', ['--owner', query]));
      expect(ics.map((e) => e.uid)).toEqual(expected.map(({ e }) => e.uid));

      const json = JSON.parse(await agenda('json', ['--owner', query])) as unknown[];
      expect(json).toEqual(expected.map(({ i }) => allJson[i]));

      const table = await agenda('table', ['--owner', query]);
      const total = expected.length === 1 ? '1 punt' : `${expected.length} punten`;
      expect(table).toContain(`\n${total} tot en met`);
      for (const { i } of expected) expect(table).toContain(allJson[i]!.agreement);
    });
  }

  it('an owner with nothing on the agenda gives an empty agenda, exit 0', async () => {
    expect(JSON.parse(await agenda('json', ['--owner', 'Niemand']))).toEqual([]);
    expect(await agenda('table', ['--owner', 'Niemand'])).toContain('Niets gevonden.');
  });

  it('refuses an empty name with one line and exit 2', async () => {
    const result = await runVo(['-C', EXAMPLES, 'agenda', '--as-of', AS_OF, '--owner', ' ']);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'vo: --owner heeft een naam nodig\n' });
  });

  it('--help shows the option and examples in both languages', async () => {
    const nl = await runVo(['agenda', '--help']);
    expect(nl.stdout).toContain('--owner <name>');
    expect(nl.stdout).toContain('--alarm-days <n>');
    expect(nl.stdout).toContain('Voorbeelden:\n  vo agenda --owner smit');
    const en = await runVo(['agenda', '--help', '--lang', 'en']);
    expect(en.stdout).toContain('calendar alarm this many days before the date');
    expect(en.stdout).toContain('Examples:\n  vo agenda --owner smit');
  });
});
