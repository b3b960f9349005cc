import type { Document } from 'yaml';
import { yamlLibrary } from './yaml-library.js';

/**
 * A problem in a parsed document that eemeli/yaml does not report as an error: it
 * finds duplicate keys only by comparing every pair (uniqueKeys is off, see parse.ts),
 * and an alias to a missing anchor only when making the value, by throwing a
 * ReferenceError without a position; and a key that is a list, a map or empty, which it
 * turns into text (`[ a ]`, an empty string), for a list or map with a warning on stderr. `offset`: where the key or alias starts.
 */
export type StructureProblem =
  | { kind: 'duplicate-key'; offset: number }
  | { kind: 'missing-anchor'; offset: number; name: string }
  | { kind: 'key-not-text'; offset: number; what: 'collection' | 'empty' };

/**
 * The structure problems of a document, in the order of the file. One walk without
 * recursion, in the order eemeli/yaml's `Alias.resolve` visits nodes (a node, then its
 * items; a key before its value), so an alias counts as resolved exactly when the
 * library would find its anchor: on a node before it. Duplicate keys are equal scalar
 * values, as the library's own check has them (`100` and `1e2` are one key), found
 * with a set per mapping; aliases are not followed for them. A key must be a scalar that is
 * not null (`1:` and `true:` are read as the text they are written as), or an alias of one.
 */
export function structureProblems(doc: Document.Parsed): StructureProblem[] {
  const { isAlias, isMap, isNode, isScalar, isSeq } = yamlLibrary();
  const found: StructureProblem[] = [];
  /** Each anchor and the node it marks, the last one before the node being looked at (as Alias.resolve takes it). */
  const anchors = new Map<string, unknown>();
  /** Nodes still to look at, each with where its key starts when it is a key (`atKey`). */
  const stack: { node: unknown; atKey?: number }[] = [{ node: doc.contents }];
  const keyProblem = (key: unknown, offset: number): void => {
    const what = isMap(key) || isSeq(key) ? 'collection' : !isScalar(key) || key.value === null ? 'empty' : undefined;
    if (what !== undefined) found.push({ kind: 'key-not-text', offset, what });
  };
  while (stack.length > 0) {
    const { node, atKey } = stack.pop()!;
    if (isAlias(node)) {
      const anchored = anchors.get(node.source);
      if (anchored === undefined) found.push({ kind: 'missing-anchor', offset: node.range?.[0] ?? 0, name: node.source });
      else if (atKey !== undefined) keyProblem(anchored, atKey);
      continue;
    }
    if (atKey !== undefined) keyProblem(node, atKey);
    if (isNode(node) && node.anchor !== undefined) anchors.set(node.anchor, node);
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (!isScalar(pair.key) || pair.key.value === null) continue; // an empty key is a problem of its own
        if (seen.has(pair.key.value)) found.push({ kind: 'duplicate-key', offset: pair.key.range?.[0] ?? 0 });
        seen.add(pair.key.value);
      }
      for (let i = node.items.length - 1; i >= 0; i--) {
        const { key, value } = node.items[i]!;
        stack.push({ node: value }, { node: key, atKey: startOf(key) ?? startOf(value) ?? 0 });
      }
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i] });
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

function startOf(node: unknown): number | undefined {
  return (node as { range?: [number, number, number] } | null | undefined)?.range?.[0];
}
