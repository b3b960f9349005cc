/**
 * Issue #15: control and bidi characters in every string field a record
 * accepts, and files of 100 000 keys, through every output format of `vo check`
 * and the views. Each output stays valid in its format, nothing crashes, and the
 * terminal and CI formats carry no raw control or bidi character.
 */
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { validateAgainst, type SchemaKind } from '../../src/schema/schemas.js';
import { hasRawControls } from '../../src/util/visible-controls.js';
import { REPO_ROOT, runVo, tempDir } from '../helpers/run-cli.js';

const AS_OF = '2026-10-01';
/** The characters of issue #15: C0 and C1 controls, bidi overrides and isolates, marks and zero-width characters. */
const HOSTILE = [...'\u0000\u0001\u0007\u0008\u000b\u000c\u000d\u001b\u007f\u0085\u009b\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff'];
const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.constantFrom('a', ' ', '|', '<', '`', '\n', '\u001b[31m', '\u001b]8;;https://x\u0007')), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(''));

/** Every string in `value`, with its path. */
function stringPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringPaths(item, [...path, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  return [];
}

function setAt(target: unknown, path: (string | number)[], value: string): void {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1) as string | number] = value;
}

/** A small register: the example config and three agreements, with the evaluations and incidents named after them. */
function smallRegister(): string {
  const root = join(tempDir('vo-output-fuzz-'), 'reg');
  cpSync(join(REPO_ROOT, 'examples'), root, { recursive: true });
  const keep = readdirSync(join(root, 'agreements')).sort().slice(0, 3).map((name) => name.replace(/\.yaml$/, ''));
  const prune = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) prune(path);
      else if (!keep.some((id) => name.startsWith(id))) rmSync(path);
    }
  };
  for (const folder of ['agreements', 'evaluations', 'incidents']) prune(join(root, folder));
  return root;
}

/** Put hostile text into every string field that still validates, file by file. */
function poison(root: string, texts: string[]): void {
  let n = 0;
  for (const [folder, kind] of [['agreements', 'agreement'], ['evaluations', 'evaluation'], ['incidents', 'incident']] as [string, SchemaKind][]) {
    const files = (readdirSync(join(root, folder), { recursive: true }) as string[]).filter((f) => f.endsWith('.yaml'));
    for (const file of files) {
      const path = join(root, folder, file);
      const value = parseYaml(readFileSync(path, 'utf8')) as unknown;
      if (value === null || typeof value !== 'object') continue;
      for (const field of stringPaths(value)) {
        const copy = structuredClone(value);
        const original = field.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy) as string;
        setAt(copy, field, original + (texts[n++ % texts.length] ?? ''));
        if (validateAgainst(kind, copy).length === 0) Object.assign(value, copy);
      }
      writeFileSync(path, stringify(value));
    }
  }
}

/** What "valid" means for each format. */
const VALID: Record<string, (output: string) => void> = {
  json: (output) => void JSON.parse(output),
  sarif: (output) => expect((JSON.parse(output) as { version: string }).version).toBe('2.1.0'),
  junit: (output) => expect(XMLValidator.validate(output)).toBe(true),
  github: (output) => {
    for (const line of output.split('\n').filter((l) => l !== '')) expect(line).toMatch(/^::(error|warning) file=[^,]*,line=\d+,col=\d+,title=[^:]*::/);
  },
  markdown: (output) => void marked.parse(output, { gfm: true }),
  csv: (output) => {
    const rows = parseCsv(output, { bom: true, relax_column_count: false }) as string[][];
    expect(rows.length).toBeGreaterThan(0);
  },
  ics: (output) => {
    const calendar = new ICAL.Component(ICAL.parse(output) as unknown[]);
    expect(calendar.name).toBe('vcalendar');
  },
  text: () => undefined,
  table: () => undefined,
};

/** Every output of `vo check` and the views, as [args, format]. */
const OUTPUTS: [string[], string][] = [
  ...['text', 'json', 'github', 'junit', 'sarif', 'markdown'].map((f): [string[], string] => [['check', '--format', f], f]),
  ...['table', 'json', 'csv', 'markdown'].map((f): [string[], string] => [['list', '--format', f], f]),
  ...['table', 'json', 'csv', 'markdown'].map((f): [string[], string] => [['obligations', '--format', f], f]),
  ...['table', 'json', 'ics'].map((f): [string[], string] => [['agenda', '--format', f, '--days', '400'], f]),
];

async function renderAll(root: string): Promise<void> {
  const first = readdirSync(join(root, 'agreements')).sort()[0]?.replace(/\.yaml$/, '') ?? '';
  for (const [args, format] of [...OUTPUTS, [['show', first], 'text'] as [string[], string]]) {
    const result = await runVo(['-C', root, ...args, '--as-of', AS_OF]);
    const label = `${args.join(' ')}: ${result.stderr}`;
    expect(result.stderr, label).not.toMatch(/onverwachte fout|unexpected error|\n {4}at /);
    // 2 only as a one-line usage error (vo show of an agreement whose file is invalid), never a crash.
    if (result.code === 2) expect(result.stderr, label).toMatch(/^vo: [^\n]*\n$/);
    else expect([0, 1], label).toContain(result.code);
    VALID[format]?.(result.stdout);
    // CRLF is the line end of CSV and iCalendar; anything else raw is a failure in every format.
    expect(hasRawControls(result.stdout.replace(/\r\n/g, '\n')), `${label}\n${JSON.stringify(result.stdout.slice(0, 2000))}`).toBe(false);
  }
}

describe('control and bidi characters in every string field', () => {
  it('every format of vo check and the views stays valid and carries none of them raw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileText, { minLength: 5, maxLength: 12 }), async (texts) => {
        const root = smallRegister();
        poison(root, texts);
        await renderAll(root);
      }),
      { numRuns: 3, seed: 15 },
    );
  }, 180_000);
});

describe('100 000 keys in one record', () => {
  const extraKeys = (prefix: string) => {
    const lines: string[] = [];
    for (let i = 0; i < 100_000; i++) lines.push(`${prefix}${i.toString(36)}: 1`);
    return lines.join('\n') + '\n';
  };

  it.each([
    ['x- keys (allowed: the record stays valid and reaches every view)', 'x-'],
    ['unknown keys (100 findings and one that says there are more)', 'k'],
  ])('%s', async (_name, prefix) => {
    const root = smallRegister();
    const file = join(root, 'agreements', readdirSync(join(root, 'agreements')).sort()[0] ?? '');
    writeFileSync(file, readFileSync(file, 'utf8') + extraKeys(prefix));
    expect(statSync(file).size).toBeLessThan(1024 * 1024); // under the file size limit, so it is read
    await renderAll(root);
  }, 240_000);
});
