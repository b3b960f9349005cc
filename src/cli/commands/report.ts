import { setImmediate } from 'node:timers/promises';
import type { Command } from 'commander';
import { extname } from 'node:path';
import { DateTime } from 'luxon';
import { UsageError } from '../../errors.js';
import { cliText } from '../../i18n/cli.js';
import { diffText } from '../../i18n/diff.js';
import { reportText } from '../../i18n/report.js';
import { trendText } from '../../i18n/trend.js';
import { assessSession, openRegister, type GlobalOptions, type Session } from '../context.js';
import { checkSelection } from '../filters.js';
import { writeOutput } from '../output.js';
import { compactHeap } from '../../util/compact-heap.js';
import type { CliContext } from '../program.js';
import type { ReportModel } from '../../report/model-types.js';
import type { PdfProgress } from '../../format/report/markdown-to-pdf.js';
import { examplesHelp } from '../examples.js';

interface ReportOptions extends GlobalOptions {
  template: string;
  format?: string;
  output?: string;
  force?: boolean;
  department?: string;
  agreement?: string;
  compare?: string;
  trend?: string;
}

const FORMATS = ['md', 'html', 'pdf'] as const;
type Format = (typeof FORMATS)[number];
const EXTENSIONS: Record<string, Format> = { '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.pdf': 'pdf' };

/**
 * `vo report`: a Handlebars template rendered to Markdown, HTML or
 * PDF. The report modules, and with them Handlebars, marked and pdfmake, are
 * imported only when this command runs.
 */
export function reportCommand(program: Command, context: CliContext): void {
  const text = reportText(context.lang);
  program
    .command('report')
    .description(text.description)
    .option('--template <name>', text.opt.template, 'management')
    .option('--format <format>', text.opt.format)
    .option('-o, --output <file>', text.opt.output)
    .option('--force', text.opt.force)
    .option('--department <id>', text.opt.department)
    .option('--agreement <id>', text.opt.agreement)
    .option('--compare <ref>', diffText(context.lang).opt.compare)
    .option('--trend <date>', trendText(context.lang).opt.reportTrend)
    .addHelpText('after', examplesHelp(context.lang, trendText(context.lang).reportExamples))
    .action(async (_options, command: Command) => {
      const options = command.optsWithGlobals<ReportOptions>();
      // A dossier (`--agreement`) needs only that agreement's files, as `vo show`; history compares whole registers.
      const scoped = options.agreement !== undefined && options.compare === undefined && options.trend === undefined;
      let session: Session | undefined = openRegister(context.io, options, scoped ? { agreement: options.agreement } : undefined);
      const t = reportText(session.lang);
      const format = reportFormat(options, session);
      if (format === 'pdf' && options.output === undefined) throw new UsageError(t.pdfNeedsOutput);
      checkSelection(session, options);
      if (options.template === 'department' && options.department === undefined) throw new UsageError(t.needsDepartment(options.template));
      if (options.template === 'agreement' && options.agreement === undefined) throw new UsageError(t.needsAgreement(options.template));

      const history = { compare: options.compare, trend: options.trend, department: options.department, agreement: options.agreement };
      const extras =
        options.compare !== undefined || options.trend !== undefined
          ? (await import('../../diff/report-history.js')).reportHistory(session.register, session.asOf, session.lang, history, (line) => context.io.stderr.write(`vo: ${line}\n`))
          : undefined;
      const { loadTemplateSource, isBuiltIn } = await import('../../report/template-source.js');
      const source = loadTemplateSource(options.template, context.io.cwd, session.lang);
      const { renderModel, reportModel } = await import('../../report/render.js');
      const request = {
        source,
        format,
        template: isBuiltIn(options.template) ? options.template : 'custom',
        reportDate: reportDate(session),
        ...(extras !== undefined ? { extras } : {}),
        ...(options.department !== undefined ? { department: options.department } : {}),
        ...(options.agreement !== undefined ? { agreement: options.agreement } : {}),
      };
      // What writing the report needs of the session; the register itself is let go before rendering.
      const output = { io: session.io, lang: session.lang, register: { root: session.register.root } };
      const timezone = session.register.config.timezone;
      // Only the agreement a dossier is about is assessed; a department report needs every agreement (obligations cross departments).
      let model: ReportModel | undefined = reportModel(assessSession(session, options.agreement !== undefined ? { agreement: options.agreement } : {}), request);
      // The model holds all the report shows: without the register and its assessment a third less memory (docs/performance.md).
      session = undefined;
      // Collect the register and the assessment now, before rendering makes its own garbage (33 000
      // agreements: 1.31 → 1.20 GB). After a turn of the event loop: collected straight away, the
      // assessment the model was built from is still held by this call's frame (1.42 GB).
      await setImmediate();
      compactHeap();
      // A PDF of several thousand pages takes minutes: on a terminal, say how far it is.
      const cli = cliText(output.lang);
      const onPdfProgress =
        context.io.stderr.isTTY === true && options.debug !== true
          ? ({ phase, written, pages }: PdfProgress) =>
              context.io.stderr.write(
                phase === 'layout' ? `\r${cli.pdfLayout(pages)}\x1b[K` : `\r${cli.pdfProgress(written, pages)}${written === pages ? '\r\x1b[K' : ''}`,
              )
          : undefined;
      // Markdown goes out line by line, to stdout or a file: the report is never copied whole (100 000 agreements: 95 MB).
      const rendering = renderModel(model, { ...request, timezone, lines: true, ...(onPdfProgress ? { onPdfProgress } : {}) });
      // The PDF is laid out without the model: let go of it here too.
      model = undefined;
      const report = await rendering;
      if (report.problems > 0) context.io.stderr.write(`vo: ${t.integrityWarning(report.problems, report.problemFiles)}\n`);
      writeOutput(output, report.content, { ...(options.output !== undefined ? { output: options.output } : {}), force: options.force === true, format });
    });
}

/** `--format`, else the extension of `--output`, else Markdown. */
function reportFormat(options: ReportOptions, session: Session): Format {
  if (options.format !== undefined) {
    if (!(FORMATS as readonly string[]).includes(options.format)) throw new UsageError(reportText(session.lang).badFormat(options.format));
    return options.format as Format;
  }
  return (options.output !== undefined ? EXTENSIONS[extname(options.output).toLowerCase()] : undefined) ?? 'md';
}

/**
 * The report date is the as-of date: a report made with `--as-of` is the one
 * `vo report` would have made that day, so the same input always gives the
 * same bytes (docs/security.md). SOURCE_DATE_EPOCH (reproducible-builds.org) sets it
 * explicitly, for a report dated when it was made but evaluated as of another day.
 */
function reportDate(session: Session): string {
  const epoch = session.io.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d{1,12}$/.test(epoch)) {
    return DateTime.fromSeconds(Number(epoch)).setZone(session.register.config.timezone).toISODate() ?? session.asOf;
  }
  return session.asOf;
}
