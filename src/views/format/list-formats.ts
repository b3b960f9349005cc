import { viewText } from '../../i18n/views.js';
import { LIST_STATUSES, type ListRow } from '../list-rows.js';
import { chalkFor, statusCounts, statusPainter, type ViewContext } from './context.js';
import { toCsv } from './csv.js';
import { markdownTable } from './markdown-table.js';
import { wrap } from './wrap.js';
import { layoutTable, oneLine, renderTable, type TableColumn } from './table.js';

export type ListFormatter = (rows: readonly ListRow[], context: ViewContext) => string;

const KEYS = ['id', 'title', 'department', 'processor', 'phase', 'risk', 'lastEvaluation', 'nextEvaluation', 'status'] as const;

/** Localised cells for table and markdown; the status column also shows the phase of agreements that are not live. */
function cells(row: ListRow, context: ViewContext): string[] {
  const t = viewText(context.lang);
  return [
    row.id,
    row.title,
    context.departmentName(row.department),
    row.processor,
    t.level[row.risk],
    row.lastEvaluation ?? '',
    row.nextEvaluation ?? '',
    t.status[row.status] ?? row.status,
  ].map(oneLine);
}

function total(rows: readonly ListRow[], context: ViewContext): string {
  const t = viewText(context.lang);
  return t.listTotal(rows.length, statusCounts(rows.map((r) => r.status), LIST_STATUSES, (s) => t.status[s] ?? s));
}

/**
 * Columns in the order of SPEC §7 without the phase, which the status already
 * shows for every agreement that is not live. Ids are never cut (they are what
 * `vo show` takes, and they say what the agreement is); on a narrow terminal the
 * title steps aside first, then the processor, the last evaluation, the
 * department and the risk.
 */
const table: ListFormatter = (rows, context) => {
  const t = viewText(context.lang);
  const h = t.head.list;
  const columns: TableColumn[] = [
    { head: h.id },
    { head: h.title, flex: true, minWidth: 16, drop: 1 },
    { head: h.department, flex: true, minWidth: 12, drop: 4 },
    { head: h.processor, flex: true, minWidth: 14, drop: 2 },
    { head: h.risk, drop: 5 },
    { head: h.lastEvaluation, drop: 3 },
    { head: h.nextEvaluation },
    { head: h.status },
  ];
  if (rows.length === 0) return `${t.nothing}\n`;
  const chalk = chalkFor(context);
  const paint = statusPainter(chalk);
  const body = rows.map((row) => cells(row, context));
  const layout = layoutTable(columns, body, context.width);
  const rendered = renderTable(columns, body, layout, {
    head: (text) => chalk.bold(text),
    rule: (text) => chalk.dim(text),
    paint: (text, column, r) => (column === 7 ? paint(rows[r]!.status, text) : text),
  });
  return `${rendered}\n\n${wrap(total(rows, context), context.width).join('\n')}\n`;
};

const json: ListFormatter = (rows) => JSON.stringify(rows, null, 2) + '\n';

/** Machine-readable: the JSON keys as header and the JSON values, whatever the language. */
const csv: ListFormatter = (rows, context) => toCsv(KEYS, rows.map((row) => KEYS.map((key) => row[key])), context.csv);

const markdown: ListFormatter = (rows, context) => {
  const h = viewText(context.lang).head.list;
  const head = [h.id, h.title, h.department, h.processor, h.risk, h.lastEvaluation, h.nextEvaluation, h.status];
  const table = rows.length > 0 ? markdownTable(head, rows.map((row) => cells(row, context))) + '\n\n' : '';
  return `${table}${total(rows, context)}\n`;
};

/** Every `vo list --format`; adding a format is adding a function and a key here. */
export const listFormatters = { table, json, csv, markdown } satisfies Record<string, ListFormatter>;
