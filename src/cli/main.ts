import { toolVersion } from '../util/version.js';
import { processIo } from './io.js';

/** Entry point of the built binary. */
export async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  // `vo --version` alone needs none of the program: answer before loading it (start-up within 2× of bare node).
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(`${toolVersion()}\n`);
    return 0;
  }
  // A closed pipe (`vo list | head`) is the reader's choice, not an error: stop quietly.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  const { runCli } = await import('./program.js');
  return runCli(argv, processIo());
}
