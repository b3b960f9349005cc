/**
 * SPEC §8: only `vo new`, `vo init` and `--output` write; everything else leaves
 * the register byte for byte as it was. `--output` never overwrites without
 * `--force`.
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runVo, tempDir } from '../helpers/run-cli.js';
import { snapshotTree } from './tree-snapshot.js';

const AS_OF = ['--as-of', '2026-10-01'];

/** Every read-only command and format, as a user would type them inside the register. */
const READ_ONLY: string[][] = [
  ['validate'],
  ['validate', '--format', 'json'],
  ...['text', 'json', 'github', 'junit', 'sarif', 'markdown'].map((format) => ['check', '--format', format]),
  ['check', '--fail-on', 'warning', '--department', 'informatievoorziening'],
  ['rules'],
  ...['table', 'json', 'csv', 'markdown'].map((format) => ['list', '--format', format]),
  ['list', '--format', 'csv', '--excel'],
  ...['table', 'json', 'csv', 'markdown'].map((format) => ['obligations', '--format', format]),
  ['show', 'zaaksysteem'],
  ['show', 'zaaksysteem', '--format', 'json'],
  ...['table', 'json', 'ics'].map((format) => ['agenda', '--format', format, '--days', '365']),
  ['report', '--format', 'md'],
  ['report', '--format', 'html'],
  ['report', '--template', 'agreement', '--agreement', 'zaaksysteem'],
  ['schema'],
  ['schema', 'agreement'],
  ['--help'],
  ['check', '--help'],
];

function copyExamples(): string {
  const root = join(tempDir('vo-readonly-'), 'register');
  cpSync(join(REPO_ROOT, 'examples'), root, { recursive: true });
  return root;
}

describe('read-only commands leave the register byte-identical (SPEC §8)', () => {
  it('runs every read-only command in the register and finds every file, mode and time unchanged, and no file added', async () => {
    const root = copyExamples();
    const before = snapshotTree(root);
    const codes: string[] = [];
    for (const args of READ_ONLY) {
      const inside = await runVo([...args, ...AS_OF], { cwd: root });
      const named = await runVo(['-C', root, ...args, ...AS_OF, '--lang', 'en']);
      codes.push(`${args.join(' ')}: ${inside.code} ${named.code}`);
    }
    expect(snapshotTree(root)).toEqual(before);
    // Each command really ran (0 or 1), so the snapshot proves something.
    expect(codes.filter((line) => !/: [01] [01]$/.test(line))).toEqual([]);
  });

  it('writes a PDF report outside the register without touching the register', async () => {
    const root = copyExamples();
    const out = tempDir('vo-readonly-out-');
    const before = snapshotTree(root);
    const result = await runVo(['-C', root, 'report', '--output', join(out, 'rapport.pdf'), ...AS_OF]);
    expect(snapshotTree(root)).toEqual(before);
    // The command is another helper's; whether it succeeds is its own tests' business, but it wrote nowhere else.
    expect(readdirSync(out).filter((name) => name !== 'rapport.pdf')).toEqual([]);
    if (result.code === 0) expect(readFileSync(join(out, 'rapport.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('--output never overwrites without --force (SPEC §8)', () => {
  it.each([
    ['check', ['check', '--format', 'json']],
    ['list', ['list', '--format', 'csv']],
    ['agenda', ['agenda', '--format', 'ics']],
    ['report', ['report', '--format', 'md']],
  ])('%s: refuses with exit 2, keeps the file and leaves no temporary file; --force replaces it', async (_name, args) => {
    const out = tempDir('vo-output-');
    const target = join(out, 'uitvoer.txt');
    writeFileSync(target, 'bewaren\n');
    const refused = await runVo(['-C', join(REPO_ROOT, 'examples'), ...args, '--output', target, ...AS_OF, '--lang', 'en']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/exists|--force/);
    expect(refused.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(readFileSync(target, 'utf8')).toBe('bewaren\n');
    expect(readdirSync(out)).toEqual(['uitvoer.txt']);

    const forced = await runVo(['-C', join(REPO_ROOT, 'examples'), ...args, '--output', target, '--force', ...AS_OF]);
    expect([0, 1]).toContain(forced.code);
    expect(readFileSync(target, 'utf8')).not.toBe('bewaren\n');
    expect(readdirSync(out)).toEqual(['uitvoer.txt']);
  });

  it('refuses to write into a folder that does not exist, with one line and exit 2', async () => {
    const out = join(tempDir('vo-output-'), 'bestaat-niet', 'uit.json');
    const result = await runVo(['-C', join(REPO_ROOT, 'examples'), 'check', '--format', 'json', '--output', out, ...AS_OF]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });
});
