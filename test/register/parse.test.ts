/**
 * parseYamlFile turns a file's bytes into one YAML document with positions, or
 * `yaml-syntax` findings (SPEC §1, §8); locate/locateValue point at nodes.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import type { Lang } from '../../src/i18n/lang.js';
import { LineCounter, parseDocument } from 'yaml';
import { fastParse } from '../../src/register/fast-yaml.js';
import { fastPlainSource } from '../../src/register/fast-locate.js';
import { fastHandover, locate, locateValue, MAX_FILE_BYTES, parseYamlFile, positionAt, type SourceFile } from '../../src/register/parse.js';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function parse(input: string | Buffer, lang: Lang = 'en') {
  return parseYamlFile('agreements/a.yaml', typeof input === 'string' ? Buffer.from(input, 'utf8') : input, lang);
}

/** The findings of a file that must not parse, each checked for its rule and file. */
function failures(input: string | Buffer, lang: Lang = 'en'): Finding[] {
  const result = parse(input, lang);
  if (result.ok) throw new Error(`expected a yaml-syntax finding, got ${JSON.stringify(result.value)}`);
  expect(result.findings.length).toBeGreaterThan(0);
  for (const finding of result.findings) {
    expect(finding).toMatchObject({ rule: 'yaml-syntax', severity: 'error', file: 'agreements/a.yaml' });
    expect(finding.line).toBeGreaterThanOrEqual(1);
    expect(finding.column).toBeGreaterThanOrEqual(1);
  }
  return result.findings;
}

const at = (finding: Finding | undefined) => `${finding?.line}:${finding?.column}`;

function source(text: string): SourceFile {
  const result = parse(text);
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.source;
}

/** 5 levels of anchors, each ten aliases of the one before: 10^5 nodes from a few hundred bytes. */
const ALIAS_BOMB = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...['b', 'c', 'd', 'e'].map((name, i) => {
  const previous = 'abcd'[i];
  return `${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`;
}), `f: [${Array(10).fill('*e').join(', ')}]`].join('\n') + '\n';

describe('parseYamlFile: files that parse', () => {
  it('reads a plain map', () => {
    const result = parse('id: a\ntitle: b\n');
    expect(result.ok && result.value).toEqual({ id: 'a', title: 'b' });
  });

  it('accepts and strips a UTF-8 byte-order mark, and positions stay those of the text', () => {
    const result = parse(Buffer.concat([BOM, Buffer.from('id: a\ntitle: b\n')]));
    expect(result.ok && result.value).toEqual({ id: 'a', title: 'b' });
    if (result.ok) expect(locate(result.source, ['title'])).toEqual({ line: 2, column: 1 });
  });

  it('keeps YAML 1.2 scalars: unquoted dates and times are strings, 012345678 is a number', () => {
    const result = parse('date: 2025-03-01\nat: 2025-03-01T09:30\nkvk: 012345678\nok: yes\n');
    expect(result.ok && result.value).toEqual({ date: '2025-03-01', at: '2025-03-01T09:30', kvk: 12345678, ok: 'yes' });
  });

  it('accepts one document with a leading --- and a trailing ...', () => {
    expect(parse('---\nid: a\n...\n').ok).toBe(true);
  });

  it('accepts tabs inside a value (only indentation with tabs is an error)', () => {
    const result = parse('id: a\ntitle:\tb\n');
    expect(result.ok && result.value).toEqual({ id: 'a', title: 'b' });
  });

  it('accepts CRLF line ends', () => {
    const result = parse('id: a\r\ntitle: b\r\n');
    expect(result.ok && result.value).toEqual({ id: 'a', title: 'b' });
  });

  it('accepts a file of exactly 1 MiB', () => {
    const head = 'notes: "';
    const text = head + 'a'.repeat(MAX_FILE_BYTES - head.length - 2) + '"\n';
    expect(Buffer.byteLength(text)).toBe(MAX_FILE_BYTES);
    expect(parse(text).ok).toBe(true);
  });

  it('accepts a few aliases', () => {
    const result = parse('a: &x [1, 2]\nb: *x\n');
    expect(result.ok && result.value).toEqual({ a: [1, 2], b: [1, 2] });
  });
});

