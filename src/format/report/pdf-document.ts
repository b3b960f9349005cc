import { setImmediate } from 'node:timers/promises';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Content } from 'pdfmake';
import { boundHeapGrowth } from '../../util/compact-heap.js';

/**
 * pdfmake in Node, set up so that a report can never reach outside: no URL
 * resolver at all and local-file access refused (a template that names a URL
 * or a path gets an error, not a fetch), and the bundled Roboto fonts handed
 * to pdfmake's virtual file system by us. The fonts are stored under their
 * PostScript names, so the SVG charts' text finds the fonts pdfmake already
 * loaded instead of looking for a file.
 */
interface Fonts {
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
  fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>;
}

const FONT_FILES = {
  normal: 'Roboto-Regular',
  bold: 'Roboto-Medium',
  italics: 'Roboto-Italic',
  bolditalics: 'Roboto-MediumItalic',
} as const;

let ready: Fonts | undefined;

function fonts(): Fonts {
  if (ready) return ready;
  const require = createRequire(import.meta.url);
  const virtualfs = (require('pdfmake/js/virtual-fs.js') as { default: Fonts['virtualfs'] }).default;
  for (const name of Object.values(FONT_FILES)) {
    virtualfs.writeFileSync(name, readFileSync(require.resolve(`pdfmake/fonts/Roboto/${name}.ttf`)));
  }
  ready = { virtualfs, fonts: { Roboto: { ...FONT_FILES } } };
  return ready;
}

export interface PdfMeta {
  title: string;
  organisation: string;
  /** The running header's right-hand text, e.g. `peildatum 1 oktober 2026`. */
  asOf: string;
  lang: string;
  /** The as-of date, so the same input gives the same bytes. */
  creationDate: Date;
  page(page: number, total: number): string;
}

export const PAGE_MARGINS: [number, number, number, number] = [42, 56, 42, 50];
/** A4 width in points minus the side margins. */
export const CONTENT_WIDTH = 595.28 - PAGE_MARGINS[0] - PAGE_MARGINS[2];
const MUTED = '#5b6775';

/**
 * A piece of the document that is laid out as one: a heading with what follows
 * it, a paragraph, a list, or rows of a table. `build` makes fresh nodes every
 * time (pdfmake writes its measurements into the nodes it lays out); `from`
 * gives a table's rows from the given body row on, with its caption and
 * column header repeated, so that a table can continue on the next chunk's
 * first page.
 */
export interface PdfPiece {
  build(): Content[];
  /** Roughly how many lines: table rows, or 1. Pieces are laid out in chunks of about CHUNK_WEIGHT. */
  weight: number;
  from?(row: number): PdfPiece;
  /** The piece and the next as one, when the next goes on with it (more rows of the same table); else undefined. */
  join?(next: PdfPiece): PdfPiece | undefined;
}

/**
 * pdfmake lays out a whole document before it writes a byte, and keeps every
 * measured node: about 30 kB per table row, so 1.7 GB for the management
 * report of 10 000 agreements and out of memory from about 30 000. So a long
 * document is laid out in chunks of about this many rows, and every chunk's
 * pages are written (and let go) before the next chunk is laid out. A chunk
 * that does not end the document keeps its last page back: what starts on it
 * is laid out again at the top of the next chunk, so chunks join without a
 * half-empty page. Page numbers ("page 3 of 812") need the total first, so a
 * document of more than one chunk is laid out twice: once to count its pages,
 * once to write them. A document of one chunk (every ordinary report) is laid
 * out once, as before.
 */
export const CHUNK_WEIGHT = 2000;

/** What the pdfmake modules we drive directly look like from here. */
interface LaidOutPage {
  items: unknown[];
}
interface PdfKitDocument {
  _pdfMakePages?: unknown;
  on(event: 'data', listener: (chunk: Buffer) => void): void;
  on(event: 'end' | 'error', listener: (value?: unknown) => void): void;
  end(): void;
}
interface PdfMakeParts {
  PDFDocument: new (...args: unknown[]) => PdfKitDocument;
  LayoutBuilder: new (pageSize: unknown, margins: unknown, svgMeasure: unknown) => {
    registerTableLayouts(layouts: unknown): void;
    layoutDocument(content: Content[], pdf: PdfKitDocument, styles: unknown, defaultStyle: unknown, background: unknown, header: unknown, footer: unknown): LaidOutPage[];
  };
  SVGMeasure: new () => unknown;
  Renderer: new (pdf: PdfKitDocument) => { renderPages(pages: LaidOutPage[]): void };
  tableLayouts: unknown;
  normalizePageSize(size: string, orientation?: string): unknown;
  normalizePageMargin(margins: unknown): unknown;
}

