/**
 * `vo report` on the example register, as a user runs it: the three formats
 * name the organisation and every agreement whose evaluation is overdue, the
 * PDF is valid for an independent parser, the HTML carries its charts, and
 * Dutch and English differ in language only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runVo, tempDir } from '../helpers/run-cli.js';
import { readPdf, type PdfInfo } from './pdf-text.js';

const EXAMPLES = join(REPO_ROOT, 'examples');
const BASE = ['-C', EXAMPLES, 'report', '--as-of', '2026-10-01'];

interface Overdue {
  organisation: string;
  titles: string[];
}

/** What the reports must name, taken from `vo check` itself and the register's files. */
async function expected(): Promise<Overdue> {
  const check = await runVo(['-C', EXAMPLES, 'check', '--as-of', '2026-10-01', '--format', 'json']);
  const findings = (JSON.parse(check.stdout) as { findings: { rule: string; agreement?: string }[] }).findings;
  const ids = [...new Set(findings.filter((f) => f.rule === 'evaluation-overdue').map((f) => f.agreement as string))];
  const titles = ids.map((id) => /^title: (.+)$/m.exec(readFileSync(join(EXAMPLES, 'agreements', `${id}.yaml`), 'utf8'))?.[1] as string);
  const organisation = /^organisation: (.+)$/m.exec(readFileSync(join(EXAMPLES, 'vo.config.yaml'), 'utf8'))?.[1] as string;
  return { organisation, titles };
}

async function render(args: string[], brokenFiles = 5): Promise<string> {
  const result = await runVo([...BASE, ...args]);
  // The example register has five deliberately broken files (examples/README.md): a report says in
  // one line how many of them it covers (the management report all five).
  expect(result.stderr).toMatch(
    brokenFiles === 1 ? /^vo: (let op|note): 1 (bestand|file) [^\n]*\n$/ : new RegExp(`^vo: (let op|note): ${brokenFiles} (bestanden|files) [^\\n]*\\n$`),
  );
  expect(result.code).toBe(0);
  return result.stdout;
}

async function renderFile(name: string, args: string[] = []): Promise<Buffer> {
  const dir = tempDir('vo-report-');
  const result = await runVo([...BASE, '-o', name, ...args], { cwd: dir });
  expect(result.code, result.stderr).toBe(0);
  return readFileSync(join(dir, name));
}

describe('the management report of the example register', () => {
  let want: Overdue;
  let markdown: string;
  let html: string;
  let pdf: PdfInfo;
  let pdfBytes: Buffer;
  beforeAll(async () => {
    want = await expected();
    markdown = await render([]);
    html = (await renderFile('report.html')).toString('utf8');
    pdfBytes = await renderFile('report.pdf');
    pdf = await readPdf(pdfBytes);
  }, 120_000); // four spawned runs and a PDF parse; slow on a busy CI machine

  it('has overdue evaluations to show (else this test proves nothing)', () => {
    expect(want.titles.length).toBeGreaterThan(0);
    expect(want.titles.every((t) => t !== undefined && t.length > 5)).toBe(true);
  });

  it('Markdown names the organisation and every agreement whose evaluation is overdue', () => {
    expect(markdown).toContain(`# Managementrapportage verwerkersovereenkomsten ${want.organisation}`);
    for (const title of want.titles) expect(markdown).toMatch(new RegExp(`^\\| ${title} \\|.*\\(te laat\\) \\|`, 'm'));
    expect(markdown).toContain('Peildatum: **1 oktober 2026**');
  });

  it('HTML names them too, is one self-contained page and has both SVG charts', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(html).toContain(`<title>Managementrapportage verwerkersovereenkomsten ${want.organisation}</title>`);
    for (const title of want.titles) expect(html).toContain(title);
    expect(html.match(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g)).toHaveLength(2);
    expect(html).toContain('<title>Overeenkomsten per afdeling naar status</title>');
    expect(html).toContain('<title>Te laat en komende maanden, naar soort</title>');
    expect(html).not.toMatch(/<script|<link|<img|src=|@import|url\(/i);
    expect(html).toContain('<style>');
  });

  it('PDF is valid A4 for pdfjs, with the organisation and as-of date on every page and page numbers', async () => {
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.pages).toBeGreaterThan(2);
    expect(pdf.text).toContain(`Managementrapportage verwerkersovereenkomsten ${want.organisation}`);
    for (const title of want.titles) expect(pdf.text).toContain(title);
    expect(pdf.text.split(`${want.organisation} Peildatum 1 oktober 2026`).length - 1).toBe(pdf.pages);
    expect(pdf.text).toContain(`pagina ${pdf.pages} van ${pdf.pages}`);
    expect(pdf.info).toMatchObject({ Title: `Managementrapportage verwerkersovereenkomsten ${want.organisation}`, Producer: 'vo', Creator: 'vo', Language: 'nl' });
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: new Uint8Array(pdfBytes), verbosity: 0 }).promise;
    const [, , width, height] = (await doc.getPage(1)).view;
    expect([Math.round(width ?? 0), Math.round(height ?? 0)]).toEqual([595, 842]);
    await doc.destroy();
  });

  it('PDF has the charts: their legends are text in the document', () => {
    expect(pdf.text).toContain('bestand ongeldig fouten waarschuwingen op orde');
    expect(pdf.text).toContain('evaluaties verplichtingen en overleg assurance en einddata acties en incidenten');
  });

  it('gives the same bytes for the same input, in every format', async () => {
    expect(await render([])).toBe(markdown);
    expect((await renderFile('again.html')).toString('utf8')).toBe(html);
    expect(Buffer.compare(await renderFile('again.pdf'), pdfBytes)).toBe(0);
  });
});

