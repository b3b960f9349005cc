/**
 * What the binary runs once its fast paths (`--version`, `--help` into a pipe)
 * are past: the whole program. It is the entry of the bundle (scripts/bundle.js,
 * loaded by bundle.ts) and, without one, imported as it is. The signal cleanup
 * is switched on here, in the same copy of the module that the writers use.
 */
import { enableSignalCleanup } from '../util/signal-cleanup.js';
import { processIo } from './io.js';
import { runCli } from './program.js';

export { runCli };

export function runBinary(argv: readonly string[]): Promise<number> {
  enableSignalCleanup();
  return runCli(argv, processIo());
}
