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
import { agendaItems, type AgendaItem } from '../../views/agenda-items.js';
import { viewCommand, type OutputOptions } from '../view-command.js';
import { agendaFormatters, agendaSheet } from '../../format/views/agenda-formats.js';
import type { IcsOptions } from '../../format/views/ics.js';
import type { GlobalOptions, Session } from '../context.js';
import type { CliContext } from '../program.js';

interface AgendaOptions extends GlobalOptions, OutputOptions {
  days: string;
  department?: string;
  agreement?: string;
  owner?: string;
  alarmDays?: string;
}

/** Ten years: enough for any contract term, small enough to stay a plain number. */
const MAX_DAYS = 3660;
/** A calendar alarm more than a year ahead reminds nobody of anything. */
const MAX_ALARM_DAYS = 365;

type AgendaFormat = keyof typeof agendaFormatters;

/** `vo agenda`: everything dated up to D + --days, overdue first; `--format ics` for a calendar (docs/views.md). */
export function agendaCommand(program: Command, context: CliContext): void {
  const cli = cliText(context.lang);
  const t = viewText(context.lang);
  const r = remindText(context.lang).agenda;
  viewCommand<AgendaOptions, AgendaItem>(program, context, {
    name: 'agenda',
    description: t.cmd.agenda,
    formats: Object.keys(agendaFormatters),
    options: [
      ['--days <n>', t.opt.days, '90'],
      ['--department <id>', cli.opt.department],
      ['--agreement <id>', cli.opt.agreement],
      ['--owner <name>', r.owner],
      ['--alarm-days <n>', r.alarmDays],
    ],
    csv: false,
    examples: [...r.examples, ...t.examples.agenda],
    prepare(options, session, format) {
      const { lang } = session;
      if (!/^\d+$/.test(options.days) || Number(options.days) > MAX_DAYS) throw new UsageError(viewText(lang).badDays(options.days));
      const alarmDays = parseAlarmDays(options.alarmDays, format, lang);
      const owner = ownerQuery(options.owner, lang);
      const until = addDays(session.asOf, Number(options.days));
      const concerns = owner !== undefined ? ownerFilter(session.register, owner) : () => true;
      const { department } = options;
      const agreement = options.agreement !== undefined ? { agreement: options.agreement } : {};
      return {
        selection: { ...(department !== undefined ? { department } : {}), ...agreement },
        // An obligation can belong to another department than its agreement (its item carries its own
        // department, as in the department report and the site): assess every agreement and keep the items of the department.
        scope: agreement,
        // Everything up to the horizon: overdue items, and items a few days past but still within grace.
        rows: (assessment) =>
          agendaItems(assessment).filter((item) => item.date <= until && (department === undefined || item.department === department) && concerns(item)),
        render: (fmt, items, viewContext) =>
          agendaFormatters[fmt as AgendaFormat](items, viewContext, until, fmt === 'ics' ? calendarOptions(session, alarmDays) : undefined),
        sheet: agendaSheet,
      };
    },
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
