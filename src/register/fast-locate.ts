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
    const index = typeof key === 'string' && key !== '' ? Number(key) : key;
    return typeof index === 'number' && Number.isInteger(index) && index >= 0 ? node.items[index] : undefined;
  }
  return undefined;
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
