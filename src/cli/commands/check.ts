import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { assess } from '../../assessment/assess.js';
import { FINDINGS_FORMATS, isFindingsFormat, type FindingsFormat } from '../../format/index.js';
import { cliText } from '../../i18n/cli.js';
import { diffText } from '../../i18n/diff.js';
import { viewText } from '../../i18n/views.js';
import { addExamples } from '../examples.js';
import { emitFindingsWorkbook, requireOutputForXlsx } from '../view-command.js';
import { assessSession, openRegister, type GlobalOptions } from '../context.js';
import { emitFindings, parseFailOn } from '../emit-findings.js';
import { checkSelection } from '../filters.js';
import type { CliContext } from '../program.js';

interface CheckOptions extends GlobalOptions {
  format: string;
  output?: string;
  force?: boolean;
  failOn: string;
  agreement?: string;
  department?: string;
  newSince?: string;
}

/** `vo check`: integrity and compliance rules as of D, in the format CI needs. */
export function checkCommand(program: Command, context: CliContext): void {
  const text = cliText(context.lang);
  const diff = diffText(context.lang);
  // xlsx is a workbook, not a text formatter: it is written by the views' workbook writer.
  const formats = [...FINDINGS_FORMATS, 'xlsx'];
  const command = program
    .command('check')
    .description(text.cmd.check)
    .option('--format <format>', `${text.opt.format}: ${formats.join(', ')}`, 'text')
    .option('-o, --output <file>', text.opt.output)
    .option('--force', text.opt.force)
    .option('--fail-on <level>', text.opt.failOn, 'error')
    .option('--agreement <id>', text.opt.agreement)
    .option('--department <id>', text.opt.department)
    .option('--new-since <ref>', diff.opt.newSince);
  addExamples(command, context.lang, [...viewText(context.lang).examples.check, ...diff.checkExamples]).action(async (_options, cmd: Command) => {
    const options = cmd.optsWithGlobals<CheckOptions>();
    const session = openRegister(context.io, options, {
      ...(options.agreement !== undefined ? { agreement: options.agreement } : {}),
      ...(options.department !== undefined ? { department: options.department } : {}),
    });
    if (!isFindingsFormat(options.format) && options.format !== 'xlsx') {
      throw new UsageError(cliText(session.lang).badChoice('--format', options.format, formats));
    }
    requireOutputForXlsx(session, options);
    const failOn = parseFailOn(options.failOn, session);
    checkSelection(session, options);
    const assessment = assessSession(session, options);
    if (options.format === 'xlsx') return context.exit(await emitFindingsWorkbook(session, assessment.findings, { ...options, failOn }));
    // --new-since: the same check of the register at that ref, as of the same D, so time alone makes nothing new.
    const base =
      options.newSince !== undefined
        ? (await import('../../git/register-at-ref.js')).registerAtRef(session.register, options.newSince, session.lang, (line) => session.io.stderr.write(`vo: ${line}\n`))
        : undefined;
    context.exit(
      await emitFindings(session, assessment.findings, {
        format: options.format as FindingsFormat,
        fileCount: assessment.fileCount,
        failOn,
        ...(options.output !== undefined ? { output: options.output } : {}),
        force: options.force === true,
        ...(base !== undefined && options.newSince !== undefined
          ? { baseline: { ref: options.newSince, findings: assess(base.register, session.asOf, session.lang, assessment.scope).findings } }
          : {}),
      }),
    );
  });
}
