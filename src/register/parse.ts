import { isUtf8 } from 'node:buffer';
import type { Document, LineCounter, Node, YAMLError } from 'yaml';
import type { Finding } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { registerText, type RegisterMessages } from '../i18n/register.js';
import { fastLocate, fastPlainSource, marksLocate, type FastMap } from './fast-locate.js';
import { fastParse, fastPositions, type Interner } from './fast-yaml.js';
import { RECORD_ID_PATTERN } from '../schema/patterns.js';
import { overNestedAt } from './nesting.js';
import { yamlLibrary } from './yaml-library.js';
import { structureProblems, type StructureProblem } from './yaml-structure.js';

/** docs/security.md: files over 1 MiB are refused before parsing. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Deeper nesting than this is refused (no record needs it; it guards the recursive validators). */
export const MAX_DEPTH = 64;
/** Alias expansions allowed per document, eemeli/yaml's resource-exhaustion guard. */
export const MAX_ALIAS_COUNT = 100;
/** Findings of one kind shown per file; one more says the rest are left out (a file can hold 100 000 mistakes). */
export const MAX_FINDINGS_PER_FILE = 100;

export type YamlPath = readonly (string | number)[];

export interface Position {
  line: number;
  column: number;
}

/** A parsed file that keeps what is needed to point at any of its nodes. */
export interface SourceFile {
  /** Relative to the register root, `/` separators. */
  file: string;
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
  /**
   * Forget the position tree built to point at nodes. The text stays, so a later
   * `locate` builds it again; a run calls this once a file's findings are placed,
   * so only the trees of the files being worked on are in memory (issue #15).
   * A file whose marks (fast-yaml.ts) point at every node needs no text after
   * this: it goes too.
   */
  release?(): void;
  /**
   * Forget the text as well: the last assessment of a run calls this once an
   * agreement's findings are placed (nothing points into its files after that),
   * so a large register does not keep all of its text in memory. Locating a
   * node afterwards is a programming error and says so.
   */
  forget?(): void;
}

/**
 * A parsed file, or findings saying why not; `agreement`: the id a file that did not parse
 * still names unmistakably on its top level (a duplicate key elsewhere, say), so its findings
 * can be counted under that agreement.
 */
export type ParseResult = { ok: true; source: SourceFile; value: unknown } | { ok: false; findings: Finding[]; agreement?: string };


/**
 * Parse one file's bytes into a single YAML document with positions, or findings
 * (`yaml-syntax`) saying why not. The bytes are not kept: the caller may reuse them.
 * `strings` is the register's interner (fast-yaml.ts), when it loads many files.
 */
export function parseYamlFile(file: string, bytes: Uint8Array, lang: Lang, strings?: Interner): ParseResult {
  const text = registerText(lang);
  const fail = (message: string, position: Position = { line: 1, column: 1 }): ParseResult => ({
    ok: false,
    findings: [{ rule: 'yaml-syntax', severity: 'error', message, file, ...position }],
  });

  if (bytes.byteLength > MAX_FILE_BYTES) return fail(text.tooLarge((bytes.byteLength / MAX_FILE_BYTES).toFixed(1)));
  const utf16 = utf16Encoding(bytes);
  if (utf16 !== undefined) return fail(text.utf16(utf16.endian, utf16.bom));
  if (bytes.includes(0)) return fail(text.binary());
  // isUtf8 (simdutf) and a plain decode: the same as a fatal TextDecoder, without its per-call cost.
  if (!isUtf8(bytes)) return fail(text.notUtf8());
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0; // a UTF-8 byte-order mark
  const source = Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.byteLength - start).toString('utf8');
  // Old Mac line endings (CR alone): YAML would see one long line and report every key on it.
  if (source.includes('\r') && !source.includes('\n')) return fail(text.crLineEndings());
  // Most register files are plain block YAML that the fast reader takes; it gives
  // the same value, and the source keeps the marks it recorded to find positions later.
  const fast = fastParse(source, false, strings, true);
  if (fast !== undefined) {
    if (fast.depth > MAX_DEPTH) return fail(text.tooDeep(MAX_DEPTH));
    return { ok: true, source: new LazySource(file, source, true, fast.marks, fast.value), value: fast.value };
  }

  const overNested = overNestedAt(source);
  if (overNested !== undefined) return fail(text.tooDeep(MAX_DEPTH), positionOf(source, overNested));

  const { doc, lineCounter, count, second } = parseFull(source);
  if (count === 0) return fail(text.empty());
  if (count > 1) return fail(text.multipleDocuments(count), at(lineCounter, second));

  const problems: (YAMLError | StructureProblem)[] = [...doc.errors, ...structureProblems(doc), ...doc.warnings];
  if (problems.length > 0) {
    const findings: Finding[] = problems.slice(0, MAX_FINDINGS_PER_FILE).map((problem) => {
      const { message, offset } = describeProblem(problem, source, text);
      return { rule: 'yaml-syntax', severity: 'error' as const, message, file, ...at(lineCounter, offset) };
    });
    if (problems.length > MAX_FINDINGS_PER_FILE) findings.push({ rule: 'yaml-syntax', severity: 'error', message: text.moreFindings(MAX_FINDINGS_PER_FILE), file, line: 1, column: 1 });
    const agreement = namedAgreement(doc);
    return { ok: false, findings, ...(agreement !== undefined ? { agreement } : {}) };
  }
  if (doc.contents === null || (yamlLibrary().isScalar(doc.contents) && doc.contents.value === null)) return fail(text.empty());

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // structureProblems found every alias without an anchor, so what throws here is the alias count.
    if (error instanceof ReferenceError) return fail(text.aliasBomb());
    if (error instanceof RangeError) return fail(text.tooDeep(MAX_DEPTH));
    throw error;
  }
  if (depthOf(value) > MAX_DEPTH) return fail(text.tooDeep(MAX_DEPTH));
  // The document is not kept: a register of thousands of files would hold them all.
  return { ok: true, source: new LazySource(file, source, false), value };
}

