import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Content, createPdf } from 'pdfmake';

type TDocumentDefinitions = Parameters<typeof createPdf>[0];

/**
 * pdfmake in Node, set up so that a report can never reach outside: URL and
 * local-file access are both refused (a template that names a URL or a path
 * gets an error, not a fetch), and the bundled Roboto fonts are handed to
 * pdfmake's virtual file system by us. The fonts are stored under their
 * PostScript names, so the SVG charts' text finds the fonts pdfmake already
 * loaded instead of looking for a file.
 */
interface PdfMake {
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
  setFonts(fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>): void;
  setUrlAccessPolicy(callback: (url: string) => boolean): void;
  setLocalAccessPolicy(callback: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

const FONT_FILES = {
  normal: 'Roboto-Regular',
  bold: 'Roboto-Medium',
  italics: 'Roboto-Italic',
  bolditalics: 'Roboto-MediumItalic',
} as const;

let ready: PdfMake | undefined;

async function pdfmake(): Promise<PdfMake> {
  if (ready) return ready;
  const module = (await import('pdfmake')) as unknown as { default: PdfMake };
  const instance = module.default;
  const require = createRequire(import.meta.url);
  for (const name of Object.values(FONT_FILES)) {
    instance.virtualfs.writeFileSync(name, readFileSync(require.resolve(`pdfmake/fonts/Roboto/${name}.ttf`)));
  }
  instance.setFonts({ Roboto: { ...FONT_FILES } });
  instance.setUrlAccessPolicy(() => false);
  instance.setLocalAccessPolicy(() => false);
  ready = instance;
  return instance;
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

/** Render the content on A4 with the organisation and as-of date on every page and page numbers below. */
export async function renderPdf(content: Content[], meta: PdfMeta): Promise<Uint8Array> {
  const pdf = await pdfmake();
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    language: meta.lang,
    info: { title: meta.title, author: meta.organisation, creator: 'vo', producer: 'vo', creationDate: meta.creationDate },
    header: () => ({
      columns: [{ text: meta.organisation }, { text: meta.asOf, alignment: 'right' }],
      margin: [PAGE_MARGINS[0], 24, PAGE_MARGINS[2], 0],
      fontSize: 8,
      color: MUTED,
    }),
    footer: (page: number, total: number) => ({ text: meta.page(page, total), alignment: 'right', margin: [PAGE_MARGINS[0], 18, PAGE_MARGINS[2], 0], fontSize: 8, color: MUTED }),
    content,
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.2 },
    styles: {
      h1: { fontSize: 17, bold: true, color: '#1f4e79', margin: [0, 0, 0, 6] },
      h2: { fontSize: 13, bold: true, color: '#1f4e79', margin: [0, 14, 0, 6] },
      h3: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
      h4: { fontSize: 10, bold: true, margin: [0, 8, 0, 4] },
      p: { margin: [0, 0, 0, 6] },
      table: { fontSize: 7.5, lineHeight: 1.1, margin: [0, 2, 0, 10] },
      th: { bold: true },
      code: { fontSize: 8.5, background: '#eef1f4', margin: [0, 0, 0, 6] },
      quote: { color: MUTED, italics: true, margin: [12, 0, 0, 6] },
    },
  };
  return new Uint8Array(await pdf.createPdf(doc).getBuffer());
}
