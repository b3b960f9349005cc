import type { Io } from '../session.js';

export type { Input, Io, Output } from '../session.js';

export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
    env: process.env,
    now: () => new Date(),
  };
}
