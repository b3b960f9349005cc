import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { snapshotTree } from '../hardening/tree-snapshot.js';
import { MINIMAL_CONFIG, runVo, tempDir, tempRegister } from '../helpers/run-cli.js';
import { GOOD_ROWS, writeWorkbook } from './workbooks.js';

const register = () => tempRegister({ 'vo.config.yaml': MINIMAL_CONFIG, 'agreements/.gitkeep': '' });
const read = (root: string, id: string) => parse(readFileSync(join(root, 'agreements', `${id}.yaml`), 'utf8')) as Record<string, unknown>;

describe('vo import of an .xlsx workbook', () => {
  it('writes valid agreement files from Dutch headers, merged headers, date cells and empty rows', async () => {
    const root = register();
    const sheet = await writeWorkbook(GOOD_ROWS);
    const result = await runVo(['-C', root, 'import', sheet]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readdirSync(join(root, 'agreements')).sort()).toEqual(['.gitkeep', 'jeugdportaal.yaml', 'salarisadministratie.yaml', 'zaaksysteem-acme.yaml']);
    expect(result.stdout).toContain('agreements/zaaksysteem-acme.yaml  (Overeenkomsten!5:5; 2 verplichtingen, 2 subverwerkers, 1 certificaat)');
    expect(result.stdout).toContain('let op: kolom Opmerkingen intern wordt niet ingelezen (Overeenkomsten!L4)');
    expect(result.stdout.trimEnd().endsWith('3 overeenkomsten geschreven. Controleer ze met vo validate.')).toBe(true);
    expect(await runVo(['-C', root, 'validate'])).toMatchObject({ code: 0 });

    expect(read(root, 'zaaksysteem-acme')).toMatchObject({
      id: 'zaaksysteem-acme',
      title: 'Verwerkersovereenkomst zaaksysteem Acme',
      department: 'burgerzaken',
      process_owner: { name: 'J. Jansen' },
      // Excel made a number of 01234567; the zero is back.
      processor: { name: 'Acme B.V.', kvk: '01234567' },
      phase: 'active',
      dates: { signed: '2025-07-01', start: '2025-08-01' },
      risk: { level: 'high', impact: 'high', likelihood: 'high', dpia: { required: true } },
      breach_notice_hours: 24,
      obligations: [
        { id: 'pentestrapport-aanleveren', title: 'Pentestrapport aanleveren', party: 'processor', frequency: 'yearly', owner: 'CISO' },
        { id: 'exitplan-opstellen', party: 'processor', frequency: 'once', due: '2025-12-31' },
      ],
      subprocessors: [
        { name: 'Acme Cloud Inc.', country: 'US', transfer: 'scc', approved: true },
        { name: 'Acme Hosting GmbH', country: 'DE', approved: false },
      ],
      assurance: [{ type: 'iso27001', valid_until: '2026-06-30' }],
    });
    expect(read(root, 'jeugdportaal')).toMatchObject({ department: 'ict', phase: 'draft', processor: { kvk: '87654321' }, risk: { level: 'medium' } });
    expect(read(root, 'salarisadministratie')).toMatchObject({ department: 'burgerzaken', phase: 'active', dates: { signed: '2024-03-01' }, breach_notice_hours: 36 });

    // Written in the style of vo new agreement: commented, dates quoted, the source row named.
    const text = readFileSync(join(root, 'agreements', 'zaaksysteem-acme.yaml'), 'utf8');
    expect(text).toContain('  signed: "2025-07-01"\n');
    expect(text).toContain('# Overgenomen uit overeenkomsten.xlsx, blad Overeenkomsten, rij 5.\n');
    expect(text).toContain('# Het werkblad gaf alleen een risiconiveau; impact en kans staan op datzelfde niveau. Pas ze aan.\n');
    expect(text.startsWith('# yaml-language-server: $schema=../.vo/schemas/agreement.schema.json\n')).toBe(true);
  });

  it('an impossible date or an unknown department gives Sheet!Cell problems and writes nothing', async () => {
    const root = register();
    const rows = structuredClone(GOOD_ROWS);
    rows.agreements[0]![6] = '31-2-2025';
    rows.agreements[2]![1] = 'Sociaal Domein';
    rows.obligations[2]![3] = 'soms';
    const sheet = await writeWorkbook(rows);
    const before = snapshotTree(root);
    const result = await runVo(['-C', root, 'import', sheet]);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').filter((line) => /^\w+!/.test(line))).toEqual([
      'Overeenkomsten!G5: 31-2-2025 bestaat niet in de kalender; verwacht een bestaande datum, bijvoorbeeld 28-2-2025',
      'Overeenkomsten!B7: afdeling Sociaal Domein staat niet in vo.config.yaml (id sociaal-domein); zie hieronder, of gebruik --add-departments',
      'Verplichtingen!D3: `soms` wordt niet herkend; verwacht een van: eenmalig, maandelijks, per kwartaal, halfjaarlijks, jaarlijks, bij gebeurtenis',
    ]);
    expect(result.stdout).toContain('  - id: sociaal-domein\n    name: Sociaal Domein\n');
    expect(result.stdout.trimEnd().endsWith('3 problemen; er is niets geschreven. Herstel de cellen hierboven en voer de opdracht opnieuw uit, of sla de foute rijen over met --skip-invalid.')).toBe(true);
    expect(snapshotTree(root)).toEqual(before);

    // --skip-invalid writes only agreements whose rows, in every sheet, are all valid.
    const skipped = await runVo(['-C', root, 'import', sheet, '--skip-invalid']);
    expect(skipped.code).toBe(1);
    expect(readdirSync(join(root, 'agreements')).sort()).toEqual(['.gitkeep', 'salarisadministratie.yaml']);
    expect(skipped.stdout).toContain('1 overeenkomst geschreven; 2 overeenkomsten overgeslagen om de problemen hierboven.');
  });

  it('English messages with --lang en, and the same places', async () => {
    const rows = structuredClone(GOOD_ROWS);
    rows.agreements[0]![6] = '31-2-2025';
    const result = await runVo(['-C', register(), 'import', await writeWorkbook(rows), '--lang', 'en', '--dry-run']);
    expect(result.stdout).toContain('Overeenkomsten!G5: 31-2-2025 does not exist in the calendar; expected a real date, e.g. 28-2-2025\n');
  });

  it('never overwrites: a title taken by another agreement gets -2, the same agreement again is skipped', async () => {
    const root = tempRegister({
      'vo.config.yaml': MINIMAL_CONFIG,
      'agreements/jeugdportaal.yaml': 'id: jeugdportaal\ntitle: Iets anders\ndepartment: ict\nprocess_owner:\n  name: X\nprocessor:\n  name: Y\nphase: draft\n',
    });
    const original = readFileSync(join(root, 'agreements', 'jeugdportaal.yaml'));
    const sheet = await writeWorkbook(GOOD_ROWS);
    expect((await runVo(['-C', root, 'import', sheet])).code).toBe(0);
    expect(readFileSync(join(root, 'agreements', 'jeugdportaal.yaml')).equals(original)).toBe(true);
    expect(read(root, 'jeugdportaal-2')).toMatchObject({ title: 'Verwerkersovereenkomst jeugdportaal' });
    const again = await runVo(['-C', root, 'import', sheet]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('let op: staat al in het register als zaaksysteem-acme; overgeslagen, het bestaande bestand blijft zoals het is (Overeenkomsten!5:5)');
    expect(again.stdout).toContain('Er is niets nieuws om te schrijven.');
    expect(readdirSync(join(root, 'agreements')).length).toBe(4);
  });

  it('reads a KPI norm typed as 99,5% (a percent cell, stored as 0.995) as 99.5, the number a person sees', async () => {
    const root = register();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Overeenkomsten').addRows([
      ['Titel', 'Afdeling', 'Proceseigenaar', 'Verwerker'],
      ['Zaaksysteem', 'Burgerzaken', 'J. Jansen', 'Acme B.V.'],
    ]);
    const obligations = workbook.addWorksheet('Verplichtingen');
    obligations.addRow(['Overeenkomst', 'Verplichting', 'Partij', 'Frequentie', 'KPI', 'Normwaarde', 'Vergelijking', 'Eenheid']);
    obligations.addRow(['Zaaksysteem', 'Beschikbaarheid', 'verwerker', 'maandelijks', 'beschikbaarheid', 0.995, 'ten minste', '%']).getCell(6).numFmt = '0.0%';
    obligations.addRow(['Zaaksysteem', 'Responstijd', 'verwerker', 'maandelijks', 'binnen termijn', { formula: '19/20', result: 0.95 }, 'ten minste', '%']).getCell(6).numFmt = '0%';
    const path = join(tempDir('vo-import-'), 'kpi.xlsx');
    writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
    const result = await runVo(['-C', root, 'import', path]);
    expect(result.code).toBe(0);
    const record = read(root, 'zaaksysteem') as { obligations: { kpi: { target: number } }[] };
    expect(record.obligations.map((o) => o.kpi.target)).toEqual([99.5, 95]);
  });

  it('refuses a formula that gives an error (#N/A of a failed lookup) as a value, naming its cell, also in a text column', async () => {
    const root = register();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Overeenkomsten').addRows([
      ['Titel', 'Afdeling', 'Proceseigenaar', 'Verwerker', 'Aantal betrokkenen'],
      ['Zaaksysteem', 'Burgerzaken', 'J. Jansen', { formula: 'VLOOKUP(A2,Leveranciers!A:B,2,FALSE)', result: { error: '#N/A' } }, 1200],
      ['Parkeren', 'Burgerzaken', 'K. de Vries', 'Park B.V.', { formula: 'B9/0', result: { error: '#DIV/0!' } }],
    ]);
    const path = join(tempDir('vo-import-'), 'fouten.xlsx');
    writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
    const before = snapshotTree(root);
    const result = await runVo(['-C', root, 'import', path]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Overeenkomsten!D2: de formule in deze cel geeft de fout #N/A; herstel de formule of typ de waarde in');
    expect(result.stdout).toContain('Overeenkomsten!E3: de formule in deze cel geeft de fout #DIV/0!');
    expect(snapshotTree(root)).toEqual(before);
    const english = await runVo(['-C', root, '--lang', 'en', 'import', path, '--skip-invalid']);
    expect(english.stdout).toContain('Overeenkomsten!D2: the formula in this cell gives the error #N/A; fix the formula or type the value');
    expect(readdirSync(join(root, 'agreements'))).toEqual(['.gitkeep']);
  });
});
