/**
 * Issue #15: a full disk, a failing device or a signal during a write never
 * leaves a truncated file reported as written, nor a temporary file. The
 * low-level calls are injected (no root, no mount needed); a real 64 KiB tmpfs
 * and a real signal are used where the machine allows it.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeOutput } from '../../src/cli/output.js';
import type { Io } from '../../src/cli/io.js';
import { UsageError } from '../../src/errors.js';
import { writeFileAtomic, type WriterFs } from '../../src/util/write-file.js';
import { builtVo } from '../helpers/built-vo.js';
import { REPO_ROOT, runVo, tempDir } from '../helpers/run-cli.js';

const CONTENT = Buffer.from('x'.repeat(68_581));

/** node:fs, except that write(2) takes at most `chunk` bytes per call and the disk is full after `capacity` bytes. */
function smallDisk(capacity: number, chunk = 4096): WriterFs & { written: () => number } {
  let used = 0;
  return {
    ...fs,
    writeSync: ((fd: number, buffer: Uint8Array, offset: number, length: number) => {
      const room = Math.min(chunk, length, capacity - used);
      if (room <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
      const written = fs.writeSync(fd, buffer, offset, room);
      used += written;
      return written;
    }) as unknown as WriterFs['writeSync'],
    written: () => used,
  };
}

const io = (cwd: string): Io & { err: string[] } => {
  const err: string[] = [];
  return { stdout: { write: () => true }, stderr: { write: (s: string) => err.push(s) }, stdin: {}, cwd, env: {}, now: () => new Date(0), err };
};

describe('writeFileAtomic on a disk that takes only part of a write', () => {
  it('writes every byte when each write(2) takes only 4 KiB', () => {
    const dir = tempDir();
    writeFileAtomic(join(dir, 'r.pdf'), CONTENT, { fs: smallDisk(Infinity) });
    expect(readFileSync(join(dir, 'r.pdf')).equals(CONTENT)).toBe(true);
    expect(readdirSync(dir)).toEqual(['r.pdf']);
  });

  it('writes text given in pieces (a long report) whole, piece by piece, also when each write(2) takes only 4 KiB', () => {
    const dir = tempDir();
    const pieces = Array.from({ length: 3000 }, (_, i) => `regel ${i} met één teken buiten ASCII\n`);
    const disk = smallDisk(Infinity);
    writeFileAtomic(join(dir, 'r.md'), pieces, { fs: disk });
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toBe(pieces.join(''));
    expect(disk.written()).toBe(Buffer.byteLength(pieces.join('')));
    expect(readdirSync(dir)).toEqual(['r.md']);
    // A full disk halfway through the pieces: nothing is left behind.
    expect(() => writeFileAtomic(join(dir, 'vol.md'), pieces, { fs: smallDisk(50_000) })).toThrow(/ENOSPC/);
    expect(readdirSync(dir)).toEqual(['r.md']);
  });

  it('on a full disk throws ENOSPC and leaves neither the file nor a temporary file', () => {
    const dir = tempDir();
    expect(() => writeFileAtomic(join(dir, 'r.pdf'), CONTENT, { fs: smallDisk(65_536) })).toThrow(/ENOSPC/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('with --force on a full disk keeps the old file as it was', () => {
    const dir = tempDir();
    fs.writeFileSync(join(dir, 'r.pdf'), 'oud');
    expect(() => writeFileAtomic(join(dir, 'r.pdf'), CONTENT, { force: true, fs: smallDisk(65_536) })).toThrow(/ENOSPC/);
    expect(readdirSync(dir)).toEqual(['r.pdf']);
    expect(readFileSync(join(dir, 'r.pdf'), 'utf8')).toBe('oud');
  });

  it('--output on a full disk is one line with the reason in the user\'s language, and says nothing was written', () => {
    const dir = tempDir();
    const session = { io: io(dir), lang: 'nl' as const };
    let error: unknown;
    try {
      writeOutput(session, CONTENT, { output: 'r.pdf', fs: smallDisk(65_536) });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe('r.pdf: geen ruimte meer op het apparaat (ENOSPC)');
    expect(session.io.err).toEqual([]); // no "geschreven"
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('a real full file system (a 64 KiB tmpfs)', () => {
  const canMount = process.getuid?.() === 0 && spawnSync('mount', ['--version']).status === 0;
  // Mounting needs root and mount permission; elsewhere the injected disk above covers the same code.
  it.runIf(canMount)('vo report --format pdf -o on a full tmpfs exits 2 with one line and leaves no file', (ctx) => {
    const mountPoint = tempDir('vo-tmpfs-');
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint], { encoding: 'utf8' });
    ctx.skip(mounted.status !== 0, `mount refused (no mount permission here): ${mounted.stderr}`);
    try {
      const result = spawnSync(
        process.execPath,
        [builtVo(), '-C', join(REPO_ROOT, 'examples'), 'report', '--as-of', '2026-10-01', '-o', join(mountPoint, 'r.pdf')],
        { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' }, timeout: 60_000 },
      );
      expect(result.stderr).toMatch(/r\.pdf: geen ruimte meer op het apparaat \(ENOSPC\)\n$/);
      expect(result.stderr).not.toMatch(/geschreven|at .*\.js/);
      expect(result.status).toBe(2);
      expect(readdirSync(mountPoint)).toEqual([]);
    } finally {
      spawnSync('umount', [mountPoint]);
    }
  });
});

describe('a signal during a write', () => {
  // A child process writes through an injected write(2) that sends itself the signal after the first 4 KiB,
  // as Ctrl-C or a CI timeout would. Without a handler the process dies mid-write and the temporary file stays.
  const script = (signal: string) => `
    import * as fs from 'node:fs';
    const { writeFileAtomic } = await import(${JSON.stringify(pathToFileURL(join(REPO_ROOT, 'dist/util/write-file.js')).href)});
    const { enableSignalCleanup } = await import(${JSON.stringify(pathToFileURL(join(REPO_ROOT, 'dist/util/signal-cleanup.js')).href)});
    enableSignalCleanup();
    let calls = 0;
    const slow = { ...fs, writeSync: (fd, buffer, offset, length) => {
      if (calls++ === 1) process.kill(process.pid, ${JSON.stringify(signal)});
      return fs.writeSync(fd, buffer, offset, Math.min(length, 4096));
    } };
    writeFileAtomic(process.argv[1] + '/r.pdf', Buffer.alloc(200000, 120), { fs: slow });
    setTimeout(() => console.log('survived the signal'), 2000);
  `;

  it.each(['SIGINT', 'SIGTERM'])('%s: vo stops with the signal and leaves no temporary file', (signal) => {
    builtVo();
    const dir = tempDir();
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script(signal), dir], { encoding: 'utf8', timeout: 20_000 });
    expect(result.stdout).not.toContain('survived');
    expect(result.signal).toBe(signal);
    const left = readdirSync(dir);
    expect(left.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    // The file is complete or absent, never cut off.
    if (left.includes('r.pdf')) expect(readFileSync(join(dir, 'r.pdf')).byteLength).toBe(200_000);
  });
});

describe('standard output that cannot be written', () => {
  it('a failing stdout is one line and exit 2, not a stack trace or exit 1 ("findings")', async () => {
    const failing = () => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    const err: string[] = [];
    const { runCli } = await import('../../src/cli/program.js');
    const code = await runCli(['-C', join(REPO_ROOT, 'examples'), 'check', '--as-of', '2026-10-01', '--lang', 'en'], {
      stdout: { write: failing },
      stderr: { write: (s: string) => err.push(s) },
      stdin: {},
      cwd: REPO_ROOT,
      env: { NO_COLOR: '1' },
      now: () => new Date(0),
    });
    expect(err.join('')).toBe('vo: cannot write the output: no space left on device (ENOSPC)\n');
    expect(code).toBe(2);
  });

  it.runIf(fs.existsSync('/dev/full'))('vo check > /dev/full: one line, exit 2', () => {
    const full = fs.openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [builtVo(), '-C', join(REPO_ROOT, 'examples'), 'check', '--as-of', '2026-10-01'], {
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
        timeout: 30_000,
      });
      expect(result.stderr).toBe('vo: de uitvoer kan niet geschreven worden: geen ruimte meer op het apparaat (ENOSPC)\n');
      expect(result.status).toBe(2);
    } finally {
      fs.closeSync(full);
    }
  });

  it('a closed pipe (vo check | head -c 1) stays quiet', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${builtVo()}" -C "${join(REPO_ROOT, 'examples')}" check --as-of 2026-10-01 --format json | head -c 1`], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
      timeout: 30_000,
    });
    expect(result.stdout).toBe('{');
    expect(result.stderr).toBe('');
  });
});

it('runVo is unaffected: a normal --output write still works and confirms', async () => {
  const dir = tempDir();
  const result = await runVo(['-C', join(REPO_ROOT, 'examples'), 'check', '--as-of', '2026-10-01', '--format', 'json', '-o', join(dir, 'c.json')]);
  expect(result.stderr).toBe(`geschreven: ${join(dir, 'c.json')}\n`);
  expect(JSON.parse(readFileSync(join(dir, 'c.json'), 'utf8'))).toHaveProperty('findings');
});
