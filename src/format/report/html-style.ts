/**
 * The inline style sheet of the HTML report: readable on screen, and on paper
 * A4 with table headers repeated on every page, rows and charts kept whole
 * and headings kept with what follows. System fonts only, nothing fetched.
 */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1d2733; --muted: #5b6775; --line: #d5dbe1; --band: #f3f6f9; --accent: #1f4e79; }
* { box-sizing: border-box; }
body { margin: 0; overflow-wrap: break-word; color: var(--ink); background: #fff; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
.running { padding: 8px 24px; color: var(--muted); font-size: 13px; border-bottom: 1px solid var(--line); }
main { max-width: 1100px; margin: 0 auto; padding: 8px 24px 48px; }
h1 { font-size: 26px; line-height: 1.25; margin: 24px 0 8px; color: var(--accent); }
h2 { font-size: 20px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--accent); }
h3 { font-size: 16px; margin: 24px 0 6px; }
p, ul, ol { margin: 8px 0; }
a { color: var(--accent); }
code { font: 13px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--band); padding: 0 3px; border-radius: 3px; }
pre { background: var(--band); padding: 8px 12px; overflow-x: auto; }
blockquote { margin: 8px 0; padding: 4px 12px; border-left: 4px solid var(--line); color: var(--muted); }
table { width: 100%; border-collapse: collapse; margin: 0; font-size: 13px; font-variant-numeric: tabular-nums; }
th, td { padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; text-align: left; overflow-wrap: break-word; word-break: normal; hyphens: manual; }
th { background: var(--band); font-weight: 600; }
th[align="right"], td[align="right"] { text-align: right; }
th[align="center"], td[align="center"] { text-align: center; }
tbody tr:nth-child(even) td { background: #fafbfc; }
figure.chart { margin: 12px 0 20px; overflow-x: auto; }
figure.chart svg { display: block; width: 100%; min-width: 600px; height: auto; }
.table-wrap { overflow-x: auto; margin: 8px 0 16px; }
hr { border: 0; border-top: 1px solid var(--line); margin: 24px 0; }
@media (max-width: 700px) { main { padding: 8px 12px 32px; } }
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  body { font-size: 10.5pt; }
  .running { padding: 0 0 4pt; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 18pt; }
  h2 { font-size: 14pt; margin-top: 18pt; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  table { font-size: 8.5pt; }
  thead { display: table-header-group; }
  tr, figure.chart { break-inside: avoid; page-break-inside: avoid; }
  .table-wrap, figure.chart { overflow: visible; }
  figure.chart svg { min-width: 0; }
  tbody tr:nth-child(even) td { background: none; }
  a { color: inherit; text-decoration: none; }
}
`
  .trim()
  .replace(/\n\s*/g, '\n');
