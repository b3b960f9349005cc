import type { Command } from 'commander';
import { cliText } from '../../i18n/cli.js';
import { viewText } from '../../i18n/views.js';
import {
  addExamples,
  addOutputOptions,
  emitView,
  emitWorkbook,
  parseChoices,
  requireOutputForXlsx,
  resolveFormat,
  viewContextOf,
  warnIntegrity,
  type OutputOptions,
} from '../view-command.js';
import { obligationFormatters, obligationSheet } from '../../format/views/obligation-formats.js';
import { filterObligationRows, OBLIGATION_STATUSES, obligationRows } from '../../views/obligation-rows.js';
import { assessSession, openRegister, type GlobalOptions } from '../context.js';
import { checkSelection } from '../filters.js';
import type { CliContext } from '../program.js';

interface ObligationsOptions extends GlobalOptions, OutputOptions {
  department?: string;
  owner?: string;
  party?: string;
  status?: string;
}

const FORMATS = [...(Object.keys(obligationFormatters) as (keyof typeof obligationFormatters)[]), 'xlsx'] as const;

/** `vo obligations`: the obligations of live agreements per department, with the status `vo check` gives them (docs/views.md). */
export function obligationsCommand(program: Command, context: CliContext): void {
  const cli = cliText(context.lang);
  const t = viewText(context.lang);
  const command = program
    .command('obligations')
    .description(t.cmd.obligations)
    .option('--format <format>', `${t.opt.format}: ${FORMATS.join(', ')}`, 'table')
    .option('--department <id>', cli.opt.department)
    .option('--owner <name>', t.opt.owner)
    .option('--party <party>', t.opt.party)
    .option('--status <status>', t.opt.obligationStatus);
  addExamples(addOutputOptions(command, context.lang, true), context.lang, t.examples.obligations).action(async (_options, cmd: Command) => {
    const options = cmd.optsWithGlobals<ObligationsOptions>();
    const session = openRegister(context.io, options);
    const { lang } = session;
    const format = resolveFormat(cmd, options, FORMATS, lang);
    requireOutputForXlsx(session, options);
    checkSelection(session, { ...(options.department !== undefined ? { department: options.department } : {}) });
    const filter = {
      ...(options.department !== undefined ? { department: options.department } : {}),
      ...(options.owner !== undefined ? { owner: options.owner } : {}),
      party: parseChoices('--party', options.party, ['processor', 'controller'], lang),
      status: parseChoices('--status', options.status, OBLIGATION_STATUSES, lang),
    };
    const viewContext = viewContextOf(session, options);
    warnIntegrity(session);
    const rows = filterObligationRows(obligationRows(assessSession(session)), filter);
    if (format === 'xlsx') await emitWorkbook(session, [obligationSheet(rows, viewContext)], options);
    else emitView(session, obligationFormatters[format](rows, viewContext), options);
  });
}