let parts: PdfMakeParts | undefined;

/**
 * pdfmake's own pieces (its printer lays out everything at once; we lay out
 * chunk by chunk), loaded on first use. They are its internal modules, so
 * package.json pins pdfmake to one exact version; the chunk tests
 * (test/format/pdf-chunks.test.ts) fail if an upgrade changes them.
 */
function pdfmakeParts(): PdfMakeParts {
  if (parts) return parts;
  const require = createRequire(import.meta.url);
  const load = <T>(name: string): T => (require(`pdfmake/js/${name}.js`) as { default: T }).default;
  const pageSize = require('pdfmake/js/PageSize.js') as Pick<PdfMakeParts, 'normalizePageSize' | 'normalizePageMargin'>;
  parts = {
    PDFDocument: load('PDFDocument'),
    LayoutBuilder: load('LayoutBuilder'),
    SVGMeasure: load('SVGMeasure'),
    Renderer: load('Renderer'),
    tableLayouts: (require('pdfmake/js/tableLayouts.js') as { tableLayouts: unknown }).tableLayouts,
    normalizePageSize: pageSize.normalizePageSize,
    normalizePageMargin: pageSize.normalizePageMargin,
  };
  return parts;
}

const STYLES = {
  h1: { fontSize: 17, bold: true, color: '#1f4e79', margin: [0, 0, 0, 6] },
  h2: { fontSize: 13, bold: true, color: '#1f4e79', margin: [0, 14, 0, 6] },
  h3: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
  h4: { fontSize: 10, bold: true, margin: [0, 8, 0, 4] },
  p: { margin: [0, 0, 0, 6] },
  table: { fontSize: 7.5, lineHeight: 1.1, margin: [0, 2, 0, 10] },
  th: { bold: true },
  code: { fontSize: 8.5, background: '#eef1f4', margin: [0, 0, 0, 6] },
  quote: { color: MUTED, italics: true, margin: [12, 0, 0, 6] },
};
const DEFAULT_STYLE = { font: 'Roboto', fontSize: 9.5, lineHeight: 1.2 };

export interface PdfProgress {
  phase: 'layout' | 'write';
  written: number;
  pages: number;
}

export interface PdfOptions {
  /** For tests: rows per chunk (CHUNK_WEIGHT). */
  chunkWeight?: number;
  /**
   * For a document of several chunks, after every chunk: while it is laid out
   * to count its pages (`pages` so far, `written` 0), then as it is written
   * (`written` of `pages`, the total).
   */
  onProgress?: (progress: PdfProgress) => void;
}

/**
 * Render the pieces on A4 with the organisation and as-of date on every page
 * and page numbers below, a chunk at a time (see CHUNK_WEIGHT). `pieces` is
 * called once per pass and must give the same pieces every time.
 */