/**
 * What a parse worker (parse-worker.ts) hands over with the value of a file the fast reader
 * took, so the main thread can point into the file later: its marks (FastDocument.marks), and
 * its text unless the marks point at every node. Undefined for any other source.
 */
export function fastHandover(source: SourceFile): { text: string | undefined; marks: string | undefined } | undefined {
  return source instanceof LazySource ? source.handover() : undefined;
}

/** The source of a file the fast reader took on another thread, from its handover (with the value the marks belong to): the same as parseYamlFile makes. */
export function fastSource(file: string, text: string | undefined, marks?: string, value?: unknown): SourceFile {
  return new LazySource(file, text, true, marks, value);
}

/** The value the fast reader made of a file and the marks it recorded while reading it (FastDocument.marks). */
interface Marked {
  value: unknown;
  marks: string;
}

/** The message of an eemeli/yaml error or a structure problem, and where its finding points. */
function describeProblem(problem: YAMLError | StructureProblem, source: string, text: RegisterMessages): { message: string; offset: number } {
  if (!('kind' in problem)) {
    // eemeli/yaml reports a missing closing quote at the end of the input; the opening quote is where to look.
    const offset = problem.code === 'MISSING_CHAR' ? (unclosedQuoteAt(source) ?? problem.pos[0]) : problem.pos[0];
    return { message: text.yaml(problem.code, firstLine(problem.message), writtenAt(source, problem.pos)), offset };
  }
  switch (problem.kind) {
    case 'duplicate-key':
      return { message: text.duplicateKey(keyAt(source, problem.offset)), offset: problem.offset };
    case 'missing-anchor':
      return { message: text.missingAnchor(problem.name), offset: problem.offset };
    case 'key-not-text':
      return { message: text.keyNotText(problem.what), offset: problem.offset };
  }
}

/**
 * The agreement a document with syntax problems names, when that can be read without
 * doubt: its top level is a map with one `agreement` key whose value is a plain or quoted
 * one-line string shaped like a record id. Anything less gives undefined.
 */
function namedAgreement(doc: Document.Parsed): string | undefined {
  const { isMap, isScalar } = yamlLibrary();
  if (!isMap(doc.contents)) return undefined;
  const pairs = doc.contents.items.filter((pair) => isScalar(pair.key) && pair.key.value === 'agreement');
  const value = pairs.length === 1 ? pairs[0]!.value : undefined;
  if (!isScalar(value) || typeof value.value !== 'string' || !['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'].includes(value.type ?? '')) return undefined;
  return RECORD_ID.test(value.value) ? value.value : undefined;
}

const RECORD_ID = new RegExp(RECORD_ID_PATTERN);

/**
 * UTF-16 text, by its byte-order mark or, without one, by its pattern: YAML's
 * ASCII punctuation and letters have a zero byte beside every character. Said by
 * name, so the message can say how to convert the file.
 */
function utf16Encoding(bytes: Uint8Array): { endian: 'LE' | 'BE'; bom: boolean } | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { endian: 'LE', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { endian: 'BE', bom: true };
  const sample = Math.min(bytes.byteLength, 4096) & ~1;
  if (sample < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > 0.9 * pairs && evenZeros < 0.1 * pairs) return { endian: 'LE', bom: false };
  if (evenZeros > 0.9 * pairs && oddZeros < 0.1 * pairs) return { endian: 'BE', bom: false };
  return undefined;
}

