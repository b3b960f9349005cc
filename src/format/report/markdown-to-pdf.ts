import type { Token, Tokens } from 'marked';
import type { Content, TableCell } from 'pdfmake';
import type { Lang } from '../../i18n/lang.js';
import { reportText } from '../../i18n/report.js';
import { CHART_MARKER, isChartName, renderChart } from './charts.js';
import { formatDate } from '../../report/dates.js';
import { decodeEntities, safeUrl } from '../../report/escape.js';
import { plainText } from './markdown-to-html.js';
import type { ReportModel } from '../../report/model-types.js';
import { CHUNK_WEIGHT, CONTENT_WIDTH, renderPdf, type PdfOptions, type PdfPiece, type PdfProgress } from './pdf-document.js';
import { maxOf } from '../../util/max.js';
import { mentionsAsWritten } from '../../util/no-mentions.js';

/**
 * Markdown → PDF without a browser: marked's tokens become a pdfmake document
 * definition. pdfmake only ever sees plain text, so nothing in a value is
 * markup here; raw HTML shows as text, images as their alt text, and links
 * keep only web, mail and relative targets, as in the HTML report.
 */
export async function markdownToPdf(markdown: string, model: ReportModel, lang: Lang, options: PdfOptions = {}): Promise<Uint8Array> {
  return writePdf(markdown, pdfReport(markdown, model, lang), lang, options);
}

export type { PdfProgress };

/** What the PDF needs of the report model: a long report lets go of the model before it lays out a page. */
export interface PdfReport {
  organisation: string;
  asOf: string;
  /** The charts the Markdown places, drawn. */
  charts: ReadonlyMap<string, string>;
}

export function pdfReport(markdown: string, model: ReportModel, lang: Lang): PdfReport {
  const charts = new Map<string, string>();
  for (const match of markdown.matchAll(CHART_MARKERS)) {
    const name = match[1];
    if (isChartName(name) && !charts.has(name)) charts.set(name, renderChart(name, model, lang));
  }
  return { organisation: model.organisation, asOf: model.asOf, charts };
}

/** A chart marker on a line of its own, in the Markdown as rendered or as tidied (a marker that is not an HTML block is simply not used). */
const CHART_MARKERS = /^[ \t]*<!-- vo-chart: ([a-z-]+) -->[ \t\r]*$/gm;

/** The PDF of tidied Markdown, laid out and written a chunk at a time (src/format/report/pdf-document.ts). */
export async function writePdf(markdown: string, report: PdfReport, lang: Lang, options: PdfOptions = {}): Promise<Uint8Array> {
  const { Marked } = await import('marked');
  const marked = new Marked({ gfm: true });
  // The title and the layout passes lex the same parts: an ordinary report (one part) is lexed once, as before.
  let lexed: { text: string; tokens: Token[] } | undefined;
  const lex = (text: string) => {
    if (lexed?.text !== text) lexed = { text, tokens: marked.lexer(text) };
    return lexed.tokens;
  };
  const parts = splitMarkdown(mentionsAsWritten(markdown), options.chunkWeight ?? CHUNK_WEIGHT);
  const text = reportText(lang);
  const cutWidths = parts.length > 1 ? widthsOfCutTables(parts, lex) : new Map<number, number[]>();
  return renderPdf(() => pieces(parts, lex, { charts: report.charts }, cutWidths), {
    title: firstHeading(parts, lex) ?? report.organisation,
    organisation: report.organisation,
    asOf: `${text.words.asOf} ${formatDate(report.asOf, lang)}`,
    lang,
    creationDate: new Date(`${report.asOf}T00:00:00Z`),
    page: text.page,
  }, options);
}

/** A stretch of the Markdown that is lexed on its own; `continues` when it goes on with the previous stretch's table. */
export interface MarkdownPart {
  text: string;
  continues: boolean;
}

const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:/m;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const TABLE_DELIMITER = /^\|?(?:\s*:?-+:?\s*\|)+\s*(?::?-+:?\s*)?$/;

/**
 * Cut long Markdown into parts of about `rows` lines that lex apart as they do
 * together, so that a report of 100 000 agreements never holds all its tokens
 * at once: only before a heading that follows a blank line (outside a fenced
 * code block), and between the rows of a long table, where the next part
 * repeats the headings over the table and its column header. Markdown with
 * reference-style link definitions stays whole (a link may be defined
 * anywhere).
 */
