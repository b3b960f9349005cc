import { viewText } from '../../i18n/views.js';
import { obligationJson, shownObligationStatus, SHOWN_OBLIGATION_STATUSES, type ObligationRow } from '../../views/obligation-rows.js';
import type { Sheet } from '../xlsx/sheet.js';
import { chalkFor, statusCounts, statusPainter, statusTone, type ViewContext } from './context.js';
import { sheetCsv } from './csv.js';
import { markdownTable } from './markdown-table.js';
import { wrap } from './wrap.js';
import { layoutTable, oneLine, renderTable, type TableColumn } from './table.js';

export type ObligationFormatter = (rows: readonly ObligationRow[], context: ViewContext) => string;

/** Localised cells, without the department: it is the heading of each group. */
function cells(row: ObligationRow, context: ViewContext): string[] {
  const t = viewText(context.lang);
  return [
    row.agreement,
    row.title,
    t.party[row.party],
    t.frequency[row.frequency],
    row.owner ?? '',
    row.lastAssessed ?? '',
    row.nextDue ?? '',
    t.obligationStatus[shownObligationStatus(row)] ?? row.status,
  ].map(oneLine);
}

function total(rows: readonly ObligationRow[], context: ViewContext): string {
  const t = viewText(context.lang);
  return t.obligationsTotal(rows.length, statusCounts(rows.map(shownObligationStatus), SHOWN_OBLIGATION_STATUSES, (s) => t.obligationStatus[s] ?? s));
}

/** Consecutive runs of one department; the rows come sorted by department already. */
function groups(rows: readonly ObligationRow[]): [string, ObligationRow[]][] {
  const result: [string, ObligationRow[]][] = [];
  for (const row of rows) {
    const last = result.at(-1);
    if (last && last[0] === row.department) last[1].push(row);
    else result.push([row.department, [row]]);
  }
  return result;
}

/**
 * One table per department under a heading with its name, all with the same
 * column widths so they line up. On 80 columns the last assessment, the party
 * and the frequency step aside first, then the owner.
 */
const table: ObligationFormatter = (rows, context) => {
  const t = viewText(context.lang);
  if (rows.length === 0) return `${t.nothing}\n`;
  const h = t.head.obligations;
  const columns: TableColumn[] = [
    { head: h.agreement },
    { head: h.title, flex: true, minWidth: 24 },
    { head: h.party, drop: 2 },
    { head: h.frequency, drop: 3 },
    { head: h.owner, flex: true, minWidth: 10, drop: 4 },
    { head: h.lastAssessed, drop: 1 },
    { head: h.nextDue },
    { head: h.status },
  ];
  const chalk = chalkFor(context);
  const paint = statusPainter(chalk);
  const layout = layoutTable(columns, rows.map((row) => cells(row, context)), context.width);
  const blocks = groups(rows).map(([department, group]) => {
    const heading = chalk.bold.underline(oneLine(`${context.departmentName(department)} (${department})`));
    const body = renderTable(columns, group.map((row) => cells(row, context)), layout, {
      head: (text) => chalk.bold(text),
      rule: (text) => chalk.dim(text),
      paint: (text, column, r) => (column === 7 ? paint(shownObligationStatus(group[r]!), text) : text),
    });
    return `${heading}\n${body}`;
  });
  return `${blocks.join('\n\n')}\n\n${wrap(total(rows, context), context.width).join('\n')}\n`;
};

const json: ObligationFormatter = (rows) => JSON.stringify(rows.map(obligationJson), null, 2) + '\n';

/** The sheet of csv and xlsx: one column per JSON key, headers and labels in the chosen language. */
export function obligationSheet(rows: readonly ObligationRow[], context: ViewContext): Sheet {
  const t = viewText(context.lang);
  const h = t.sheet.obligations;
  return {
    name: h.name,
    columns: [
      { header: h.department, type: 'text' },
      { header: h.agreement, type: 'text' },
      { header: h.id, type: 'text' },
      { header: h.title, type: 'text' },
      { header: h.party, type: 'text' },
      { header: h.frequency, type: 'text' },
      { header: h.owner, type: 'text' },
      { header: h.lastAssessed, type: 'date' },
      { header: h.lastStatus, type: 'text' },
      { header: h.nextDue, type: 'date' },
      { header: h.status, type: 'text' },
    ],
    rows: rows.map((row) => ({
      cells: [
        context.departmentName(row.department),
        row.agreement,
        row.id,
        row.title,
        t.party[row.party],
        t.frequency[row.frequency],
        row.owner,
        row.lastAssessed,
        row.lastStatus === null ? null : t.assessment[row.lastStatus],
        row.nextDue,
        t.obligationStatus[shownObligationStatus(row)] ?? row.status,
      ],
      tones: [...Array<undefined>(10), statusTone(shownObligationStatus(row))],
    })),
  };
}

const csv: ObligationFormatter = (rows, context) => sheetCsv(obligationSheet(rows, context), context.csv, context.lang);

const markdown: ObligationFormatter = (rows, context) => {
  const h = viewText(context.lang).head.obligations;
  const head = [h.agreement, h.title, h.party, h.frequency, h.owner, h.lastAssessed, h.nextDue, h.status];
  const blocks = groups(rows).map(
    ([department, group]) => `### ${oneLine(context.departmentName(department))}\n\n${markdownTable(head, group.map((row) => cells(row, context)))}`,
  );
  return [...blocks, total(rows, context)].join('\n\n') + '\n';
};

/** Every `vo obligations --format`. */
export const obligationFormatters = { table, json, csv, markdown } satisfies Record<string, ObligationFormatter>;
