import type { Command } from 'commander';
import { cliText } from '../../i18n/cli.js';
import { viewText } from '../../i18n/views.js';
import { listFormatters, listSheet } from '../../format/views/list-formats.js';
import { filterListRows, LIST_STATUSES, listRows } from '../../views/list-rows.js';
import type { GlobalOptions } from '../context.js';
import type { CliContext } from '../program.js';
import { parseChoices, viewCommand, type OutputOptions } from '../view-command.js';

interface ListOptions extends GlobalOptions, OutputOptions {
  department?: string;
  phase?: string;
  risk?: string;
  status?: string;
}

type ListFormat = keyof typeof listFormatters;

/** `vo list`: every agreement with its risk, evaluations and the status `vo check` gives it (docs/views.md). */
export function listCommand(program: Command, context: CliContext): void {
  const cli = cliText(context.lang);
  const t = viewText(context.lang);
  viewCommand<ListOptions, ReturnType<typeof listRows>[number]>(program, context, {
    name: 'list',
    description: t.cmd.list,
    formats: Object.keys(listFormatters),
    options: [
      ['--department <id>', cli.opt.department],
      ['--phase <phase>', t.opt.phase],
      ['--risk <level>', t.opt.risk],
      ['--status <status>', t.opt.listStatus],
    ],
    csv: true,
    examples: t.examples.list,
    prepare(options, { lang }) {
      const department = options.department !== undefined ? { department: options.department } : {};
      const filter = {
        ...department,
        phase: parseChoices('--phase', options.phase, ['draft', 'signing', 'active', 'ended'], lang),
        risk: parseChoices('--risk', options.risk, ['low', 'medium', 'high', 'none'], lang),
        status: parseChoices('--status', options.status, LIST_STATUSES, lang),
      };
      return {
        selection: department,
        rows: (assessment) => filterListRows(listRows(assessment), filter),
        render: (format, rows, viewContext) => listFormatters[format as ListFormat](rows, viewContext),
        sheet: listSheet,
      };
    },
  });
}
