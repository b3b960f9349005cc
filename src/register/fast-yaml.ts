/**
 * A fast reader for the plain block YAML that register files are made of, with
 * eemeli/yaml (about 2 MB/s here) as the fallback and the reference.
 *
 * It accepts a deliberately small subset: block maps with simple keys, block
 * sequences, plain scalars on one line, quoted scalars on one line without
 * escapes, and `|`/`>` block scalars with clip or strip chomping. Anything else
 * (tabs, flow collections, anchors, tags, multi-line plain scalars, escapes,
 * document markers, duplicate keys, a missing final newline...) returns
 * `undefined`, and the caller parses the file with eemeli/yaml instead. What it
 * accepts, it reads exactly as eemeli/yaml's core schema does, and it records
 * the same offsets for every key and node; test/hardening/fast-yaml.test.ts
 * checks both against eemeli/yaml on generated documents.
 */
import type { FastMap, FastNode, FastScalar, FastSeq } from './fast-locate.js';

export interface FastDocument {
  value: Record<string, unknown>;
  /** Nesting depth of the value, as parse.ts's depthOf counts it. */
  depth: number;
  /** The nodes with their offsets; only when asked for. */
  tree: FastMap | undefined;
  /** Offsets where lines start, as eemeli/yaml's LineCounter records them. */
  lineStarts: number[];
  /**
   * When asked for: the line and column of every node, in the order of a walk of the value
   * (fast-locate.ts `marksLocate`), as two UTF-16 code units each; undefined when a line or
   * column does not fit in one or the document is too large to walk for every finding.
   */
  marks: string | undefined;
}

/** Thrown inside the reader when the text leaves the subset; never escapes fastParse. */
const unsupported = new Error('outside the fast subset');

// C0/C1 controls (tab included), a CR not before LF, and characters YAML treats specially.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const OUTSIDE_SUBSET = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|\r(?!\n)/;
/** A simple key and its colon, followed by a space or the end of the line (sticky: matched at `lastIndex`). */
const KEY = /([A-Za-z_][A-Za-z0-9_-]{0,127}):(?=[ \r\n])/y;
const NOT_STRING_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', '__proto__']);
/** Characters that cannot start a plain scalar, or start one we leave to eemeli/yaml. */
const PLAIN_FIRST_EXCLUDED = '-?:,[]{}#&*!|>\'"%@`';
const SPACE = 32;
const HASH = 35;

/** A line or column above this does not fit in one UTF-16 code unit of FastDocument.marks. */
const MAX_MARK = 0xffff;
/**
 * Where a reading writes its marks, two code units per node, for up to 4 096 nodes: locating walks
 * the value, which for a much larger document would cost more than reading it again (and
 * String.fromCharCode takes them as arguments, on the stack).
 */
const MARKS = new Uint16Array(2 * 4096);
/**
 * The items of the sequences being read, innermost last; each sequence is cut off it when done.
 * A slice is exactly as long as its items, where an array pushed to keeps room for 17 (152 bytes):
 * a fifth of a loaded register's memory was that room (docs/performance.md, round thirteen).
 */
const ITEMS: unknown[] = [];

/** Gives the string to keep for a scalar read from a file's text. */
export type Interner = (text: string) => string;

/** The scalar as read: fine for one file on its own (a test, `vo new`'s self-check). */
const asRead: Interner = (text) => text;

/**
 * Strings the map holds before it starts over. What repeats across a register (statuses,
 * dates, departments, countries) comes back within this many; a map of every string of
 * 50 000 agreements (millions) cost 2–4 s in lookups and collections and kept no less
 * memory: 80 against 79.5 MiB after loading 10 000 agreements (docs/performance.md, round thirteen).
 */
const INTERNED_AT_MOST = 65_536;

/**
 * For a whole register: values repeat across files (dates, statuses, names,
 * parties), so each is kept once (once per 65 536 strings); and a kept value is never a slice of its
 * file's text. V8 makes a string cut from a longer one (13 characters or more)
 * point into that text, so one kept date of a file would keep all of the file
 * in memory. At 33 000 agreements this halves what a loaded register takes.
 */
export function createInterner(): Interner {
  const seen = new Map<string, string>();
  return (text) => {
    if (text.length > 256) return ownCopy(text); // long texts (notes) seldom repeat
    let kept = seen.get(text);
    if (kept === undefined) {
      kept = ownCopy(text);
      if (seen.size >= INTERNED_AT_MOST) seen.clear();
      seen.set(kept, kept);
    }
    return kept;
  };
}

/** A string with its own characters: shorter than 13 a cut already is one; JSON's parser always makes one. */
function ownCopy(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}