interface FullParse {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  count: number;
  /** Start of the second document, when there is one. */
  second: number;
}

function parseFull(source: string): FullParse {
  const lineCounter = new (yamlLibrary().LineCounter)();
  // prettyErrors stays off: formatting the context of an error on a huge line exhausts memory.
  // uniqueKeys is off: eemeli/yaml compares every key with every other (128 000 keys took minutes); structureProblems does it in one pass.
  // logLevel silent: the library would warn on stderr (process.emitWarning); vo's findings say what is wrong.
  const docs = yamlLibrary().parseAllDocuments(source, { lineCounter, uniqueKeys: false, strict: true, prettyErrors: false, logLevel: 'silent' });
  const list = Array.isArray(docs) ? docs : [];
  return { doc: list[0] as Document.Parsed, lineCounter, count: list.length, second: list[1]?.range[0] ?? 0 };
}

/**
 * A parsed file that keeps only its text: the positions of the fast reader, or
 * eemeli/yaml's document, are made again when a finding needs them. Files with
 * findings are few, and the documents of thousands of files would not fit in memory.
 */
/** The fast reader's position tree of a file, with the text it points into. */
interface FastTree {
  tree: FastMap;
  lineStarts: number[];
  text: string;
}

class LazySource implements SourceFile {
  #full: FullParse | undefined;
  #fast: FastTree | null | undefined;
  #marked: Marked | undefined;
  /** Whether the marks answer every locate and locateValue, so the text is not needed after loading. */
  readonly #enough: boolean;

  constructor(
    readonly file: string,
    private text: string | undefined,
    /** Whether the fast reader took this file. */
    fast: boolean,
    /** The marks the fast reader recorded (none for a file it left to eemeli/yaml), and the value they belong to. */
    marks?: string,
    value?: unknown,
  ) {
    if (!fast) this.#fast = null;
    this.#marked = marks === undefined ? undefined : { value, marks };
    // A mark of line 0 is an empty value, whose position as a value only eemeli/yaml knows (from the text).
    this.#enough = marks !== undefined && !marks.includes('\u0000');
  }

  /**
   * The position locate (`atValue` false) or locateValue (true) gives, from the marks the fast
   * reader recorded, without reading the text again: at 10 000 agreements reading the files with
   * findings again took 0.8 s (docs/performance.md, round ten). Undefined when there are none or they do not tell.
   */
  markedPosition(path: YamlPath, atValue: boolean): Position | undefined {
    const marked = this.#marked;
    return marked === undefined ? undefined : marksLocate(marked.value, marked.marks, path, atValue);
  }

