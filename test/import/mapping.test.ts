import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runVo, tempDir, tempRegister } from '../helpers/run-cli.js';

const CONFIG = `organisation: Gemeente Test
departments:
  - id: klantcontact
    name: Klantcontactcentrum
`;

/** A sheet with the municipality's own headers and words, after an explanation sheet and a title row. */
async function ownSheet(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Toelichting').getCell('A1').value = 'Lees dit eerst';
  const sheet = workbook.addWorksheet('Contracten');
  sheet.getRow(1).values = ['Contractenoverzicht 2026'];
  sheet.getRow(2).values = ['Naam contract', 'Dienstonderdeel', 'Manager', 'Leverancier', 'Status contract', 'Opmerkingen'];
  sheet.getRow(3).values = ['Telefonie KCC', 'KCC', 'M. Manager', 'Bel B.V.', 'Lopend', 'niet overnemen'];
  const path = join(tempDir(), 'contracten.xlsx');
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return path;
}

const MAPPING = `agreements:
  sheet: Contracten
  header_row: 2
  columns:
    title: Naam contract
    department: Dienstonderdeel
    process_owner.name: [Verantwoordelijke manager, Manager]
    processor.name: Leverancier
    phase: Status contract
    notes: []
  values:
    phase:
      Lopend: active
    department:
      KCC: klantcontact
  defaults:
    risk.level: hoog
`;

function file(name: string, content: string): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

describe('vo import --map', () => {
  it('takes the sheet, header row, own headers, own words and defaults from the mapping', async () => {
    const root = tempRegister({ 'vo.config.yaml': CONFIG });
    const result = await runVo(['-C', root, 'import', await ownSheet(), '--map', file('koppeling.yaml', MAPPING)]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('let op: kolom Opmerkingen wordt niet ingelezen (Contracten!F2)');
    const agreement = parse(readFileSync(join(root, 'agreements', 'telefonie-kcc.yaml'), 'utf8')) as Record<string, unknown>;
    expect(agreement).toMatchObject({
      title: 'Telefonie KCC',
      department: 'klantcontact',
      process_owner: { name: 'M. Manager' },
      processor: { name: 'Bel B.V.' },
      phase: 'active',
      risk: { level: 'high', impact: 'high', likelihood: 'high' },
    });
    expect(agreement).not.toHaveProperty('notes');
    expect((await runVo(['-C', root, 'validate'])).code).toBe(0);
  });

  it('a wrong mapping is exit 2 with every mistake at its file:line:column, and nothing written', async () => {
    const root = tempRegister({ 'vo.config.yaml': CONFIG });
    const mapping = file(
      'koppeling.yaml',
      `agreement:
  sheet: Contracten
agreements:
  header_row: nul
  columns:
    titel: Naam contract
  values:
    phase:
      Lopend: actief
  defaults:
    dates.signed: 31-2-2025
`,
    );
    const result = await runVo(['-C', root, 'import', await ownSheet(), '--map', mapping]);
    expect(result.code).toBe(2);
    const shown = mapping;
    expect(result.stderr.split('\n')).toEqual([
      `vo: het koppelingsbestand ${shown} klopt niet:`,
      `${shown}:1:1: onbekende sleutel \`agreement\`; bedoelde u \`agreements\`?`,
      `${shown}:4:3: verwacht een rijnummer (1 of hoger)`,
      `${shown}:6:5: onbekend veld \`titel\`; bedoelde u \`title\`?`,
      `${shown}:9:7: \`actief\` is geen waarde van dit veld; kies uit: draft, signing, active, ended`,
      `${shown}:11:5: 31-2-2025 bestaat niet in de kalender; verwacht een bestaande datum, bijvoorbeeld 28-2-2025`,
      '',
    ]);
    expect(result.stdout).toBe('');
  });

  it('two columns for one field: the more usual header wins, two equal ones are a problem', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Overeenkomsten');
    sheet.getRow(1).values = ['Titel', 'Afdeling', 'Proceseigenaar', 'Verwerker', 'Fase', 'Status', 'Afdeling'];
    sheet.getRow(2).values = ['Telefonie', 'klantcontact', 'M. Manager', 'Bel B.V.', 'actief', 'groen', 'klantcontact'];
    const path = join(tempDir(), 'dubbel.xlsx');
    writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
    const result = await runVo(['-C', tempRegister({ 'vo.config.yaml': CONFIG }), 'import', path, '--dry-run']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Overeenkomsten!G1: de kolommen B (Afdeling) en G (Afdeling) betekenen hetzelfde; laat er één weg of leg in de koppeling vast welke telt\n');
    // "Fase" is the usual header for the phase, "Status" a second choice: it steps aside.
    expect(result.stdout).toContain('let op: kolom Status wordt niet ingelezen (Overeenkomsten!F1)\n');
  });

  it('without the agreements sheet, says which sheets it looked for and found', async () => {
    const root = tempRegister({ 'vo.config.yaml': CONFIG });
    const result = await runVo(['-C', root, 'import', await ownSheet()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'vo: geen blad met de overeenkomsten gevonden (gezocht: Overeenkomsten, Verwerkersovereenkomsten, Agreements, Processor agreements; in het bestand: Toelichting, Contracten); noem het blad in de koppeling onder agreements: sheet:\n',
    );
  });
});
