import type { Io } from '../session.js';

/** Width of a terminal that says nothing, and of output into a pipe or a file. */
export const DEFAULT_WIDTH = 80;

/**
 * The columns terminal output fits into (docs/views.md): the terminal's own width when
 * stdout is one, else the COLUMNS environment variable when it is a positive number,
 * else 80, so piped output and files look the same on every machine.
 */
export function outputWidth(io: Io, toStdout: boolean): number {
  const columns = io.stdout.columns;
  if (toStdout && io.stdout.isTTY === true && columns !== undefined && columns > 0) return columns;
  const fromEnv = Number(io.env.COLUMNS);
  if (/^\d+$/.test(io.env.COLUMNS ?? '') && fromEnv > 0) return fromEnv;
  return DEFAULT_WIDTH;
}