export function splitMarkdown(markdown: string, rows: number): MarkdownPart[] {
  if (markdown.length < rows * 16 || LINK_DEFINITION.test(markdown)) return [{ text: markdown, continues: false }];
  const parts: MarkdownPart[] = [];
  let start = 0;
  let prefix = '';
  let continues = false;
  let count = 0;
  let fence: string | undefined;
  let previousBlank = true;
  let headings = '';
  let table: string | undefined;
  let tableRowsInPart = 0;
  const cut = (at: number, nextPrefix: string) => {
    parts.push({ text: prefix + markdown.slice(start, at), continues });
    start = at;
    prefix = nextPrefix;
    continues = nextPrefix !== '';
    count = 0;
  };
  let pos = 0;
  while (pos < markdown.length) {
    const newline = markdown.indexOf('\n', pos);
    const end = newline === -1 ? markdown.length : newline + 1;
    const line = markdown.slice(pos, newline === -1 ? markdown.length : newline);
    const blank = line.trim() === '';
    if (fence !== undefined) {
      if (line.trimStart().startsWith(fence)) fence = undefined;
      count += 1;
    } else if (table !== undefined && line.startsWith('|')) {
      if (count >= rows && tableRowsInPart > 0) {
        cut(pos, table);
        tableRowsInPart = 0;
      }
      count += 1;
      tableRowsInPart += 1;
    } else {
      table = undefined;
      const opens = FENCE.exec(line);
      if (opens) fence = (opens[1] as string).slice(0, 3);
      else if (HEADING.test(line) && previousBlank && count >= rows) cut(pos, '');
      if (!blank) count += 1;
      if (line.startsWith('|') && !opens) {
        const after = markdown.indexOf('\n', end);
        const next = markdown.slice(end, after === -1 ? markdown.length : after);
        if (TABLE_DELIMITER.test(next)) {
          table = `${headings}${line}\n${next}\n`;
          tableRowsInPart = 0;
          pos = after === -1 ? markdown.length : after + 1;
          previousBlank = false;
          headings = '';
          continue;
        }
      }
      if (HEADING.test(line)) headings += `${line}\n\n`;
      else if (!blank) headings = '';
    }
    previousBlank = blank;
    pos = end;
  }
  parts.push({ text: prefix + markdown.slice(start), continues });
  return parts;
}

function firstHeading(parts: readonly MarkdownPart[], lex: (text: string) => Token[]): string | undefined {
  for (const part of parts) {
    const heading = lex(part.text).find((t): t is Tokens.Heading => t.type === 'heading');
    if (heading) return plainText(heading.tokens);
  }
  return undefined;
}

interface Context {
  charts: ReadonlyMap<string, string>;
  /** Column widths of a table that continues one laid out before (the same columns on every page). */
  widths?: ReadonlyMap<Tokens.Table, number[]>;
}

/** A block of the Markdown with the headings over it; a table with its number and whether rows of it came before. */
interface Block {
  headings: Token[];
  token: Token;
  table: number;
  continued: boolean;
}

/** The blocks of the parts in order (headings go with what follows them; a heading at the very end is a block of its own). */
function* walk(parts: readonly MarkdownPart[], lex: (text: string) => Token[]): Generator<Block | { headings: Token[]; token?: undefined }> {
  let table = 0;
  for (const part of parts) {
    let headings: Token[] = [];
    let first = true;
    for (const token of lex(part.text)) {
      if (token.type === 'space') continue;
      if (token.type === 'heading') {
        headings.push(token);
        continue;
      }
      const continued = token.type === 'table' && part.continues && first;
      if (token.type === 'table' && !continued) table += 1;
      yield { headings, token, table, continued };
      headings = [];
      first = false;
    }
    if (headings.length > 0) yield { headings };
  }
}

/**
 * The column widths of every table that the cutting into parts split, by its
 * number: measured over all its rows, as if it had not been cut (the parts are
 * lexed once more for this).
 */
function widthsOfCutTables(parts: readonly MarkdownPart[], lex: (text: string) => Token[]): Map<number, number[]> {
  const measures = new Map<number, ColumnMeasure>();
  const cut = new Set<number>();
  for (const block of walk(parts, lex)) {
    if (block.token?.type !== 'table') continue;
    const { table, continued } = block as Block;
    const token = block.token as Tokens.Table;
    let measure = measures.get(table);
    if (!measure) {
      measure = new ColumnMeasure();
      measure.add(cellTexts(token.header));
      measures.set(table, measure);
    }
    if (continued) cut.add(table);
    for (const row of token.rows) measure.add(cellTexts(row));
  }
  return new Map([...cut].map((table) => [table, (measures.get(table) as ColumnMeasure).widths()]));
}

