/**
 * A heading in the PDF never ends a page, without pdfmake's pageBreakBefore (which
 * lays the whole document out again for every heading it moves).
 */
import type { Content } from 'pdfmake';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { keepHeadingsWithNext, markdownToPdf } from '../../src/format/report/markdown-to-pdf.js';
import type { ReportModel } from '../../src/report/model-types.js';
import { REPO_ROOT, runVo, tempDir } from '../helpers/run-cli.js';

/** Each page's text as one line, without the page number in its footer and the running header (which pdfmake writes last). */
async function pageTexts(bytes: Uint8Array, header: string): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let page = 1; page <= doc.numPages; page++) {
    const items = (await (await doc.getPage(page)).getTextContent()).items.map((item) => ('str' in item ? item.str : ''));
    const text = items.join(' ').replace(/\s+/g, ' ').trim().replace(/ ?pagina \d+ van \d+$/, '');
    expect(text.endsWith(header), `page ${page} has the header`).toBe(true);
    pages.push(text.slice(0, -header.length).trim());
  }
  await doc.destroy();
  return pages;
}

const heading = (text: string, level = 2) => ({ text: [{ text }], style: `h${level}`, headlineLevel: level });
const table = (rows: number) => ({
  table: { headerRows: 1, widths: [100, 100], body: [[{ text: 'A' }, { text: 'B' }], ...Array.from({ length: rows }, (_, i) => [{ text: `a${i}` }, { text: `b${i}` }])] },
  style: 'table',
});

describe('keeping headings with what follows', () => {
  it('makes a heading before a table the first of its header rows, so it repeats on every page the table continues on', () => {
    const [only, ...rest] = keepHeadingsWithNext([heading('Te laat'), table(3)] as Content[]);
    expect(rest).toEqual([]);
    const node = only as { table: { headerRows: number; body: { text?: unknown; colSpan?: number }[][] } };
    expect(node.table.headerRows).toBe(2);
    expect(node.table.body).toHaveLength(5);
    expect(node.table.body[0]?.[0]).toMatchObject({ text: [{ text: 'Te laat' }], colSpan: 2 });
  });

  it('keeps two headings in a row with the table after them', () => {
    const [only] = keepHeadingsWithNext([heading('Per afdeling'), heading('Burgerzaken', 3), table(1)] as Content[]);
    const node = only as { table: { headerRows: number; body: { text?: { text: string }[] }[][] } };
    expect(node.table.headerRows).toBe(3);
    expect(node.table.body.slice(0, 2).map((row) => row[0]?.text?.[0]?.text)).toEqual(['Per afdeling', 'Burgerzaken']);
  });

  it('puts a heading and a paragraph in one unbreakable stack, and a list only with its first item', () => {
    const paragraph = { text: [{ text: 'Samenvatting van de stand.' }], style: 'p' };
    const out = keepHeadingsWithNext([heading('Samenvatting'), paragraph, heading('Acties'), { ol: ['een', 'twee', 'drie'] }] as Content[]);
    expect(out).toEqual([
      { stack: [heading('Samenvatting'), paragraph], unbreakable: true },
      { stack: [heading('Acties'), { ol: ['een'] }], unbreakable: true },
      { ol: ['twee', 'drie'], start: 2 },
    ]);
  });

  it('leaves a very long paragraph free to break, and a final heading alone', () => {
    const long = { text: 'woord '.repeat(400), style: 'p' };
    expect(keepHeadingsWithNext([heading('Toelichting'), long, heading('Einde')] as Content[])).toEqual([heading('Toelichting'), long, heading('Einde')]);
  });

  it('no page ends with a heading, wherever the headings fall', async () => {
    // Sections of varying height, so that without keeping some heading lands at the foot of a page.
    const sections = Array.from({ length: 70 }, (_, k) => `## Kop ${k + 1}\n\n${'Een regel tekst. '.repeat(1 + ((k * 7) % 23))}\n\n| a | b |\n|---|---|\n| ${k} | ${k} |\n`);
    const bytes = await markdownToPdf(`# Proef\n\n${sections.join('\n')}`, { organisation: 'Gemeente Proef', asOf: '2026-10-01' } as ReportModel, 'nl');
    const pages = await pageTexts(bytes, 'Gemeente Proef Peildatum 1 oktober 2026');
    expect(pages.length).toBeGreaterThan(4);
    for (const [page, text] of pages.entries()) expect(text, `page ${page + 1}`).not.toMatch(/Kop \d+$/);
  });

  it('no page of the example report ends with a heading', async () => {
    const examples = ['-C', join(REPO_ROOT, 'examples'), '--as-of', '2026-10-01', 'report'];
    const markdown = (await runVo([...examples, '--format', 'md'])).stdout;
    const headings = new Set([...markdown.matchAll(/^#{1,6} (.+)$/gm)].map((m) => (m[1] as string).replace(/\\/g, '').trim()));
    expect(headings.size).toBeGreaterThan(10);
    const pdf = join(tempDir(), 'report.pdf');
    expect((await runVo([...examples, '-o', pdf])).code).toBe(0);
    const organisation = /^# Managementrapportage verwerkersovereenkomsten (.+)$/m.exec(markdown)?.[1] ?? '';
    const pages = await pageTexts(readFileSync(pdf), `${organisation} Peildatum 1 oktober 2026`);
    expect(pages.length).toBeGreaterThan(3);
    for (const [page, text] of pages.entries()) {
      for (const title of headings) expect(text.endsWith(` ${title}`), `page ${page + 1} ends with "${title}"`).toBe(false);
    }
  });
});
