import type { Io } from '../session.js';

export type { Input, Io, Output } from '../session.js';

export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    // Node makes process.stdin on first use (a stream, a few ms): only `vo new` and `vo init` ask for it.
    get stdin() {
      return process.stdin;
    },
    cwd: process.cwd(),
    env: process.env,
    now: () => new Date(),
  };
}
