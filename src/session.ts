import type { Lang } from './i18n/lang.js';
import type { Register } from './register/load.js';

/**
 * Everything a command touches outside its arguments, passed in so tests run
 * the CLI in-process (markdownlint-cli2, knip): output streams, working
 * directory, environment, clock and standard input. Views, reports and writers
 * see these types too, so they live here, below every folder.
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

/** What a command needs once the register is open. */
export interface Session {
  io: Io;
  register: Register;
  lang: Lang;
  /** `YYYY-MM-DD`. */
  asOf: string;
  color: boolean;
}