export async function renderPdf(pieces: () => Iterable<PdfPiece>, meta: PdfMeta, options: PdfOptions = {}): Promise<Uint8Array> {
  const chunkWeight = options.chunkWeight ?? CHUNK_WEIGHT;
  // Every chunk's layout is garbage once written: keep V8 from letting the heap grow to several times what is live.
  boundHeapGrowth();
  const pdf = fonts();
  const lib = pdfmakeParts();
  const pageSize = lib.normalizePageSize('A4');
  const margins = lib.normalizePageMargin(PAGE_MARGINS);
  const document = new lib.PDFDocument(pdf.fonts, {}, {}, {}, pdfKitOptions(meta), pdf.virtualfs, () => false);
  const output: Buffer[] = [];
  const finished = new Promise<void>((resolve, reject) => {
    document.on('data', (chunk: Buffer) => output.push(chunk));
    document.on('end', () => resolve());
    document.on('error', (error) => reject(error as Error));
  });

  const header = () => ({
    columns: [{ text: meta.organisation }, { text: meta.asOf, alignment: 'right' }],
    margin: [PAGE_MARGINS[0], 24, PAGE_MARGINS[2], 0],
    fontSize: 8,
    color: MUTED,
  });
  const layOut = (content: Content[], offset: number, total: number | undefined): LaidOutPage[] => {
    const builder = new lib.LayoutBuilder(pageSize, margins, new lib.SVGMeasure());
    builder.registerTableLayouts(lib.tableLayouts);
    const footer = (page: number, pages: number) => ({
      text: meta.page(offset + page, total ?? pages),
      alignment: 'right',
      margin: [PAGE_MARGINS[0], 18, PAGE_MARGINS[2], 0],
      fontSize: 8,
      color: MUTED,
    });
    return builder.layoutDocument(content, document, STYLES, DEFAULT_STYLE, undefined, header, footer);
  };
  const write = async (pages: LaidOutPage[]) => {
    new lib.Renderer(document).renderPages(pages);
    document._pdfMakePages = undefined;
    // Let the written pages flow out of pdfkit's stream before the next chunk.
    await setImmediate();
  };

  // First pass: lay out chunk by chunk and count the pages. A document of one chunk is written from it.
  let total = 0;
  let chunks = 0;
  let whole: LaidOutPage[] | undefined;
  for (const chunk of layOutInChunks(pieces, chunkWeight, (content) => layOut(content, total, undefined))) {
    chunks += 1;
    total += chunk.keep;
    if (!chunk.last) options.onProgress?.({ phase: 'layout', written: 0, pages: total });
    whole = chunk.last && chunks === 1 ? chunk.pages : undefined;
  }
  if (whole) await write(whole);
  else {
    let offset = 0;
    for (const chunk of layOutInChunks(pieces, chunkWeight, (content) => layOut(content, offset, total))) {
      await write(chunk.pages.slice(0, chunk.keep));
      offset += chunk.keep;
      options.onProgress?.({ phase: 'write', written: offset, pages: total });
    }
  }
  document.end();
  await finished;
  return new Uint8Array(Buffer.concat(output));
}

function pdfKitOptions(meta: PdfMeta): Record<string, unknown> {
  return {
    size: [595.28, 841.89],
    pdfVersion: '1.3',
    subset: undefined,
    tagged: false,
    displayTitle: false,
    compress: true,
    lang: meta.lang,
    fontLayoutCache: true,
    bufferPages: false,
    autoFirstPage: false,
    info: { Producer: 'vo', Creator: 'vo', Title: meta.title, Author: meta.organisation, CreationDate: meta.creationDate },
    font: null,
  };
}

interface Chunk {
  pages: LaidOutPage[];
  /** How many of the pages to write: the rest is laid out again at the start of the next chunk. */
  keep: number;
  last: boolean;
}

/** Lay the pieces out in chunks of about `chunkWeight`; each chunk carries what starts on its last page over to the next. */
function* layOutInChunks(pieces: () => Iterable<PdfPiece>, chunkWeight: number, layOut: (content: Content[]) => LaidOutPage[]): Generator<Chunk> {
  const source = pieces()[Symbol.iterator]();
  let queue: PdfPiece[] = [];
  let done = false;
  let target = chunkWeight;
  for (;;) {
    let weight = queue.reduce((sum, piece) => sum + piece.weight, 0);
    while (!done && weight < target) {
      const next = source.next();
      if (next.done) done = true;
      else {
        const last = queue.at(-1);
        const joined = last?.join?.(next.value);
        if (joined) queue[queue.length - 1] = joined;
        else queue.push(next.value);
        weight += next.value.weight;
      }
    }
    const content: Content[] = [];
    queue.forEach((piece, i) => {
      const nodes = piece.build();
      mark(nodes, i);
      for (const node of nodes) content.push(node);
    });
    const pages = layOut(content);
    if (done) {
      yield { pages, keep: pages.length, last: true };
      return;
    }
    const { keep, carry } = carryOver(queue, pages);
    if (keep === 0) {
      // Everything starts on the last page (or one piece fills the chunk): take in more and lay out again.
      target = weight * 2;
      continue;
    }
    yield { pages, keep, last: false };
    queue = carry;
    target = chunkWeight;
  }
}

/** Where a piece (and a table row) was laid out: put on its text, vectors and charts before layout, read back from the pages. */
interface Marker {
  piece: number;
  /** The table body row, or -1 for everything else (a table's caption and column header included). */
  row: number;
}

