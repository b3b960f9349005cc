import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { cliText } from '../../i18n/cli.js';
import { viewText } from '../../i18n/views.js';
import { addDays } from '../../rules/dates.js';
import { agendaItems } from '../../views/agenda-items.js';
import { addOutputOptions, emitView, parseFormat, viewContextOf, warnIntegrity, type OutputOptions } from '../../views/command-support.js';
import { agendaFormatters } from '../../views/format/agenda-formats.js';
import { openRegister, type GlobalOptions } from '../context.js';
import { checkSelection, selectedAgreementIds } from '../filters.js';
import type { CliContext } from '../program.js';

interface AgendaOptions extends GlobalOptions, OutputOptions {
  days: string;
  department?: string;
  agreement?: string;
}

const FORMATS = Object.keys(agendaFormatters) as (keyof typeof agendaFormatters)[];
/** Ten years: enough for any contract term, small enough to stay a plain number. */
const MAX_DAYS = 3660;

/** `vo agenda`: everything dated up to D + --days, overdue first; `--format ics` for a calendar (SPEC §7). */
export function agendaCommand(program: Command, context: CliContext): void {
  const cli = cliText(context.lang);
  const t = viewText(context.lang);
  const command = program
    .command('agenda')
    .description(t.cmd.agenda)
    .option('--days <n>', t.opt.days, '90')
    .option('--format <format>', `${t.opt.format}: ${FORMATS.join(', ')}`, 'table')
    .option('--department <id>', cli.opt.department)
    .option('--agreement <id>', cli.opt.agreement);
  addOutputOptions(command, context.lang, false).action((_options, cmd: Command) => {
    const options = cmd.optsWithGlobals<AgendaOptions>();
    const session = openRegister(context.io, options);
    const { register, asOf, lang } = session;
    const format = parseFormat(options.format, FORMATS, lang);
    if (!/^\d+$/.test(options.days) || Number(options.days) > MAX_DAYS) throw new UsageError(viewText(lang).badDays(options.days));
    const selection = {
      ...(options.department !== undefined ? { department: options.department } : {}),
      ...(options.agreement !== undefined ? { agreement: options.agreement } : {}),
    };
    checkSelection(session, selection);
    const selected = selectedAgreementIds(register, selection);
    const until = addDays(asOf, Number(options.days));
    const viewContext = viewContextOf(session, options);
    warnIntegrity(session);
    // Everything up to the horizon: overdue items, and items a few days past but still within grace.
    const items = agendaItems(register, asOf, lang).filter((item) => item.date <= until && selected.has(item.agreement));
    emitView(session, agendaFormatters[format](items, viewContext, until), options);
  });
}
