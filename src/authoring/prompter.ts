import { createInterface } from 'node:readline/promises';
import type { Io } from '../session.js';

/** Asks one question at a time; `undefined` when input has ended. */
export interface Prompter {
  ask(question: string): Promise<string | undefined>;
  /** Print a line (an answer that was rejected, say) beside the questions. */
  say(line: string): void;
  close(): void;
}

/**
 * Questions go to stderr, so stdout keeps only the result (the new file's
 * path) for scripts. Lines are read through the interface's async iterator,
 * which ends cleanly on end of input (Ctrl-D, or a closed test stream) where
 * a pending `question()` would hang.
 */
export function createPrompter(io: Io): Prompter {
  const rl = createInterface({ input: io.stdin as NodeJS.ReadableStream, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  let ended = false;
  return {
    async ask(question) {
      if (ended) return undefined;
      io.stderr.write(question);
      const next = await lines.next();
      if (next.done === true) {
        ended = true;
        io.stderr.write('\n');
        return undefined;
      }
      return next.value.trim();
    },
    say(line) {
      io.stderr.write(line + '\n');
    },
    close() {
      rl.close();
    },
  };
}

/** Prompts happen only when stdin is a terminal (the command reference in README.md `vo new`); otherwise missing values are a usage error. */
export function canPrompt(io: Io): boolean {
  return io.stdin.isTTY === true;
}
