import type { Document } from 'yaml';
import { yamlLibrary } from './yaml-library.js';

/**
 * A problem in a parsed document that eemeli/yaml does not report as an error: it
 * finds duplicate keys only by comparing every pair (uniqueKeys is off, see parse.ts),
 * and an alias to a missing anchor only when making the value, by throwing a
 * ReferenceError without a position. `offset`: where the key or alias starts.
 */
export type StructureProblem =
  | { kind: 'duplicate-key'; offset: number }
  | { kind: 'missing-anchor'; offset: number; name: string };

/**
 * The structure problems of a document, in the order of the file. One walk without
 * recursion, in the order eemeli/yaml's `Alias.resolve` visits nodes (a node, then its
 * items; a key before its value), so an alias counts as resolved exactly when the
 * library would find its anchor: on a node before it. Duplicate keys are equal scalar
 * values, as the library's own check has them (`100` and `1e2` are one key), found
 * with a set per mapping; aliases are not followed for them.
 */
export function structureProblems(doc: Document.Parsed): StructureProblem[] {
  const { isAlias, isMap, isNode, isScalar, isSeq } = yamlLibrary();
  const found: StructureProblem[] = [];
  const anchors = new Set<string>();
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) {
      if (!anchors.has(node.source)) found.push({ kind: 'missing-anchor', offset: node.range?.[0] ?? 0, name: node.source });
      continue;
    }
    if (isNode(node) && node.anchor !== undefined) anchors.add(node.anchor);
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        if (seen.has(pair.key.value)) found.push({ kind: 'duplicate-key', offset: pair.key.range?.[0] ?? 0 });
        seen.add(pair.key.value);
      }
      for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]?.value, node.items[i]?.key);
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}
