import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DOMAIN_LABELS } from '../../src/i18n/labels.js';
import { choiceOf } from '../../src/import/choices.js';
import { snapshotTree } from '../hardening/tree-snapshot.js';
import { REPO_ROOT, runVo, tempDir } from '../helpers/run-cli.js';

/** The example register in a temporary folder, and a folder beside it for the workbooks. */
function examples(): { root: string; out: string } {
  const base = tempDir('vo-round-trip-');
  const root = join(base, 'register');
  cpSync(join(REPO_ROOT, 'examples'), root, { recursive: true });
  return { root, out: base };
}

/** A new register with the example's config (its departments), nothing else. */
function newRegister(): { root: string; out: string } {
  const base = tempDir('vo-round-trip-');
  const root = join(base, 'nieuw');
  mkdirSync(join(root, 'agreements'), { recursive: true });
  cpSync(join(REPO_ROOT, 'examples', 'vo.config.yaml'), join(root, 'vo.config.yaml'));
  return { root, out: base };
}

/** `vo list` has no process owner; a colleague's mapping fills it in for rows that lack one. */
function ownerMapping(dir: string): string {
  const path = join(dir, 'koppeling.yaml');
  writeFileSync(path, 'agreements:\n  defaults:\n    process_owner.name: Onbekend\n');
  return path;
}

const AS_OF = ['--as-of', '2026-10-01'];

