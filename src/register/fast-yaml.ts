/**
 * A fast reader for the plain block YAML that register files are made of, with
 * eemeli/yaml (about 2.5 MB/s here) as the fallback and the reference.
 *
 * It accepts a deliberately small subset: block maps with simple keys, block
 * sequences, plain scalars on one line, quoted scalars on one line without
 * escapes, and `|`/`>` block scalars with clip or strip chomping. Anything else
 * (tabs, flow collections, anchors, tags, multi-line plain scalars, escapes,
 * documents markers, duplicate keys, a missing final newline...) returns
 * `undefined`, and the caller parses the file with eemeli/yaml instead. What it
 * accepts, it reads exactly as eemeli/yaml's core schema does, and it records
 * the same offsets for every key and node; test/hardening/fast-yaml.test.ts
 * checks both against eemeli/yaml on generated documents.
 */

/** A node with the start offsets eemeli/yaml gives its nodes (`range[0]`). */
export type FastNode = FastMap | FastSeq | FastScalar;
export interface FastMap {
  kind: 'map';
  start: number;
  keys: string[];
  keyStarts: number[];
  values: FastNode[];
}
export interface FastSeq {
  kind: 'seq';
  start: number;
  items: FastNode[];
}
/** `start` is undefined for an empty value (`key:` and nothing), whose offset only eemeli/yaml knows. */
export interface FastScalar {
  kind: 'scalar';
  start: number | undefined;
}

export interface FastDocument {
  value: Record<string, unknown>;
  tree: FastMap;
  /** Offsets where lines start, as eemeli/yaml's LineCounter records them. */
  lineStarts: number[];
}

/** Thrown inside the reader when the text leaves the subset; never escapes fastParse. */
class Unsupported {}
const unsupported = new Unsupported();

