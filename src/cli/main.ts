import { processIo } from './io.js';
import { runCli } from './program.js';

/** Entry point of the built binary. */
export function main(): Promise<number> {
  return runCli(process.argv.slice(2), processIo());
}
