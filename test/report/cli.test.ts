/**
 * `vo report` options and errors (SPEC §7): the format follows `--output`,
 * PDF needs a file, the department and agreement templates need their
 * selection, a user's template with a mistake is one line and exit 2, and
 * output never overwrites a file without `--force`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runVo, tempDir } from '../helpers/run-cli.js';

const EXAMPLES = join(REPO_ROOT, 'examples');
const report = (args: string[], cwd?: string, env?: Record<string, string>) =>
  runVo(['-C', EXAMPLES, 'report', '--as-of', '2026-10-01', ...args], { ...(cwd ? { cwd } : {}), ...(env ? { env } : {}) });

describe('usage errors exit 2 with one line', () => {
  const cases: [string, string[], RegExp][] = [
    ['pdf to stdout', ['--format', 'pdf'], /^vo: pdf schrijft naar een bestand: geef --output <bestand\.pdf>\n$/],
    ['unknown format', ['--format', 'docx'], /^vo: onbekend formaat `docx`; kies md, html of pdf\n$/],
    ['department template without --department', ['--template', 'department'], /^vo: het sjabloon department heeft --department <id> nodig\n$/],
    ['agreement template without --agreement', ['--template', 'agreement'], /^vo: het sjabloon agreement heeft --agreement <id> nodig\n$/],
    ['unknown department', ['--template', 'department', '--department', 'ict'], /^vo: onbekende afdeling `ict`/],
    ['unknown agreement', ['--template', 'agreement', '--agreement', 'zaaksysteeem'], /^vo: .*`zaaksysteeem`.*zaaksysteem/],
    ['template not found', ['--template', 'geen-bestand.hbs'], /^vo: sjabloon niet gevonden: geen-bestand\.hbs; kies management, department, agreement/],
    ['English', ['--lang', 'en', '--format', 'pdf'], /^vo: pdf is written to a file: give --output <file\.pdf>\n$/],
  ];
  it.each(cases)('%s', async (_name, args, stderr) => {
    const result = await report(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(stderr);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('--output and --format', () => {
  it('writes the same Markdown to stdout (line by line) as to a file, also from a template with CR LF, trailing spaces and control characters', async () => {
    const dir = tempDir('vo-report-same-');
    writeFileSync(join(dir, 'ruw.hbs'), '\r\n\r\n# Ruw  \r\n\r\n\r\n\r\ntekst\u0007 met bel   \r\nregel\u202e omgekeerd \t\r\n\r\n{{organisation}}   \r\n\r\n\r\n');
    for (const args of [[], ['--template', 'ruw.hbs'], ['--lang', 'en']]) {
      const stdout = await report(args, dir);
      expect(stdout.code, stdout.stderr).toBe(0);
      expect((await report([...args, '-o', 'uit.md', '--force'], dir)).code).toBe(0);
      expect(stdout.stdout).toBe(readFileSync(join(dir, 'uit.md'), 'utf8'));
    }
    expect(readFileSync(join(dir, 'uit.md'), 'utf8')).toMatch(/^# /);
  });

  it('takes the format from the extension, else Markdown; --format wins over an extension that names no format', async () => {
    const dir = tempDir('vo-report-out-');
    expect((await report(['-o', 'a.html'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'a.html'), 'utf8')).toMatch(/^<!doctype html>/);
    expect((await report(['-o', 'b.txt'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toMatch(/^# Managementrapportage/);
    expect((await report(['-o', 'c.txt', '--format', 'html'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'c.txt'), 'utf8')).toMatch(/^<!doctype html>/);
    // An extension of another format is a mistake (issue #15): HTML in a .md file is refused.
    expect((await report(['-o', 'c.md', '--format', 'html'], dir)).code).toBe(2);
    expect(existsSync(join(dir, 'c.md'))).toBe(false);
    expect((await report(['-o', 'd.PDF'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'd.PDF')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('never overwrites a file without --force', async () => {
    const dir = tempDir('vo-report-force-');
    writeFileSync(join(dir, 'r.pdf'), 'mine');
    // One agreement's dossier: the management report would add a line about the example register's broken files.
    const dossier = ['--template', 'agreement', '--agreement', 'zaaksysteem'];
    const refused = await report([...dossier, '-o', 'r.pdf'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('vo: r.pdf bestaat al; gebruik --force om het te overschrijven\n');
    expect(readFileSync(join(dir, 'r.pdf'), 'utf8')).toBe('mine');
    const forced = await report([...dossier, '-o', 'r.pdf', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toBe('geschreven: r.pdf\n');
    expect(readFileSync(join(dir, 'r.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('a template of your own', () => {
  it('renders the documented view model with the helpers', async () => {
    const dir = tempDir('vo-report-own-');
    writeFileSync(
      join(dir, 'kort.hbs'),
      '# {{organisation}}\n\n{{date asOf}}: {{summary.evaluationsOverdue}} {{t "evaluationsOverdue"}}\n\n{{#each overdue}}\n- {{agreementTitle}} ({{label "kind" kind}}, {{duration daysLate}})\n{{/each}}\n',
    );
    const result = await report(['--template', 'kort.hbs'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Gemeente Lindendal\n\n1 oktober 2026: 3 Periodieke evaluatie te laat\n\n- /);
    expect(result.stdout).toMatch(/^- Verwerkersovereenkomst klantcontactcentrum en telefonie \(periodieke evaluatie, 42 dagen\)$/m);
  });

  it('with a mistake: one line naming the file and the line, exit 2, nothing written', async () => {
    const dir = tempDir('vo-report-broken-');
    writeFileSync(join(dir, 'stuk.hbs'), '# {{organisation}}\n\n{{#each agreements}}\n- {{titel title}}\n{{/each}}\n');
    const result = await report(['--template', 'stuk.hbs', '-o', 'uit.pdf'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('vo: fout in sjabloon stuk.hbs regel 4: onbekende helper `titel` (zie docs/templates.md)\n');
    expect(existsSync(join(dir, 'uit.pdf'))).toBe(false);
  });

  it('draws a chart in the PDF from a template with CR LF line ends, indented or not', async () => {
    const dir = tempDir('vo-report-chart-');
    writeFileSync(join(dir, 'grafiek.hbs'), '# Grafiek\r\n\r\n{{chart "agreements-by-department"}}\r\n\r\nEn verder:\r\n\r\n  {{chart "due-by-month"}}  \r\n');
    const result = await report(['--template', 'grafiek.hbs', '-o', 'grafiek.pdf'], dir);
    expect(result.code, result.stderr).toBe(0);
    const { readPdf } = await import('./pdf-text.js');
    const text = (await readPdf(readFileSync(join(dir, 'grafiek.pdf')))).text;
    expect(text).toContain('bestand ongeldig fouten waarschuwingen op orde');
    expect(text).toContain('evaluaties verplichtingen en overleg assurance en einddata acties en incidenten');
    expect(text).not.toContain('vo-chart');
  });

  it('cannot make the PDF read a file or fetch a URL: images are their alt text', async () => {
    const dir = tempDir('vo-report-images-');
    writeFileSync(join(dir, 'geheim.png'), 'not an image');
    writeFileSync(join(dir, 'img.hbs'), '# Plaatjes\n\n![bestand](geheim.png) ![web](https://example.invalid/x.png) ![pad](file:///etc/passwd)\n');
    const result = await report(['--template', 'img.hbs', '-o', 'img.pdf'], dir);
    expect(result.code, result.stderr).toBe(0);
    const { readPdf } = await import('./pdf-text.js');
    expect((await readPdf(readFileSync(join(dir, 'img.pdf')))).text).toContain('bestand web pad');
    const html = await report(['--template', 'img.hbs', '--format', 'html'], dir);
    expect(html.stdout).not.toMatch(/<img|src=/);
  });
});

describe('the report date', () => {
  it('is the as-of date, unless SOURCE_DATE_EPOCH says when the report was made', async () => {
    const plain = await report([]);
    expect(plain.stdout).toContain('Peildatum: **1 oktober 2026**\n');
    const dated = await report([], undefined, { NO_COLOR: '1', SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 3, 12) / 1000) });
    expect(dated.stdout).toContain('Peildatum: **1 oktober 2026** · Rapportdatum: 3 november 2026\n');
  });
});

describe('help', () => {
  it('describes the command and its options in the help language', async () => {
    const nl = await runVo(['report', '--help']);
    expect(nl.code).toBe(0);
    expect(nl.stdout).toContain('--template <name>');
    const flat = (s: string) => s.replace(/\s+/g, ' ');
    expect(flat(nl.stdout)).toContain('management, department, agreement of het pad naar een eigen .hbs-bestand');
    const en = await runVo(['report', '--help', '--lang', 'en']);
    expect(flat(en.stdout)).toContain('management, department, agreement or the path to your own .hbs file');
  });
});

describe('a register with integrity errors', () => {
  it('still gets its report, with a warning on stderr that records are missing', async () => {
    const result = await runVo(['-C', join(REPO_ROOT, 'test', 'fixtures', 'bad-input'), 'report', '--as-of', '2026-10-01']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Managementrapportage/);
    expect(result.stderr).toMatch(/^vo: let op: \d+ bestanden zijn niet goed te lezen \(\d+ meldingen\); de rapportage noemt ze bovenaan[^\n]*\n$/);
  });
});