describe('parseYamlFile: yaml-syntax findings', () => {
  it('an empty file', () => {
    const [finding] = failures('');
    expect(at(finding)).toBe('1:1');
    expect(finding?.message).toBe('file is empty; expected one YAML document');
  });

  it('an empty file, in Dutch', () => {
    expect(failures('', 'nl')[0]?.message).toBe('bestand is leeg; verwacht één YAML-document');
  });

  it.each([
    ['comments only', '# alleen commentaar\n# nog een regel\n'],
    ['only whitespace', '\n   \n\n'],
    ['only a BOM', BOM],
    ['a document holding null', '~\n'],
    ['only ---', '---\n'],
  ])('%s counts as empty', (_name, input) => {
    const findings = failures(input);
    expect(findings.map((f) => f.message)).toEqual(['file is empty; expected one YAML document']);
  });

  it('two documents point at the second', () => {
    const findings = failures('id: a\ntitle: b\n---\nid: c\n');
    expect(findings).toHaveLength(1);
    expect(at(findings[0])).toBe('3:1');
    expect(findings[0]?.message).toBe('file holds 2 YAML documents; expected one document per file');
  });

  it('tabs as indentation point at the tab', () => {
    const findings = failures('id: a\nprocessor:\n\tname: x\n');
    expect(at(findings[0])).toBe('3:1');
    expect(findings[0]?.message).toMatch(/tab/i);
  });

  it('tabs as indentation, in Dutch', () => {
    expect(failures('id: a\nprocessor:\n\tname: x\n', 'nl')[0]?.message).toBe(
      'YAML-fout: tabs zijn niet toegestaan als inspringing; gebruik spaties',
    );
  });

  it('duplicate keys point at the second occurrence', () => {
    const findings = failures('id: a\ntitle: b\nprocessor:\n  name: x\n  name: y\n');
    expect(findings.map(at)).toEqual(['5:3']);
    expect(failures('id: a\ntitle: b\nid: c\n', 'nl')[0]?.message).toBe(
      'YAML-fout: sleutel `id` staat twee keer in hetzelfde object',
    );
  });

  it('an alias bomb is refused without expanding it', () => {
    expect(Buffer.byteLength(ALIAS_BOMB)).toBeLessThan(400);
    const started = performance.now();
    const findings = failures(ALIAS_BOMB);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(findings.map((f) => f.message)).toEqual(['too many aliases (possible alias bomb); the file was not processed']);
    expect(at(findings[0])).toBe('1:1');
  });

  it('binary content (NUL bytes)', () => {
    const findings = failures(Buffer.from([0x69, 0x64, 0x3a, 0x20, 0x61, 0x0a, 0x00, 0x01, 0xff]));
    expect(findings.map((f) => [at(f), f.message])).toEqual([['1:1', 'file is binary, not YAML text']]);
  });

  it('UTF-16 is refused as UTF-16, not misread or called binary', () => {
    expect(failures(Buffer.from('\ufeffid: a\n', 'utf16le'))[0]?.message).toMatch(/^file is UTF-16 \(little-endian, with BOM\), not UTF-8; convert it/);
  });

  it('invalid UTF-8 (Latin-1 é = 0xE9)', () => {
    const findings = failures(Buffer.from('id: a\ntitle: Caf\xe9\n', 'latin1'));
    expect(findings.map((f) => [at(f), f.message])).toEqual([['1:1', 'file is not valid UTF-8 text; save it as UTF-8']]);
  });

  it('a file over 1 MiB is refused before parsing', () => {
    const findings = failures('notes: "' + 'a'.repeat(MAX_FILE_BYTES) + '"\n');
    expect(findings.map((f) => [at(f), f.message])).toEqual([['1:1', 'file is too large (1.0 MiB); the limit is 1 MiB per file']]);
  });

  it('a file over 1 MiB is refused even when it is not YAML', () => {
    expect(failures(Buffer.alloc(MAX_FILE_BYTES + 1, 0xff))[0]?.message).toMatch(/too large/);
  });

  it('100 levels of flow sequences', () => {
    const findings = failures('id: a\nx: ' + '['.repeat(100) + ']'.repeat(100) + '\n');
    expect(findings.map((f) => f.message)).toEqual(['structure nested too deeply (more than 64 levels)']);
  });

  it('100 levels of block maps', () => {
    let text = 'id: a\n';
    for (let depth = 0; depth < 100; depth++) text += `${'  '.repeat(depth)}k${depth}:\n`;
    text += `${'  '.repeat(100)}leaf: 1\n`;
    const findings = failures(text);
    expect(findings.map((f) => f.message)).toEqual(['structure nested too deeply (more than 64 levels)']);
  });

  it('100 levels through aliases of a shallow anchor', () => {
    // Each alias adds a level after expansion; the depth check must see the expanded data.
    let text = 'l0: &l0 [1]\n';
    for (let i = 1; i <= 70; i++) text += `l${i}: &l${i} [*l${i - 1}]\n`;
    const result = parse(text);
    expect(result.ok).toBe(false);
  });

  // Thousands of levels overflow the parser's stack; that is tested in a child process
  // (test/register/bad-input.test.ts), because it can abort the whole process.

  it('an unknown tag points at the tag', () => {
    const findings = failures('id: a\ntitle: !vertrouwelijk geheim\n');
    expect(findings.map(at)).toEqual(['2:8']);
    expect(findings[0]?.message).toContain('!vertrouwelijk');
  });

  it('an unterminated quote is a finding', () => {
    const findings = failures('id: a\ntitle: "open\nphase: draft\n');
    expect(findings[0]?.message).toMatch(/quote/);
  });

  // SPEC §6: "Every finding points at the most relevant node". eemeli/yaml reports a
  // missing closing quote at the end of the input (4:1 in a 3-line file); vo points at
  // the opening quote instead.
  it('an unterminated quote points at a line that exists (the opening quote)', () => {
    const findings = failures('id: a\ntitle: "open\nphase: draft\n');
    expect(at(findings[0])).toBe('2:8');
    expect(at(failures("id: a\ntitle: 'it''s\nphase: draft\n")[0])).toBe('2:8');
    expect(at(failures('id: a\ntitle: "a \\" b\nphase: draft\n')[0])).toBe('2:8');
  });

  it('bad indentation points into the offending line', () => {
    const findings = failures('id: a\ntitle: b\n   phase: draft\n');
    expect(findings[0]?.line).toBeGreaterThanOrEqual(2);
    expect(findings[0]?.line).toBeLessThanOrEqual(3);
  });

  it('an unclosed flow sequence', () => {
    const findings = failures('id: a\ntags: [a, b\nphase: draft\n');
    expect(findings[0]?.line).toBeGreaterThanOrEqual(2);
  });
});

