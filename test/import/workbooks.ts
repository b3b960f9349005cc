/**
 * Spreadsheets for the import tests, made the way a municipality's own sheet
 * looks: a title row merged across the top, group headers merged over two
 * columns, empty rows between the agreements, real Excel date cells, a KvK
 * number that Excel turned into a number, and Dutch words for every value.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { tempDir } from '../helpers/run-cli.js';

type Cell = string | number | boolean | Date | null;

/** A date cell: Excel stores the day, which exceljs reads and writes as midnight UTC. */
export const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

export const AGREEMENT_HEADERS = [
  'Titel',
  'Afdeling',
  'Proceseigenaar',
  'Naam', // under the merged group header "Verwerker": "Naam verwerker"
  'KvK',
  'Fase',
  'Ondertekend',
  'Ingangsdatum',
  'Risico',
  'DPIA nodig',
  'Meldtermijn datalek (uren)',
  'Opmerkingen intern',
];

export interface SheetRows {
  agreements: Cell[][];
  obligations?: Cell[][];
  subprocessors?: Cell[][];
  assurance?: Cell[][];
}

export const GOOD_ROWS: Required<SheetRows> = {
  agreements: [
    ['Verwerkersovereenkomst zaaksysteem Acme', 'Burgerzaken', 'J. Jansen', 'Acme B.V.', 1234567, 'Actief', day('2025-07-01'), day('2025-08-01'), 'hoog', 'ja', 24, 'alleen voor intern gebruik'],
    null as unknown as Cell[], // an empty row between the agreements
    ['Verwerkersovereenkomst jeugdportaal', 'ict', 'P. Pietersen', 'Jeugd B.V.', '87654321', 'concept', null, null, 'middel', 'nee', null, null],
    null as unknown as Cell[],
    null as unknown as Cell[],
    ['Salarisadministratie', 'BURGERZAKEN', 'K. de Boer', 'Loon & Zo B.V.', '11223344', 'in beheer', '1-3-2024', '1-4-2024', 'laag', null, '36 uur', null],
  ],
  obligations: [
    ['Overeenkomst', 'Verplichting', 'Partij', 'Frequentie', 'Uiterste datum', 'Eigenaar'],
    ['Verwerkersovereenkomst zaaksysteem Acme', 'Pentestrapport aanleveren', 'verwerker', 'jaarlijks', null, 'CISO'],
    ['zaaksysteem-acme', 'Exitplan opstellen', 'Verwerker', 'eenmalig', day('2025-12-31'), null],
  ],
  subprocessors: [
    ['Overeenkomst', 'Subverwerker', 'Land', 'Doorgifte', 'Goedgekeurd'],
    ['Verwerkersovereenkomst zaaksysteem Acme', 'Acme Cloud Inc.', 'Verenigde Staten', 'modelcontractbepalingen', 'ja'],
    ['Verwerkersovereenkomst zaaksysteem Acme', 'Acme Hosting GmbH', 'Duitsland', null, 'nee'],
  ],
  assurance: [
    ['Overeenkomst', 'Soort', 'Geldig tot'],
    ['Verwerkersovereenkomst zaaksysteem Acme', 'ISO/IEC 27001', day('2026-06-30')],
  ],
};

/** Write the workbook to a fresh temp folder and return its path. */
export async function writeWorkbook(rows: SheetRows, name = 'overeenkomsten.xlsx'): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const agreements = workbook.addWorksheet('Overeenkomsten');
  agreements.getCell('A1').value = 'Register verwerkersovereenkomsten Gemeente Test';
  agreements.mergeCells('A1:L1');
  // Row 2 stays empty; row 3 holds group headers over two columns each.
  agreements.getCell('D3').value = 'Verwerker';
  agreements.mergeCells('D3:E3');
  agreements.getCell('G3').value = 'Datums';
  agreements.mergeCells('G3:H3');
  agreements.getRow(4).values = AGREEMENT_HEADERS;
  rows.agreements.forEach((row, i) => {
    if (row !== null) agreements.getRow(5 + i).values = row;
  });
  for (const [kind, sheetName] of [['obligations', 'Verplichtingen'], ['subprocessors', 'Subverwerkers'], ['assurance', 'Certificaten']] as const) {
    const data = rows[kind];
    if (data === undefined) continue;
    const sheet = workbook.addWorksheet(sheetName);
    data.forEach((row, i) => (sheet.getRow(1 + i).values = row));
  }
  const path = join(tempDir('vo-import-'), name);
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return path;
}
