import { cliText } from '../i18n/cli.js';
import { DEFAULT_LANG, isLang, type Lang } from '../i18n/lang.js';
import { osReason } from '../i18n/os-errors.js';
import { toolVersion } from '../util/version.js';
import { loadBundle, type RunModule } from './bundle.js';

/** Entry point of the built binary. */
export async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  // `vo --version` alone needs none of the program: answer before loading it (start-up within 2× of bare node).
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(`${toolVersion()}\n`);
    return 0;
  }
  // `vo --help` into a pipe or file (80 columns): the text commander would print, stored (top-help-text.ts).
  const helpLang = topHelpRequest(argv, process.env.VO_LANG);
  if (helpLang !== undefined && process.stdout.isTTY !== true) {
    const { TOP_HELP } = await import('./top-help-text.js');
    process.stdout.write(TOP_HELP[helpLang]);
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
  const { runBinary } = await loadRun();
  return runBinary(argv);
}

/**
 * The program from the bundle with its code cache (bundle.ts), else as tsc built it: also when a file of
 * the bundle cannot be read or compiled (a damaged install), so that vo still answers.
 */
async function loadRun(): Promise<RunModule> {
  try {
    const bundled = loadBundle();
    if (bundled !== undefined) return bundled;
  } catch {
    // a damaged bundle: the modules below
  }
  return import('./run.js');
}

/**
 * The language of a request for the top-level help and nothing else (`--help`,
 * `-h` or `help`, with at most a `--lang`), as runCli would choose it; otherwise undefined.
 */
export function topHelpRequest(argv: readonly string[], envLang: string | undefined): Lang | undefined {
  const rest = [...argv];
  let lang: Lang = isLang(envLang) ? envLang : DEFAULT_LANG;
  const index = rest.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (index !== -1) {
    const value = rest[index] === '--lang' ? rest[index + 1] : rest[index]?.slice(7);
    if (!isLang(value)) return undefined;
    lang = value;
    rest.splice(index, rest[index] === '--lang' ? 2 : 1);
  }
  return rest.length === 1 && ['--help', '-h', 'help'].includes(rest[0] ?? '') ? lang : undefined;
}

/** The config is not at hand here: `--lang`, then VO_LANG, else Dutch, as for help texts. */
function messageLang(argv: readonly string[]): Lang {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = index === -1 ? undefined : argv[index]?.startsWith('--lang=') ? argv[index]?.slice(7) : argv[index + 1];
  if (isLang(value)) return value;
  return isLang(process.env.VO_LANG) ? process.env.VO_LANG : DEFAULT_LANG;
}