describe('locate and locateValue', () => {
  const text = [
    'id: a', //                     1
    'processor:', //                2
    '  name: Acme', //              3
    '  contact:', //                4
    '    email: x@example.nl', //   5
    'obligations:', //              6
    '  - id: one', //               7
    '    title: First', //          8
    '  - id: two', //               9
    '    kpi: { metric: uptime, target: 99 }', // 10
    'base: &base', //              11
    '  name: Shared', //           12
    'copy: *base', //              13
  ].join('\n') + '\n';
  const src = source(text);

  it.each([
    [['id'], 1, 1],
    [['processor'], 2, 1],
    [['processor', 'name'], 3, 3],
    [['processor', 'contact', 'email'], 5, 5],
    [['obligations', 0], 7, 5],
    [['obligations', 1, 'id'], 9, 5],
    [['obligations', 1, 'kpi', 'target'], 10, 28],
  ] as const)('locate %j points at the key or item', (path, line, column) => {
    expect(locate(src, path)).toEqual({ line, column });
  });

  it.each([
    [['processor', 'phone'], 2, 1, 'a missing key: its parent'],
    [['processor', 'contact', 'phone', 'x'], 4, 3, 'a missing chain: the nearest existing parent'],
    [['obligations', 5, 'id'], 6, 1, 'an index past the end: the list'],
    [['nope'], 1, 1, 'a missing top-level key: the document'],
    [[], 1, 1, 'the empty path: the document'],
    [['processor', 'name', 'deeper'], 3, 3, 'a path through a scalar: the scalar'],
  ] as const)('locate %j gives %i:%i (%s)', (path, line, column, _why) => {
    expect(locate(src, path)).toEqual({ line, column });
  });

  it('locate follows an alias to the anchored node', () => {
    expect(locate(src, ['copy'])).toEqual({ line: 13, column: 1 });
    expect(locate(src, ['copy', 'name'])).toEqual({ line: 12, column: 3 });
  });

  it.each([
    [['id'], 1, 5],
    [['processor', 'name'], 3, 9],
    [['processor', 'contact', 'email'], 5, 12],
    [['obligations', 1, 'kpi', 'target'], 10, 36],
    [['obligations', 0, 'title'], 8, 12],
    [['obligations', 1], 9, 5],
  ] as const)('locateValue %j points at the value', (path, line, column) => {
    expect(locateValue(src, path)).toEqual({ line, column });
  });

  it('locateValue falls back to the nearest existing parent for a missing key', () => {
    expect(locateValue(src, ['processor', 'phone'])).toEqual({ line: 2, column: 1 });
    expect(locateValue(src, ['obligations', 7])).toEqual({ line: 6, column: 1 });
  });

  it('locateValue through an alias points into the anchored node', () => {
    expect(locateValue(src, ['copy', 'name'])).toEqual({ line: 12, column: 9 });
  });

  it('positions count a BOM as no column', () => {
    const withBom = parse(Buffer.concat([BOM, Buffer.from('id: a\nprocessor:\n  name: Acme\n')]));
    expect(withBom.ok).toBe(true);
    if (withBom.ok) expect(locateValue(withBom.source, ['processor', 'name'])).toEqual({ line: 3, column: 9 });
  });
});

