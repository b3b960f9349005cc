import { createRequire } from 'node:module';
import { maxOf } from '../../util/max.js';
import { hasInvisible, neutraliseControls } from '../../util/visible-controls.js';

/**
 * A borderless terminal table that fits a given width (80 when piped): columns
 * separated by two spaces, a rule under the heading, long text cut with '…'.
 * Laid out here, in one pass over the rows (a table library's layout was quadratic
 * in rows: `vo list` of 10 000 agreements took seconds).
 * When cutting the flexible columns down to their minimum is not enough, the
 * column with the lowest `drop` rank goes first (JSON and CSV always carry all).
 */
export interface TableColumn {
  head: string;
  /** Text that may be cut with '…' (titles, names). */
  flex?: boolean;
  /** A flexible column is never cut below this (default 12, or the heading). */
  minWidth?: number;
  /** Columns with a rank may be left out on narrow terminals, lowest rank first. */
  drop?: number;
  /** Text that wraps between words onto more lines instead of being cut (a description); implies `flex`. */
  wrap?: boolean;
}

export interface TableLayout {
  /** Indices of the columns that fit, in their original order. */
  keep: number[];
  widths: number[];
}

const GAP = 2;

/**
 * Characters that take one column each and never join with their neighbours:
 * printable ASCII, Latin letters with their accents as one code point (Latin-1
 * to Latin Extended-B, without the invisible soft hyphen), dashes, quotes and
 * the ellipsis, the euro sign, and the marks of `vo check`'s summary line.
 * A text of only these is as wide as it is long (test/format/text-width.test.ts
 * compares every one of them with string-width).
 */
export const ONE_COLUMN = /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u20ac\u2714\u2716]*$/;

const require = createRequire(import.meta.url);
let stringWidth: ((text: string) => number) | undefined;

/**
 * Display width of plain text in a terminal: CJK and emoji take two columns,
 * combining marks none. string-width (and its Unicode tables, a noticeable part
 * of start-up) loads only for text with other characters than {@link ONE_COLUMN}.
 */
export function textWidth(text: string): number {
  if (ONE_COLUMN.test(text)) return text.length;
  stringWidth ??= (require('string-width') as { default: (text: string) => number }).default;
  return stringWidth(text);
}

/** Cut one line to `width` display columns, ending in '…' when something was cut; linear in the text. */
export function truncate(text: string, width: number): string {
  if (ONE_COLUMN.test(text)) return text.length <= width ? text : text.slice(0, Math.max(0, width - 1)) + '…';
  if (textWidth(text) <= width) return text;
  let result = '';
  let used = 0;
  for (const { segment } of graphemes(text)) {
    const w = textWidth(segment);
    if (used + w > width - 1) break;
    result += segment;
    used += w;
  }
  return result + '…';
}

let segmenter: Intl.Segmenter | undefined;

/** User-perceived characters, so an emoji with its modifiers is never cut in half. */
export function graphemes(text: string): Iterable<{ segment: string }> {
  segmenter ??= new Intl.Segmenter();
  return segmenter.segment(text);
}

/** A line break, tab or other control character, which oneLine replaces or drops. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * One cell is one line: line breaks and tabs become spaces, other control characters are dropped (no stray ESC
 * reaches the terminal). Bidi and zero-width characters become the visible escape `\u200F` that the output's
 * filter would make of them anyway (docs/security.md): here, so widths are measured on what is shown.
 */
export function oneLine(value: string): string {
  // Nearly every value has none of these: two tests instead of three replacements.
  if (!CONTROL.test(value) && !hasInvisible(value)) return value;
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return neutraliseControls(value.replace(/\r\n|[\r\n\t]/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, ''), { continuation: true });
}

