/**
 * Helpers for the authoring tests: run `vo` in-process with a fake terminal
 * on stdin (answers to the questions), and snapshot a folder to prove that a
 * refused command changed nothing.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { Io } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/program.js';
import { DEFAULT_NOW, REPO_ROOT, type RunResult } from '../helpers/run-cli.js';

export { REPO_ROOT };

function memory(): { write(text: string): boolean; text(): string } {
  const chunks: string[] = [];
  return { write: (text) => chunks.push(text) > 0, text: () => chunks.join('') };
}

/** Run `vo <args>` with stdin a terminal that types `answers`, one per line, then ends (Ctrl-D). */
export async function runTyping(args: string[], answers: string[], cwd: string): Promise<RunResult> {
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  stdin.end(answers.map((a) => `${a}\n`).join(''));
  const stdout = memory();
  const stderr = memory();
  const io: Io = { stdout, stderr, stdin, cwd, env: { NO_COLOR: '1' }, now: () => new Date(DEFAULT_NOW.getTime()) };
  const code = await runCli(args, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** Every file below `dir` (dot-folders included) with its bytes and modification time. */
export function snapshot(dir: string): Map<string, string> {
  const result = new Map<string, string>();
  const walk = (current: string, prefix: string) => {
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      const stats = statSync(path);
      if (stats.isDirectory()) walk(path, `${prefix}${name}/`);
      else result.set(`${prefix}${name}`, `${stats.mtimeMs} ${readFileSync(path).toString('base64')}`);
    }
  };
  walk(dir, '');
  return result;
}
