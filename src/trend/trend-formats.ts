import { domainLabels } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import { trendText } from '../i18n/trend.js';
import { toCsv, type CsvOptions, type CsvValue } from '../format/views/csv.js';
import { layoutTable, renderTable, type TableColumn } from '../format/views/table.js';
import type { Trend, TrendPoint } from './trend.js';

export const TREND_FORMATS = ['table', 'json', 'csv'] as const;
export type TrendFormat = (typeof TREND_FORMATS)[number];

export interface TrendFormatContext {
  lang: Lang;
  width: number;
  csv: CsvOptions;
}

/** The outputs of `vo trend`: a terminal table, JSON (docs/git.md) and CSV with the table's columns. */
export const trendFormatters: Record<TrendFormat, (trend: Trend, context: TrendFormatContext) => string> = {
  json: (trend) => JSON.stringify(trend, null, 2) + '\n',
  csv: (trend, context) => {
    const { header, rows } = grid(trend, context.lang, (point) => point.commit);
    return toCsv(header, rows, context.csv);
  },
  table: (trend, context) => {
    const { header, rows } = grid(trend, context.lang, (point) => point.commit?.slice(0, 7) ?? null);
    const dash = trendText(context.lang).noRegister;
    const cells = rows.map((row) => row.map((value) => (value === null ? dash : String(value))));
    const columns: TableColumn[] = header.map((head, index) => ({ head, ...(index === 2 ? { drop: 1 } : {}) }));
    return renderTable(columns, cells, layoutTable(columns, cells, context.width)) + '\n';
  },
};

/** One row per point: period, date, commit, agreements, one column per status, errors, warnings. */
function grid(trend: Trend, lang: Lang, commit: (point: TrendPoint) => string | null): { header: string[]; rows: CsvValue[][] } {
  const t = trendText(lang).columns;
  const status = domainLabels(lang).status;
  const header = [t.period, t.date, t.commit, t.agreements, ...trend.statuses.map((s) => capitalise(status[s] ?? s)), t.errors, t.warnings];
  const rows = trend.points.map((point) => [
    point.period,
    point.date,
    commit(point),
    point.agreements,
    ...trend.statuses.map((s) => point.byStatus?.[s] ?? null),
    point.findings?.errors ?? null,
    point.findings?.warnings ?? null,
  ]);
  return { header, rows };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