describe('English and Dutch', () => {
  it('differ in language, not in facts', async () => {
    const nl = await render([]);
    const en = await render(['--lang', 'en']);
    const digits = (s: string) => s.match(/\d+/g);
    expect(digits(en)).toEqual(digits(nl));
    const rows = (s: string) => s.split('\n').filter((line) => line.startsWith('|')).length;
    expect(rows(en)).toBe(rows(nl));
    for (const title of (await expected()).titles) expect(en).toContain(title);
    expect(en).toContain('As of: **1 October 2026**');
    expect(en).toContain('## Overdue');
    expect(nl).toContain('## Te laat');
    const shared = nl.split('\n').filter((line) => en.split('\n').includes(line) && /[a-z]{4}/.test(line));
    expect(shared.length).toBeLessThan(nl.split('\n').length / 10);
  });

  it('the English PDF and HTML are English too', async () => {
    const html = (await renderFile('en.html', ['--lang', 'en'])).toString('utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('as of 1 October 2026');
    const pdf = await readPdf(await renderFile('en.pdf', ['--lang', 'en']));
    expect(pdf.text).toContain('As of 1 October 2026');
    expect(pdf.text).toMatch(/page 1 of \d+/);
  });
});

describe('the department and agreement templates', () => {
  it('department: the line manager\'s agreements and obligations', async () => {
    // The meeting file of klantcontactcentrum (Burgerzaken) with a YAML error names its agreement: it is this department's
    // problem; an evaluation of an agreement that does not exist belongs to no department, so every department report lists it.
    const md = await render(['--template', 'department', '--department', 'burgerzaken'], 2);
    expect(md).toMatch(/^\| evaluations\/opzettelijk-fout\/2026-09-22-klantcontactcentrum-overleg\.yaml \| 11 \| YAML-fout/m);
    expect(md).toMatch(/^\| evaluations\/opzettelijk-fout\/2026-09-17-parkeervergunning-overleg\.yaml \| 5 \| onbekende overeenkomst/m);
    expect(md).toMatch(/^# Afdelingsrapportage verwerkersovereenkomsten Burgerzaken$/m);
    expect(md).toContain('Halfjaarlijkse controle autorisaties baliemedewerkers in het zaaksysteem');
    expect(md).not.toContain('Sociaal Register Nederland');
  });

  it('agreement: one dossier with the checklist for the next evaluation', async () => {
    const md = await render(['--template', 'agreement', '--agreement', 'klantcontactcentrum'], 1);
    expect(md).toMatch(/^# Dossier verwerkersovereenkomst: Verwerkersovereenkomst klantcontactcentrum en telefonie$/m);
    // Its meeting file has a YAML error but names the agreement: listed at the top, and counted.
    expect(md).toMatch(/^## Bestanden met problemen\n[^#]*\| evaluations\/opzettelijk-fout\/2026-09-22-klantcontactcentrum-overleg\.yaml \| 11 \|/m);
    expect(md).toContain('| Status | **fouten**: 6 fouten, 1 waarschuwing |');
    expect(md).toMatch(/^\| Volgende evaluatie \| 20 augustus 2026 \(.*42 dagen te laat\) \|$/m);
    expect(md).toContain('## Checklist voor de volgende evaluatie');
    expect(md.match(/^\| (Monitoring ingericht|Verbeteringen opgevolgd) \|/gm)).toHaveLength(2);
    const pdf = await readPdf(await renderFile('dossier.pdf', ['--template', 'agreement', '--agreement', 'klantcontactcentrum']));
    expect(pdf.text).toContain('Checklist voor de volgende evaluatie');
  });
});
