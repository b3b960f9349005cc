/**
 * Positions from the fast reader's tree (src/register/fast-yaml.ts), found the
 * way parse.ts's `locate` and `locateValue` find them in eemeli/yaml's nodes.
 */

/** A node with the start offset eemeli/yaml gives it (`range[0]`). */
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
  /** For a plain scalar: where its text ends, before a comment or trailing spaces. */
  plainEnd?: number;
}

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
    const index = listIndex(key);
    return index === undefined ? undefined : node.items[index];
  }
  return undefined;
}

/** The index `YAMLSeq.get` takes for `key`: a whole number, also written as a string; else undefined. */
function listIndex(key: string | number): number | undefined {
  const index = typeof key === 'string' && key !== '' ? Number(key) : key;
  return typeof index === 'number' && Number.isInteger(index) && index >= 0 ? index : undefined;
}

/**
 * A plain scalar at `path` as written (`kvk: 012345678` gives "012345678"), as
 * eemeli/yaml's `source` of the node. Undefined when the node is missing or not
 * a plain scalar.
 */
export function fastPlainSource(tree: FastMap, text: string, path: readonly (string | number)[]): string | undefined {
  let node = tree as FastNode | undefined;
  for (const segment of path) node = node === undefined || node.kind === 'scalar' ? undefined : child(node, segment);
  return node?.kind === 'scalar' && node.start !== undefined && node.plainEnd !== undefined ? text.slice(node.start, node.plainEnd) : undefined;
}

/** A node of a value read by the fast reader, and the index of its mark in FastDocument.marks. */
interface Marked {
  value: unknown;
  at: number;
}

/**
 * The line and column `fastLocate` would give, from the value the fast reader made and the
 * marks it recorded while reading it (FastDocument.marks), without reading the text again:
 * the marks follow a walk of the value (a map, then each key and its value; a list, then
 * each item), so a node's mark is found by counting the nodes before it. Undefined where
 * `fastLocate` gives undefined (an empty value asked for with `atValue`).
 */
export function marksLocate(value: unknown, marks: string, path: readonly (string | number)[], atValue: boolean): { line: number; column: number } | undefined {
  const root: Marked = { value, at: 0 };
  if (atValue) {
    let parent: Marked | undefined = root;
    for (let k = 0; k < path.length - 1 && parent !== undefined; k++) parent = markedChild(parent, path[k] as string | number);
    const target = path.length === 0 ? root : parent === undefined ? undefined : markedChild(parent, path[path.length - 1] as string | number);
    if (target !== undefined) return markAt(marks, target.at);
  }
  let node = root;
  let at = 0;
  for (const segment of path) {
    if (isMap(node.value)) {
      const key = String(segment);
      const keyAt = keyMark(node, key);
      if (keyAt === undefined) break;
      at = keyAt;
      node = { value: node.value[key], at: keyAt + 1 };
    } else if (Array.isArray(node.value) && typeof segment === 'number') {
      const item = itemMark(node, segment);
      if (item === undefined) break;
      at = item.at; // an item is never empty in the fast subset
      node = item;
    } else break;
  }
  return markAt(marks, at);
}

function isMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** `child` of fastLocate, on the value (a scalar has none). */
function markedChild(node: Marked, key: string | number): Marked | undefined {
  if (isMap(node.value)) {
    if (typeof key !== 'string') return undefined;
    const keyAt = keyMark(node, key);
    return keyAt === undefined ? undefined : { value: node.value[key], at: keyAt + 1 };
  }
  if (Array.isArray(node.value)) {
    const index = listIndex(key);
    return index === undefined ? undefined : itemMark(node, index);
  }
  return undefined;
}

/** The mark of `name`'s key in a map: after the map's own, each key and the nodes of its value. */
function keyMark(node: Marked, name: string): number | undefined {
  const map = node.value as Record<string, unknown>;
  if (!Object.hasOwn(map, name)) return undefined;
  let at = node.at + 1;
  for (const key of Object.keys(map)) {
    if (key === name) return at;
    at += 1 + nodeCount(map[key]);
  }
  return undefined;
}

/** Item `index` of a list and its mark; undefined unless a whole number within it (`items[1.5]` is none). */
function itemMark(node: Marked, index: number): Marked | undefined {
  const list = node.value as unknown[];
  if (!Number.isInteger(index) || index < 0 || index >= list.length) return undefined;
  let at = node.at + 1;
  for (let k = 0; k < index; k++) at += nodeCount(list[k]);
  return { value: list[index], at };
}

/**
 * The marks of the maps and lists counted so far: a file's findings ask for nodes after
 * the same earlier keys again and again (each obligation's finding counts the keys before
 * `obligations`). Weak, so a count dies with its value.
 */
const counted = new WeakMap<object, number>();

/** The marks a value takes: one for itself, and those of its keys and values or items. */
function nodeCount(value: unknown): number {
  if (value === null || typeof value !== 'object') return 1;
  let count = counted.get(value);
  if (count === undefined) {
    count = countNodes(value);
    counted.set(value, count);
  }
  return count;
}

function countNodes(value: unknown): number {
  if (Array.isArray(value)) {
    let count = 1;
    for (const item of value) count += countNodes(item);
    return count;
  }
  if (isMap(value)) {
    let count = 1;
    for (const key of Object.keys(value)) count += 1 + countNodes(value[key]);
    return count;
  }
  return 1;
}

/** Line and column of mark `at`; undefined for an empty value (line 0). */
function markAt(marks: string, at: number): { line: number; column: number } | undefined {
  const line = marks.charCodeAt(2 * at);
  // NaN: past the end, which a value that changed after reading would give; the caller reads the text again.
  return line === 0 || Number.isNaN(line) ? undefined : { line, column: marks.charCodeAt(2 * at + 1) };
}
