import type { Command } from 'commander';
import { cliText } from '../../i18n/cli.js';
import { viewText } from '../../i18n/views.js';
import { obligationFormatters, obligationSheet } from '../../format/views/obligation-formats.js';
import { filterObligationRows, OBLIGATION_STATUSES, obligationRows } from '../../views/obligation-rows.js';
import type { GlobalOptions } from '../context.js';
import type { CliContext } from '../program.js';
import { parseChoices, viewCommand, type OutputOptions } from '../view-command.js';

interface ObligationsOptions extends GlobalOptions, OutputOptions {
  department?: string;
  owner?: string;
  party?: string;
  status?: string;
}

type ObligationFormat = keyof typeof obligationFormatters;

/** `vo obligations`: the obligations of live agreements per department, with the status `vo check` gives them (docs/views.md). */
export function obligationsCommand(program: Command, context: CliContext): void {
  const cli = cliText(context.lang);
  const t = viewText(context.lang);
  viewCommand<ObligationsOptions, ReturnType<typeof obligationRows>[number]>(program, context, {
    name: 'obligations',
    description: t.cmd.obligations,
    formats: Object.keys(obligationFormatters),
    options: [
      ['--department <id>', cli.opt.department],
      ['--owner <name>', t.opt.owner],
      ['--party <party>', t.opt.party],
      ['--status <status>', t.opt.obligationStatus],
    ],
    csv: true,
    examples: t.examples.obligations,
    prepare(options, { lang }) {
      const department = options.department !== undefined ? { department: options.department } : {};
      const filter = {
        ...department,
        ...(options.owner !== undefined ? { owner: options.owner } : {}),
        party: parseChoices('--party', options.party, ['processor', 'controller'], lang),
        status: parseChoices('--status', options.status, OBLIGATION_STATUSES, lang),
      };
      return {
        selection: department,
        // An obligation can be owned by another department than its agreement's: assess every agreement.
        scope: {},
        rows: (assessment) => filterObligationRows(obligationRows(assessment), filter),
        render: (format, rows, viewContext) => obligationFormatters[format as ObligationFormat](rows, viewContext),
        sheet: obligationSheet,
      };
    },
  });
}
