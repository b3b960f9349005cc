import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments } from 'yaml';
import type { Document, Node } from 'yaml';
import type { Finding } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { registerText } from '../i18n/register.js';

/** SPEC §8: files over 1 MiB are refused before parsing. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Deeper nesting than this is refused (no record needs it; it guards the recursive validators). */
export const MAX_DEPTH = 64;
/** Alias expansions allowed per document, eemeli/yaml's resource-exhaustion guard. */
export const MAX_ALIAS_COUNT = 100;

export type YamlPath = readonly (string | number)[];

export interface Position {
  line: number;
  column: number;
}

/** A parsed file that keeps what is needed to point at any of its nodes. */
export interface SourceFile {
  /** Relative to the register root, `/` separators. */
  file: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

export type ParseResult = { ok: true; source: SourceFile; value: unknown } | { ok: false; findings: Finding[] };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Parse one file's bytes into a single YAML document with positions, or findings (`yaml-syntax`) saying why not. */
export function parseYamlFile(file: string, bytes: Uint8Array, lang: Lang): ParseResult {
  const text = registerText(lang);
  const fail = (message: string, position: Position = { line: 1, column: 1 }): ParseResult => ({
    ok: false,
    findings: [{ rule: 'yaml-syntax', severity: 'error', message, file, ...position }],
  });

  if (bytes.byteLength > MAX_FILE_BYTES) return fail(text.tooLarge((bytes.byteLength / MAX_FILE_BYTES).toFixed(1)));
  if (bytes.includes(0)) return fail(text.binary());
  let source: string;
  try {
    source = utf8.decode(bytes); // strips a UTF-8 byte-order mark
  } catch {
    return fail(text.notUtf8());
  }
  const lineCounter = new LineCounter();
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  // prettyErrors stays off: formatting the context of an error on a huge line exhausts memory.
  const docs = parseAllDocuments(source, { lineCounter, uniqueKeys: true, strict: true, prettyErrors: false });
  if (!Array.isArray(docs) || docs.length === 0) return fail(text.empty());
  if (docs.length > 1) return fail(text.multipleDocuments(docs.length), at(docs[1]?.range[0] ?? 0));
  const doc = docs[0] as Document.Parsed;

  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) {
    return {
      ok: false,
      findings: problems.map((problem) => ({
        rule: 'yaml-syntax',
        severity: 'error' as const,
        message: text.yaml(problem.code, firstLine(problem.message)),
        file,
        ...at(problem.pos[0]),
      })),
    };
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return fail(text.empty());

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError) return fail(text.aliasBomb());
    if (error instanceof RangeError) return fail(text.tooDeep(MAX_DEPTH));
    throw error;
  }
  if (depthOf(value) > MAX_DEPTH) return fail(text.tooDeep(MAX_DEPTH));
  return { ok: true, source: { file, doc, lineCounter }, value };
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
  const { doc, lineCounter } = source;
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
  const parent = path.slice(0, -1);
  const last = path[path.length - 1];
  let node: unknown = source.doc.getIn(parent, true);
  if (isAlias(node)) node = node.resolve(source.doc);
  const target = last === undefined ? source.doc.contents : isMap(node) || isSeq(node) ? node.get(last, true) : undefined;
  const start = rangeStart(target);
  if (start === undefined) return locate(source, path);
  const { line, col } = source.lineCounter.linePos(start);
  return { line, column: col };
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}
