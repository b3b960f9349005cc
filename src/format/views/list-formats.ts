import { viewText } from '../../i18n/views.js';
import { LIST_STATUSES, shownRisk, type ListRow } from '../../views/list-rows.js';
import type { Sheet } from '../xlsx/sheet.js';
import { chalkFor, statusCounts, statusPainter, statusTone, type ViewContext } from './context.js';
import { sheetCsv } from './csv.js';
import { markdownTable } from './markdown-table.js';
import { wrap } from './wrap.js';
import { layoutTable, oneLine, renderTable, type TableColumn } from './table.js';

export type ListFormatter = (rows: readonly ListRow[], context: ViewContext) => string;

/**
 * The risk cell: "niet beoordeeld" for an agreement that was read and has no `risk` (also when it is
 * invalid because of another file, as vo show and the reports say); a file that could not be read has
 * an unknown risk, so empty.
 */
function riskCell(row: ListRow, t: ReturnType<typeof viewText>): string | null {
  const risk = shownRisk(row); // what `--risk` selects on, so a filter never disagrees with the cell
  return risk === 'unknown' ? null : risk === 'none' ? t.notAssessed : t.level[risk];
}

/** Localised cells for table and markdown; what a broken file does not say stays empty. */
function cells(row: ListRow, context: ViewContext): string[] {
  const t = viewText(context.lang);
  return [
    row.id,
    row.title ?? '',
    row.department !== null ? context.departmentName(row.department) : '',
    row.processor ?? '',
    row.phase !== null ? t.phase[row.phase] : '',
    riskCell(row, t) ?? '',
    row.lastEvaluation ?? '',
    row.nextEvaluation ?? '',
    row.evaluation !== null ? (t.evaluationStatus[row.evaluation] ?? row.evaluation) : '',
    String(row.errors),
    String(row.warnings),
    t.status[row.status] ?? row.status,
  ].map(oneLine);
}

function total(rows: readonly ListRow[], context: ViewContext): string {
  const t = viewText(context.lang);
  return t.listTotal(rows.length, statusCounts(rows.map((r) => r.status), LIST_STATUSES, (s) => t.listTotalStatus[s] ?? s));
}

/**
 * Columns in the order of the JSON. Ids are never cut (they are what `vo show`
 * takes, and they say what the agreement is); on a narrow terminal the title
 * steps aside first, then the processor, the last evaluation, the counts (the
 * status sums them up), the phase, the evaluation clock (the next date stays,
 * coloured by it), the department and the risk.
 */
const table: ListFormatter = (rows, context) => {
  const t = viewText(context.lang);
  const h = t.head.list;
  const columns: TableColumn[] = [
    { head: h.id },
    { head: h.title, flex: true, minWidth: 16, drop: 1 },
    { head: h.department, flex: true, minWidth: 12, drop: 8 },
    { head: h.processor, flex: true, minWidth: 14, drop: 2 },
    { head: h.phase, drop: 6 },
    { head: h.risk, drop: 9 },
    { head: h.lastEvaluation, drop: 3 },
    { head: h.nextEvaluation },
    { head: h.evaluation, drop: 7 },
    { head: h.errors, drop: 5 },
    { head: h.warnings, drop: 4 },
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
    paint: (text, column, r) =>
      column === 11 ? paint(rows[r]!.status, text) : column === 7 || column === 8 ? paint(rows[r]!.evaluation ?? '', text) : text,
  });
  return `${rendered}\n\n${wrap(total(rows, context), context.width).join('\n')}\n`;
};

const json: ListFormatter = (rows) => JSON.stringify(rows, null, 2) + '\n';

/**
 * The sheet of csv and xlsx: one column per JSON key, in their order, with headers and
 * labels in the chosen language (the department by its name, as in the table).
 */
export function listSheet(rows: readonly ListRow[], context: ViewContext): Sheet {
  const t = viewText(context.lang);
  const h = t.sheet.list;
  return {
    name: h.name,
    columns: [
      { header: h.id, type: 'text' },
      { header: h.title, type: 'text' },
      { header: h.department, type: 'text' },
      { header: h.processor, type: 'text' },
      { header: h.phase, type: 'text' },
      { header: h.risk, type: 'text' },
      { header: h.lastEvaluation, type: 'date' },
      { header: h.nextEvaluation, type: 'date' },
      { header: h.evaluation, type: 'text' },
      { header: h.errors, type: 'number' },
      { header: h.warnings, type: 'number' },
      { header: h.status, type: 'text' },
    ],
    rows: rows.map((row) => ({
      cells: [
        row.id,
        row.title,
        row.department !== null ? context.departmentName(row.department) : null,
        row.processor,
        row.phase !== null ? t.phase[row.phase] : null,
        riskCell(row, t),
        row.lastEvaluation,
        row.nextEvaluation,
        row.evaluation !== null ? (t.evaluationStatus[row.evaluation] ?? row.evaluation) : null,
        row.errors,
        row.warnings,
        t.status[row.status] ?? row.status,
      ],
      tones: [...Array<undefined>(8), row.evaluation !== null ? statusTone(row.evaluation) : undefined, undefined, undefined, statusTone(row.status)],
    })),
  };
}

const csv: ListFormatter = (rows, context) => sheetCsv(listSheet(rows, context), context.csv, context.lang);

const markdown: ListFormatter = (rows, context) => {
  const h = viewText(context.lang).head.list;
  const head = [h.id, h.title, h.department, h.processor, h.phase, h.risk, h.lastEvaluation, h.nextEvaluation, h.evaluation, h.errors, h.warnings, h.status];
  const table = rows.length > 0 ? markdownTable(head, rows.map((row) => cells(row, context))) + '\n\n' : '';
  return `${table}${total(rows, context)}\n`;
};

/** Every `vo list --format`; adding a format is adding a function and a key here. */
export const listFormatters = { table, json, csv, markdown } satisfies Record<string, ListFormatter>;
