import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { snapshotTree } from '../hardening/tree-snapshot.js';
import { MINIMAL_CONFIG, REPO_ROOT, runVo, tempDir, tempRegister } from '../helpers/run-cli.js';
import { GOOD_ROWS, writeWorkbook } from './workbooks.js';

/** What Dutch Excel saves as "CSV UTF-8 (gescheiden door lijstscheidingsteken)": a byte-order mark, `;`, CRLF. */
const DUTCH_CSV = [
  'Titel;Afdeling;Proceseigenaar;Verwerker;KvK-nummer;Fase;Ondertekend;Ingangsdatum;Einddatum;Risico;Doelen;Betrokkenen;Persoonsgegevens',
  'Verwerkersovereenkomst parkeervergunningen;Burgerzaken;Zoë Bakker;Parkeer B.V.;1234567;actief;1-7-2025;01-08-2025;;middel;"Vergunningen verlenen; Handhaving";Inwoners;"NAW-gegevens',
  'Kenteken"',
  ';;;;;;;;;;;;',
  'Verwerkersovereenkomst oude website;ict;P. Smit;Web & Co;12345678;beëindigd;15-3-2019;;31-12-2024;laag;;;',
  '',
].join('\r\n');

function csvFile(content: string | Buffer, name = 'overeenkomsten.csv'): string {
  const path = join(tempDir('vo-csv-'), name);
  writeFileSync(path, content);
  return path;
}

const register = () => tempRegister({ 'vo.config.yaml': MINIMAL_CONFIG });
const read = (root: string, id: string) => parse(readFileSync(join(root, 'agreements', `${id}.yaml`), 'utf8')) as Record<string, unknown>;

describe('vo import of a csv file from Dutch Excel', () => {
  it('reads ; with a byte-order mark, Dutch dates, a lost leading zero and a line break in a cell', async () => {
    const root = register();
    const result = await runVo(['-C', root, 'import', csvFile(`\ufeff${DUTCH_CSV}`)]);
    expect(result.code).toBe(0);
    expect(await runVo(['-C', root, 'validate'])).toMatchObject({ code: 0 });
    expect(read(root, 'parkeervergunningen')).toMatchObject({
      process_owner: { name: 'Zoë Bakker' },
      processor: { name: 'Parkeer B.V.', kvk: '01234567' },
      phase: 'active',
      dates: { signed: '2025-07-01', start: '2025-08-01' },
      processing: { purposes: ['Vergunningen verlenen', 'Handhaving'], data_subjects: ['Inwoners'], data_categories: ['NAW-gegevens', 'Kenteken'] },
    });
    expect(read(root, 'oude-website')).toMatchObject({ phase: 'ended', dates: { signed: '2019-03-15', end: '2024-12-31' }, risk: { level: 'low' } });
  });

  it('reads the older "CSV (gescheiden door lijstscheidingsteken)" in Windows-1252 too', async () => {
    const root = register();
    const result = await runVo(['-C', root, 'import', csvFile(Buffer.from(DUTCH_CSV, 'latin1'))]);
    expect(result.code).toBe(0);
    expect(read(root, 'parkeervergunningen')).toMatchObject({ process_owner: { name: 'Zoë Bakker' } });
    expect(read(root, 'oude-website')).toMatchObject({ phase: 'ended' });
  });

  it('reads the euro sign, curly quotes and dashes of a Windows-1252 csv as those characters, not as control characters', async () => {
    const root = register();
    // 0x80 €, 0x92 ’, 0x93 “, 0x94 ”, 0x96 –: what Excel's autocorrect types, in the bytes of the older CSV.
    const line = Buffer.concat([
      Buffer.from('Titel;Afdeling;Proceseigenaar;Verwerker\r\nPortaal ', 'latin1'),
      Buffer.from([0x93, 0x4d, 0x69, 0x6a, 0x6e, 0x20, 0x96, 0x20, 0x80, 0x94]),
      Buffer.from(';ict;R. O', 'latin1'),
      Buffer.from([0x92]),
      Buffer.from('Neill;Caf\xe9 B.V.\r\n', 'latin1'),
    ]);
    const result = await runVo(['-C', root, 'import', csvFile(line)]);
    expect(result.code).toBe(0);
    const record = read(root, 'portaal-mijn');
    expect(record).toMatchObject({ title: 'Portaal \u201cMijn \u2013 \u20ac\u201d', process_owner: { name: 'R. O\u2019Neill' }, processor: { name: 'Caf\u00e9 B.V.' } });
  });

  it('refuses the error text Dutch Excel writes for a failed formula (#N/B) as a value', async () => {
    const root = register();
    const result = await runVo(['-C', root, 'import', csvFile('\ufeffTitel;Afdeling;Proceseigenaar;Verwerker\r\nPortaal;ict;R. Jansen;#N/B\r\n')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('overeenkomsten!D2: de formule in deze cel geeft de fout #N/B');
  });

  it('reads a UTF-16 csv with a byte-order mark (Excel\'s "Unicode-tekst", tab-separated)', async () => {
    const root = register();
    const text = 'Titel\tAfdeling\tProceseigenaar\tVerwerker\r\nPortaal\tict\tZoë Bakker\tCafé B.V.\r\n';
    const result = await runVo(['-C', root, 'import', csvFile(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))]);
    expect(result.code).toBe(0);
    expect(read(root, 'portaal')).toMatchObject({ process_owner: { name: 'Zoë Bakker' }, processor: { name: 'Café B.V.' } });
  });

  it('names the csv as Excel names its sheet: after the file', async () => {
    const root = register();
    const before = snapshotTree(root);
    const broken = DUTCH_CSV.replace('1-7-2025', '31-2-2025').replace(';ict;', ';Sociaal Domein;');
    const result = await runVo(['-C', root, 'import', csvFile(`\ufeff${broken}`, 'export vo.csv')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("'export vo'!G2: 31-2-2025 bestaat niet in de kalender");
    expect(result.stdout).toContain("'export vo'!B4: afdeling Sociaal Domein staat niet in vo.config.yaml");
    expect(snapshotTree(root)).toEqual(before);
  });

  it('refuses what it cannot read with one line and exit 2', async () => {
    const root = register();
    for (const [file, message] of [
      [csvFile('x', 'lijst.ods'), 'lijst.ods: vo import leest .xlsx- en .csv-bestanden'],
      [csvFile('dit is geen zip', 'kapot.xlsx'), 'kapot.xlsx is geen leesbare Excel-werkmap'],
      [join(tempDir(), 'weg.xlsx'), 'weg.xlsx is niet te lezen (ENOENT)'],
    ] as const) {
      const result = await runVo(['-C', root, 'import', file]);
      expect(result.code, file).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stderr.split('\n').length).toBe(2);
    }
  });
});

describe('time zones', () => {
  it('a spawned vo import reads date cells as the same days east and west of Greenwich (run `npm run build` first)', async () => {
    const sheet = await writeWorkbook(GOOD_ROWS);
    for (const zone of ['Pacific/Kiritimati', 'America/Adak']) {
      const root = register();
      const run = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'vo.js'), '-C', root, 'import', sheet], { encoding: 'utf8', env: { ...process.env, TZ: zone, NO_COLOR: '1' } });
      expect(run.status, run.stderr).toBe(0);
      expect(read(root, 'zaaksysteem-acme')).toMatchObject({ dates: { signed: '2025-07-01', start: '2025-08-01' }, obligations: [{}, { due: '2025-12-31' }] });
    }
  });
});
