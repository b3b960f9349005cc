import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { commentInPlace, commentOut, yamlDate, yamlString } from '../../src/authoring/yaml-text.js';

/** Read back as both YAML 1.2 (vo, eemeli/yaml) and YAML 1.1 (older tools) would. */
function readBack(text: string, version: '1.1' | '1.2'): unknown {
  return (parse(`key: ${text}\n`, { version }) as { key: unknown }).key;
}

describe('yamlString', () => {
  it('reads back as the same string in YAML 1.1 and 1.2, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 })), (value) => {
        const text = yamlString(value);
        expect(readBack(text, '1.2')).toBe(value);
        expect(readBack(text, '1.1')).toBe(value);
      }),
      { numRuns: 500 },
    );
  });

  it.each(['yes', 'No', 'on', 'OFF', 'y', 'null', '~', 'true', '12345678', '1.0', 'Zaak: x', 'a #b', 'trailing ', '-dash', 'ends:'])(
    'quotes %j',
    (value) => {
      expect(yamlString(value).startsWith('"')).toBe(true);
      expect(readBack(yamlString(value), '1.1')).toBe(value);
    },
  );

  it('leaves ordinary names and phrases plain', () => {
    expect(yamlString('Acme B.V.')).toBe('Acme B.V.');
    expect(yamlString('Teamleider Burgerzaken (a.i.)')).toBe('Teamleider Burgerzaken (a.i.)');
    expect(yamlString('Beëindigd; zie art. 9.2')).toBe('Beëindigd; zie art. 9.2');
  });
});

describe('yamlDate', () => {
  it('always quotes, so YAML 1.1 tools keep dates as strings', () => {
    expect(yamlDate('2026-10-01')).toBe('"2026-10-01"');
    expect(readBack(yamlDate('2026-10-01'), '1.1')).toBe('2026-10-01');
  });
});

describe('commenting out', () => {
  const block = ['risk:', '  impact: high', '  dpia:', '    required: true'];

  it('in the first column, and removing "# " gives the block back', () => {
    const out = commentOut(block);
    expect(out).toEqual(['# risk:', '#   impact: high', '#   dpia:', '#     required: true']);
    expect(out.map((line) => line.replace(/^# /, ''))).toEqual(block);
  });

  it('in place under a live parent', () => {
    expect(commentInPlace(['  email: a@b.example'])).toEqual(['  # email: a@b.example']);
  });
});
