import { Command, CommanderError } from 'commander';
import { UsageError } from '../errors.js';
import { cliText } from '../i18n/cli.js';
import { DEFAULT_LANG, isLang, type Lang } from '../i18n/lang.js';
import { toolVersion } from '../util/version.js';
import { neutraliseControls } from '../util/visible-controls.js';
import { helpOverrides, translateCommanderMessage } from './commander-nl.js';
import { COMMANDS } from './commands/index.js';
import type { Io } from './io.js';
import { examplesHelp } from './examples.js';

/** What every command module gets: the io, the language of help texts, and where to put the exit code. */
export interface CliContext {
  io: Io;
  lang: Lang;
  exit(code: number): void;
}

/**
 * Run `vo` with `argv` (without node and script) and return the exit code.
 * Nothing here touches `process`, so tests call it in-process.
 */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const lang = helpLang(argv, io);
  const debug = argv.includes('--debug');
  let exitCode = 0;
  const program = await buildProgram({ io, lang, exit: (code) => (exitCode = code) }, argv);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? 0 : 2;
    }
    // Messages name paths and values from the register: they pass the same control-character filter as all output.
    if (error instanceof UsageError) {
      io.stderr.write(`vo: ${neutraliseControls(error.message)}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(debug && error instanceof Error ? `${error.stack}\n` : `vo: ${neutraliseControls(cliText(lang).unexpected(message))}\n`);
    return 2;
  }
}

/**
 * The program with the command that `argv` runs. When it names none that
 * exists (`vo --help`, `vo help`, a typo that needs the "did you mean"), the
 * commands are only their names, terms and descriptions (commands/summaries.ts),
 * so no command module loads; `every` loads them all (the summaries' test).
 */
export async function buildProgram(context: CliContext, argv: readonly string[] = [], options: { every?: boolean } = {}): Promise<Command> {
  const { io, lang } = context;
  const text = cliText(lang);
  /** A summary's term (`diff [options] <ref> [ref2]`), which its stand-in command cannot derive. */
  const summaryTerms = new WeakMap<Command, string>();
  const program = new Command('vo');
  program
    .description(text.description)
    .version(toolVersion(), '-V, --version', text.version)
    .helpOption('-h, --help', text.help)
    .helpCommand('help [command]', text.helpCommand)
    .option('-C, --dir <path>', text.opt.dir)
    .option('--as-of <date>', text.opt.asOf)
    .option('--lang <lang>', text.opt.lang)
    .option('--no-color', text.opt.noColor)
    .option('--debug', text.opt.debug)
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => {
        const message = s.startsWith('error: ') ? s.slice(7) : s;
        write(`vo: ${lang === 'nl' ? translateCommanderMessage(message) : message}`);
      },
    })
    .addHelpText('after', examplesHelp(lang, text.examples));
  const headings = text.headings;
  program.configureHelp({
    showGlobalOptions: true,
    styleTitle: (title: string) => headings[title] ?? title,
    ...helpOverrides(lang, (command) => summaryTerms.get(command)),
  });
  const target = commandName(argv);
  const wanted = options.every === true ? COMMANDS : COMMANDS.filter((command) => command.name === target);
  if (wanted.length > 0) {
    for (const register of await Promise.all(wanted.map((command) => command.load()))) register(program, context);
  } else {
    const { COMMAND_SUMMARIES } = await import('./commands/summaries.js');
    for (const summary of COMMAND_SUMMARIES[lang]) summaryTerms.set(program.command(summary.name).description(summary.description), summary.term);
  }
  // Sub-commands, at any depth (`vo new agreement`), inherit the output, exit and help settings.
  const inherit = (parent: Command): void => {
    for (const command of parent.commands) {
      command.exitOverride().configureOutput(program.configureOutput()).configureHelp(program.configureHelp());
      command.helpOption('-h, --help', text.help);
      inherit(command);
    }
  };
  inherit(program);
  return program;
}

/** Help and usage errors come before the config is read: `--lang`, then VO_LANG, else Dutch. */
function helpLang(argv: readonly string[], io: Io): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (isLang(value)) return value;
  }
  const env = io.env.VO_LANG;
  return isLang(env) ? env : DEFAULT_LANG;
}

/** Global options that take a value: their value is never the command's name. */
const VALUE_OPTIONS = new Set(['-C', '--dir', '--as-of', '--lang']);

/** The command `argv` runs (`vo [global options] <command>`, or `vo help <command>`), if it names one. */
export function commandName(argv: readonly string[]): string | undefined {
  const words: string[] = [];
  for (let i = 0; i < argv.length && words.length < 2; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') break;
    if (VALUE_OPTIONS.has(arg)) i++;
    else if (!arg.startsWith('-')) words.push(arg);
  }
  return words[0] === 'help' ? words[1] : words[0];
}
