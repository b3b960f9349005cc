import { viewText } from '../../i18n/views.js';
import { longDate } from '../../remind/long-date.js';
import { daysBetween } from '../../rules/dates.js';
import { agendaJson, type AgendaItem } from '../../views/agenda-items.js';
import type { Sheet } from '../xlsx/sheet.js';
import { chalkFor, type ViewContext } from './context.js';
import { DEFAULT_ICS_OPTIONS, ics, type IcsOptions } from './ics.js';
import { wrap } from './wrap.js';
import { layoutTable, oneLine, renderTable, type TableColumn } from './table.js';

/** `until` is the last day of the window, D + --days; `calendar` is what only the iCalendar needs. */
export type AgendaFormatter = (items: readonly AgendaItem[], context: ViewContext, until: string, calendar?: IcsOptions) => string;

/** Overdue items first (docs/views.md), each part in date order; the sort is stable. */
export function overdueFirst(items: readonly AgendaItem[]): AgendaItem[] {
  return [...items].sort((x, y) => Number(y.overdue) - Number(x.overdue));
}

/**
 * Date, how far off, kind, agreement and what it is; on 80 columns the kind steps aside (the title mostly says it).
 * The total is a sentence, so its date is written as people read it ("30 december 2026"), not as in the date column.
 */
const table: AgendaFormatter = (items, context, until) => {
  const t = viewText(context.lang);
  const total = wrap(t.agendaTotal(items.length, items.filter((i) => i.overdue).length, longDate(until, context.lang)), context.width).join('\n');
  if (items.length === 0) return `${t.nothing}\n\n${total}\n`;
  const h = t.head.agenda;
  const columns: TableColumn[] = [
    { head: h.date },
    { head: h.when, drop: 2 },
    { head: h.kind, drop: 1 },
    { head: h.agreement },
    { head: h.title, flex: true, minWidth: 20 },
  ];
  const chalk = chalkFor(context);
  const ordered = overdueFirst(items);
  const body = ordered.map((item) =>
    [item.date, t.when(daysBetween(context.asOf, item.date), item.overdue), t.kind[item.kind] ?? item.kind, item.agreement, item.title].map(oneLine),
  );
  const rendered = renderTable(columns, body, layoutTable(columns, body, context.width), {
    head: (text) => chalk.bold(text),
    rule: (text) => chalk.dim(text),
    paint: (text, column, r) => (ordered[r]!.overdue && column <= 1 ? chalk.red(text) : text),
  });
  return `${rendered}\n\n${total}\n`;
};

/** docs/views.md: an array of `{date, kind, agreement, title, overdue}` sorted by date. */
const json: AgendaFormatter = (items) => JSON.stringify(items.map(agendaJson), null, 2) + '\n';

/** The sheet of xlsx: the JSON keys of docs/views.md in their order (sorted by date), overdue items in red. */
export function agendaSheet(items: readonly AgendaItem[], context: ViewContext): Sheet {
  const t = viewText(context.lang);
  const h = t.sheet.agenda;
  return {
    name: h.name,
    columns: [
      { header: h.date, type: 'date' },
      { header: h.kind, type: 'text' },
      { header: h.agreement, type: 'text' },
      { header: h.title, type: 'text' },
      { header: h.owner, type: 'text' },
      { header: h.overdue, type: 'boolean' },
      { header: h.daysLate, type: 'number' },
    ],
    rows: items.map((item) => ({
      cells: [item.date, t.kind[item.kind] ?? item.kind, item.agreement, item.title, item.owner, item.overdue, item.daysLate],
      tones: item.overdue ? ['bad', undefined, undefined, undefined, undefined, 'bad', 'bad'] : [],
    })),
  };
}

/** Every `vo agenda --format`. */
export const agendaFormatters = { table, json, ics: (items, context, _until, calendar = DEFAULT_ICS_OPTIONS) => ics(items, context, calendar) } satisfies Record<string, AgendaFormatter>;
