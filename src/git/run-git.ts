import { spawnSync } from 'node:child_process';
import { UsageError } from '../errors.js';
import { gitText } from '../i18n/git.js';
import type { Lang } from '../i18n/lang.js';

export interface GitResult {
  status: number;
  stdout: Buffer;
  stderr: string;
}

export interface GitCall {
  /** The folder git runs in: the register root, so a register in a subfolder reads as one. */
  cwd: string;
  lang: Lang;
  /** Written to git's standard input (object names for `cat-file --batch`). */
  input?: string;
  /** Largest output expected, in bytes. */
  maxBuffer?: number;
}

/**
 * Run git with an argument array and no shell (docs/security.md): nothing is
 * parsed by a shell, and no argument is ever taken from the register's
 * content. GIT_OPTIONAL_LOCKS=0 keeps even read commands from refreshing the
 * index, so the working tree, the index and HEAD stay byte for byte as they
 * were; GIT_TERMINAL_PROMPT=0 makes git fail instead of asking for a password,
 * and GIT_NO_LAZY_FETCH=1 (git 2.44+) keeps a partial clone from fetching a
 * missing blob over the network.
 */
export function runGit(args: readonly string[], call: GitCall): GitResult {
  const result = spawnSync('git', args, {
    cwd: call.cwd,
    input: call.input ?? '',
    maxBuffer: call.maxBuffer ?? 64 * 1024 * 1024,
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0', GIT_NO_LAZY_FETCH: '1', LC_ALL: 'C' },
    shell: false,
    windowsHide: true,
  });
  if (result.error !== undefined) {
    const code = (result.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(gitText(call.lang).gitMissing);
    throw new UsageError(gitText(call.lang).failed(args[0] ?? '', code ?? result.error.message));
  }
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}

/** Run git and return its output, or end the command with git's own first line of complaint (exit 2). */
export function gitOutput(args: readonly string[], call: GitCall): Buffer {
  const result = runGit(args, call);
  if (result.status !== 0) throw new UsageError(gitText(call.lang).failed(args[0] ?? '', firstLine(result.stderr)));
  return result.stdout;
}

export function firstLine(text: string): string {
  return text.trim().split('\n')[0]?.replace(/^(fatal|error): /, '') ?? '';
}
