import type { Tokens } from 'marked';
import type { Lang } from '../../i18n/lang.js';
import { reportText } from '../../i18n/report.js';
import { CHART_MARKER, isChartName, renderChart } from './charts.js';
import { formatDate } from '../../report/dates.js';
import { decodeEntities, escapeHtml, safeUrl } from '../../report/escape.js';
import { REPORT_CSS } from './html-style.js';
import { mentionsAsWritten } from '../../util/no-mentions.js';
import type { ReportModel } from '../../report/model-types.js';

/**
 * Markdown → one self-contained HTML file: inline CSS for screen and print,
 * inline SVG charts, no scripts and nothing fetched (the Content Security
 * Policy says so too). Raw HTML in the Markdown is shown as text, never
 * rendered, whether it came from a value or from a template; links keep only
 * web, mail and relative targets; images are shown as their alt text.
 */
export async function markdownToHtml(markdown: string, model: ReportModel, lang: Lang): Promise<string> {
  const { Marked } = await import('marked');
  const marked = new Marked({
    gfm: true,
    async: false,
    renderer: {
      html(token: Tokens.HTML | Tokens.Tag): string {
        const name = CHART_MARKER.exec(token.text.trim())?.[1];
        if (token.block && isChartName(name)) return `<figure class="chart">${renderChart(name, model, lang)}</figure>\n`;
        return token.block ? `<p>${escapeHtml(token.text)}</p>\n` : escapeHtml(token.text);
      },
      link(token: Tokens.Link): string {
        const inner = this.parser.parseInline(token.tokens);
        const href = safeUrl(token.href);
        return href === undefined ? inner : `<a href="${escapeHtml(href)}">${inner}</a>`;
      },
      image(token: Tokens.Image): string {
        return escapeHtml(token.text);
      },
    },
  });
  const tokens = marked.lexer(mentionsAsWritten(markdown));
  const heading = tokens.find((t): t is Tokens.Heading => t.type === 'heading');
  const title = heading ? plainText(heading.tokens) : model.organisation;
  // Each table in a box of its own that scrolls sideways when the table is wider than the page, so no cell has to split a word.
  const body = marked.parser(tokens).replace(/<table>/g, '<div class="table-wrap"><table>').replace(/<\/table>/g, '</table></div>');
  const running = reportText(lang).header(model.organisation, formatDate(model.asOf, lang));
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="generator" content="vo">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    `<header class="running">${escapeHtml(running)}</header>`,
    '<main>',
    body.trimEnd(),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The text of inline tokens without markup, for the page title. */
export function plainText(tokens: readonly Tokens.Generic[] | undefined): string {
  return (tokens ?? [])
    .map((t) => (t.tokens ? plainText(t.tokens) : t.type === 'escape' ? t.text : decodeEntities(t.text ?? '')))
    .join('')
    .trim();
}
