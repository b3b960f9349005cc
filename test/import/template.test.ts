import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { snapshotTree } from '../hardening/tree-snapshot.js';
import { runVo, tempDir } from '../helpers/run-cli.js';

/** A register just made by `vo init` without answers: its only department is the placeholder `algemeen`. */
async function freshRegister(lang: 'nl' | 'en' = 'nl'): Promise<string> {
  const root = join(tempDir(), 'register');
  expect((await runVo(['init', root, '--lang', lang])).code).toBe(0);
  return root;
}

describe('vo import --template', () => {
  it('writes a sheet and a mapping that import into a new register: dry run, then for real, then vo validate', async () => {
    const root = await freshRegister();
    const template = await runVo(['import', '--template', 'import'], { cwd: root });
    expect(template.code).toBe(0);
    expect(template.stdout).toContain('  import/overeenkomsten.xlsx\n  import/koppeling.yaml\n');
    expect(template.stdout).toContain('vo import import/overeenkomsten.xlsx --map import/koppeling.yaml --dry-run');
    const args = ['import', 'import/overeenkomsten.xlsx', '--map', 'import/koppeling.yaml'];
    const before = snapshotTree(root);

    // The example names departments a new register lacks: the lines to add are printed.
    const dry = await runVo([...args, '--dry-run'], { cwd: root });
    expect(dry.code).toBe(1);
    expect(dry.stdout).toContain('Overeenkomsten!B3: afdeling Sociaal Domein staat niet in vo.config.yaml (id sociaal-domein)');
    expect(dry.stdout).toContain(
      'Deze afdelingen staan niet in vo.config.yaml. Zet deze regels onder departments:\n\n  - id: burgerzaken\n    name: Burgerzaken\n  - id: sociaal-domein\n    name: Sociaal Domein\n\nof voer de opdracht opnieuw uit met --add-departments.\n',
    );
    const dryAdd = await runVo([...args, '--dry-run', '--add-departments'], { cwd: root });
    expect(dryAdd.code).toBe(0);
    expect(dryAdd.stdout).toContain('Proefdraai: er is niets geschreven.\nZou schrijven:\n  agreements/zaaksysteem.yaml  (Overeenkomsten!2:2; 2 verplichtingen, 2 subverwerkers, 1 certificaat)\n');
    expect(dryAdd.stdout).toContain('  vo.config.yaml: afdelingen toevoegen: burgerzaken, sociaal-domein\n');
    expect(snapshotTree(root)).toEqual(before);

    const config = readFileSync(join(root, 'vo.config.yaml'), 'utf8');
    const real = await runVo([...args, '--add-departments'], { cwd: root });
    expect(real.code).toBe(0);
    expect(real.stdout).toContain('Geschreven:\n  agreements/zaaksysteem.yaml');
    expect(readdirSync(join(root, 'agreements')).sort()).toEqual(['jeugdhulpportaal.yaml', 'voorbeeld-zaaksysteem.yaml', 'zaaksysteem.yaml']);
    // The rest of vo.config.yaml stays byte for byte; the departments follow the last one.
    const added = '  - id: burgerzaken\n    name: Burgerzaken\n  - id: sociaal-domein\n    name: Sociaal Domein\n';
    const edited = readFileSync(join(root, 'vo.config.yaml'), 'utf8');
    expect(edited.replace(added, '')).toBe(config);
    expect(edited).toContain(`    # manager: naam van het afdelingshoofd (niet verplicht)\n${added}`);
    expect(await runVo(['validate'], { cwd: root })).toMatchObject({ code: 0, stdout: '✔ Geen bevindingen in 3 bestanden\n' });

    // A second run finds both agreements in the register and writes nothing.
    const again = await runVo([...args, '--add-departments'], { cwd: root });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('2 overeenkomsten stonden al in het register.');
  });

  it('in English with --lang en, into an English register', async () => {
    const root = await freshRegister('en');
    expect((await runVo(['import', '--template', 'start', '--lang', 'en'], { cwd: root })).stdout).toContain('  start/agreements.xlsx\n  start/mapping.yaml\n');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(root, 'start', 'agreements.xlsx'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Agreements', 'Obligations', 'Sub-processors', 'Assurance']);
    expect(workbook.worksheets[0]!.getCell('I2').value).toBeInstanceOf(Date);
    const result = await runVo(['import', 'start/agreements.xlsx', '--map', 'start/mapping.yaml', '--add-departments'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  vo.config.yaml: added departments: civil-affairs, social-services\n');
    expect((await runVo(['validate'], { cwd: root })).code).toBe(0);
  });

  it('never overwrites: a second template into the same folder is exit 2 with both files unchanged', async () => {
    const dir = tempDir();
    expect((await runVo(['import', '--template', dir])).code).toBe(0);
    const before = snapshotTree(dir);
    const again = await runVo(['import', '--template', dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('deze bestanden bestaan al, er is niets geschreven');
    expect(snapshotTree(dir)).toEqual(before);
  });
});

describe('vo import on the command line', () => {
  it('has help with examples in Dutch and English', async () => {
    const nl = await runVo(['import', '--help']);
    expect(nl.stdout).toContain('Voorbeelden:\n  vo import --template import');
    expect(nl.stdout).toContain('--skip-invalid');
    const en = await runVo(['import', '--help', '--lang', 'en']);
    expect(en.stdout).toContain('Examples:\n  vo import --template import');
    expect(en.stdout).toContain('read agreements (with obligations, sub-processors and certificates)');
  });

  it('wants a file or --template, not both, not neither', async () => {
    expect(await runVo(['import'], { cwd: tempDir() })).toMatchObject({ code: 2, stderr: 'vo: geef het werkblad dat ingelezen moet worden (vo import BESTAND.xlsx), of --template MAP voor een voorbeeld\n' });
    expect(await runVo(['import', 'a.xlsx', '--template', 'x'], { cwd: tempDir() })).toMatchObject({ code: 2, stderr: 'vo: geef een werkblad om in te lezen of --template MAP, niet allebei\n' });
  });
});
