/**
 * Text of a PDF through an independent parser (pdfjs-dist, legacy build for
 * Node), so the tests check what a reader sees, not what vo meant to write.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfInfo {
  pages: number;
  /** Every page's text; a line break inside a table cell or paragraph becomes a space. */
  text: string;
  info: Record<string, unknown>;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfInfo> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  const info = (await doc.getMetadata()).info as Record<string, unknown>;
  const text = pages
    .join('\n')
    .replace(/-\n/g, '-')
    .replace(/\s+/g, ' ');
  await doc.destroy();
  return { pages: doc.numPages, text, info };
}
