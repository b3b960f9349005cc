/**
 * fast-check arbitraries for register-like YAML text: block maps and sequences,
 * every scalar style, comments at odd indents, blank lines, CRLF, and values
 * that YAML 1.2 reads as something other than a string. Used to compare the
 * fast reader with eemeli/yaml, and to fuzz the loader.
 */
import fc from 'fast-check';

const KEYS = ['id', 'title', 'phase', 'dates', 'x-eigen', 'a_b', 'n', 'null', 'True', 'on', 'yes', '__proto__', 'a.b', '1', 'key with space', 'é'];
const SCALARS = [
  'plain text', 'Eén, twee: drie', 'yes', 'no', 'on', 'true', 'False', 'NULL', '~', 'null', '0', '012', '-5', '+5', '0x1F', '0o17', '1e3',
  '1.5', '1.', '.5', '.inf', '-.Inf', '.NaN', '99.50', '2025-03-01', '2025-03-01T09:30', 'a: b', 'a:b', 'a #b', 'a#b', 'C#', '- x', '-x',
  '[x]', '{a}', '*alias', '&anchor', '!tag', '%', '@x', '`x', '?', ':', "it's", 'say "hi"', 'back\\slash', ' lead', 'trail ', 'ä€😀',
  'https://example.org/a?b=c#d', 'a  b', '#', "'", '"', '',
];

export interface Style {
  crlf: boolean;
  indent: number;
}

type Tree = string | Tree[] | { [key: string]: Tree };

const scalarTree: fc.Arbitrary<Tree> = fc.constantFrom(...SCALARS);
const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalarTree,
    fc.array(tie('tree'), { minLength: 1, maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('tree'), { minKeys: 1, maxKeys: 5 }),
  ),
}));

/** How a scalar is written; the choice is made per scalar from a stream of numbers. */
function writeScalar(value: string, pick: () => number, indent: number): string | string[] {
  switch (pick() % 7) {
    case 0:
      return `"${value}"`;
    case 1:
      return `'${value.replace(/'/g, "''")}'`;
    case 2:
    case 3: {
      const header = ['>-', '>', '|', '|-'][pick() % 4] as string;
      const words = value.split(' ');
      const pad = ' '.repeat(indent + 2);
      const lines = words.map((word, k) => (k > 0 && pick() % 3 === 0 ? `\n${pad}${word}` : `${pad}${word}`));
      return [header, ...lines];
    }
    default:
      return value;
  }
}

/** Write a tree as block YAML, choosing styles, comments and spacing from `pick`. */
export function writeYaml(root: Tree, pick: () => number, style: Style): string {
  const out: string[] = [];
  const comment = (indent: number) => {
    if (pick() % 6 === 0) out.push(`${' '.repeat(pick() % 2 === 0 ? indent : pick() % 8)}# opmerking`);
    if (pick() % 9 === 0) out.push('');
  };
  const emit = (node: Tree, indent: number, prefix: string): void => {
    const pad = ' '.repeat(indent);
    if (typeof node === 'string') {
      const written = writeScalar(node, pick, indent);
      if (Array.isArray(written)) {
        out.push(`${prefix}${written[0]}`);
        out.push(...written.slice(1));
      } else out.push(`${prefix}${written}${pick() % 8 === 0 ? ' # na' : ''}`);
      return;
    }
    const entries: [string | null, Tree][] = Array.isArray(node) ? node.map((item) => [null, item]) : Object.entries(node);
    entries.forEach(([key, child], index) => {
      const first = index === 0 && prefix.endsWith('- ');
      const lead = first ? prefix : pad;
      if (!first) comment(indent);
      const itemIndent = key === null ? indent + 2 : indent + style.indent;
      const label = key === null ? `${lead}- ` : `${lead}${key}:${' '.repeat(1 + (pick() % 5 === 0 ? 1 : 0))}`;
      if (typeof child === 'string') emit(child, key === null ? indent + 2 : indent, label);
      else if (key === null) emit(child, itemIndent, label);
      else {
        // A sequence under a key sits at the key's column or deeper; both are YAML.
        const childIndent = Array.isArray(child) && pick() % 2 === 0 ? indent : itemIndent;
        out.push(label.trimEnd() + (pick() % 10 === 0 ? ' # kop' : ''));
        emit(child, childIndent, '');
      }
    });
  };
  if (typeof root === 'string' || Array.isArray(root)) emit({ id: root }, 0, '');
  else emit(root, 0, '');
  return out.join(style.crlf ? '\r\n' : '\n') + (style.crlf ? '\r\n' : '\n');
}

/** Register-like YAML text, from a tree and a stream of style choices. */
export const yamlText: fc.Arbitrary<string> = fc
  .tuple(tree, fc.array(fc.nat(1000), { minLength: 8, maxLength: 64 }), fc.boolean(), fc.constantFrom(2, 4))
  .map(([root, numbers, crlf, indent]) => {
    let k = 0;
    const pick = () => numbers[k++ % numbers.length] as number;
    return writeYaml(root, pick, { crlf, indent });
  });

/** A text with a few characters inserted, deleted or replaced, to reach the edges of the subset. */
export const mutatedYamlText: fc.Arbitrary<string> = fc
  .tuple(yamlText, fc.array(fc.tuple(fc.nat(), fc.nat(2), fc.constantFrom(' ', '\n', ':', '-', '#', '"', "'", '\t', '\r', '[', '>', '|', 'a', '&', '*')), { maxLength: 3 }))
  .map(([text, edits]) => {
    let result = text;
    for (const [at, kind, char] of edits) {
      const position = result.length === 0 ? 0 : at % result.length;
      if (kind === 0) result = result.slice(0, position) + char + result.slice(position);
      else if (kind === 1) result = result.slice(0, position) + result.slice(position + 1);
      else result = result.slice(0, position) + char + result.slice(position + 1);
    }
    return result;
  });
