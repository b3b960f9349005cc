import { compact } from './choices.js';

/**
 * Country names to ISO 3166-1 alpha-2 codes (docs/format.md `country`), in Dutch and
 * English. The names come from the Unicode CLDR data that Node.js carries
 * (Intl.DisplayNames), so every country is known by the name people read in
 * their own software; a few everyday names CLDR does not give are added.
 */

/** Codes CLDR names that are not countries in ISO 3166-1 (the EU, the UN, "unknown region", pseudo-regions). */
const NOT_COUNTRIES = new Set(['AC', 'CP', 'CQ', 'DG', 'EA', 'EU', 'EZ', 'IC', 'QO', 'TA', 'UN', 'XA', 'XB', 'XK', 'ZZ']);

const EXTRA: Record<string, string> = {
  vs: 'US',
  usa: 'US',
  'verenigde staten van amerika': 'US',
  amerika: 'US',
  'united states of america': 'US',
  uk: 'GB',
  engeland: 'GB',
  'groot brittannie': 'GB',
  'great britain': 'GB',
  england: 'GB',
  holland: 'NL',
  'the netherlands': 'NL',
  'zuid korea': 'KR',
  'south korea': 'KR',
  tsjechie: 'CZ',
  'czech republic': 'CZ',
};

let index: Map<string, string> | undefined;

function buildIndex(): Map<string, string> {
  const names = new Map<string, string>();
  const displays = ['nl', 'en'].map((lang) => new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }));
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const first of letters) {
    for (const second of letters) {
      const code = first + second;
      if (NOT_COUNTRIES.has(code)) continue;
      const found = displays.map((display) => display.of(code)).filter((name): name is string => name !== undefined && name !== code);
      if (found.length === 0) continue;
      // An old or informal code (UK, FX, DD) stands for its current one (GB, FR, DE); its names are that country's.
      const current = Intl.getCanonicalLocales(`und-${code}`)[0]?.slice(4) ?? code;
      names.set(compact(code), current);
      if (current !== code) continue;
      for (const name of found) {
        names.set(compact(name), code);
        names.set(compact(name.replace(/\s*\(.*\)\s*/g, ' ')), code);
      }
    }
  }
  for (const [name, code] of Object.entries(EXTRA)) names.set(compact(name), code);
  return names;
}

/** `Verenigde Staten`, `United States`, `us`, `USA` → `US`; undefined for what is not a country. */
export function countryCode(text: string): string | undefined {
  index ??= buildIndex();
  return index.get(compact(text.trim()));
}
