import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { cliText } from '../../i18n/cli.js';
import type { Lang } from '../../i18n/lang.js';
import { remindText } from '../../i18n/remind.js';
import { viewText } from '../../i18n/views.js';
import { addressBook } from '../../remind/address-book.js';
import { ownerFilter, ownerQuery } from '../../remind/owners.js';
import { eventSequences } from '../../remind/sequence.js';
import { addDays } from '../../rules/dates.js';
import { agendaItems } from '../../views/agenda-items.js';
import {
  addExamples,
  addOutputOptions,
  emitView,
  emitWorkbook,
  requireOutputForXlsx,
  resolveFormat,
  viewContextOf,
  warnIntegrity,
  type OutputOptions,
} from '../view-command.js';
import { agendaFormatters, agendaSheet } from '../../format/views/agenda-formats.js';
import type { IcsOptions } from '../../format/views/ics.js';
import { assessSession, openRegister, type GlobalOptions, type Session } from '../context.js';
import { checkSelection } from '../filters.js';
import type { CliContext } from '../program.js';

interface AgendaOptions extends GlobalOptions, OutputOptions {
  days: string;
  department?: string;
  agreement?: string;
  owner?: string;
  alarmDays?: string;
}

const FORMATS = [...(Object.keys(agendaFormatters) as (keyof typeof agendaFormatters)[]), 'xlsx'] as const;
/** Ten years: enough for any contract term, small enough to stay a plain number. */
const MAX_DAYS = 3660;
/** A calendar alarm more than a year ahead reminds nobody of anything. */
const MAX_ALARM_DAYS = 365;

/** `vo agenda`: everything dated up to D + --days, overdue first; `--format ics` for a calendar (docs/views.md). */
export function agendaCommand(program: Command, context: CliContext): void {
  const cli = cliText(context.lang);
  const t = viewText(context.lang);
  const r = remindText(context.lang).agenda;
  const command = program
    .command('agenda')
    .description(t.cmd.agenda)
    .option('--days <n>', t.opt.days, '90')
    .option('--format <format>', `${t.opt.format}: ${FORMATS.join(', ')}`, 'table')
    .option('--department <id>', cli.opt.department)
    .option('--agreement <id>', cli.opt.agreement)
    .option('--owner <name>', r.owner)
    .option('--alarm-days <n>', r.alarmDays);
  addExamples(addOutputOptions(command, context.lang, false), context.lang, [...r.examples, ...t.examples.agenda]).action(async (_options, cmd: Command) => {
    const options = cmd.optsWithGlobals<AgendaOptions>();
    const session = openRegister(context.io, options);
    const { register, asOf, lang } = session;
    const format = resolveFormat(cmd, options, FORMATS, lang);
    requireOutputForXlsx(session, options);
    if (!/^\d+$/.test(options.days) || Number(options.days) > MAX_DAYS) throw new UsageError(viewText(lang).badDays(options.days));
    const alarmDays = parseAlarmDays(options.alarmDays, format, lang);
    const owner = ownerQuery(options.owner, lang);
    const selection = {
      ...(options.department !== undefined ? { department: options.department } : {}),
      ...(options.agreement !== undefined ? { agreement: options.agreement } : {}),
    };
    checkSelection(session, selection);
    const until = addDays(asOf, Number(options.days));
    const viewContext = viewContextOf(session, options);
    warnIntegrity(session);
    const concerns = owner !== undefined ? ownerFilter(register, owner) : () => true;
    // Everything up to the horizon: overdue items, and items a few days past but still within grace.
    const items = agendaItems(assessSession(session, selection)).filter((item) => item.date <= until && concerns(item));
    const calendar = format === 'ics' ? calendarOptions(session, alarmDays) : undefined;
    if (format === 'xlsx') await emitWorkbook(session, [agendaSheet(items, viewContext)], options);
    else emitView(session, agendaFormatters[format](items, viewContext, until, calendar), options);
  });
}

function parseAlarmDays(value: string | undefined, format: string, lang: Lang): number {
  const r = remindText(lang).agenda;
  if (value === undefined) return 7;
  if (format !== 'ics') throw new UsageError(r.icsOnly('--alarm-days'));
  if (!/^\d+$/.test(value) || Number(value) > MAX_ALARM_DAYS) throw new UsageError(r.badAlarmDays(value));
  return Number(value);
}

/** What the calendar takes from the register besides the items: revisions and addresses. */
function calendarOptions(session: Session, alarmDays: number): IcsOptions {
  const sequenceOf = eventSequences(session.register, session.asOf);
  const book = addressBook(session.register);
  return { alarmDays, sequence: (item) => sequenceOf(item.agreement), addressOf: book.addressFor };
}
