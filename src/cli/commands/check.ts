import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { FINDINGS_FORMATS, isFindingsFormat } from '../../format/index.js';
import { cliText } from '../../i18n/cli.js';
import { complianceFindings } from '../../rules/engine.js';
import { openRegister, type GlobalOptions } from '../context.js';
import { emitFindings, FAIL_LEVELS, parseFailOn } from '../emit-findings.js';
import { checkSelection, filterFindings } from '../filters.js';
import type { CliContext } from '../program.js';

interface CheckOptions extends GlobalOptions {
  format: string;
  output?: string;
  force?: boolean;
  failOn: string;
  agreement?: string;
  department?: string;
}

/** `vo check`: integrity and compliance rules as of D, in the format CI needs (SPEC §7). */
export function checkCommand(program: Command, context: CliContext): void {
  const text = cliText(context.lang);
  program
    .command('check')
    .description(text.cmd.check)
    .option('--format <format>', `${text.opt.format}: ${FINDINGS_FORMATS.join(', ')}`, 'text')
    .option('-o, --output <file>', text.opt.output)
    .option('--force', text.opt.force)
    .option('--fail-on <level>', `${text.opt.failOn} (${FAIL_LEVELS.join(', ')})`, 'error')
    .option('--agreement <id>', text.opt.agreement)
    .option('--department <id>', text.opt.department)
    .action((_options, command: Command) => {
      const options = command.optsWithGlobals<CheckOptions>();
      const session = openRegister(context.io, options);
      if (!isFindingsFormat(options.format)) {
        throw new UsageError(cliText(session.lang).badChoice('--format', options.format, FINDINGS_FORMATS));
      }
      const failOn = parseFailOn(options.failOn, session);
      checkSelection(session, options);
      const { register, asOf, lang } = session;
      const findings = filterFindings(register, [...register.findings, ...complianceFindings(register, asOf, lang)], options);
      context.exit(
        emitFindings(session, findings, {
          format: options.format,
          failOn,
          ...(options.output !== undefined ? { output: options.output } : {}),
          force: options.force === true,
        }),
      );
    });
}
