/**
 * Helpers for CLI tests: run `vo` in-process and build registers in temp folders.
 *
 *   const reg = tempRegister({ 'vo.config.yaml': CONFIG, 'agreements/a.yaml': '...' });
 *   const { code, stdout, stderr } = await runVo(['-C', reg, 'validate', '--format', 'json']);
 *
 * Every temp folder is made under os.tmpdir(); tests that care may remove it, the OS cleans the rest.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Io } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/program.js';

/** The repository root (where package.json lives). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** `test/fixtures`, holding one folder per scenario. */
export const FIXTURES = join(REPO_ROOT, 'test', 'fixtures');
/** The fixed clock of every CLI test: 2026-10-01 noon in Amsterdam. */
export const DEFAULT_NOW = new Date('2026-10-01T10:00:00Z');

export interface RunOptions {
  /** Working directory of the run; default the repository root. */
  cwd?: string;
  /** The whole environment; default `{ NO_COLOR: '1' }`. */
  env?: Record<string, string>;
  stdinIsTTY?: boolean;
  stdoutIsTTY?: boolean;
  /** The clock; default {@link DEFAULT_NOW}. */
  now?: Date;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** An in-memory output stream: collects what is written. */
function memoryStream(isTTY: boolean): { write(text: string): boolean; isTTY: boolean; text(): string } {
  const chunks: string[] = [];
  return {
    isTTY,
    write(text: string) {
      chunks.push(text);
      return true;
    },
    text: () => chunks.join(''),
  };
}

/** Run `vo <args>` in-process with in-memory stdout/stderr; never touches `process`. */
export async function runVo(args: string[], options: RunOptions = {}): Promise<RunResult> {
  const stdout = memoryStream(options.stdoutIsTTY ?? false);
  const stderr = memoryStream(false);
  const now = options.now ?? DEFAULT_NOW;
  const io: Io = {
    stdout,
    stderr,
    stdin: { isTTY: options.stdinIsTTY ?? false },
    cwd: options.cwd ?? REPO_ROOT,
    env: options.env ?? { NO_COLOR: '1' },
    now: () => new Date(now.getTime()),
  };
  const code = await runCli(args, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** Every `.yaml` file under `dir`, at any depth, as absolute paths in sorted order. */
export function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.yaml'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** A fresh empty folder under the OS temp folder. */
export function tempDir(prefix = 'vo-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Copy `test/fixtures/<name>` into a fresh temp folder and return the copy's path (so a test may change it). */
export function copyFixture(name: string): string {
  const target = join(tempDir(`vo-${name.replace(/[^a-z0-9-]/gi, '_')}-`), name);
  cpSync(join(FIXTURES, name), target, { recursive: true, verbatimSymlinks: true });
  return target;
}

/**
 * Write a register into a fresh temp folder and return its path. Keys are paths
 * relative to the register root (`/` separators); folders are created as needed.
 */
export function tempRegister(files: Record<string, string | Buffer>): string {
  const root = tempDir('vo-register-');
  for (const [path, content] of Object.entries(files)) {
    const absolute = join(root, ...path.split('/'));
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, content);
  }
  return root;
}

/** A minimal valid config with departments `burgerzaken` and `ict`, for registers built in tests. */
export const MINIMAL_CONFIG = `organisation: Gemeente Test
departments:
  - id: burgerzaken
    name: Burgerzaken
  - id: ict
    name: ICT
`;