  /** fastHandover: undefined when the fast reader did not take this file. */
  handover(): { text: string | undefined; marks: string | undefined } | undefined {
    if (this.#fast === null) return undefined;
    return { text: this.#enough ? undefined : this.text, marks: this.#marked?.marks };
  }

  get doc(): Document.Parsed {
    return this.full().doc;
  }

  get lineCounter(): LineCounter {
    return this.full().lineCounter;
  }

  /** The fast reader's tree, or undefined when this file needed eemeli/yaml. */
  fastTree(): FastTree | undefined {
    if (this.#fast === undefined) {
      const text = this.kept();
      const fast = fastPositions(text);
      this.#fast = fast?.tree !== undefined ? { tree: fast.tree, lineStarts: fast.lineStarts, text } : null;
    }
    return this.#fast ?? undefined;
  }

  private full(): FullParse {
    this.#full ??= parseFull(this.kept());
    return this.#full;
  }

  private kept(): string {
    if (this.text === undefined) throw new Error(`the text of ${this.file} was forgotten after the assessment`);
    return this.text;
  }

  release(): void {
    this.#full = undefined;
    if (this.#fast !== null) this.#fast = undefined;
    // Loading is over (or an agreement's findings are placed): the marks point at every node from now on.
    if (this.#enough) this.text = undefined;
  }

  forget(): void {
    this.release();
    this.text = undefined;
    this.#marked = undefined;
  }
}

function at(lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/** The key written at `offset` (eemeli/yaml gives only where a duplicate key starts). */
function keyAt(source: string, offset: number): string {
  const match = /^("(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|[^:\n#]*?)\s*:(?:\s|$)/.exec(source.slice(offset, offset + 200));
  return (match?.[1] ?? source.slice(offset, offset + 1)).trim();
}

/** Lexer tokens that mark structure and take no characters of the source. */
// eslint-disable-next-line no-control-regex -- these control characters are the lexer's own markers
const CONTROL_TOKEN = /^[\x02\x18\x1f\ufeff]$/;

/**
 * eemeli/yaml reports a missing closing quote at the end of the input; the
 * opening quote is where the reader should look. Its lexer is iterative.
 */
function unclosedQuoteAt(source: string): number | undefined {
  let offset = 0;
  for (const token of new (yamlLibrary().Lexer)().lex(source)) {
    if (CONTROL_TOKEN.test(token)) continue;
    const quote = token[0];
    if ((quote === '"' || quote === "'") && (token.length < 2 || !closesQuote(token, quote))) return offset;
    offset += token.length;
  }
  return undefined;
}

function closesQuote(token: string, quote: string): boolean {
  if (!token.endsWith(quote)) return false;
  if (quote === "'") return true; // '' inside is an escaped quote; the token ends at the closing one
  let backslashes = 0;
  for (let i = token.length - 2; i >= 0 && token[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 0;
}

/** The text at an error's place, on one line and short enough for a message (the tag eemeli/yaml did not resolve, say). */
function writtenAt(source: string, [start, end]: [number, number]): string {
  const written = firstLine(source.slice(start, Math.min(end, start + 60)));
  return end - start > 60 ? `${written}…` : written;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/** Nesting depth of plain data, computed without recursion. */
function depthOf(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (item === null || typeof item !== 'object') continue;
    if (depth + 1 > max) max = depth + 1;
    if (max > MAX_DEPTH) return max;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return max;
}

/**
 * Position of the node at `path`, or of its nearest existing parent (Spectral's
 * approach). A property points at its key, a list item at the item.
 */
export function locate(source: SourceFile, path: YamlPath): Position {
  const marked = source instanceof LazySource ? source.markedPosition(path, false) : undefined;
  if (marked !== undefined) return marked;
  const fast = source instanceof LazySource ? source.fastTree() : undefined;
  if (fast !== undefined) return positionAt(fast.lineStarts, fastLocate(fast.tree, path, false) as number);
  const { doc, lineCounter } = source;
  const { isAlias, isMap, isPair, isSeq } = yamlLibrary();
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && keyText(item.key) === String(segment));
      if (pair === undefined) break;
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else break;
  }
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/** Position of the value (not the key) at `path`, e.g. to point at a wrong scalar. */
export function locateValue(source: SourceFile, path: YamlPath): Position {
  const marked = source instanceof LazySource ? source.markedPosition(path, true) : undefined;
  if (marked !== undefined) return marked;
  const fast = source instanceof LazySource ? source.fastTree() : undefined;
  const offset = fast === undefined ? undefined : fastLocate(fast.tree, path, true);
  if (fast !== undefined && offset !== undefined) return positionAt(fast.lineStarts, offset);
  const parent = path.slice(0, -1);
  const last = path[path.length - 1];
  const { isAlias, isMap, isSeq } = yamlLibrary();
  let node: unknown = source.doc.getIn(parent, true);
  if (isAlias(node)) node = node.resolve(source.doc);
  const target = last === undefined ? source.doc.contents : isMap(node) || isSeq(node) ? node.get(last, true) : undefined;
  const start = rangeStart(target);
  if (start === undefined) return locate(source, path);
  const { line, col } = source.lineCounter.linePos(start);
  return { line, column: col };
}

/** Line and column of an offset, counted directly (for the few findings made before eemeli/yaml runs). */
function positionOf(text: string, offset: number): Position {
  let line = 1;
  let start = 0;
  for (let k = text.indexOf('\n'); k !== -1 && k < offset; k = text.indexOf('\n', k + 1)) {
    line++;
    start = k + 1;
  }
  return { line, column: offset - start + 1 };
}

/** LineCounter.linePos over the fast reader's line starts. */
/** The value at `path` as written in the file, when it is a plain scalar (so `kvk: 012345678` can be quoted back as "012345678"). */
export function sourceText(source: SourceFile, path: YamlPath): string | undefined {
  const fast = source instanceof LazySource ? source.fastTree() : undefined;
  if (fast !== undefined) return fastPlainSource(fast.tree, fast.text, path);
  const node = source.doc.getIn(path, true);
  return yamlLibrary().isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
}

/**
 * Line and column of `offset`, exactly as eemeli/yaml's `LineCounter.linePos`
 * gives them for the same line starts (a binary search; test/register/parse.test.ts
 * compares the two at every offset), so the fast reader's files need not load the library.
 */
export function positionAt(lineStarts: readonly number[], offset: number): Position {
  let low = 0;
  let high = lineStarts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((lineStarts[mid] as number) < offset) low = mid + 1;
    else high = mid;
  }
  if (lineStarts[low] === offset) return { line: low + 1, column: 1 };
  if (low === 0) return { line: 0, column: offset };
  return { line: low, column: offset - (lineStarts[low - 1] as number) + 1 };
}

function keyText(key: unknown): string | undefined {
  if (yamlLibrary().isScalar(key)) return String(key.value);
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}
