/**
 * A country is an officially assigned ISO 3166-1 alpha-2 code (docs/format.md): `UK`,
 * `EL`, `XX` and `ZZ` have the right shape but name no country, so they are schema
 * errors at the value, saying which code was meant where that is clear (UK → GB,
 * EL → GR), in Dutch and English. The list is src/schema/country-codes.ts.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/register/config.js';
import { COUNTRY_CODES, meantCountryCode } from '../../src/schema/country-codes.js';
import { EEA } from '../../src/rules/transfer.js';
import { check, mutate, RAW_AJV } from './v2-helpers.js';

// Line numbers below refer to these texts.
const AGREEMENT = `id: zaaksysteem
title: Zaaksysteem
department: burgerzaken
process_owner:
  name: J. Jansen
processor:
  name: Acme B.V.
phase: active
subprocessors:
  - name: Hosting Ltd
    country: GB
    transfer: adequacy
`;

const CONFIG = `organisation: Gemeente Voorbeeld
departments:
  - id: burgerzaken
    name: Burgerzaken
policy:
  adequate_countries: [CH, { country: GB, until: 2031-12-27 }]
`;

describe('the list of country codes', () => {
  it('holds the 249 assigned codes, once each, in order', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    expect([...COUNTRY_CODES].sort()).toEqual(COUNTRY_CODES);
  });

  it('holds every EEA country and every default adequate country, and none of the reserved codes', () => {
    for (const code of [...EEA, ...(DEFAULT_POLICY.adequate_countries as string[])]) expect(COUNTRY_CODES).toContain(code);
    for (const code of ['UK', 'EL', 'EU', 'XK', 'XX', 'ZZ', 'AN', 'YU']) expect(COUNTRY_CODES).not.toContain(code);
  });

  it.each([
    ['UK', 'GB'],
    ['uk', 'GB'],
    ['EL', 'GR'],
    ['nl', 'NL'],
    ['XX', undefined],
    ['ZZ', undefined],
    ['Nederland', undefined],
  ])('%s is taken to mean %s', (written, meant) => {
    expect(meantCountryCode(written)).toBe(meant);
  });
});

describe('a code that is not assigned is a schema error at the value', () => {
  interface Case {
    name: string;
    kind: 'agreement' | 'config';
    text: string;
    nl: string[];
    en: string[];
  }
  const cases: Case[] = [
    {
      name: 'UK for a sub-processor: GB is meant',
      kind: 'agreement',
      text: mutate(AGREEMENT, 'country: GB', 'country: UK'),
      nl: ['11:5 `country`: `UK` is geen ISO 3166-1 alfa-2-landcode; bedoelde u `GB` (Verenigd Koninkrijk)?'],
      en: ['11:5 `country`: `UK` is not an ISO 3166-1 alpha-2 country code; did you mean `GB` (United Kingdom)?'],
    },
    {
      name: 'EL for a sub-processor: GR is meant',
      kind: 'agreement',
      text: mutate(AGREEMENT, 'country: GB', 'country: EL'),
      nl: ['11:5 `country`: `EL` is geen ISO 3166-1 alfa-2-landcode; bedoelde u `GR` (Griekenland)?'],
      en: ['11:5 `country`: `EL` is not an ISO 3166-1 alpha-2 country code; did you mean `GR` (Greece)?'],
    },
    {
      name: 'XX for a sub-processor: no code is meant',
      kind: 'agreement',
      text: mutate(AGREEMENT, 'country: GB', 'country: XX'),
      nl: ['11:5 `country`: `XX` is geen ISO 3166-1 alfa-2-landcode; schrijf een toegekende code in hoofdletters, zoals NL, DE of US'],
      en: ['11:5 `country`: `XX` is not an ISO 3166-1 alpha-2 country code; write an assigned code in capitals, such as NL, DE or US'],
    },
    {
      name: 'ZZ ("unknown region") for a sub-processor',
      kind: 'agreement',
      text: mutate(AGREEMENT, 'country: GB', 'country: ZZ'),
      nl: ['11:5 `country`: `ZZ` is geen ISO 3166-1 alfa-2-landcode; schrijf een toegekende code in hoofdletters, zoals NL, DE of US'],
      en: ['11:5 `country`: `ZZ` is not an ISO 3166-1 alpha-2 country code; write an assigned code in capitals, such as NL, DE or US'],
    },
    {
      name: 'a code in lowercase: the same code in capitals is meant',
      kind: 'agreement',
      text: mutate(AGREEMENT, 'country: GB', 'country: nl'),
      nl: ['11:5 `country`: `nl` is geen ISO 3166-1 alfa-2-landcode; bedoelde u `NL` (Nederland)?'],
      en: ['11:5 `country`: `nl` is not an ISO 3166-1 alpha-2 country code; did you mean `NL` (Netherlands)?'],
    },
    {
      name: 'a number for a country is only a type error',
      kind: 'agreement',
      text: mutate(AGREEMENT, 'country: GB', 'country: 44'),
      nl: ['11:5 `country` moet tekst zijn: zet de waarde tussen aanhalingstekens, bijvoorbeeld `country: "44"`'],
      en: ['11:5 `country` must be text: quote it, e.g. `country: "44"`'],
    },
    {
      name: 'UK in adequate_countries',
      kind: 'config',
      text: mutate(CONFIG, '[CH, {', '[UK, {'),
      nl: ['6:24 `adequate_countries[0]`: `UK` is geen ISO 3166-1 alfa-2-landcode; bedoelde u `GB` (Verenigd Koninkrijk)?'],
      en: ['6:24 `adequate_countries[0]`: `UK` is not an ISO 3166-1 alpha-2 country code; did you mean `GB` (United Kingdom)?'],
    },
    {
      name: 'EL as the country of an adequate_countries entry with an end date',
      kind: 'config',
      text: mutate(CONFIG, 'country: GB', 'country: EL'),
      nl: ['6:30 `country`: `EL` is geen ISO 3166-1 alfa-2-landcode; bedoelde u `GR` (Griekenland)?'],
      en: ['6:30 `country`: `EL` is not an ISO 3166-1 alpha-2 country code; did you mean `GR` (Greece)?'],
    },
  ];

  for (const { name, kind, text, nl, en } of cases) {
    it(`${name} (nl)`, () => expect(check(kind, text, 'nl')).toEqual(nl));
    it(`${name} (en)`, () => expect(check(kind, text, 'en')).toEqual(en));
  }

  it('no message lists the 249 codes or carries ajv’s own words', () => {
    for (const { kind, text } of cases) {
      for (const lang of ['nl', 'en'] as const) {
        for (const message of check(kind, text, lang)) {
          expect(message).not.toMatch(RAW_AJV);
          expect(message).not.toMatch(/AD, AE/);
        }
      }
    }
  });

  it('every assigned code is accepted, in a sub-processor and in adequate_countries', () => {
    for (const code of COUNTRY_CODES) {
      expect(check('agreement', mutate(AGREEMENT, 'country: GB', `country: ${code}`)), code).toEqual([]);
      expect(check('config', mutate(CONFIG, '[CH, {', `[${code}, {`)), code).toEqual([]);
    }
  });
});