// C0/C1 controls (tab included), a CR not before LF, and characters YAML treats specially.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const OUTSIDE_SUBSET = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|\r(?!\n)/;
const KEY = /^([A-Za-z_][A-Za-z0-9_-]{0,127}):(?= |$)/;
const NOT_STRING_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', '__proto__']);
/** Characters that cannot start a plain scalar, or start one we leave to eemeli/yaml. */
const PLAIN_FIRST_EXCLUDED = '-?:,[]{}#&*!|>\'"%@`';
const TRAILER = /^(?: *| +#.*)$/;
const BLOCK_HEADER = /^([|>])(-?)(?: *| +#.*)$/;

/** Parse `text` (already decoded, without byte-order mark), or `undefined` when eemeli/yaml must. */
export function fastParse(text: string): FastDocument | undefined {
  if (!text.endsWith('\n') || OUTSIDE_SUBSET.test(text)) return undefined;
  try {
    return new Reader(text).document();
  } catch (error) {
    if (error === unsupported) return undefined;
    throw error;
  }
}

class Reader {
  private readonly lines: string[];
  private readonly starts: number[];
  private readonly indents: number[];
  private i = 0;

  constructor(text: string) {
    const raw = text.split('\n');
    raw.pop(); // the empty string after the final newline
    this.lines = [];
    this.starts = [];
    this.indents = [];
    let offset = 0;
    for (const line of raw) {
      const content = line.endsWith('\r') ? line.slice(0, -1) : line;
      this.lines.push(content);
      this.starts.push(offset);
      let indent = 0;
      while (content.charCodeAt(indent) === 32) indent++;
      this.indents.push(indent);
      offset += line.length + 1;
    }
    this.starts.push(offset);
  }

  document(): FastDocument {
    this.skipInsignificant();
    if (this.i >= this.lines.length || this.indents[this.i] !== 0) throw unsupported;
    const { value, node } = this.map(0, 0);
    this.skipInsignificant();
    if (this.i < this.lines.length) throw unsupported;
    return { value, tree: node, lineStarts: this.starts };
  }

  /** Blank lines and comment lines, outside block scalars. */
  private skipInsignificant(): void {
    while (this.i < this.lines.length) {
      const line = this.lines[this.i] as string;
      const indent = this.indents[this.i] as number;
      if (indent < line.length && line.charCodeAt(indent) !== 35 /* # */) return;
      this.i++;
    }
  }

  /** A block map whose keys sit at column `indent`; the first key may follow a `- ` on the current line at `firstColumn`. */
  private map(indent: number, firstColumn: number): { value: Record<string, unknown>; node: FastMap } {
    const value: Record<string, unknown> = {};
    const node: FastMap = { kind: 'map', start: this.starts[this.i]! + firstColumn, keys: [], keyStarts: [], values: [] };
    let column = firstColumn;
    for (let first = true; ; first = false) {
      if (!first) {
        this.skipInsignificant();
        if (this.i >= this.lines.length) break;
        const lineIndent = this.indents[this.i] as number;
        if (lineIndent < indent) break;
        if (lineIndent > indent) throw unsupported;
        column = indent;
      }
      const line = this.lines[this.i] as string;
      const match = KEY.exec(column === 0 ? line : line.slice(column));
      if (match === null) throw unsupported;
      const key = match[1] as string;
      if (NOT_STRING_KEYS.has(key) || Object.prototype.hasOwnProperty.call(value, key)) throw unsupported;
      const lineStart = this.starts[this.i] as number;
      node.keys.push(key);
      node.keyStarts.push(lineStart + column);
      const entry = this.mapValue(indent, column + key.length + 1);
      value[key] = entry.value;
      node.values.push(entry.node);
    }
    return { value, node };
  }

  /** The value after `key:`, which starts at `column` of the current line. */
  private mapValue(indent: number, column: number): { value: unknown; node: FastNode } {
    const line = this.lines[this.i] as string;
    let start = column;
    while (line.charCodeAt(start) === 32) start++;
    if (start < line.length && line.charCodeAt(start) !== 35 /* # */) {
      const text = line.slice(start);
      const offset = (this.starts[this.i] as number) + start;
      const header = BLOCK_HEADER.exec(text);
      if (header !== null) return this.blockScalar(indent, header[1] === '>', header[2] === '-', offset);
      const scalar = this.inlineScalar(text, offset);
      this.i++;
      return scalar;
    }
    this.i++;
    this.skipInsignificant();
    if (this.i < this.lines.length) {
      const nextIndent = this.indents[this.i] as number;
      const next = this.lines[this.i] as string;
      const isItem = next.startsWith('- ', nextIndent) || (next.length === nextIndent + 1 && next.endsWith('-'));
      if (nextIndent > indent) return isItem ? this.seq(nextIndent) : this.map(nextIndent, nextIndent);
      if (nextIndent === indent && isItem) return this.seq(nextIndent);
    }
    return { value: null, node: { kind: 'scalar', start: undefined } };
  }

  private seq(indent: number): { value: unknown[]; node: FastSeq } {
    const value: unknown[] = [];
    const node: FastSeq = { kind: 'seq', start: (this.starts[this.i] as number) + indent, items: [] };
    for (;;) {
      this.skipInsignificant();
      if (this.i >= this.lines.length) break;
      const lineIndent = this.indents[this.i] as number;
      if (lineIndent < indent) break;
      if (lineIndent > indent) throw unsupported;
      const line = this.lines[this.i] as string;
      if (!line.startsWith('- ', indent)) {
        if (line.length === indent + 1 && line.endsWith('-')) throw unsupported; // an empty or nested item
        break; // the map this sequence is a value of goes on
      }
      let column = indent + 2;
      while (line.charCodeAt(column) === 32) column++;
      const rest = line.slice(column);
      if (rest === '' || rest.startsWith('#') || rest.startsWith('-')) throw unsupported;
      const item = KEY.test(rest) ? this.map(column, column) : this.itemScalar(rest, (this.starts[this.i] as number) + column);
      value.push(item.value);
      node.items.push(item.node);
    }
    return { value, node };
  }

  private itemScalar(text: string, offset: number): { value: unknown; node: FastNode } {
    if (BLOCK_HEADER.test(text)) throw unsupported;
    const scalar = this.inlineScalar(text, offset);
    this.i++;
    return scalar;
  }

  /** A scalar that ends on its line: double- or single-quoted, or plain. */
  private inlineScalar(text: string, offset: number): { value: unknown; node: FastScalar } {
    const node: FastScalar = { kind: 'scalar', start: offset };
    const quote = text[0];
    if (quote === '"') {
      const end = text.indexOf('"', 1);
      if (end < 0 || !TRAILER.test(text.slice(end + 1))) throw unsupported;
      const content = text.slice(1, end);
      if (content.includes('\\')) throw unsupported;
      return { value: content, node };
    }
    if (quote === "'") {
      let end = 1;
      for (; end < text.length; end++) {
        if (text[end] === "'") {
          if (text[end + 1] !== "'") break;
          end++;
        }
      }
      if (end >= text.length || !TRAILER.test(text.slice(end + 1))) throw unsupported;
      return { value: text.slice(1, end).replace(/''/g, "'"), node };
    }
    if (PLAIN_FIRST_EXCLUDED.includes(quote as string)) throw unsupported;
    const comment = text.indexOf(' #');
    const plain = (comment < 0 ? text : text.slice(0, comment)).trimEnd();
    if (plain.includes(': ') || plain.endsWith(':')) throw unsupported;
    return { value: resolvePlain(plain), node };
  }

  /** `|` or `>` block scalar content below the current line, without more-indented lines or trailing spaces. */
  private blockScalar(indent: number, folded: boolean, strip: boolean, offset: number): { value: string; node: FastScalar } {
    this.i++;
    const first = this.i;
    if (first >= this.lines.length || (this.lines[first] as string).length === 0) throw unsupported;
    const blockIndent = this.indents[first] as number;
    if (blockIndent <= indent || blockIndent === (this.lines[first] as string).length) throw unsupported;
    const content: string[] = [];
    let last = first; // one past the last content line
    for (let j = first; j < this.lines.length; j++) {
      const line = this.lines[j] as string;
      if (line.length === 0) {
        content.push('');
        continue;
      }
      const lineIndent = this.indents[j] as number;
      if (lineIndent === line.length) throw unsupported; // a line of only spaces
      if (lineIndent < blockIndent) break;
      if (lineIndent > blockIndent || line.endsWith(' ')) throw unsupported;
      content.push(line.slice(blockIndent));
      last = j + 1;
    }
    content.length = last - first; // trailing empty lines are not content
    this.i = last;
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
    return { value: strip ? value : `${value}\n`, node: { kind: 'scalar', start: offset } };
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

/**
 * The offset `locate` (key of a property, start of a list item, nearest existing
 * parent) or, with `atValue`, `locateValue` (start of the value) would find with
 * eemeli/yaml's nodes, following its `Collection.getIn` and `YAMLSeq.get` rules.
 * `undefined` when only eemeli/yaml knows (the value is empty).
 */
export function fastLocate(tree: FastMap, path: readonly (string | number)[], atValue: boolean): number | undefined {
  if (atValue) {
    let parent: FastNode | undefined = tree;
    for (let k = 0; k < path.length - 1 && parent !== undefined; k++) {
      parent = parent.kind === 'scalar' ? undefined : child(parent, path[k] as string | number);
    }
    const target = path.length === 0 ? tree : parent === undefined ? undefined : child(parent, path[path.length - 1] as string | number);
    if (target !== undefined) return target.start;
  }
  let node: FastNode = tree;
  let offset = tree.start;
  for (const segment of path) {
    if (node.kind === 'map') {
      const index = node.keys.indexOf(String(segment));
      if (index < 0) break;
      offset = node.keyStarts[index] as number;
      node = node.values[index] as FastNode;
    } else if (node.kind === 'seq' && typeof segment === 'number') {
      const item: FastNode | undefined = node.items[segment];
      if (item === undefined) break;
      offset = item.start ?? offset;
      node = item;
    } else break;
  }
  return offset;
}

/** `YAMLMap.get` matches a key strictly; `YAMLSeq.get` also takes an index written as a string. */
function child(node: FastNode, key: string | number): FastNode | undefined {
  if (node.kind === 'map') return typeof key === 'string' ? node.values[node.keys.indexOf(key)] : undefined;
  if (node.kind === 'seq') {
    const index = typeof key === 'string' && key !== '' ? Number(key) : key;
    return typeof index === 'number' && Number.isInteger(index) && index >= 0 ? node.items[index] : undefined;
  }
  return undefined;
}
