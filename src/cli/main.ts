import { processIo } from './io.js';
import { runCli } from './program.js';

/** Entry point of the built binary. */
export function main(): Promise<number> {
  // A closed pipe (`vo list | head`) is the reader's choice, not an error: stop quietly.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  return runCli(process.argv.slice(2), processIo());
}