/**
 * The document as pieces to lay out (see PdfPiece): every block with the
 * headings over it, and every table on its own, so a long table can be cut
 * between rows. A table cut into parts gets the widths of all its rows.
 */
function* pieces(parts: readonly MarkdownPart[], lex: (text: string) => Token[], context: Context, cutWidths: ReadonlyMap<number, number[]>): Generator<PdfPiece> {
  let widths: number[] = [];
  for (const block of walk(parts, lex)) {
    const { headings, token } = block;
    if (token === undefined) {
      yield { build: () => blocks(headings, context), weight: headings.length };
    } else if (token.type === 'table') {
      const { table, continued } = block as Block;
      if (!continued) widths = cutWidths.get(table) ?? tableWidths(token as Tokens.Table);
      yield tablePiece({ headings, token: token as Tokens.Table, widths, id: table, continued }, context);
    } else {
      const group = [...headings, token];
      yield { build: () => keepHeadingsWithNext(blocks(group, context)), weight: token.type === 'list' ? (token as Tokens.List).items.length : 1 };
    }
  }
}

/** A table, or rows of one: `id` tells which table, `continued` that rows of it came before. */
interface TableRows {
  headings: readonly Token[];
  token: Tokens.Table;
  widths: number[];
  id: number;
  continued: boolean;
}

const tableRows = new WeakMap<PdfPiece, TableRows>();

function tablePiece(rows: TableRows, context: Context): PdfPiece {
  const { headings, token, widths } = rows;
  const piece: PdfPiece = {
    weight: token.rows.length + 1,
    build: () => keepHeadingsWithNext(blocks([...headings, token], { ...context, widths: new Map([[token, widths]]) })),
    from: (row) => tablePiece({ ...rows, token: { ...token, rows: token.rows.slice(row) }, continued: true }, context),
    join: (next) => {
      const more = tableRows.get(next);
      if (!more || !more.continued || more.id !== rows.id) return undefined;
      return tablePiece({ ...rows, token: { ...token, rows: token.rows.concat(more.token.rows) } }, context);
    },
  };
  tableRows.set(piece, rows);
  return piece;
}

interface Inline {
  text: string;
  bold?: boolean;
  italics?: boolean;
  decoration?: 'underline' | 'lineThrough';
  link?: string;
  color?: string;
  background?: string;
}
type InlineStyle = Omit<Inline, 'text'>;

function blocks(tokens: readonly Token[], context: Context): Content[] {
  const out: Content[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'heading':
        out.push({ text: inlines(token.tokens), style: `h${Math.min(token.depth, 4)}`, headlineLevel: token.depth });
        break;
      case 'paragraph':
        out.push({ text: inlines(token.tokens), style: 'p' });
        break;
      case 'text':
        out.push({ text: token.tokens ? inlines(token.tokens) : decodeEntities(token.text), style: 'p' });
        break;
      case 'list': {
        const items = (token as Tokens.List).items.map((item) => {
          const content = blocks(item.tokens, context);
          return content.length === 1 ? (content[0] as Content) : { stack: content };
        });
        out.push(token.ordered ? { ol: items, margin: [0, 0, 0, 6] } : { ul: items, margin: [0, 0, 0, 6] });
        break;
      }
      case 'table':
        out.push(table(token as Tokens.Table, context.widths?.get(token as Tokens.Table)));
        break;
      case 'blockquote':
        out.push({ stack: blocks(token.tokens ?? [], context), style: 'quote' });
        break;
      case 'code':
        out.push({ text: token.text, style: 'code', preserveLeadingSpaces: true });
        break;
      case 'hr':
        out.push({ canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.5, lineColor: '#d5dbe1' }], margin: [0, 6, 0, 10] });
        break;
      case 'html': {
        const name = CHART_MARKER.exec(token.text.trim())?.[1];
        const svg = name === undefined ? undefined : context.charts.get(name);
        if (svg !== undefined) {
          // svg-to-pdfkit reports what it skips through this callback; there is nothing to tell the user.
          out.push({ svg, width: CONTENT_WIDTH, margin: [0, 4, 0, 12], options: { warningCallback: () => undefined } } as Content);
        } else {
          out.push({ text: token.text.trim(), style: 'p' });
        }
        break;
      }
      default:
        break;
    }
  }
  return out;
}

