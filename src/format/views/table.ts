import Table from 'cli-table3';

/**
 * A borderless terminal table that fits a given width (80 when piped): columns
 * separated by two spaces, a rule under the heading, long text cut with '…'.
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
}

export interface TableLayout {
  /** Indices of the columns that fit, in their original order. */
  keep: number[];
  widths: number[];
}

const GAP = 2;

/** Display width of plain text; the cells are sanitised to one line first. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /\p{Mn}/u.test(char) ? 0 : /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\u{1f300}-\u{1faff}]/u.test(char) ? 2 : 1;
  return width;
}

/** One cell is one line: line breaks and tabs become spaces, other control characters are dropped (no stray ESC reaches the terminal). */
export function oneLine(value: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return value.replace(/\r\n|[\r\n\t]/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

export function layoutTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[], width: number): TableLayout {
  let keep = columns.map((_, i) => i);
  for (;;) {
    const natural = keep.map((i) => Math.max(textWidth(columns[i]!.head), ...rows.map((row) => textWidth(row[i] ?? ''))));
    const floor = keep.map((i, k) => {
      const column = columns[i]!;
      return column.flex ? Math.min(natural[k]!, Math.max(column.minWidth ?? 12, textWidth(column.head))) : natural[k]!;
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

const CHARS = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
  bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '',
  middle: ' '.repeat(GAP),
};

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
  const table = new Table({
    head: layout.keep.map((i) => head(columns[i]!.head)),
    chars: CHARS,
    colWidths: layout.widths,
    wordWrap: false,
    truncate: '…',
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 },
  });
  table.push(layout.widths.map((w) => rule('─'.repeat(w))));
  rows.forEach((row, r) => {
    table.push(layout.keep.map((i) => (options.paint ? options.paint(row[i] ?? '', i, r) : (row[i] ?? ''))));
  });
  return table
    .toString()
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
}
