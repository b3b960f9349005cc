/**
 * eemeli/yaml composes nodes recursively. Thousands of nesting levels overflow
 * the stack, and V8 may then abort the whole process (a RegExpCompiler
 * "out of memory" when a regular expression tiers up deep in the stack) instead
 * of throwing. So before composing, a cheap upper bound on the nesting depth is
 * taken in one pass, without recursion, and a file whose bound passes
 * {@link HARD_NESTING_LIMIT} is refused. Files that pass are still held to
 * MAX_DEPTH (64) on their value afterwards.
 */
export const HARD_NESTING_LIMIT = 1000;

/**
 * Offset of the first line at which the nesting could exceed the hard limit, or
 * `undefined`. The bound counts, per line, the open flow brackets (`[`, `{`),
 * the enclosing indentation levels and the indicators (`- `, `: `, `? `) on the
 * line; it only ever overestimates (brackets inside quotes count too).
 */
export function overNestedAt(text: string): number | undefined {
  let flow = 0;
  const indents: number[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let first = start;
    while (text.charCodeAt(first) === 32) first++;
    if (first < end) {
      const indent = first - start;
      while (indents.length > 0 && (indents[indents.length - 1] as number) >= indent) indents.pop();
      indents.push(indent);
    }
    let deepestFlow = flow;
    let indicators = 0;
    for (let k = first; k < end; k++) {
      const c = text.charCodeAt(k);
      if (c === 91 /* [ */ || c === 123 /* { */) {
        flow++;
        if (flow > deepestFlow) deepestFlow = flow;
      } else if (c === 93 /* ] */ || c === 125 /* } */) {
        if (flow > 0) flow--;
      } else if ((c === 45 /* - */ || c === 58 /* : */ || c === 63) /* ? */ && (k + 1 === end || text.charCodeAt(k + 1) === 32)) {
        indicators++;
      }
    }
    if (deepestFlow + indents.length + indicators > HARD_NESTING_LIMIT) return first;
    start = end + 1;
  }
  return undefined;
}