export function layoutTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[], width: number): TableLayout {
  let keep = columns.map((_, i) => i);
  // One pass over the rows (a loop, not Math.max(...rows): a spread of 100 000 values overflows the stack).
  const naturalWidths = columns.map((column) => textWidth(column.head));
  for (const row of rows) {
    for (let i = 0; i < columns.length; i++) {
      const w = textWidth(row[i] ?? '');
      if (w > naturalWidths[i]!) naturalWidths[i] = w;
    }
  }
  for (;;) {
    const natural = keep.map((i) => naturalWidths[i]!);
    const floor = keep.map((i, k) => {
      const column = columns[i]!;
      return column.flex || column.wrap ? Math.min(natural[k]!, Math.max(column.minWidth ?? 12, textWidth(column.head))) : natural[k]!;
    });
    const total = natural.reduce((sum, w) => sum + w, 0) + GAP * (keep.length - 1);
    let excess = total - width;
    const slack = natural.reduce((sum, w, k) => sum + w - floor[k]!, 0);
    const droppable = keep.filter((i) => columns[i]!.drop !== undefined);
    if (excess > slack && droppable.length > 0) {
      const victim = droppable.reduce((a, b) => (columns[b]!.drop! < columns[a]!.drop! ? b : a));
      keep = keep.filter((i) => i !== victim);
      continue;
    }
    const widths = [...natural];
    // Cut one column at a time, always the one with the most room above its floor: a long
    // title gives way first and a short id keeps its characters as long as possible.
    while (excess > 0) {
      let roomiest = -1;
      widths.forEach((w, k) => {
        if (w > floor[k]! && (roomiest < 0 || w - floor[k]! >= widths[roomiest]! - floor[roomiest]!)) roomiest = k;
      });
      if (roomiest < 0) break;
      widths[roomiest]!--;
      excess--;
    }
    return { keep, widths };
  }
}

export interface RenderOptions {
  /** Style a heading (bold on a terminal). */
  head?: (text: string) => string;
  /** Style the rule under the heading. */
  rule?: (text: string) => string;
  /** Colour a body cell; gets the original column index. Must not change the visible text. */
  paint?: (text: string, column: number, row: number) => string;
}

/** Render rows (plain text, all columns) with a layout from {@link layoutTable}; lines carry no trailing spaces. */
export function renderTable(
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  layout: TableLayout,
  options: RenderOptions = {},
): string {
  const head = options.head ?? ((t: string) => t);
  const rule = options.rule ?? ((t: string) => t);
  const gap = ' '.repeat(GAP);
  const last = layout.keep.length - 1;
  /** A cell cut to its column and padded to it (the last one is not padded: lines carry no trailing spaces). */
  const cell = (text: string, k: number, style: (cut: string) => string): string => {
    const width = layout.widths[k]!;
    const cut = truncate(text, width);
    const styled = cut === '' ? '' : style(cut);
    return k === last ? styled : styled + ' '.repeat(Math.max(0, width - textWidth(cut)));
  };
  const line = (cells: string[]) => cells.join(gap).trimEnd();
  const lines: string[] = [
    line(layout.keep.map((i, k) => cell(columns[i]!.head, k, head))),
    line(layout.widths.map((w) => rule('─'.repeat(w)))),
  ];
  const blank = (k: number) => (k === last ? '' : ' '.repeat(layout.widths[k]!));
  rows.forEach((row, r) => {
    const style = (i: number) => (cut: string) => (options.paint ? options.paint(cut, i, r) : cut);
    const cells = layout.keep.map((i, k) =>
      columns[i]!.wrap ? wrapWords(row[i] ?? '', layout.widths[k]!).map((piece) => cell(piece, k, style(i))) : [cell(row[i] ?? '', k, style(i))],
    );
    const height = maxOf(cells.map((c) => c.length), 1);
    for (let j = 0; j < height; j++) lines.push(line(cells.map((c, k) => c[j] ?? blank(k))));
  });
  return lines.join('\n');
}

/**
 * Wrap at spaces into lines of at most `width` columns. Only a single word wider than
 * a whole line (a long URL or id) is broken inside, because nothing else fits.
 */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  let used = 0;
  // Text of one-column characters only (nearly every message): a word's width is its length.
  const simple = ONE_COLUMN.test(text);
  for (const word of text.split(' ')) {
    if (word === '') continue;
    let w = simple ? word.length : textWidth(word);
    if (current !== '' && used + 1 + w <= width) {
      current += ` ${word}`;
      used += 1 + w;
      continue;
    }
    if (current !== '') lines.push(current);
    let rest = word;
    while (w > width) {
      const piece = cutTo(rest, width);
      lines.push(piece);
      rest = rest.slice(piece.length);
      w = textWidth(rest);
    }
    current = rest;
    used = w;
  }
  if (current !== '' || lines.length === 0) lines.push(current);
  return lines;
}

/** The longest start of `text` of at most `width` columns (at least one character). */
function cutTo(text: string, width: number): string {
  let result = '';
  let used = 0;
  for (const char of text) {
    const w = textWidth(char);
    if (used + w > width && result !== '') break;
    result += char;
    used += w;
  }
  return result;
}

