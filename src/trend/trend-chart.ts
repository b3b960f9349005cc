import type { Lang } from '../i18n/lang.js';
import { reportText } from '../i18n/report.js';
import { xmlText } from '../diff/text-helpers.js';
import type { Trend } from './trend.js';
import { maxOf } from '../util/max.js';

const WIDTH = 640;
const HEIGHT = 240;
const FONT = 'font-family="Roboto, Helvetica, Arial, sans-serif"';
const COLOURS = { errors: '#c0392b', warnings: '#e67e22' } as const;

/**
 * `{{chart "trend"}}`: per period a stacked bar of vo check's errors and
 * warnings, so management sees at a glance whether the register gets better.
 * Keeps to the SVG subset that both the HTML page and pdfmake draw (rect,
 * line, text; fixed sizes), like the other report charts.
 */
export function trendChart(trend: Trend | undefined, lang: Lang): string {
  const text = reportText(lang);
  const severity = text.labels.severity;
  const points = trend?.points ?? [];
  const top = 34;
  const bottom = HEIGHT - 28;
  const left = 40;
  const max = maxOf(points.map((p) => (p.findings ? p.findings.errors + p.findings.warnings : 0)), 1);
  const step = niceStep(max);
  const scaleMax = Math.ceil(max / step) * step;
  const scale = (bottom - top - 12) / scaleMax;
  const slot = (WIDTH - left - 10) / Math.max(points.length, 1);
  const parts = [legend(`${severity.error ?? 'error'}`, COLOURS.errors, 0), legend(`${severity.warning ?? 'warning'}`, COLOURS.warnings, 90)];
  for (let tick = 0; tick <= scaleMax; tick += step) {
    const y = bottom - tick * scale;
    parts.push(`<line x1="${left}" y1="${fmt(y)}" x2="${WIDTH - 10}" y2="${fmt(y)}" stroke="#dddddd" stroke-width="1"/>`);
    parts.push(label(left - 6, y + 4, String(tick), 'end', '#666666'));
  }
  // Label every point when they fit, else every second, third… so labels never overlap.
  const every = Math.ceil(points.length / 12);
  points.forEach((point, i) => {
    const x = left + i * slot + slot * 0.2;
    const w = slot * 0.6;
    let y = bottom;
    for (const [key, value] of [['errors', point.findings?.errors ?? 0], ['warnings', point.findings?.warnings ?? 0]] as const) {
      if (value === 0) continue;
      const h = value * scale;
      y -= h;
      parts.push(`<rect x="${fmt(x)}" y="${fmt(y)}" width="${fmt(w)}" height="${fmt(h)}" fill="${COLOURS[key]}"/>`);
    }
    if (point.findings) parts.push(label(x + w / 2, y - 4, String(point.findings.errors + point.findings.warnings), 'middle', '#333333'));
    if (i % every === 0) parts.push(label(x + w / 2, bottom + 16, point.period, 'middle', '#333333'));
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img">` +
    `<title>${xmlText(text.words.chartTrendTitle)}</title>${parts.join('')}</svg>`
  );
}

function legend(text: string, colour: string, x: number): string {
  return `<rect x="${x}" y="6" width="10" height="10" fill="${colour}"/>${label(x + 14, 15, text, 'start', '#333333')}`;
}

function label(x: number, y: number, content: string, anchor: 'start' | 'middle' | 'end', fill: string): string {
  return `<text x="${fmt(x)}" y="${fmt(y)}" ${FONT} font-size="13" fill="${fill}" text-anchor="${anchor}">${xmlText(content)}</text>`;
}

/** Two decimals at most, so the same trend always gives the same bytes. */
const fmt = (n: number) => String(Math.round(n * 100) / 100);

function niceStep(max: number): number {
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const base of [1, 2, 5]) if (max / (base * magnitude) <= 5) return base * magnitude;
  }
}
