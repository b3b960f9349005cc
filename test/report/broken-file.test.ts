/**
 * A report never drops a record silently: one typo in an agreement file
 * (`breach_notice_hour:`) and the Markdown, HTML and PDF report name the file
 * and line at the top, still list the agreement, as invalid, count it in the
 * summary, and `vo report` says so on stderr.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runVo, tempDir } from '../helpers/run-cli.js';
import { readPdf } from './pdf-text.js';

const AS_OF = '2026-10-01';

describe('a report of a register with one broken agreement file', () => {
  const out = tempDir('vo-report-broken-');
  const root = join(out, 'register');
  const reports: Record<string, string> = {};
  let stderr = '';
  let line = 0;

  beforeAll(async () => {
    cpSync(join(REPO_ROOT, 'examples'), root, { recursive: true });
    // Without the example register's deliberately broken files, so that this is the only one.
    rmSync(join(root, 'evaluations', 'opzettelijk-fout'), { recursive: true });
    const file = join(root, 'agreements', 'zaaksysteem.yaml');
    const text = readFileSync(file, 'utf8');
    line = text.split('\n').findIndex((l) => l.startsWith('breach_notice_hours:')) + 1;
    writeFileSync(file, text.replace('breach_notice_hours:', 'breach_notice_hour:'));
    for (const format of ['md', 'html', 'pdf']) {
      const result = await runVo(['-C', root, 'report', '--as-of', AS_OF, '-o', join(out, `r.${format}`)]);
      expect(result.code, result.stderr).toBe(0);
      stderr += result.stderr;
    }
    reports.md = readFileSync(join(out, 'r.md'), 'utf8');
    reports.html = readFileSync(join(out, 'r.html'), 'utf8').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    reports.pdf = (await readPdf(readFileSync(join(out, 'r.pdf')))).text;
  }, 120_000);

  it.each(['md', 'html', 'pdf'])('%s: names the file and the line before the summary', (format) => {
    const text = reports[format]!;
    const problems = text.indexOf('Bestanden met problemen');
    const summary = text.indexOf('Samenvatting');
    expect(problems).toBeGreaterThan(-1);
    expect(problems).toBeLessThan(summary);
    // Markdown escapes the underscores that HTML and PDF show.
    const block = text.slice(problems, summary).replace(/\\_/g, '_');
    expect(block).toContain('agreements/zaaksysteem.yaml');
    expect(block).toMatch(new RegExp(`\\b${line}\\b`));
    expect(block).toContain('‘breach_notice_hour’');
    expect(block).not.toContain('`');
  });

  it.each(['md', 'html', 'pdf'])('%s: still lists the agreement, as invalid', (format) => {
    const text = reports[format]!;
    const section = text.slice(text.indexOf('Burgerzaken', text.indexOf('Per afdeling')));
    expect(section).toContain('Verwerkersovereenkomst zaaksysteem Zaakwijzer');
    expect(section).toContain('bestand ongeldig');
  });

  it('counts the broken agreement in its phase and risk level, so the phase rows add up to the total', () => {
    const total = Number(/^\| Verwerkersovereenkomsten \| (\d+) \|$/m.exec(reports.md!)?.[1]);
    const rows = [...reports.md!.matchAll(/^\| — Fase: [^|]+\| (\d+) \((\d+) \/ (\d+) \/ (\d+) \/ (\d+)(?:; (\d+) bestand ongeldig)?\) \|$/gm)];
    expect(rows).toHaveLength(4);
    expect(rows.reduce((sum, row) => sum + Number(row[1]), 0)).toBe(total);
    for (const row of rows) expect(Number(row[1])).toBe([2, 3, 4, 5, 6].reduce((sum, i) => sum + Number(row[i] ?? 0), 0));
  });

  it('gives the broken agreement the risk level vo list reads for it, as the summary counts it', async () => {
    const list = await runVo(['-C', root, 'list', '--as-of', AS_OF, '--format', 'json']);
    const row = (JSON.parse(list.stdout) as { id: string; risk: string | null }[]).find((r) => r.id === 'zaaksysteem');
    expect(row?.risk).toBe('high');
    expect(reports.md).toMatch(/^\| Verwerkersovereenkomst zaaksysteem Zaakwijzer \| Zaakwijzer Software B\.V\. \| in beheer \| hoog \|/m);
    const department = await runVo(['-C', root, 'report', '--as-of', AS_OF, '--lang', 'en', '--template', 'department', '--department', 'informatievoorziening']);
    expect(department.stdout).toMatch(/^\| Verwerkersovereenkomst zaaksysteem Zaakwijzer \| Zaakwijzer Software B\.V\. \| in force \| high \|/m);
    const site = join(tempDir('vo-site-broken-'), 'site');
    expect((await runVo(['-C', root, 'site', '--as-of', AS_OF, '--out', site])).code).toBe(0);
    const table = readFileSync(join(site, 'agreements.html'), 'utf8').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(table).toMatch(/agreements\/zaaksysteem\.yaml Informatievoorziening Zaakwijzer Software B\.V\. in beheer hoog /);
  });

  it('counts the file in the summary and says so on stderr', () => {
    expect(reports.md).toMatch(/\| Bestanden met problemen \| 1 \|/);
    expect(reports.md).toMatch(/\| — Status: bestand ongeldig \| 1 \|/);
    expect(stderr).toContain('1 bestand is niet goed te lezen');
  });
});

describe('a department report and a dossier of that broken agreement', () => {
  const out = tempDir('vo-report-broken-scoped-');
  const root = join(out, 'register');
  let line = 0;

  beforeAll(() => {
    cpSync(join(REPO_ROOT, 'examples'), root, { recursive: true });
    rmSync(join(root, 'evaluations', 'opzettelijk-fout'), { recursive: true });
    const file = join(root, 'agreements', 'zaaksysteem.yaml');
    const text = readFileSync(file, 'utf8');
    line = text.split('\n').findIndex((l) => l.startsWith('breach_notice_hours:')) + 1;
    writeFileSync(file, text.replace('breach_notice_hours:', 'breach_notice_hour:'));
  });

  it('counts a broken agreement whose risk cannot be read in its phase, said apart from the risk levels', async () => {
    const copy = join(tempDir('vo-report-broken-risk-'), 'register');
    cpSync(root, copy, { recursive: true });
    const file = join(copy, 'agreements', 'zaaksysteem.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  likelihood: medium\n', '  likelihood: vaak\n'));
    const result = await runVo(['-C', copy, 'report', '--as-of', AS_OF]);
    expect(result.stdout).toMatch(/^\| — Fase: in beheer [^|]+\| (\d+) \(\d+ \/ \d+ \/ \d+ \/ \d+; 1 bestand ongeldig\) \|$/m);
  });

  it.each([
    ['the department report', ['--template', 'department', '--department', 'informatievoorziening']],
    ['the dossier', ['--template', 'agreement', '--agreement', 'zaaksysteem']],
  ])('%s names the file and the line at the top, and says so on stderr', async (_name, args) => {
    const result = await runVo(['-C', root, 'report', '--as-of', AS_OF, ...args]);
    expect(result.code, result.stderr).toBe(0);
    const problems = result.stdout.indexOf('## Bestanden met problemen');
    expect(problems).toBeGreaterThan(-1);
    expect(problems).toBeLessThan(result.stdout.indexOf('\n# ') < 0 ? Infinity : Math.max(result.stdout.indexOf('## Samenvatting'), result.stdout.indexOf('\n# ')));
    expect(result.stdout).toMatch(new RegExp(`^\\| agreements/zaaksysteem\\.yaml \\| ${line} \\| onbekende sleutel ‘breach\\\\_notice\\\\_hour’`, 'm'));
    expect(result.stderr).toContain('1 bestand is niet goed te lezen');
  });
});
