import { describe, expect, it } from 'vitest';
import { countryCode } from '../../src/import/countries.js';
import type { ValueKind } from '../../src/import/fields.js';
import { chooseId, slug } from '../../src/import/ids.js';
import { readValue, type RawCell } from '../../src/import/values.js';

const value = (kind: ValueKind, cell: RawCell, own?: Record<string, string>) => readValue(kind, cell, 'nl', own);

describe('reading cells the way people type them', () => {
  it.each([
    [new Date('2025-07-01T00:00:00Z'), '2025-07-01'],
    [45839, '2025-07-01'], // a date cell whose format was lost: Excel's serial number
    ['45839', '2025-07-01'], // the same in a CSV, where every cell is text
    ['45839,5', '2025-07-01'], // with the time of day, in Dutch notation
    ['1-7-2025', '2025-07-01'],
    ['01/07/2025', '2025-07-01'],
    ['1.7.25', '2025-07-01'],
    ['1-7-98', '1998-07-01'],
    ['1 juli 2025', '2025-07-01'],
    ['1 jul. 2025', '2025-07-01'],
    ['1 July 2025', '2025-07-01'],
    ['2025-07-01', '2025-07-01'],
    ['2025-07-01 00:00:00', '2025-07-01'],
    ['29-2-2024', '2024-02-29'],
  ])('date %s is %s', (cell, expected) => {
    expect(value('date', cell)).toEqual({ value: expected });
  });

  it.each([
    ['31-2-2025', '31-2-2025 bestaat niet in de kalender; verwacht een bestaande datum, bijvoorbeeld 28-2-2025'],
    ['29-2-2025', '29-2-2025 bestaat niet in de kalender; verwacht een bestaande datum, bijvoorbeeld 28-2-2025'],
    ['1-13-2025', '1-13-2025 bestaat niet in de kalender; verwacht een bestaande datum, bijvoorbeeld 28-2-2025'],
    ['7/1/2025 en later', '`7/1/2025 en later` is geen datum; verwacht bijvoorbeeld 1-7-2025'],
    [2025, '`2025` is geen datum; verwacht bijvoorbeeld 1-7-2025'],
    ['2025', '`2025` is geen datum; verwacht bijvoorbeeld 1-7-2025'],
    ['20250701', '`20250701` is geen datum; verwacht bijvoorbeeld 1-7-2025'],
    ['99999', '`99999` is geen datum; verwacht bijvoorbeeld 1-7-2025'],
  ])('date %s is a problem', (cell, problem) => {
    expect(value('date', cell)).toEqual({ problem });
  });

  it('reads empty cells as absent, whatever the kind', () => {
    for (const kind of ['text', 'date', 'kvk', 'boolean', { choice: 'phase' }] as ValueKind[]) {
      expect(value(kind, null)).toBeUndefined();
      expect(value(kind, '   ')).toBeUndefined();
    }
  });

  it('KvK numbers: the zero Excel dropped comes back, spaces and dots go, other lengths are problems', () => {
    expect(value('kvk', 1234567)).toEqual({ value: '01234567' });
    expect(value('kvk', '1234567')).toEqual({ value: '01234567' });
    expect(value('kvk', '1234 5678')).toEqual({ value: '12345678' });
    expect(value('kvk', '12.34.56.78')).toEqual({ value: '12345678' });
    expect(value('kvk', 123456)).toEqual({ problem: '`123456` is geen KvK-nummer; verwacht 8 cijfers, bijvoorbeeld 01234567' });
    expect(value('kvk', '123456789')).toHaveProperty('problem');
  });

  it('ja/nee, numbers with Dutch separators and units', () => {
    expect(['ja', 'Ja', 'J', 'x', 'yes', true].map((cell) => value('boolean', cell))).toEqual(Array(6).fill({ value: true }));
    expect(['nee', 'N', 'no', false, 0].map((cell) => value('boolean', cell))).toEqual(Array(5).fill({ value: false }));
    expect(value('boolean', 'misschien')).toEqual({ problem: '`misschien` is geen ja of nee' });
    expect(value('integer', '25.000')).toEqual({ value: 25000 });
    expect(value('integer', '24 uur')).toEqual({ value: 24 });
    expect(value('integer', 2.5)).toHaveProperty('problem');
    expect(value('number', '99,5 %')).toEqual({ value: 99.5 });
    expect(value('approved', '1-5-2024')).toEqual({ value: '2024-05-01' });
    expect(value('approved', 'nee')).toEqual({ value: false });
  });

  it('words for code values, and the mapping’s own words first', () => {
    expect(value({ choice: 'level' }, 'Hoog')).toEqual({ value: 'high' });
    expect(value({ choice: 'level' }, 'gemiddeld')).toEqual({ value: 'medium' });
    expect(value({ choice: 'phase' }, 'Beëindigd')).toEqual({ value: 'ended' });
    expect(value({ choice: 'phase' }, 'in beheer')).toEqual({ value: 'active' });
    expect(value({ choice: 'assurance' }, 'ISAE 3402 type II')).toEqual({ value: 'isae3402-type2' });
    expect(value({ choice: 'assurance' }, 'ISO/IEC 27001')).toEqual({ value: 'iso27001' });
    expect(value({ choice: 'frequency' }, 'per kwartaal')).toEqual({ value: 'quarterly' });
    expect(value({ choice: 'transfer' }, 'EU-VS Data Privacy Framework')).toEqual({ value: 'dpf' });
    expect(value({ choice: 'comparison' }, 'minimaal')).toEqual({ value: '>=' });
    expect(value({ choice: 'phase' }, 'Lopend contract', { 'Lopend contract': 'active' })).toEqual({ value: 'active' });
    expect(value({ choice: 'level' }, 'zeer hoog')).toEqual({ problem: '`zeer hoog` wordt niet herkend; verwacht een van: hoog, middel, laag' });
    expect(readValue({ choice: 'level' }, 'zeer hoog', 'en')).toEqual({ problem: '`zeer hoog` is not recognised; expected one of: high, medium, low' });
  });

  it('countries by Dutch or English name or code, to ISO 3166-1 alpha-2', () => {
    const codes = ['Verenigde Staten', 'United States', 'VS', 'usa', 'Duitsland', 'Germany', 'de', 'Ierland', 'Verenigd Koninkrijk', 'UK', 'Griekenland', 'Zwitserland', 'België', 'Brazilië'].map(countryCode);
    expect(codes).toEqual(['US', 'US', 'US', 'US', 'DE', 'DE', 'DE', 'IE', 'GB', 'GB', 'GR', 'CH', 'BE', 'BR']);
    expect(['Europese Unie', 'Narnia', 'XX'].map(countryCode)).toEqual([undefined, undefined, undefined]);
  });
});

describe('ids from titles', () => {
  it('slugs drop accents, punctuation and a leading "Verwerkersovereenkomst"', () => {
    expect(slug('Verwerkersovereenkomst zaaksysteem Acme')).toBe('zaaksysteem-acme');
    expect(slug('Verwerkersovereenkomst met Loon & Zo B.V.')).toBe('loon-zo-b-v');
    expect(slug('Café Privé')).toBe('cafe-prive');
    expect(slug('Verwerkersovereenkomst')).toBe('verwerkersovereenkomst');
    expect(slug('x'.repeat(30) + ' ' + 'y'.repeat(40)).length).toBeLessThanOrEqual(60);
  });

  it('a taken id gets -2, -3; a register agreement with the same title is that agreement, once', () => {
    const taken = new Set(['acme', 'acme-2']);
    const titles = new Map([['acme', 'Iets anders'], ['acme-2', 'Acme']]);
    const claimed = new Set<string>();
    expect(chooseId('acme', 'ACME', taken, titles, claimed)).toEqual({ existing: 'acme-2' });
    // A second row with the same title is a second agreement.
    expect(chooseId('acme', 'ACME', taken, titles, claimed)).toEqual({ id: 'acme-3' });
  });
});