/**
 * Parse `text` (decoded, without byte-order mark), or `undefined` when eemeli/yaml
 * must; `positions` also builds the tree; `strings` gives the string kept for a scalar.
 */
export function fastParse(text: string, positions = false, strings: Interner = asRead, marks = false): FastDocument | undefined {
  return read(text, positions, true, strings, marks);
}

/**
 * Only the position tree and line starts of a text the fast reader took before
 * (the value is not built again: no scalar is cut out or resolved), or undefined
 * when it is outside the subset. The tree equals `fastParse(text, true).tree`.
 */
export function fastPositions(text: string): Pick<FastDocument, 'tree' | 'lineStarts'> | undefined {
  return read(text, true, false, asRead);
}

function read(text: string, positions: boolean, values: boolean, strings: Interner, marks = false): FastDocument | undefined {
  if (!text.endsWith('\n') || OUTSIDE_SUBSET.test(text)) return undefined;
  try {
    return new Reader(text, positions, values, strings, marks).document();
  } catch (error) {
    if (error === unsupported) return undefined;
    throw error;
  }
}

class Reader {
  private readonly starts: number[] = [];
  /** End of each line's content, before its `\n` or `\r\n`. */
  private readonly ends: number[] = [];
  private readonly indents: number[] = [];
  private i = 0;
  private depth = 0;
  private maxDepth = 0;
  /** The node of the value last read, when positions are kept. */
  private node: FastNode | undefined;
  /** How many code units of MARKS this reading has written (FastDocument.marks); -1 when not asked for, or once one does not fit. */
  private marked = -1;

  constructor(
    private readonly text: string,
    private readonly positions: boolean,
    /** Whether scalars are read (false: only where they are, for the tree). */
    private readonly values: boolean,
    private readonly strings: Interner,
    marks = false,
  ) {
    if (marks) this.marked = 0;
    for (let start = 0; start < text.length; ) {
      const newline = text.indexOf('\n', start);
      const end = newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
      let first = start;
      while (first < end && text.charCodeAt(first) === SPACE) first++;
      this.starts.push(start);
      this.ends.push(end);
      this.indents.push(first - start);
      start = newline + 1;
    }
    this.starts.push(text.length);
  }

  document(): FastDocument {
    // A reading given up halfway (`unsupported`) may have left items behind.
    ITEMS.length = 0;
    this.skipInsignificant();
    if (this.i >= this.ends.length || this.indents[this.i] !== 0) throw unsupported;
    const value = this.map(0, 0);
    const tree = this.node as FastMap | undefined;
    this.skipInsignificant();
    if (this.i < this.ends.length) throw unsupported;
    return { value, depth: this.maxDepth, tree, lineStarts: this.starts, marks: this.encodedMarks() };
  }

  /** A node starts at `offset` on the current line (an empty value: at none, line 0). */
  private mark(offset: number | undefined): void {
    const at = this.marked;
    if (at < 0) return;
    const line = offset === undefined ? 0 : this.i + 1;
    const column = offset === undefined ? 0 : offset - (this.starts[this.i] as number) + 1;
    if (line > MAX_MARK || column > MAX_MARK || at >= MARKS.length) {
      this.marked = -1;
      return;
    }
    MARKS[at] = line;
    MARKS[at + 1] = column;
    this.marked = at + 2;
  }

  private encodedMarks(): string | undefined {
    // One reading at a time (the reader is synchronous): MARKS is this reading's until here.
    return this.marked >= 0 ? String.fromCharCode.apply(null, MARKS.subarray(0, this.marked) as unknown as number[]) : undefined;
  }

  private lineLength(i: number): number {
    return (this.ends[i] as number) - (this.starts[i] as number);
  }

  /** Blank lines and comment lines, outside block scalars. */
  private skipInsignificant(): void {
    for (; this.i < this.ends.length; this.i++) {
      const indent = this.indents[this.i] as number;
      if (indent < this.lineLength(this.i) && this.text.charCodeAt((this.starts[this.i] as number) + indent) !== HASH) return;
    }
  }

  private enter(): void {
    if (++this.depth > this.maxDepth) this.maxDepth = this.depth;
  }