type Node = Record<string, unknown>;

/**
 * Mark everything the piece's nodes draw with the piece (and a table's body
 * rows with their row). pdfmake copies a text item's own properties onto
 * every word it makes of it, and vectors and charts go onto the page as they
 * are, so the laid-out pages tell where each piece and row ended up. (The
 * positions pdfmake records on nodes do not: a row or block that it moves to
 * the next page keeps the position on the page before.)
 */
function mark(nodes: readonly Content[], piece: number): void {
  const visit = (node: unknown, marker: Marker): void => {
    if (typeof node === 'string' || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child, marker);
      return;
    }
    const n = node as Node;
    if ('svg' in n) n.vo = marker;
    if (typeof n.text === 'string') n.text = [{ text: n.text, vo: marker }];
    else if (Array.isArray(n.text)) for (const part of n.text as unknown[]) if (typeof part === 'object' && part !== null) (part as Node).vo = marker;
    if (Array.isArray(n.canvas)) for (const vector of n.canvas as Node[]) vector.vo = marker;
    for (const key of ['stack', 'ul', 'ol', 'columns'] as const) if (Array.isArray(n[key])) visit(n[key], marker);
    const table = n.table as { headerRows?: number; body?: unknown[][] } | undefined;
    if (table?.body) {
      const head = table.headerRows ?? 0;
      table.body.forEach((row, r) => visit(row, r < head ? marker : { piece: marker.piece, row: r - head }));
    }
  };
  for (const node of nodes) visit(node, { piece, row: -1 });
}

interface Placement {
  /** First and last page of every piece, by its index in the chunk. */
  pieces: Map<number, { start: number; end: number }>;
  /** First page of every table body row, by piece index and row. */
  rows: Map<number, Map<number, number>>;
}

function placement(pages: readonly LaidOutPage[]): Placement {
  const found: Placement = { pieces: new Map(), rows: new Map() };
  const note = (marker: unknown, page: number) => {
    if (typeof marker !== 'object' || marker === null) return;
    const { piece, row } = marker as Marker;
    const range = found.pieces.get(piece);
    if (range) range.end = Math.max(range.end, page);
    else found.pieces.set(piece, { start: page, end: page });
    if (row >= 0) {
      let rows = found.rows.get(piece);
      if (!rows) found.rows.set(piece, (rows = new Map()));
      if (!rows.has(row)) rows.set(row, page);
    }
  };
  pages.forEach((page, index) => {
    for (const item of page.items as { type: string; item: Node }[]) {
      if (item.type === 'line') for (const inline of (item.item.inlines as Node[] | undefined) ?? []) note(inline.vo, index + 1);
      else note(item.item.vo, index + 1);
    }
  });
  return found;
}

/**
 * Which pieces to lay out again in the next chunk: everything that starts on
 * the chunk's last page, and a piece that runs onto it (a table from its first
 * row on that page, anything else whole). Returns how many pages to write.
 */
function carryOver(queue: readonly PdfPiece[], pages: readonly LaidOutPage[]): { keep: number; carry: PdfPiece[] } {
  const { pieces, rows } = placement(pages);
  let boundary = pages.length;
  const carry: PdfPiece[] = [];
  for (let i = queue.length - 1; i >= 0; i--) {
    const piece = queue[i] as PdfPiece;
    // A piece that draws nothing (an empty paragraph) goes with what follows it.
    const { start, end } = pieces.get(i) ?? { start: boundary, end: boundary };
    if (start >= boundary) {
      carry.unshift(piece);
      continue;
    }
    if (end < boundary) break;
    const row = piece.from ? firstRowFrom(rows.get(i), boundary) : undefined;
    if (row !== undefined && row > 0 && piece.from) {
      carry.unshift(piece.from(row));
      break;
    }
    boundary = start;
    carry.unshift(piece);
  }
  // keep 0: nothing can be written yet (the caller takes in more pieces).
  return { keep: Math.max(0, boundary - 1), carry };
}

/** The first body row that starts on `page` or later. */
function firstRowFrom(rows: ReadonlyMap<number, number> | undefined, page: number): number | undefined {
  let first: number | undefined;
  for (const [row, start] of rows ?? []) if (start >= page && (first === undefined || row < first)) first = row;
  return first;
}
