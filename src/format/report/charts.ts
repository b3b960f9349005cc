import { DateTime } from 'luxon';
import { reportText } from '../../i18n/report.js';
import type { Lang } from '../../i18n/lang.js';
import { trendChart } from '../../trend/trend-chart.js';
import { addDays } from '../../rules/dates.js';
import { formatMonth } from '../../report/dates.js';
import { escapeHtml } from '../../report/escape.js';
import type { AgendaKind } from '../../views/agenda-items.js';
import type { ReportModel } from '../../report/model-types.js';
import { maxOf } from '../../util/max.js';

/**
 * The report's charts as SVG strings, drawn from the view model alone. The
 * same string goes inline into the HTML page and into pdfmake's `svg` node,
 * so it keeps to what both understand: `rect`, `line`, `text`, fixed sizes,
 * no CSS, no external references. Every text from the register is escaped.
 */
export const CHART_NAMES = ['agreements-by-department', 'due-by-month', 'trend'] as const;
export type ChartName = (typeof CHART_NAMES)[number];

export function isChartName(value: unknown): value is ChartName {
  return typeof value === 'string' && (CHART_NAMES as readonly string[]).includes(value);
}

/**
 * A template places a chart with `{{chart "name"}}`: an HTML comment on its
 * own line, invisible in Markdown viewers, replaced by the chart in HTML and PDF.
 */
export function chartMarker(name: ChartName): string {
  return `\n\n<!-- vo-chart: ${name} -->\n\n`;
}

export const CHART_MARKER = /^<!-- vo-chart: ([a-z-]+) -->\s*$/;

export const CHART_WIDTH = 640;
const FONT = 'font-family="Roboto, Helvetica, Arial, sans-serif"';
const STATUS_COLOURS = { invalid: '#6e2c00', error: '#c0392b', warning: '#d35400', ok: '#2e8b57' } as const;
const GROUPS: { kinds: AgendaKind[]; colour: string; word: 'chartEvaluations' | 'chartObligations' | 'chartAssurance' | 'chartActions' }[] = [
  { kinds: ['evaluation'], colour: '#1f4e79', word: 'chartEvaluations' },
  { kinds: ['obligation', 'meeting', 'training'], colour: '#2a9d8f', word: 'chartObligations' },
  { kinds: ['assurance', 'agreement-end'], colour: '#8e6bb8', word: 'chartAssurance' },
  { kinds: ['action', 'subprocessor-change', 'incident-authority', 'incident-report'], colour: '#b9770e', word: 'chartActions' },
];

export function renderChart(name: ChartName, model: ReportModel, lang: Lang): string {
  if (name === 'trend') return trendChart(model.trend, lang);
  return name === 'agreements-by-department' ? statusChart(model, lang) : dueChart(model, lang);
}

interface Segment {
  value: number;
  colour: string;
}

/** Horizontal stacked bars: per department its agreements by status. */
function statusChart(model: ReportModel, lang: Lang): string {
  const text = reportText(lang);
  const keys = Object.keys(STATUS_COLOURS) as (keyof typeof STATUS_COLOURS)[];
  const statusLabel = (key: (typeof keys)[number]) => text.labels.status[key] ?? key;
  const rows = model.departments.map((d) => ({ label: d.name, segments: keys.map((k) => ({ value: d.byStatus[k], colour: STATUS_COLOURS[k] })) }));
  const legend = keys.map((k) => ({ label: statusLabel(k), colour: STATUS_COLOURS[k] }));
  const labelWidth = 220;
  const barWidth = CHART_WIDTH - labelWidth - 30;
  const rowHeight = 24;
  const top = 34;
  const height = top + Math.max(rows.length, 1) * rowHeight + 10;
  const max = maxOf(rows.map((r) => total(r.segments)), 1);
  const scale = barWidth / max;
  const parts: string[] = [legendSvg(legend, 0)];
  rows.forEach((row, i) => {
    const y = top + i * rowHeight;
    parts.push(textSvg(labelWidth - 8, y + 15, truncate(row.label, 30), 'end'));
    let x = labelWidth;
    for (const segment of row.segments) {
      if (segment.value === 0) continue;
      const w = segment.value * scale;
      parts.push(`<rect x="${fmt(x)}" y="${y + 3}" width="${fmt(w)}" height="${rowHeight - 6}" fill="${segment.colour}"/>`);
      if (w >= 14) parts.push(textSvg(x + w / 2, y + 15, String(segment.value), 'middle', '#ffffff'));
      x += w;
    }
    parts.push(textSvg(x + 4, y + 15, String(total(row.segments)), 'start', '#333333'));
  });
  return svg(text.words.chartStatusTitle, height, parts);
}