  /** A block map whose keys sit at column `indent`; the first key may follow a `- ` on the current line at `firstColumn`. */
  private map(indent: number, firstColumn: number): Record<string, unknown> {
    this.enter();
    const value: Record<string, unknown> = {};
    const start = (this.starts[this.i] as number) + firstColumn;
    this.mark(start);
    const node: FastMap | undefined = this.positions ? { kind: 'map', start, keys: [], keyStarts: [], values: [] } : undefined;
    /** Without values, the keys read so far (a Set: a file may have 100 000 keys). */
    const keys = this.values ? undefined : new Set<string>();
    let column = firstColumn;
    for (let first = true; ; first = false) {
      if (!first) {
        this.skipInsignificant();
        if (this.i >= this.ends.length) break;
        const lineIndent = this.indents[this.i] as number;
        if (lineIndent < indent) break;
        if (lineIndent > indent) throw unsupported;
        column = indent;
      }
      const keyStart = (this.starts[this.i] as number) + column;
      KEY.lastIndex = keyStart;
      const match = KEY.exec(this.text);
      if (match === null) throw unsupported;
      const key = match[1] as string;
      // Without values, the set of keys tells a duplicate (the subset is the same either way).
      if (NOT_STRING_KEYS.has(key) || (keys === undefined ? Object.hasOwn(value, key) : keys.has(key))) throw unsupported;
      this.mark(keyStart);
      const item = this.mapValue(indent, keyStart + key.length + 1);
      if (keys === undefined) value[key] = item;
      else keys.add(key);
      if (node !== undefined) {
        node.keys.push(key);
        node.keyStarts.push(keyStart);
        node.values.push(this.node as FastNode);
      }
    }
    this.depth--;
    this.node = node;
    return value;
  }

  /** The value after `key:`, which starts at offset `from` on the current line. */
  private mapValue(indent: number, from: number): unknown {
    const end = this.ends[this.i] as number;
    let start = from;
    while (start < end && this.text.charCodeAt(start) === SPACE) start++;
    if (start < end && this.text.charCodeAt(start) !== HASH) {
      const indicator = this.text[start];
      if (indicator === '>' || indicator === '|') return this.blockScalar(indent, start, end);
      const value = this.inlineScalar(start, end);
      this.i++;
      return value;
    }
    this.i++;
    this.skipInsignificant();
    if (this.i < this.ends.length) {
      const nextIndent = this.indents[this.i] as number;
      const first = (this.starts[this.i] as number) + nextIndent;
      const isItem = this.text.charCodeAt(first) === 45 /* - */ && (first + 1 === this.ends[this.i] || this.text.charCodeAt(first + 1) === SPACE);
      if (nextIndent > indent) return isItem ? this.seq(nextIndent) : this.map(nextIndent, nextIndent);
      if (nextIndent === indent && isItem) return this.seq(nextIndent);
    }
    this.mark(undefined);
    this.node = this.positions ? { kind: 'scalar', start: undefined } : undefined;
    return null;
  }

  private seq(indent: number): unknown[] {
    this.enter();
    const from = ITEMS.length;
    this.mark((this.starts[this.i] as number) + indent);
    const node: FastSeq | undefined = this.positions ? { kind: 'seq', start: (this.starts[this.i] as number) + indent, items: [] } : undefined;
    for (;;) {
      this.skipInsignificant();
      if (this.i >= this.ends.length) break;
      const lineIndent = this.indents[this.i] as number;
      if (lineIndent < indent) break;
      if (lineIndent > indent) throw unsupported;
      const lineStart = this.starts[this.i] as number;
      const end = this.ends[this.i] as number;
      const dash = lineStart + indent;
      if (this.text.charCodeAt(dash) !== 45 /* - */) break; // the map this sequence is a value of goes on
      if (dash + 1 === end || this.text.charCodeAt(dash + 1) !== SPACE) throw unsupported; // an empty or odd item
      let start = dash + 2;
      while (start < end && this.text.charCodeAt(start) === SPACE) start++;
      const first = this.text[start];
      if (start === end || first === '#' || first === '-' || first === '>' || first === '|') throw unsupported;
      KEY.lastIndex = start;
      if (KEY.test(this.text)) ITEMS.push(this.map(start - lineStart, start - lineStart));
      else {
        ITEMS.push(this.inlineScalar(start, end));
        this.i++;
      }
      node?.items.push(this.node as FastNode);
    }
    this.depth--;
    this.node = node;
    const value = ITEMS.slice(from);
    ITEMS.length = from;
    return value;
  }