describe('positions and sources without eemeli/yaml, for the files the fast reader takes', () => {
  const TEXTS = ['', 'a: 1\n', 'a: 1\r\nb:\r\n  - x\r\n\r\n# c\r\n', 'x\n\n\ny\n', '\n\n'];

  it('gives every offset the line and column eemeli/yaml’s LineCounter gives', () => {
    for (const text of TEXTS) {
      const counter = new LineCounter();
      parseDocument(text, { lineCounter: counter });
      for (let offset = -1; offset <= text.length + 1; offset++) {
        const { line, col } = counter.linePos(offset);
        expect(positionAt(counter.lineStarts, offset), `${JSON.stringify(text)} at ${offset}`).toEqual({ line, column: col });
      }
    }
  });

  it('reads a plain scalar as written, as eemeli/yaml’s node source', () => {
    const text = 'kvk: 012345678\nn: 1e3 # note\nt: TRUE   \nx: .inf\nq: "012"\ns: \'1\'\nlist:\n  - 0x1F\n  - a: 007 #c\nb: |\n  12\n';
    const fast = fastParse(text, true);
    const doc = parseDocument(text, { keepSourceTokens: false });
    for (const path of [['kvk'], ['n'], ['t'], ['x'], ['q'], ['s'], ['list', 0], ['list', 1, 'a'], ['b'], ['missing'], ['list', 7]]) {
      const node = doc.getIn(path, true) as { source?: unknown; type?: string } | undefined;
      const plain = node !== undefined && node.type === 'PLAIN' && typeof node.source === 'string' ? node.source : undefined;
      expect(fastPlainSource(fast!.tree!, text, path), path.join('.')).toBe(plain);
    }
    expect(fastPlainSource(fast!.tree!, text, ['kvk'])).toBe('012345678');
  });
});

describe('positions from the marks the fast reader records, after the text is gone', () => {
  it('points at every node of a file without its text, after release, as it did before', () => {
    const text = 'id: a\nlist:\n  - x\n  - k: v\n    deep:\n      - 1\nnote: |\n  line\n';
    const parsed = parseYamlFile('a.yaml', Buffer.from(text), 'en');
    if (!parsed.ok) throw new Error('refused');
    const paths: (string | number)[][] = [[], ['id'], ['list'], ['list', 0], ['list', 1], ['list', 1, 'k'], ['list', 1, 'deep', 0], ['list', '1'], ['list', 9], ['list', 1.5], ['note'], ['missing', 'x'], ['id', 'x']];
    const before = paths.map((path) => [locate(parsed.source, path), locateValue(parsed.source, path)]);
    // Every node has a mark: the text is not handed over to another thread, and release lets it go.
    expect(fastHandover(parsed.source)).toEqual({ text: undefined, marks: expect.any(String) });
    parsed.source.release?.();
    expect(paths.map((path) => [locate(parsed.source, path), locateValue(parsed.source, path)])).toEqual(before);
    expect(locate(parsed.source, ['note'])).toEqual({ line: 7, column: 1 });
    expect(locate(parsed.source, ['list', 1, 'deep', 0])).toEqual({ line: 6, column: 9 }); // an item is its value, after `- `
  });

  it('keeps the text of a file with an empty value, whose position as a value only eemeli/yaml knows', () => {
    const text = 'id: a\nempty:\nafter: 1\n';
    const parsed = parseYamlFile('a.yaml', Buffer.from(text), 'en');
    if (!parsed.ok) throw new Error('refused');
    expect(fastHandover(parsed.source)?.text).toBe(text);
    const wanted = locateValue(parsed.source, ['empty']);
    parsed.source.release?.();
    expect(locateValue(parsed.source, ['empty'])).toEqual(wanted);
    expect(locate(parsed.source, ['after'])).toEqual({ line: 3, column: 1 });
  });
});

