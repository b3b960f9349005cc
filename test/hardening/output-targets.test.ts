/**
 * Issue #15: --output writes a regular file, and only one that makes sense;
 * every refusal or failure is one line and exit 2, and nothing is written.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runVo, tempDir } from '../helpers/run-cli.js';

const EXAMPLES = join(REPO_ROOT, 'examples');

/** A copy of the example register in a fresh folder, with a free folder `out/` beside its records. */
function workspace(): string {
  const dir = tempDir('vo-targets-');
  spawnSync('cp', ['-r', EXAMPLES, join(dir, 'reg')]);
  mkdirSync(join(dir, 'out'));
  return dir;
}

const check = (dir: string, ...args: string[]) => runVo(['-C', 'reg', 'check', '--as-of', '2026-10-01', '--lang', 'en', ...args], { cwd: dir });

describe('--output targets that are refused, with one line and exit 2', () => {
  it.each([
    ['a folder', ['-o', 'out'], 'out is a folder; give a file name inside it, e.g. out/output.txt'],
    ['a folder, with --force', ['-o', 'out', '--force'], 'out is a folder; give a file name inside it, e.g. out/output.txt'],
    ['a path in a folder that does not exist', ['-o', 'nope/x.txt'], 'nope/x.txt: the folder nope does not exist; create it first (mkdir -p nope)'],
    ['a path ending in a separator', ['-o', 'newdir/'], 'newdir/ ends in a separator, so it names a folder; give a file name, e.g. newdir/output.txt'],
    [
      'a file in the register\'s agreements folder',
      ['-o', 'reg/agreements/x.yaml'],
      'reg/agreements/x.yaml is inside the register\'s agreements/ folder, and vo would read it as a record next time; write output outside agreements/, evaluations/, incidents/',
    ],
    [
      'a file deeper in evaluations/',
      ['-o', 'reg/evaluations/2026/x.txt'],
      'reg/evaluations/2026/x.txt is inside the register\'s evaluations/ folder, and vo would read it as a record next time; write output outside agreements/, evaluations/, incidents/',
    ],
    [
      'an extension of another format',
      ['--format', 'json', '-o', 'out/c.xml'],
      'out/c.xml: the extension .xml does not fit the format json; use .json, or choose a format that fits the extension with --format',
    ],
  ])('%s', async (_name, args, message) => {
    const dir = workspace();
    if (args.includes('newdir/')) expect(existsSync(join(dir, 'newdir'))).toBe(false);
    const result = await check(dir, ...args);
    expect(result.stderr).toBe(`vo: ${message}\n`);
    expect(result.code).toBe(2);
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
    expect(existsSync(join(dir, 'newdir'))).toBe(false);
    expect(existsSync(join(dir, 'reg', 'agreements', 'x.yaml'))).toBe(false);
  });

  it('a symbolic link is never replaced, not even with --force', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'out', 'real.txt'), 'kept');
    symlinkSync(join(dir, 'out', 'real.txt'), join(dir, 'link.txt'));
    const result = await check(dir, '-o', 'link.txt', '--force');
    expect(result.stderr).toBe('vo: link.txt is a symbolic link; vo never writes through a link, not even with --force. Choose another name or remove the link\n');
    expect(result.code).toBe(2);
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'out', 'real.txt'), 'utf8')).toBe('kept');
  });

  it('a named pipe (like a device) is never replaced by a regular file, not even with --force', async () => {
    const dir = workspace();
    expect(spawnSync('mkfifo', [join(dir, 'pipe')]).status).toBe(0);
    const result = await check(dir, '-o', 'pipe', '--force');
    expect(result.stderr).toBe('vo: pipe is a named pipe, not a regular file; vo does not write to it, not even with --force\n');
    expect(result.code).toBe(2);
    expect(lstatSync(join(dir, 'pipe')).isFIFO()).toBe(true);
  });

  it('vo report -o r.docx is refused (Markdown in a Word file), and says which extensions fit', async () => {
    const dir = workspace();
    const result = await runVo(['-C', 'reg', 'report', '--as-of', '2026-10-01', '-o', 'out/r.docx'], { cwd: dir });
    expect(result.stderr).toContain('vo: out/r.docx: de extensie .docx past niet bij het formaat md; gebruik .md of .markdown');
    expect(result.code).toBe(2);
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
  });

  it('an extension that names no format stays possible with an explicit --format (report --format md -o notes.txt)', async () => {
    const dir = workspace();
    const result = await runVo(['-C', 'reg', 'report', '--as-of', '2026-10-01', '--format', 'md', '-o', 'out/notes.txt'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'out', 'notes.txt'), 'utf8')).toMatch(/^# /);
  });

  it('--force still replaces an existing regular file', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'out', 'c.json'), 'old');
    const result = await check(dir, '--format', 'json', '-o', 'out/c.json', '--force');
    expect(result.code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'c.json'), 'utf8'))).toHaveProperty('findings');
  });
});

