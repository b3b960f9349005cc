/**
 * The parse worker hands its parsed values to the main thread encoded
 * (src/register/handover-codec.ts). What the main thread decodes must be the
 * value the worker parsed, exactly: every record of a large register passes
 * through it, and a lost key, a changed number or a shifted string would change
 * what `vo check` says.
 */
import { describe, expect, it } from 'vitest';
import { HandoverDecoder, HandoverEncoder, LONGEST_NUMBERED, type EncodedBlock } from '../../src/register/handover-codec.js';

/** Encode blocks of values on one side, post them as a worker does (structured clone), decode them on the other. */
function roundTrip(blocks: unknown[][]): { decoded: unknown[][]; posted: EncodedBlock[] } {
  const encoder = new HandoverEncoder();
  const posted = blocks.map((values) => {
    for (const value of values) expect(encoder.add(value)).toBe(true);
    return structuredClone(encoder.take());
  });
  const decoder = new HandoverDecoder((text) => text);
  const decoded = posted.map((block, i) => {
    decoder.begin(block);
    return (blocks[i] as unknown[]).map(() => decoder.next());
  });
  return { decoded, posted };
}

describe('the handover of parsed values from the parse worker', () => {
  it('gives back every kind of value a record holds, numbers exactly', () => {
    const record = {
      id: 'ovk-001',
      risk: { level: 'high', dpia: true, special_categories: false, note: null },
      review_months: 6,
      measures: ['a', 'b', '', 'a'],
      empty_map: {},
      empty_list: [],
      numbers: [0, -0, 1.5, -7, 2 ** 31, -(2 ** 31), 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, 1e-300],
      nested: [{ name: 'x', items: [[1, 2], []] }],
    };
    const { decoded } = roundTrip([[record]]);
    expect(decoded[0]?.[0]).toStrictEqual(record);
    const numbers = (decoded[0]?.[0] as typeof record).numbers;
    expect(Object.is(numbers[1], -0)).toBe(true);
    expect(Number.isNaN(numbers[7])).toBe(true);
  });

  it('keeps the order of keys, as in the file', () => {
    const { decoded } = roundTrip([[{ zeta: 1, alpha: 2, middle: { b: 1, a: 2 } }]]);
    expect(Object.keys(decoded[0]?.[0] as object)).toEqual(['zeta', 'alpha', 'middle']);
    expect(Object.keys((decoded[0]?.[0] as { middle: object }).middle)).toEqual(['b', 'a']);
  });

  it('sends a string once over the whole load, and a later block still finds it by its number', () => {
    const { decoded, posted } = roundTrip([
      [{ status: 'active', owner: 'Team Privacy' }],
      [{ status: 'active', owner: 'Team Privacy', phase: 'signing' }],
    ]);
    expect(decoded[1]?.[0]).toEqual({ status: 'active', owner: 'Team Privacy', phase: 'signing' });
    expect(posted[0]?.fresh).toEqual(['status', 'active', 'owner', 'Team Privacy']);
    expect(posted[1]?.fresh).toEqual(['phase', 'signing']);
  });

  it('sends a long text with its own block, not numbered', () => {
    const long = 'x'.repeat(LONGEST_NUMBERED + 1);
    const { decoded, posted } = roundTrip([[{ description: long }], [{ description: long }]]);
    expect(decoded.map((block) => block[0])).toEqual([{ description: long }, { description: long }]);
    expect(posted.map((block) => block.own.length)).toEqual([1, 1]);
    expect(posted[0]?.fresh).toEqual(['description']);
  });

  it('refuses what is not plain data or has the key __proto__, and the values around it still arrive intact', () => {
    const encoder = new HandoverEncoder();
    expect(encoder.add({ id: 'a', when: new Date(0) })).toBe(false);
    expect(encoder.add(JSON.parse('{"ok": 1, "__proto__": {"polluted": true}}'))).toBe(false);
    expect(encoder.add({ id: 'b', fresh: 'only-here' })).toBe(true);
    const block = structuredClone(encoder.take());
    // The refused values numbered nothing: what the main thread learns is only what the kept value uses.
    expect(block.fresh).toEqual(['id', 'b', 'fresh', 'only-here']);
    const decoder = new HandoverDecoder((text) => text);
    decoder.begin(block);
    expect(decoder.next()).toEqual({ id: 'b', fresh: 'only-here' });
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('gives each newly numbered string to the main thread to keep, once', () => {
    const encoder = new HandoverEncoder();
    encoder.add({ a: 'same', b: 'same' });
    const kept: string[] = [];
    const decoder = new HandoverDecoder((text) => {
      kept.push(text);
      return text;
    });
    decoder.begin(structuredClone(encoder.take()));
    expect(decoder.next()).toEqual({ a: 'same', b: 'same' });
    expect(kept).toEqual(['a', 'same', 'b']);
  });

  it('starts a new table once it holds its limit of strings, and later blocks still decode right', () => {
    const encoder = new HandoverEncoder(4);
    const decoder = new HandoverDecoder((text) => text);
    const blocks = [
      [{ status: 'active', owner: 'A' }],
      [{ status: 'active', owner: 'B' }],
      [{ status: 'ended', owner: 'A' }],
    ];
    const posted = blocks.map((values) => {
      for (const value of values) encoder.add(value);
      return structuredClone(encoder.take());
    });
    expect(posted.map((block) => block.reset)).toEqual([false, true, true]);
    // After the new start a string used before is sent again.
    expect(posted[1]?.fresh).toEqual(['status', 'active', 'owner', 'B']);
    const decoded = posted.map((block) => {
      decoder.begin(block);
      return decoder.next();
    });
    expect(decoded).toEqual(blocks.map((values) => values[0]));
  });
});
