/**
 * Everything a command touches outside its arguments, passed in so tests run
 * the CLI in-process (markdownlint-cli2, knip): output streams, working
 * directory, environment, clock and standard input.
 */
export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Input {
  isTTY?: boolean;
}

export interface Io {
  stdout: Output;
  stderr: Output;
  stdin: Input & Partial<NodeJS.ReadableStream>;
  cwd: string;
  env: Record<string, string | undefined>;
  /** The clock; `--as-of` defaults to today in the config's timezone. */
  now: () => Date;
}

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