describe('vo schema --out and vo new: every failure is one line', () => {
  it('vo schema --out <an existing file> says --out takes a folder', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'schemas.json'), '{}');
    const result = await runVo(['schema', '--out', 'schemas.json', '--lang', 'en'], { cwd: dir });
    expect(result.stderr).toBe('vo: --out takes a folder, but schemas.json is a file; give a (new) folder, e.g. --out schemas\n');
    expect(result.code).toBe(2);
    expect(readFileSync(join(dir, 'schemas.json'), 'utf8')).toBe('{}');
  });

  it('vo new names the reason when the file cannot be written (its folder is a file), not "unexpected error"', async () => {
    const dir = tempDir();
    spawnSync('cp', ['-r', EXAMPLES, join(dir, 'reg')]);
    spawnSync('rm', ['-rf', join(dir, 'reg', 'incidents')]);
    writeFileSync(join(dir, 'reg', 'incidents'), 'not a folder');
    const result = await runVo(
      ['-C', 'reg', 'new', 'incident', 'afsprakenplanner', '--title', 'Lek', '--aware', '2026-09-30T10:00', '--id', 'lek', '--lang', 'en'],
      { cwd: dir },
    );
    expect(result.stderr).toMatch(/^vo: reg\/incidents\/.*lek\.yaml: (part of the path is not a folder \(ENOTDIR\)|already exists \(EEXIST\))\n$/);
    expect(result.code).toBe(2);
  });

  it.runIf(process.getuid?.() !== 0)('vo new in a read-only folder names the reason (EACCES)', async () => {
    const dir = tempDir();
    spawnSync('cp', ['-r', EXAMPLES, join(dir, 'reg')]);
    chmodSync(join(dir, 'reg', 'agreements'), 0o555);
    const result = await runVo(['-C', 'reg', 'new', 'agreement', 'nieuw', '--title', 'N', '--department', 'burgerzaken', '--processor', 'P', '--owner', 'O', '--lang', 'en'], { cwd: dir });
    chmodSync(join(dir, 'reg', 'agreements'), 0o755);
    expect(result.stderr).toBe('vo: reg/agreements/nieuw.yaml: permission denied (EACCES)\n');
    expect(result.code).toBe(2);
  });

  const canMount = process.getuid?.() === 0 && spawnSync('mount', ['--version']).status === 0;
  // A real read-only file system needs root and mount permission; elsewhere the EACCES case above runs instead.
  it.runIf(canMount)('vo new on a read-only file system names the reason (EROFS)', async (ctx) => {
    const dir = tempDir();
    spawnSync('cp', ['-r', EXAMPLES, join(dir, 'reg')]);
    const agreements = join(dir, 'reg', 'agreements');
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=64k', 'tmpfs', agreements], { encoding: 'utf8' });
    ctx.skip(mounted.status !== 0, `mount refused (no mount permission here): ${mounted.stderr}`);
    try {
      const result = await runVo(['-C', 'reg', 'new', 'agreement', 'nieuw', '--title', 'N', '--department', 'burgerzaken', '--processor', 'P', '--owner', 'O', '--lang', 'en'], { cwd: dir });
      expect(result.stderr).toBe('vo: reg/agreements/nieuw.yaml: read-only file system (EROFS)\n');
      expect(result.code).toBe(2);
    } finally {
      spawnSync('umount', [agreements]);
    }
  });
});
