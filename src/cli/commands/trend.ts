import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { openRepository } from '../../git/repository.js';
import { cliText } from '../../i18n/cli.js';
import { trendText } from '../../i18n/trend.js';
import { TREND_INTERVALS, type TrendInterval } from '../../trend/periods.js';
import { TREND_FORMATS, trendFormatters } from '../../trend/trend-formats.js';
import { checkTrendRange } from '../../trend/trend-range.js';
import { registerTrend } from '../../trend/trend.js';
import { addOutputOptions, csvOptionsOf, parseFormat, type OutputOptions } from '../view-command.js';
import type { GlobalOptions } from '../context.js';
import { openRoot } from '../open-root.js';
import { writeOutput } from '../output.js';
import type { CliContext } from '../program.js';
import { examplesHelp } from '../examples.js';

interface TrendOptions extends GlobalOptions, OutputOptions {
  since?: string;
  every: string;
}

/**
 * `vo trend --since <date>` (issue #12): per month or quarter, the register as
 * committed at the period's end, assessed as of that day. Reads only git; the
 * working tree's records are not loaded.
 */
export function trendCommand(program: Command, context: CliContext): void {
  const text = trendText(context.lang);
  const command = program
    .command('trend')
    .description(text.cmd)
    .option('--since <date>', text.opt.since)
    .option('--every <interval>', `${text.opt.every}: ${TREND_INTERVALS.join(', ')}`, 'month')
    .option('--format <format>', `${text.opt.format}`, 'table');
  addOutputOptions(command, context.lang, true)
    .addHelpText('after', examplesHelp(context.lang, text.examples))
    .action((_options, cmd: Command) => {
      const options = cmd.optsWithGlobals<TrendOptions>();
      const session = openRoot(context.io, options);
      const { lang, asOf } = session;
      const format = parseFormat(options.format, TREND_FORMATS, lang);
      const every = parseInterval(options.every, lang);
      const csv = csvOptionsOf(options, lang);
      const since = checkTrendRange(options.since, asOf, every, lang);
      const trend = registerTrend({
        repo: openRepository(session.root, lang),
        shell: session.shell,
        since,
        every,
        asOf,
        lang,
        warn: (line) => context.io.stderr.write(`vo: ${line}\n`),
      });
      const toTerminal = options.output === undefined && context.io.stdout.isTTY === true && (context.io.stdout.columns ?? 0) > 0;
      const width = toTerminal ? (context.io.stdout.columns as number) : 80;
      writeOutput(session, trendFormatters[format](trend, { lang, width, csv }), options);
    });
}

function parseInterval(value: string, lang: CliContext['lang']): TrendInterval {
  if ((TREND_INTERVALS as readonly string[]).includes(value)) return value as TrendInterval;
  throw new UsageError(cliText(lang).badChoice('--every', value, TREND_INTERVALS));
}

