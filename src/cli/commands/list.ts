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
import { listFormatters, listSheet } from '../../format/views/list-formats.js';
import { filterListRows, LIST_STATUSES, listRows } from '../../views/list-rows.js';
import { assessSession, openRegister, type GlobalOptions } from '../context.js';
import { checkSelection } from '../filters.js';
import type { CliContext } from '../program.js';

interface ListOptions extends GlobalOptions, OutputOptions {
  department?: string;
  phase?: string;
  risk?: string;
  status?: string;
}

const FORMATS = [...(Object.keys(listFormatters) as (keyof typeof listFormatters)[]), 'xlsx'] as const;

/** `vo list`: every agreement with its risk, evaluations and the status `vo check` gives it (docs/views.md). */
export function listCommand(program: Command, context: CliContext): void {
  const cli = cliText(context.lang);
  const t = viewText(context.lang);
  const command = program
    .command('list')
    .description(t.cmd.list)
    .option('--format <format>', `${t.opt.format}: ${FORMATS.join(', ')}`, 'table')
    .option('--department <id>', cli.opt.department)
    .option('--phase <phase>', t.opt.phase)
    .option('--risk <level>', t.opt.risk)
    .option('--status <status>', t.opt.listStatus);
  addExamples(addOutputOptions(command, context.lang, true), context.lang, t.examples.list).action(async (_options, cmd: Command) => {
    const options = cmd.optsWithGlobals<ListOptions>();
    const session = openRegister(context.io, options);
    const { lang } = session;
    const format = resolveFormat(cmd, options, FORMATS, lang);
    requireOutputForXlsx(session, options);
    checkSelection(session, { ...(options.department !== undefined ? { department: options.department } : {}) });
    const filter = {
      ...(options.department !== undefined ? { department: options.department } : {}),
      phase: parseChoices('--phase', options.phase, ['draft', 'signing', 'active', 'ended'], lang),
      risk: parseChoices('--risk', options.risk, ['low', 'medium', 'high', 'none'], lang),
      status: parseChoices('--status', options.status, LIST_STATUSES, lang),
    };
    const viewContext = viewContextOf(session, options);
    warnIntegrity(session);
    const rows = filterListRows(listRows(assessSession(session, filter)), filter);
    if (format === 'xlsx') await emitWorkbook(session, [listSheet(rows, viewContext)], options);
    else emitView(session, listFormatters[format](rows, viewContext), options);
  });
}
