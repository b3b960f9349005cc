import type { Command } from 'commander';
import { DIFF_FORMATS, diffFormatters, type DiffFormat } from '../../diff/diff-formats.js';
import { registerDiff } from '../../diff/register-diff.js';
import { UsageError } from '../../errors.js';
import { registerAtRef } from '../../git/register-at-ref.js';
import { cliText } from '../../i18n/cli.js';
import { diffText } from '../../i18n/diff.js';
import { openRegister, type GlobalOptions } from '../context.js';
import { openRoot } from '../open-root.js';
import { writeOutput } from '../output.js';
import type { CliContext } from '../program.js';
import { examplesHelp } from '../examples.js';

interface DiffOptions extends GlobalOptions {
  format: string;
  output?: string;
  force?: boolean;
}

/**
 * `vo diff <ref> [<ref2>]` (issue #12): what a change does to the register as
 * of D. Without `ref2` the working tree is compared with `ref`. A difference
 * is information, not a failure: exit 0; 2 for a usage or git error.
 */
export function diffCommand(program: Command, context: CliContext): void {
  const cli = cliText(context.lang);
  const text = diffText(context.lang);
  program
    .command('diff')
    .description(text.cmd)
    .argument('<ref>', text.arg.base)
    .argument('[ref2]', text.arg.head)
    .option('--format <format>', `${text.opt.format}`, 'text')
    .option('-o, --output <file>', cli.opt.output)
    .option('--force', cli.opt.force)
    .addHelpText('after', examplesHelp(context.lang, text.examples))
    .action((ref: string, ref2: string | undefined, _options, command: Command) => {
      const options = command.optsWithGlobals<DiffOptions>();
      const warn = (line: string) => context.io.stderr.write(`vo: ${line}\n`);
      // Two refs: only the root and config of the working tree are needed, its records are not read.
      const session = ref2 === undefined ? openRegister(context.io, options) : openRoot(context.io, options);
      const { lang, asOf } = session;
      if (!(DIFF_FORMATS as readonly string[]).includes(options.format)) throw new UsageError(cliText(lang).badChoice('--format', options.format, DIFF_FORMATS));
      const working = 'register' in session ? session.register : session.shell;
      const base = registerAtRef(working, ref, lang, warn);
      const head = ref2 !== undefined ? registerAtRef(working, ref2, lang, warn) : undefined;
      const diff = registerDiff({
        base: base.register,
        head: head?.register ?? working,
        sides: { base: { ref, commit: base.revision.commit }, head: head ? { ref: ref2 ?? null, commit: head.revision.commit } : { ref: null, commit: null } },
        asOf,
        lang,
      });
      const color = session.color && options.output === undefined && options.format === 'text';
      writeOutput(session, diffFormatters[options.format as DiffFormat](diff, { lang, color }), options);
    });
}
