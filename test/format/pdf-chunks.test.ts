/**
 * A long PDF report is laid out in chunks, each written before the next is laid
 * out, so a register of 100 000 agreements gets its PDF instead of running out of
 * memory. The chunks must not show: the same pages, page for page, as one layout.
 */
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { Marked } from 'marked';
import { markdownToPdf, splitMarkdown, type PdfProgress } from '../../src/format/report/markdown-to-pdf.js';
import type { ReportModel } from '../../src/report/model-types.js';

const MODEL = { organisation: 'Gemeente Proef', asOf: '2026-10-01' } as ReportModel;

/** Every page's text on one line, footer included. */
async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let page = 1; page <= doc.numPages; page++) {
    const items = (await (await doc.getPage(page)).getTextContent()).items.map((item) => ('str' in item ? item.str : ''));
    pages.push(items.join(' ').replace(/\s+/g, ' ').trim());
  }
  await doc.destroy();
  return pages;
}

const pad = (n: number) => String(n).padStart(4, '0');
/** Rows of one width, but for one far down the table: a table cut into parts must still get the column widths of all its rows. */
const rows = (from: number, count: number, label: string) =>
  Array.from({ length: count }, (_, i) =>
    from + i === 150
      ? `| ${label}-${pad(from + i)} | Verwerkersovereenkomst ${pad(from + i)} met een bijzonder lange omschrijving van de verwerking | op orde, met een toelichting |`
      : `| ${label}-${pad(from + i)} | Verwerkersovereenkomst ${pad(from + i)} | op orde |`,
  ).join('\n');

const REPORT = [
  '# Proefrapportage',
  '',
  'Een inleiding van een paar regels. '.repeat(6),
  '',
  '## Te laat',
  '',
  '| id | titel | status |',
  '|---|---|---|',
  rows(0, 230, 'laat'),
  '',
  '## Toelichting',
  '',
  '- een',
  '- twee',
  '- drie',
  '',
  '### Binnenkort',
  '',
  '| id | titel | status |',
  '|---|---|---|',
  rows(0, 170, 'straks'),
  '',
  'Slotwoord.',
  '',
].join('\n');

describe('the PDF of a long report, laid out chunk by chunk', () => {
  it('gives the same pages as laying the whole document out at once, numbered through', async () => {
    const whole = await pageTexts(await markdownToPdf(REPORT, MODEL, 'nl', { chunkWeight: 1_000_000 }));
    const layout: number[] = [];
    const progress: [number, number][] = [];
    const onProgress = ({ phase, written, pages }: PdfProgress) => (phase === 'layout' ? layout.push(pages) : progress.push([written, pages]));
    const chunked = await pageTexts(await markdownToPdf(REPORT, MODEL, 'nl', { chunkWeight: 40, onProgress }));
    expect(whole.length).toBeGreaterThan(6);
    expect(chunked).toEqual(whole);
    const total = whole.length;
    for (const [i, text] of chunked.entries()) expect(text.endsWith(`pagina ${i + 1} van ${total}`), `page ${i + 1}`).toBe(true);
    // Progress after every chunk: the pages counted while it is laid out, then written so far, ending at all of them.
    expect(layout.length).toBeGreaterThan(2);
    for (const [i, pages] of layout.entries()) if (i > 0) expect(pages).toBeGreaterThan(layout[i - 1] as number);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toEqual([total, total]);
    for (const [i, [written, pages]] of progress.entries()) {
      expect(pages).toBe(total);
      if (i > 0) expect(written).toBeGreaterThan((progress[i - 1] as [number, number])[0]);
    }
  });

  it('writes every row once and in order, and repeats the heading and column header on the pages a table continues on', async () => {
    const pages = await pageTexts(await markdownToPdf(REPORT, MODEL, 'nl', { chunkWeight: 25 }));
    const text = pages.join(' ');
    const ids = [...text.matchAll(/\b(laat|straks)-(\d{4})\b/g)].map((m) => `${m[1]}-${m[2]}`);
    const expected = [...Array.from({ length: 230 }, (_, i) => `laat-${pad(i)}`), ...Array.from({ length: 170 }, (_, i) => `straks-${pad(i)}`)];
    expect(ids).toEqual(expected);
    const continued = pages.filter((page) => /laat-\d{4}/.test(page) && !page.includes('laat-0000'));
    expect(continued.length).toBeGreaterThan(1);
    for (const page of continued) expect(page).toMatch(/^Te laat id titel status laat-/);
  });
});

describe('cutting long Markdown into parts that lex alone', () => {
  const lex = (text: string) => new Marked({ gfm: true }).lexer(text);
  const tableRows = (text: string) => lex(text).flatMap((t) => (t.type === 'table' ? [(t as { rows: unknown[] }).rows.length] : []));

  it('cuts a long table between rows and repeats the headings over it and its column header', () => {
    const markdown = `# Titel\n\nInleiding.\n\n## Te laat\n\n| id | titel | status |\n|---|---|---|\n${rows(0, 2500, 'laat')}\n\nEinde.\n`;
    const parts = splitMarkdown(markdown, 1000);
    expect(parts.length).toBe(3);
    expect(parts.map((p) => p.continues)).toEqual([false, true, true]);
    for (const part of parts.slice(1)) expect(part.text.startsWith('## Te laat\n\n| id | titel | status |\n|---|---|---|\n| laat-')).toBe(true);
    expect(parts.flatMap((p) => tableRows(p.text)).reduce((a, b) => a + b, 0)).toBe(2500);
    expect(parts.at(-1)?.text.trimEnd().endsWith('Einde.')).toBe(true);
  });

  it('never cuts inside a fenced code block, and keeps Markdown with link definitions whole', () => {
    const code = Array.from({ length: 3000 }, (_, i) => `regel ${i}`).join('\n');
    const fenced = `# Code\n\n\`\`\`\n${code}\n\n# geen kop\n\`\`\`\n\n# Na de code\n\ntekst\n`;
    const parts = splitMarkdown(fenced, 1000);
    expect(parts.length).toBe(2);
    expect(parts[1]?.text).toBe('# Na de code\n\ntekst\n');
    const withLinks = `${fenced}\n[meer]: https://example.org\n`;
    expect(splitMarkdown(withLinks, 1000)).toEqual([{ text: withLinks, continues: false }]);
  });
});