describe('vo import of a workbook that vo itself wrote', () => {
  for (const [format, file] of [
    [['--format', 'xlsx'], 'overeenkomsten.xlsx'],
    [['--excel'], 'overeenkomsten.csv'],
  ] as const) {
    it(`reads the Overeenkomst column of vo list ${format.join(' ')} as the id, so every agreement is the one already in the register`, async () => {
      const { root, out } = examples();
      const sheet = join(out, file);
      expect((await runVo(['-C', root, ...AS_OF, 'list', ...format, '-o', sheet])).code).toBe(0);
      const before = snapshotTree(root);
      const result = await runVo(['-C', root, ...AS_OF, 'import', sheet, '--map', ownerMapping(out)]);
      expect(result.stdout).not.toContain('kolom Overeenkomst wordt niet ingelezen');
      expect(result.stdout).toContain('staat al in het register als afvalpassen');
      expect(result.stdout).toContain('19 overeenkomsten stonden al in het register.');
      expect(snapshotTree(root)).toEqual(before);
    });
  }

  it('reads the Verplichting column of vo obligations --format xlsx as the id and Omschrijving as the title', async () => {
    const { root, out } = examples();
    const exported = join(out, 'verplichtingen.xlsx');
    expect((await runVo(['-C', root, ...AS_OF, 'obligations', '--format', 'xlsx', '-o', exported])).code).toBe(0);
    const source = new ExcelJS.Workbook();
    await source.xlsx.readFile(exported);
    const headers = (source.worksheets[0]!.getRow(1).values as unknown[]).slice(1) as string[];
    expect(headers.slice(0, 6)).toEqual(['Afdeling', 'Overeenkomst', 'Verplichting', 'Omschrijving', 'Partij', 'Frequentie']);

    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Overeenkomsten').addRows([
      ['Titel', 'Afdeling', 'Proceseigenaar', 'Verwerker'],
      ['Parkeerapp', 'Burgerzaken', 'J. Jansen', 'Park B.V.'],
    ]);
    const obligations = workbook.addWorksheet('Verplichtingen');
    obligations.addRow(headers);
    obligations.addRow(['Burgerzaken', 'Parkeerapp', 'pentest', 'Jaarlijkse penetratietest aanleveren', 'verwerker', 'jaarlijks', 'CISO']);
    const sheet = join(out, 'nieuw.xlsx');
    await workbook.xlsx.writeFile(sheet);

    const result = await runVo(['-C', root, ...AS_OF, 'import', sheet]);
    expect(result.stdout).not.toContain('kolom Omschrijving wordt niet ingelezen');
    expect(result.code).toBe(0);
    const record = parse(readFileSync(join(root, 'agreements', 'parkeerapp.yaml'), 'utf8')) as { obligations: unknown[] };
    expect(record.obligations).toEqual([expect.objectContaining({ id: 'pentest', title: 'Jaarlijkse penetratietest aanleveren', owner: 'CISO' })]);
  });

  it('still reads an Overeenkomst column as the title when it holds titles, not ids', async () => {
    const { root, out } = examples();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Overeenkomsten').addRows([
      ['Overeenkomst', 'Titel', 'Afdeling', 'Proceseigenaar', 'Verwerker'],
      ['VWO parkeren', 'Verwerkersovereenkomst parkeerapp', 'Burgerzaken', 'J. Jansen', 'Park B.V.'],
    ]);
    const sheet = join(out, 'eigen.xlsx');
    await workbook.xlsx.writeFile(sheet);
    const result = await runVo(['-C', root, ...AS_OF, 'import', sheet]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('agreements/parkeerapp.yaml');
    expect(result.stdout).toContain('let op: kolom Overeenkomst wordt niet ingelezen');
  });

  it('reads the risk "niet beoordeeld" that vo list writes as no risk, so the list fills a new register', async () => {
    const { root: source, out } = examples();
    const sheet = join(out, 'overeenkomsten.xlsx');
    expect((await runVo(['-C', source, ...AS_OF, 'list', '--format', 'xlsx', '-o', sheet])).code).toBe(0);
    const { root } = newRegister();
    const result = await runVo(['-C', root, ...AS_OF, 'import', sheet, '--map', ownerMapping(out)]);
    expect(result.stdout).not.toContain('niet beoordeeld');
    expect(result.code).toBe(0);
    expect(readdirSync(join(root, 'agreements'))).toHaveLength(19);
    const record = parse(readFileSync(join(root, 'agreements', 'afsprakenplanner.yaml'), 'utf8')) as Record<string, unknown>;
    expect(record.risk).toBeUndefined();
  });

  it('reads the English workbook of vo list --lang en: Phase is the phase, not the Status column beside it', async () => {
    const { root: source, out } = examples();
    const sheet = join(out, 'agreements.xlsx');
    expect((await runVo(['-C', source, ...AS_OF, '--lang', 'en', 'list', '--format', 'xlsx', '-o', sheet])).code).toBe(0);
    const { root } = newRegister();
    const result = await runVo(['-C', root, ...AS_OF, '--lang', 'en', 'import', sheet, '--map', ownerMapping(out)]);
    expect(result.stdout).toContain('note: column Status is not imported');
    expect(result.code).toBe(0);
    const phases = Object.fromEntries(
      readdirSync(join(root, 'agreements')).map((file) => [file.replace('.yaml', ''), (parse(readFileSync(join(root, 'agreements', file), 'utf8')) as { phase: string }).phase]),
    );
    const original = (id: string) => (parse(readFileSync(join(source, 'agreements', `${id}.yaml`), 'utf8')) as { phase: string }).phase;
    expect(Object.keys(phases)).toHaveLength(19);
    for (const [id, phase] of Object.entries(phases)) expect(phase, id).toBe(original(id));
  });

  it('accepts every word vo writes for a phase, frequency or party, in both languages', () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const kind of ['phase', 'frequency', 'party'] as const) {
        for (const [code, word] of Object.entries(DOMAIN_LABELS[lang][kind])) expect(choiceOf(kind, word), `${lang} ${kind} ${word}`).toBe(code);
      }
    }
  });

  it('reads a title that vo list --excel defused with a quote (=, +, -, @) as the title in the register', async () => {
    const { root, out } = examples();
    const file = join(root, 'agreements', 'zaaksysteem.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: "=1+1 zaaksysteem"'));
    const sheet = join(out, 'overeenkomsten.csv');
    expect((await runVo(['-C', root, ...AS_OF, 'list', '--excel', '-o', sheet])).code).toBe(0);
    expect(readFileSync(sheet, 'utf8')).toContain(";'=1+1 zaaksysteem;");
    const before = snapshotTree(root);
    const result = await runVo(['-C', root, ...AS_OF, 'import', sheet, '--map', ownerMapping(out)]);
    expect(result.stdout).toContain('staat al in het register als zaaksysteem');
    expect(result.code).toBe(0);
    expect(snapshotTree(root)).toEqual(before);
  });
});
