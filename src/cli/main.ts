import { cliText } from '../i18n/cli.js';
import { DEFAULT_LANG, isLang, type Lang } from '../i18n/lang.js';
import { osReason } from '../i18n/os-errors.js';
import { enableSignalCleanup } from '../util/signal-cleanup.js';
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
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      // A closed pipe (`vo list | head`) is the reader's choice, not an error: stop quietly.
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      // Anything else (`vo check > /dev/full`, a full disk) is one line and exit 2, never a stack trace or the
      // exit code 1 that means "findings". stderr may be the broken stream: then there is nowhere to say it.
      if (stream === process.stdout) {
        try {
          process.stderr.write(`vo: ${cliText(messageLang(argv)).stdoutFailed(osReason(error, messageLang(argv)))}\n`);
        } catch {
          // nowhere left to report it
        }
      }
      process.exit(2);
    });
  }
  enableSignalCleanup();
  const { runCli } = await import('./program.js');
  return runCli(argv, processIo());
}

/** The config is not at hand here: `--lang`, then VO_LANG, else Dutch, as for help texts. */
function messageLang(argv: readonly string[]): Lang {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = index === -1 ? undefined : argv[index]?.startsWith('--lang=') ? argv[index]?.slice(7) : argv[index + 1];
  if (isLang(value)) return value;
  return isLang(process.env.VO_LANG) ? process.env.VO_LANG : DEFAULT_LANG;
}
