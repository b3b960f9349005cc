/**
 * Loading thousands of files shows a progress line on stderr, only on a
 * terminal, and never in stdout (src/cli/context.ts openRegister).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/program.js';
import { tempDir } from '../helpers/run-cli.js';
import { generateSyntheticRegister } from './synthetic-register.js';

let big: string;
let small: string;

beforeAll(async () => {
  big = await generateSyntheticRegister(tempDir('vo-progress-'), 130); // about 650 record files
  small = await generateSyntheticRegister(tempDir('vo-progress-'), 20);
});

async function run(args: string[], stderrIsTTY: boolean) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: { write: (text: string) => out.push(text), isTTY: false },
    stderr: { write: (text: string) => err.push(text), isTTY: stderrIsTTY },
    stdin: { isTTY: false },
    cwd: '/',
    env: { NO_COLOR: '1' },
    now: () => new Date('2026-10-01T10:00:00Z'),
  };
  const code = await runCli(args, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('progress while loading a large register', () => {
  it('shows the count on a terminal, every 250 files, then clears the line', async () => {
    const result = await run(['-C', big, 'check', '--format', 'json', '--as-of', '2026-10-01', '--lang', 'en'], true);
    expect([0, 1]).toContain(result.code);
    const total = /reading files: \d+\/(\d+)/.exec(result.stderr)?.[1];
    expect(Number(total)).toBeGreaterThanOrEqual(500);
    expect(result.stderr).toContain(`\rreading files: 250/${total}`);
    expect(result.stderr).toContain(`\rreading files: 500/${total}`);
    expect(result.stderr.endsWith(`\rreading files: ${total}/${total}\r\x1b[K`)).toBe(true);
    // stdout is machine-readable and untouched.
    expect(() => JSON.parse(result.stdout)).not.toThrow();
    expect(result.stdout).not.toContain('reading files');
  });

  it('is in Dutch by default', async () => {
    const result = await run(['-C', big, 'list', '--format', 'json', '--as-of', '2026-10-01'], true);
    expect(result.stderr).toContain('bestanden lezen: 250/');
  });

  it('stays silent when stderr is not a terminal (piped, CI), with --debug, and for a small register', async () => {
    expect((await run(['-C', big, 'check', '--as-of', '2026-10-01'], false)).stderr).toBe('');
    expect((await run(['-C', big, 'check', '--as-of', '2026-10-01', '--debug'], true)).stderr).toBe('');
    expect((await run(['-C', small, 'check', '--as-of', '2026-10-01'], true)).stderr).toBe('');
  });

  it('prints the same stdout with and without a terminal on stderr', async () => {
    const args = ['-C', big, 'check', '--format', 'text', '--as-of', '2026-10-01'];
    expect((await run(args, true)).stdout).toBe((await run(args, false)).stdout);
  });
});