  /** A scalar that ends on its line: double- or single-quoted, or plain. */
  private inlineScalar(start: number, end: number): unknown {
    const text = this.text;
    this.mark(start);
    this.node = this.positions ? ({ kind: 'scalar', start } satisfies FastScalar) : undefined;
    const quote = text[start];
    if (quote === '"') {
      const close = text.indexOf('"', start + 1);
      if (close < 0 || close >= end || !this.trailerOnly(close + 1, end)) throw unsupported;
      const backslash = text.indexOf('\\', start + 1);
      if (backslash >= 0 && backslash < close) throw unsupported;
      return this.values ? this.strings(text.slice(start + 1, close)) : null;
    }
    if (quote === "'") {
      let close = start + 1;
      let doubled = false;
      for (; close < end; close++) {
        if (text.charCodeAt(close) === 39 /* ' */) {
          if (text.charCodeAt(close + 1) !== 39 || close + 1 >= end) break;
          doubled = true;
          close++;
        }
      }
      if (close >= end || !this.trailerOnly(close + 1, end)) throw unsupported;
      if (!this.values) return null;
      const content = text.slice(start + 1, close);
      return this.strings(doubled ? content.replace(/''/g, "'") : content);
    }
    if (PLAIN_FIRST_EXCLUDED.includes(quote as string)) throw unsupported;
    let cut = end;
    for (let k = start + 1; k < end; k++) {
      const c = text.charCodeAt(k);
      if (c === HASH && text.charCodeAt(k - 1) === SPACE) {
        cut = k;
        break;
      }
      // `: ` or a final `:` would make a key: a nested map, which YAML forbids here.
      if (c === 58 /* : */ && (k + 1 === end || text.charCodeAt(k + 1) === SPACE)) throw unsupported;
    }
    while (cut > start && text.charCodeAt(cut - 1) === SPACE) cut--;
    if (this.positions) this.node = { kind: 'scalar', start, plainEnd: cut };
    if (!this.values) return null;
    const value = resolvePlain(text.slice(start, cut));
    return typeof value === 'string' ? this.strings(value) : value;
  }

  /** After a quoted scalar: only spaces, or spaces and a comment. */
  private trailerOnly(from: number, end: number): boolean {
    let k = from;
    while (k < end && this.text.charCodeAt(k) === SPACE) k++;
    return k === end || (k > from && this.text.charCodeAt(k) === HASH);
  }

  /** `|` or `>` (clip or `-` strip) at `start`, its content below, without more-indented lines or trailing spaces. */
  private blockScalar(indent: number, start: number, end: number): string {
    const text = this.text;
    const folded = text[start] === '>';
    const strip = text.charCodeAt(start + 1) === 45; /* - */
    if (!this.trailerOnly(start + (strip ? 2 : 1), end)) throw unsupported;
    this.mark(start);
    this.node = this.positions ? { kind: 'scalar', start } : undefined;
    const first = this.i + 1;
    if (first >= this.ends.length || this.lineLength(first) === 0) throw unsupported; // leading empty lines
    const blockIndent = this.indents[first] as number;
    if (blockIndent <= indent || blockIndent === this.lineLength(first)) throw unsupported;
    const content: string[] = [];
    let last = first; // one past the last content line
    for (let j = first; j < this.ends.length; j++) {
      const length = this.lineLength(j);
      if (length === 0) {
        if (this.values) content.push('');
        continue;
      }
      const lineIndent = this.indents[j] as number;
      if (lineIndent === length) throw unsupported; // a line of only spaces
      if (lineIndent < blockIndent) break;
      const lineEnd = this.ends[j] as number;
      if (lineIndent > blockIndent || text.charCodeAt(lineEnd - 1) === SPACE) throw unsupported;
      if (this.values) content.push(text.slice((this.starts[j] as number) + blockIndent, lineEnd));
      last = j + 1;
    }
    this.i = last;
    if (!this.values) return '';
    content.length = last - first; // trailing empty lines are not content
    let value: string;
    if (folded) {
      value = content[0] as string;
      let empty = 0;
      for (let k = 1; k < content.length; k++) {
        const line = content[k] as string;
        if (line === '') empty++;
        else {
          value += (empty === 0 ? ' ' : '\n'.repeat(empty)) + line;
          empty = 0;
        }
      }
    } else value = content.join('\n');
    return this.strings(strip ? value : `${value}\n`);
  }
}

/** YAML 1.2 core schema, tested in eemeli/yaml's order (null, bool, int, float). */
function resolvePlain(text: string): unknown {
  const first = text.charCodeAt(0);
  // Only a digit, sign, dot or one of n N t T f F ~ can start a non-string.
  if (!((first >= 48 && first <= 57) || 'nNtTfF~+-.'.includes(text[0] as string))) return text;
  if (/^(?:~|[Nn]ull|NULL)$/.test(text)) return null;
  if (/^(?:[Tt]rue|TRUE)$/.test(text)) return true;
  if (/^(?:[Ff]alse|FALSE)$/.test(text)) return false;
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) {
    return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text)) return parseFloat(text);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) return parseFloat(text);
  return text;
}
