import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { integrityOnly } from '../../assessment/integrity.js';
import { FINDINGS_FORMATS, isFindingsFormat } from '../../format/index.js';
import { cliText } from '../../i18n/cli.js';
import { openRegister, type GlobalOptions } from '../context.js';
import { emitFindings } from '../emit-findings.js';
import type { CliContext } from '../program.js';
import { examplesHelp } from '../examples.js';

interface ValidateOptions extends GlobalOptions {
  format: string;
  output?: string;
  force?: boolean;
}

/** `vo validate`: the integrity rules only, with the output formats of `vo check`. */
export function validateCommand(program: Command, context: CliContext): void {
  const text = cliText(context.lang);
  program
    .command('validate')
    .description(text.cmd.validate)
    .option('--format <format>', `${text.opt.format}: ${FINDINGS_FORMATS.join(', ')}`, 'text')
    .option('-o, --output <file>', text.opt.output)
    .option('--force', text.opt.force)
    .addHelpText('after', examplesHelp(context.lang, text.commandExamples.validate))
    .action(async (_options, command: Command) => {
      const options = command.optsWithGlobals<ValidateOptions>();
      const session = openRegister(context.io, options);
      if (!isFindingsFormat(options.format)) {
        throw new UsageError(cliText(session.lang).badChoice('--format', options.format, FINDINGS_FORMATS));
      }
      context.exit(
        await emitFindings(session, integrityOnly(session.register), {
          format: options.format,
          fileCount: session.register.files.length,
          failOn: 'error',
          ...(options.output !== undefined ? { output: options.output } : {}),
          force: options.force === true,
        }),
      );
    });
}