function inlines(tokens: readonly Token[] | undefined, style: InlineStyle = {}): Inline[] {
  const out: Inline[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'strong':
        for (const inline of inlines(token.tokens, { ...style, bold: true })) out.push(inline);
        break;
      case 'em':
        for (const inline of inlines(token.tokens, { ...style, italics: true })) out.push(inline);
        break;
      case 'del':
        for (const inline of inlines(token.tokens, { ...style, decoration: 'lineThrough' })) out.push(inline);
        break;
      case 'codespan':
        out.push({ ...style, text: decodeEntities(token.text), background: '#eef1f4' });
        break;
      case 'br':
        out.push({ ...style, text: '\n' });
        break;
      case 'link': {
        const href = safeUrl((token as Tokens.Link).href);
        for (const inline of inlines(token.tokens, href === undefined ? style : { ...style, link: href, color: '#1f4e79', decoration: 'underline' })) out.push(inline);
        break;
      }
      case 'escape':
      case 'html':
        out.push({ ...style, text: token.text });
        break;
      case 'image':
        out.push({ ...style, text: token.text });
        break;
      default:
        if ('tokens' in token && token.tokens && token.tokens.length > 0) for (const inline of inlines(token.tokens, style)) out.push(inline);
        else out.push({ ...style, text: decodeEntities((token as { text?: string }).text ?? '') });
    }
  }
  return out;
}

/**
 * A GFM table: the header repeats on every page and rows never split. Column
 * widths: every column gets at least its longest word (so no word breaks in
 * the middle), and the rest of the page width goes to the columns with long
 * texts, so no table runs off the page and a number column stays narrow.
 */
function table(token: Tokens.Table, widths = tableWidths(token)): Content {
  const cell = (c: Tokens.TableCell | undefined, i: number, header: boolean): TableCell => ({
    text: inlines(c?.tokens),
    ...(header ? { style: 'th' } : {}),
    alignment: token.align[i] === 'right' ? 'right' : token.align[i] === 'center' ? 'center' : 'left',
  });
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      keepWithHeaderRows: 1,
      widths,
      body: [token.header.map((c, i) => cell(c, i, true)), ...token.rows.map((row) => row.map((c, i) => cell(c, i, false)))],
    },
    layout: tableLayout(0),
    style: 'table',
  } satisfies TableNode;
}

function tableWidths(token: Tokens.Table): number[] {
  return columnWidths([token.header, ...token.rows].map(cellTexts));
}

/** A table row's cells as plain text, as the column widths measure them. */
function cellTexts(row: readonly Tokens.TableCell[]): string[] {
  return row.map((cell) => plainText(cell.tokens));
}

type TableNode = Extract<Content, { table: unknown }>;

/** Lines between rows, the column header shaded; `captions` rows above the column header have neither. */
function tableLayout(captions: number): TableNode['layout'] {
  return {
    hLineWidth: (i: number) => (i < captions ? 0 : i === captions + 1 ? 0.8 : 0.4),
    vLineWidth: () => 0,
    hLineColor: () => '#d5dbe1',
    fillColor: (row: number) => (row === captions ? '#f3f6f9' : null),
    paddingTop: () => 2.5,
    paddingBottom: () => 2.5,
  };
}

/** Longer than this, a paragraph after a heading is not kept on one page with it (it may need more than a page). */
const KEEP_TEXT_LIMIT = 1500;

interface HeadingNode {
  text: Inline[];
  style: string;
  headlineLevel: number;
}

const isHeading = (node: Content | undefined): node is HeadingNode & Content =>
  typeof node === 'object' && node !== null && 'headlineLevel' in node && (node as { headlineLevel?: unknown }).headlineLevel !== undefined;

/**
 * A heading never ends a page: it goes with what follows. Before a table it
 * becomes the table's first header row (spanning every column), so it stays
 * with the column header and the first row and heads the table again on every
 * page it continues on; before anything else it shares an unbreakable stack with
 * it (a list: with its first item). pdfmake's own `pageBreakBefore` would lay the
 * whole document out again for every heading it moves: minutes and gigabytes
 * for a register of 10 000 agreements (docs/performance.md).
 */
export function keepHeadingsWithNext(nodes: readonly Content[]): Content[] {
  const out: Content[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i] as Content;
    const next = out[0];
    if (!isHeading(node) || next === undefined) {
      out.unshift(node);
      continue;
    }
    const kept = keepWith(node, next);
    out.splice(0, 1, ...kept);
  }
  return out;
}

