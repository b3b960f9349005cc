/**
 * The PDF's column widths are measured row by row, so that a table cut into parts
 * (a report of 100 000 agreements) gets the widths of the whole table. Row by row
 * must give what measuring all rows at once gave.
 */
import { describe, expect, it } from 'vitest';
import { ColumnMeasure, columnWidths, shareWidth } from '../../src/format/report/markdown-to-pdf.js';

/** The least and ideal widths as they were computed from all rows at once: the specification. */
function allAtOnce(rows: readonly (readonly string[])[]): number[] {
  const CHAR = 3.9;
  const HEADER = 4.3;
  const max = (xs: number[], floor = -Infinity) => xs.reduce((a, b) => (b > a ? b : a), floor);
  const columns = max(rows.map((row) => row.length), 0);
  const unbreakable = (t: string) => (t.length <= 12 ? [t.length] : t.split(/\s+/).map((w) => w.length));
  const least = Array.from({ length: columns }, (_, i) => max(rows.flatMap((row, r) => unbreakable(row[i] ?? '').map((n) => n * (r === 0 ? HEADER : CHAR))), 8));
  const ideal = Array.from({ length: columns }, (_, i) => Math.max(least[i] ?? 0, Math.min(60 * CHAR, max(rows.map((row, r) => (row[i] ?? '').length * (r === 0 ? HEADER : CHAR))))));
  return shareWidth(least, ideal);
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const WORDS = ['', 'op orde', '2026-10-01', 'Verwerkersovereenkomst', 'zaaksysteem', 'a', 'een heel lange omschrijving van de verwerking', 'x'.repeat(70), '12'];

describe('PDF column widths, row by row', () => {
  it('equal the widths of all rows at once, for 3 000 random tables (ragged rows, empty cells, long words)', () => {
    const next = random(7);
    for (let n = 0; n < 3000; n++) {
      const rows = Array.from({ length: 1 + Math.floor(next() * 8) }, () =>
        Array.from({ length: Math.floor(next() * 6) }, () => WORDS[Math.floor(next() * WORDS.length)] as string),
      );
      expect(columnWidths(rows), JSON.stringify(rows)).toEqual(allAtOnce(rows));
    }
  });

  it('give a table measured in two parts the widths of the whole', () => {
    const rows = [['id', 'titel'], ['ovk-1', 'kort'], ['ovk-2', 'een veel langere titel die de kolom breder maakt']];
    const measure = new ColumnMeasure();
    for (const row of rows.slice(0, 2)) measure.add(row);
    const firstPart = measure.widths();
    measure.add(rows[2] as string[]);
    expect(measure.widths()).toEqual(columnWidths(rows));
    expect(measure.widths()).not.toEqual(firstPart);
  });
});