/** Vertical stacked bars: what is overdue, then what falls due in each month of the coming window, by kind. */
function dueChart(model: ReportModel, lang: Lang): string {
  const text = reportText(lang);
  const months = monthsBetween(model.asOf, addDays(model.asOf, model.upcomingDays));
  const columns = [
    { label: text.words.chartOverdue, items: model.overdue },
    ...months.map((m) => ({ label: formatMonth(`${m}-01`, lang, 'short'), items: model.upcoming.filter((u) => u.date.startsWith(m)) })),
  ].map((c) => ({ label: c.label, segments: GROUPS.map((g) => ({ value: c.items.filter((i) => g.kinds.includes(i.kind)).length, colour: g.colour })) }));
  const height = 240;
  const top = 34;
  const bottom = height - 28;
  const left = 40;
  const max = maxOf(columns.map((c) => total(c.segments)), 1);
  const step = niceStep(max);
  const scaleMax = Math.ceil(max / step) * step;
  const scale = (bottom - top - 12) / scaleMax;
  const slot = (CHART_WIDTH - left - 10) / columns.length;
  const parts: string[] = [legendSvg(GROUPS.map((g) => ({ label: text.words[g.word], colour: g.colour })), 0)];
  for (let tick = 0; tick <= scaleMax; tick += step) {
    const y = bottom - tick * scale;
    parts.push(`<line x1="${left}" y1="${fmt(y)}" x2="${CHART_WIDTH - 10}" y2="${fmt(y)}" stroke="#dddddd" stroke-width="1"/>`);
    parts.push(textSvg(left - 6, y + 4, String(tick), 'end', '#666666'));
  }
  columns.forEach((column, i) => {
    const x = left + i * slot + slot * 0.2;
    const w = slot * 0.6;
    let y = bottom;
    for (const segment of column.segments) {
      if (segment.value === 0) continue;
      const h = segment.value * scale;
      y -= h;
      parts.push(`<rect x="${fmt(x)}" y="${fmt(y)}" width="${fmt(w)}" height="${fmt(h)}" fill="${segment.colour}"/>`);
    }
    parts.push(textSvg(x + w / 2, y - 4, String(total(column.segments)), 'middle', '#333333'));
    parts.push(textSvg(x + w / 2, bottom + 16, column.label, 'middle', i === 0 ? STATUS_COLOURS.error : '#333333'));
  });
  return svg(text.words.chartDueTitle, height, parts);
}

function svg(title: string, height: number, parts: string[]): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${height}" viewBox="0 0 ${CHART_WIDTH} ${height}" role="img">` +
    `<title>${escapeHtml(title)}</title>${parts.join('')}</svg>`
  );
}

function legendSvg(entries: { label: string; colour: string }[], y: number): string {
  let x = 0;
  return entries
    .map(({ label, colour }) => {
      const item = `<rect x="${fmt(x)}" y="${y + 6}" width="10" height="10" fill="${colour}"/>${textSvg(x + 14, y + 15, label, 'start', '#333333')}`;
      x += 26 + label.length * 7;
      return item;
    })
    .join('');
}

/**
 * 13 units: the chart is drawn 640 wide and shown the width of the page (at least 600 pixels) in HTML
 * (html-style.ts) and at the A4 text width (515 pt) in the PDF, so a label is
 * never smaller than 12 pixels or 10 points.
 */
function textSvg(x: number, y: number, content: string, anchor: 'start' | 'middle' | 'end', fill = '#222222'): string {
  return `<text x="${fmt(x)}" y="${fmt(y)}" ${FONT} font-size="13" fill="${fill}" text-anchor="${anchor}">${escapeHtml(content)}</text>`;
}

const total = (segments: readonly Segment[]) => segments.reduce((sum, s) => sum + s.value, 0);
/** Two decimals at most, so the same model always gives the same bytes. */
const fmt = (n: number) => String(Math.round(n * 100) / 100);
const truncate = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** Grid steps of 1, 2, 5, 10, 20, 50… so there are at most about five lines. */
function niceStep(max: number): number {
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const base of [1, 2, 5]) if (max / (base * magnitude) <= 5) return base * magnitude;
  }
}

/** `YYYY-MM` of every month from `from` to `to`, inclusive. */
function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = DateTime.fromISO(from, { zone: 'utc' }).startOf('month'); m.toISODate()! <= to; m = m.plus({ months: 1 })) months.push(m.toFormat('yyyy-MM'));
  return months;
}
