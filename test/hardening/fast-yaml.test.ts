/**
 * The fast reader (src/register/fast-yaml.ts) must be invisible: whatever it
 * accepts, eemeli/yaml reads without a problem to the same value, and every
 * position `locate`/`locateValue` give through it equals the one through
 * eemeli/yaml's nodes. Checked on generated documents, on mutations of them, on
 * the example register and on every fixture.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseAllDocuments } from 'yaml';
import { fastParse, fastPositions } from '../../src/register/fast-yaml.js';
import { fastHandover, locate, locateValue, parseYamlFile, type SourceFile, type YamlPath } from '../../src/register/parse.js';
import { FIXTURES, REPO_ROOT } from '../helpers/run-cli.js';
import { mutatedYamlText, yamlText } from './yaml-documents.js';

/** eemeli/yaml's own reading, as parse.ts does it on its slow path. */
function reference(text: string) {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: true, strict: true, prettyErrors: false });
  const list = Array.isArray(docs) ? docs : [];
  const doc = list[0];
  const clean = list.length === 1 && doc !== undefined && doc.errors.length === 0 && doc.warnings.length === 0;
  return { clean, value: clean ? doc.toJS() : undefined, source: clean ? ({ file: 'a.yaml', doc, lineCounter } as SourceFile) : undefined };
}

/** Every path into a value, plus paths that lead nowhere (to test the nearest-parent fallback). */
function pathsOf(value: unknown, path: YamlPath = []): YamlPath[] {
  const paths: YamlPath[] = [path, [...path, 'missing'], [...path, 7]];
  if (Array.isArray(value)) value.forEach((item, index) => paths.push(...pathsOf(item, [...path, index]), [...path, String(index)]));
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) paths.push(...pathsOf(child, [...path, key]));
  }
  return paths;
}

/** Nesting depth as parse.ts counts it: a scalar 0, a map or list one more than its deepest child. */
function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  return 1 + Math.max(0, ...Object.values(value).map(depthOf));
}

/** Whether the fast reader took the text; throws (failing the property) when it differs from eemeli/yaml. */
function agreesWithYaml(input: string): boolean {
  // The loader's text always comes from a UTF-8 decoder: no lone surrogates (a mutation may split a pair).
  const text = Buffer.from(input, 'utf8').toString('utf8');
  const fast = fastParse(text);
  if (fast === undefined) return false;
  const expected = reference(text);
  expect(expected.clean, 'the fast reader accepted a text eemeli/yaml reports a problem in').toBe(true);
  expect(fast.value).toStrictEqual(expected.value);
  expect(fast.depth).toBe(depthOf(expected.value));
  const withPositions = fastParse(text, true);
  expect(withPositions?.value).toStrictEqual(expected.value);
  // What a finding's position is looked up in later: the same tree, read without the values.
  expect(fastPositions(text)?.tree).toStrictEqual(withPositions?.tree);
  expect(fastPositions(text)?.lineStarts).toStrictEqual(withPositions?.lineStarts);
  const parsed = parseYamlFile('a.yaml', Buffer.from(text, 'utf8'), 'en');
  if (!parsed.ok) throw new Error(`parseYamlFile refused: ${JSON.stringify(parsed.findings)}`);
  expect(parsed.value).toStrictEqual(expected.value);
  // The positions below come from the marks recorded while reading (not from reading the text again).
  expect(fastHandover(parsed.source)?.marks).toBeDefined();
  const slow = expected.source as SourceFile;
  for (const path of pathsOf(expected.value)) {
    expect(locate(parsed.source, path), `locate ${JSON.stringify(path)}`).toEqual(locate(slow, path));
    expect(locateValue(parsed.source, path), `locateValue ${JSON.stringify(path)}`).toEqual(locateValue(slow, path));
  }
  return true;
}

describe('the fast YAML reader agrees with eemeli/yaml', () => {
  it('on generated register-like documents, and takes most of them', () => {
    let taken = 0;
    fc.assert(
      fc.property(yamlText, (text) => {
        if (agreesWithYaml(text)) taken++;
      }),
      { numRuns: 1500, seed: 20261001 },
    );
    // A reader that refused everything would pass the checks above and help no one.
    expect(taken).toBeGreaterThan(300);
  });

  it('on mutated documents (inserted, deleted and replaced characters)', () => {
    fc.assert(
      fc.property(mutatedYamlText, (text) => {
        agreesWithYaml(text);
      }),
      { numRuns: 1500, seed: 7 },
    );
  });

  it('on every file of the example register and the fixtures', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : /\.ya?ml$/.test(name) ? [path] : [];
      });
    const files = [...walk(join(REPO_ROOT, 'examples')), ...walk(FIXTURES)];
    let taken = 0;
    for (const file of files) {
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
      } catch {
        continue; // not UTF-8: the loader refuses it before any reader
      }
      if (agreesWithYaml(text)) taken++;
    }
    expect(taken).toBeGreaterThan(files.length / 2);
  });

  it.each([
    ['a tab', 'id: a\ntitle:\tb\n'],
    ['no final newline', 'id: a'],
    ['a flow sequence', 'id: [a]\n'],
    ['an anchor', 'id: &x a\n'],
    ['a duplicate key', 'id: a\nid: b\n'],
    ['a document marker', '---\nid: a\n'],
    ['a multi-line plain scalar', 'id: a\n  b\n'],
    ['an escape in double quotes', 'id: "a\\tb"\n'],
    ['a key that is not a string', 'true: a\n'],
    ['a more-indented folded line', 'id: >\n  a\n    b\n'],
  ])('leaves %s to eemeli/yaml', (_name, text) => {
    expect(fastParse(text)).toBeUndefined();
    expect(fastPositions(text)).toBeUndefined();
  });

  it('reads the positions of a map of 100 000 keys (a check per key that walked the keys read so far took minutes)', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `k${i.toString(36)}`);
    const text = `id: a\n${keys.map((key) => `${key}: 1\n`).join('')}`;
    const tree = fastPositions(text)?.tree;
    expect(tree?.keys).toHaveLength(100_001);
    expect(tree?.keyStarts[100_000]).toBe(text.lastIndexOf(`${keys.at(-1)}:`));
    expect(fastPositions(`${text}k0: 2\n`)).toBeUndefined(); // the duplicate is still seen
    // Not a benchmark: a guard against quadratic work, 20 times what the reading takes (0.5 s) and half of what it took (22 s).
  }, 10_000);
});