function keepWith(heading: HeadingNode & Content, next: Content): Content[] {
  if (typeof next !== 'object' || next === null) return [heading, next];
  if ('table' in next) {
    const node = next as TableNode;
    // Rows above the column header (table() makes one header row): headings taken in before this one.
    const captions = (node.table.headerRows ?? 1) - 1;
    const columns = node.table.widths?.length ?? node.table.body[0]?.length ?? 1;
    const caption: TableCell[] = [{ ...(heading as HeadingNode), colSpan: columns, margin: [-4, 0, 0, 0] } as TableCell, ...Array.from({ length: columns - 1 }, () => ({}))];
    return [
      {
        ...node,
        table: { ...node.table, headerRows: (node.table.headerRows ?? 0) + 1, body: [caption, ...node.table.body] },
        layout: tableLayout(captions + 1),
      } as TableNode,
    ];
  }
  if ('unbreakable' in next && 'stack' in next) return [{ ...(next as { stack: Content[] }), stack: [heading, ...(next.stack as Content[])], unbreakable: true }];
  if ('ul' in next || 'ol' in next) {
    const ordered = 'ol' in next;
    const items = (ordered ? next.ol : (next as { ul: Content[] }).ul) as Content[];
    if (items.length <= 1) return [{ stack: [heading, next], unbreakable: true }];
    // The first item without the list's bottom margin: the rest of the list follows it directly.
    const { margin: _margin, ...rest } = next as { margin?: unknown };
    const first = { ...rest, [ordered ? 'ol' : 'ul']: items.slice(0, 1) } as Content;
    const others = { ...next, [ordered ? 'ol' : 'ul']: items.slice(1), ...(ordered ? { start: ((next as { start?: number }).start ?? 1) + 1 } : {}) } as Content;
    return [{ stack: [heading, first], unbreakable: true }, others];
  }
  if ('text' in next && textLength(next.text) > KEEP_TEXT_LIMIT) return [heading, next];
  return [{ stack: [heading, next], unbreakable: true }];
}

function textLength(text: unknown): number {
  if (typeof text === 'string') return text.length;
  if (Array.isArray(text)) return text.reduce((sum: number, part) => sum + textLength(typeof part === 'object' && part !== null && 'text' in part ? part.text : part), 0);
  return 0;
}

/** Average width of a character of the 7.5 pt table text in points (Roboto), and of the bold header. */
const CHAR_WIDTH = 3.9;
const HEADER_CHAR_WIDTH = 4.3;
const CELL_PADDING = 8;

/** The first row is the header. */
export function columnWidths(rows: readonly (readonly string[])[]): number[] {
  const measure = new ColumnMeasure();
  for (const row of rows) measure.add(row);
  return measure.widths();
}

/**
 * Column widths measured row by row (the first row is the header), so that a
 * table cut into parts gets the widths of the whole: every column gets at
 * least its longest word, a short text (a date, "concept") stays on one line,
 * and the rest of the page width goes to the columns with long texts.
 */
export class ColumnMeasure {
  private rows = 0;
  /** Per column: the widest unbreakable text, at least 8 points. */
  private readonly least: number[] = [];
  /** Per column: the widest text. */
  private readonly longest: number[] = [];

  add(row: readonly string[]): void {
    const factor = this.rows === 0 ? HEADER_CHAR_WIDTH : CHAR_WIDTH;
    row.forEach((text, i) => {
      // A short text stays on one line; a longer one may wrap between words.
      const words = text.length <= 12 ? [text.length] : text.split(/\s+/).map((w) => w.length);
      this.least[i] = maxOf(words.map((n) => n * factor), this.least[i] ?? 8);
      this.longest[i] = Math.max(this.longest[i] ?? 0, text.length * factor);
    });
    this.rows += 1;
  }

  widths(): number[] {
    const least = Array.from({ length: this.least.length }, (_, i) => this.least[i] ?? 8);
    return shareWidth(
      least,
      least.map((w, i) => Math.max(w, Math.min(60 * CHAR_WIDTH, this.longest[i] ?? 0))),
    );
  }
}

/**
 * The page width shared out over the columns, from the least width of each
 * (its longest unbreakable text) and its ideal width (its longest text, at
 * most 60 characters): ideal widths when they fit, else least widths plus the
 * room that is left in proportion to what each column would like more.
 */
export function shareWidth(least: readonly number[], ideal: readonly number[]): number[] {
  const available = CONTENT_WIDTH - least.length * CELL_PADDING;
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (sum(ideal) <= available) widths = ideal.map((w) => (w / sum(ideal)) * available);
  else if (sum(least) >= available) widths = least.map((w) => (w / sum(least)) * available);
  else {
    const spare = available - sum(least);
    const extra = ideal.map((w, i) => w - (least[i] ?? 0));
    widths = least.map((w, i) => w + (spare * (extra[i] ?? 0)) / sum(extra));
  }
  // Two decimals, so the same table always gives the same bytes.
  return widths.map((w) => Math.floor(w * 100) / 100);
}
