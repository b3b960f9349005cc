/**
 * SPEC §8: bad input gets a finding, never a crash. Random bytes, and random
 * mutations and truncations of valid register files, go through the parser and
 * the schema (many runs), and through the whole `vo check` (fewer runs, as each
 * is a full load of a register).
 */
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { parseYamlFile } from '../../src/register/parse.js';
import { schemaFindings } from '../../src/schema/schema-findings.js';
import { validateAgainst, type SchemaKind } from '../../src/schema/schemas.js';
import { REPO_ROOT, runVo, tempDir } from '../helpers/run-cli.js';

const EXAMPLES = join(REPO_ROOT, 'examples');

function recordFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? recordFiles(path) : name.endsWith('.yaml') ? [path] : [];
  });
}
const FILES = ['agreements', 'evaluations', 'incidents'].flatMap((folder) => recordFiles(join(EXAMPLES, folder)));
const kindOf = (path: string): SchemaKind => (relative(EXAMPLES, path).startsWith('agreements') ? 'agreement' : relative(EXAMPLES, path).startsWith('evaluations') ? 'evaluation' : 'incident');

/** A valid file, then random byte edits (YAML's structural bytes weighted up) and perhaps a truncation. */
const mutatedFile = fc
  .tuple(
    fc.constantFrom(...FILES),
    fc.array(
      fc.tuple(fc.nat(), fc.nat(2), fc.oneof(fc.constantFrom(...Buffer.from(' \n:-#"\'\t[]{}&*!|>%@`\\\r\u00e9')), fc.integer({ min: 0, max: 255 }))),
      { maxLength: 6 },
    ),
    fc.option(fc.nat(), { nil: undefined }),
  )
  .map(([path, edits, cut]) => {
    let bytes = [...readFileSync(path)];
    for (const [at, kind, byte] of edits) {
      const position = bytes.length === 0 ? 0 : at % bytes.length;
      if (kind === 0) bytes.splice(position, 0, byte);
      else if (kind === 1) bytes.splice(position, 1);
      else bytes[position] = byte;
    }
    if (cut !== undefined) bytes = bytes.slice(0, cut % (bytes.length + 1));
    return { path, bytes: Buffer.from(bytes) };
  });

/** What every finding must look like, whatever the input. */
function expectWellFormed(findings: readonly Finding[], file: string): void {
  for (const finding of findings) {
    expect(finding.file).toBe(file);
    expect(['yaml-syntax', 'schema']).toContain(finding.rule);
    expect(finding.line).toBeGreaterThanOrEqual(1);
    expect(finding.column).toBeGreaterThanOrEqual(1);
    expect(finding.message.length).toBeGreaterThan(0);
  }
}

/** The loader's per-file steps: parse, then the schema with positions. Never throws. */
function loadOne(file: string, kind: SchemaKind, bytes: Uint8Array): void {
  const parsed = parseYamlFile(file, bytes, 'nl');
  if (!parsed.ok) {
    expect(parsed.findings.length).toBeGreaterThan(0);
    expectWellFormed(parsed.findings, file);
    return;
  }
  expectWellFormed(schemaFindings(validateAgainst(kind, parsed.value), parsed.source, 'en'), file);
}

describe('the loader never crashes on bad bytes (SPEC §8)', () => {
  it('random bytes give findings, or a value, never an exception', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom<SchemaKind>('agreement', 'evaluation', 'incident', 'config'), (bytes, kind) => {
        loadOne('agreements/x.yaml', kind, bytes);
      }),
      { numRuns: 1500, seed: 1 },
    );
  });

  it('random text of YAML punctuation gives findings, or a value, never an exception', () => {
    const yamlish = fc.string({ unit: fc.constantFrom('a', ' ', '\n', ':', '- ', '#', '"', "'", '[', ']', '{', '}', '&a', '*a', '!', '|', '>', '\t', '---\n', '1', 'é'), maxLength: 120 });
    fc.assert(
      fc.property(yamlish, (text) => {
        loadOne('agreements/x.yaml', 'agreement', Buffer.from(text, 'utf8'));
      }),
      { numRuns: 1500, seed: 2 },
    );
  });

  it('mutated and truncated example files give findings, never an exception', () => {
    fc.assert(
      fc.property(mutatedFile, ({ path, bytes }) => {
        loadOne(relative(EXAMPLES, path), kindOf(path), bytes);
      }),
      { numRuns: 1500, seed: 3 },
    );
  });

  it('a mutated file in the example register: vo check still answers with exit 0 or 1 and well-formed JSON', async () => {
    const root = join(tempDir('vo-fuzz-'), 'register');
    cpSync(EXAMPLES, root, { recursive: true });
    await fc.assert(
      fc.asyncProperty(mutatedFile, async ({ path, bytes }) => {
        const target = join(root, relative(EXAMPLES, path));
        writeFileSync(target, bytes);
        try {
          const result = await runVo(['-C', root, 'check', '--format', 'json', '--as-of', '2026-10-01']);
          expect(result.stderr).toBe('');
          expect([0, 1]).toContain(result.code);
          const report = JSON.parse(result.stdout) as { findings: Finding[] };
          for (const finding of report.findings) {
            expect(finding.line).toBeGreaterThanOrEqual(1);
            expect(finding.column).toBeGreaterThanOrEqual(1);
          }
        } finally {
          writeFileSync(target, readFileSync(path));
        }
      }),
      { numRuns: 40, seed: 4 },
    );
  });
});
