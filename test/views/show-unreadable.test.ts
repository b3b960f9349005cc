/**
 * `vo show` of an agreement whose own file cannot be read (broken YAML) or fails its schema:
 * it shows what could be read and the file's findings, as the agreement report's dossier
 * does, and exits 0 like every view; it is no usage error.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runVo, tempDir } from '../helpers/run-cli.js';

const AS_OF = '2026-10-01';

describe('vo show of an agreement whose file cannot be read', () => {
  const root = join(tempDir('vo-show-unreadable-'), 'register');

  beforeAll(() => {
    cpSync(join(REPO_ROOT, 'examples'), root, { recursive: true });
    // zaaksysteem fails its schema (a KvK number unquoted); kapot is broken YAML.
    const file = join(root, 'agreements', 'zaaksysteem.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  kvk: "71836402"', '  kvk: 71836402'));
    writeFileSync(join(root, 'agreements', 'kapot.yaml'), 'id: kapot\ntitle: "Kapot\n  : [\n');
  });

  const show = (id: string, ...args: string[]) => runVo(['-C', root, 'show', id, '--as-of', AS_OF, ...args]);

  it('shows what could be read, the status invalid and the finding of the file, exit 0 (Dutch)', async () => {
    const result = await show('zaaksysteem');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^zaaksysteem — Verwerkersovereenkomst zaaksysteem Zaakwijzer\nstand op 1 oktober 2026\n/);
    expect(result.stdout).toMatch(/^ {2}Afdeling +Informatievoorziening \(informatievoorziening\)$/m);
    expect(result.stdout).toMatch(/^ {2}Status +bestand ongeldig \(1 fout, 0 waarschuwingen\)$/m);
    expect(result.stdout).toMatch(/^ {2}Fase +in beheer$/m);
    expect(result.stdout).toMatch(/^ {2}Verwerker +Zaakwijzer Software B\.V\.$/m);
    expect(result.stdout).toMatch(/^ {2}Bestand +agreements\/zaaksysteem\.yaml$/m);
    expect(result.stdout).toContain('niet (helemaal) te lezen');
    expect(result.stdout).toMatch(/Huidige bevindingen\n {2}fout {2}schema {2}agreements\/zaaksysteem\.yaml:10:3\n {4}`kvk` moet tekst zijn/);
    expect(result.stderr).toContain('let op');
  });

  it('says the same in English, and shows broken YAML by its id and the place of the syntax error', async () => {
    const result = await show('kapot', '--lang', 'en');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^kapot\nas of 1 October 2026\n/);
    expect(result.stdout).toMatch(/^ {2}Status +invalid file \(1 error, 0 warnings\)$/m);
    expect(result.stdout).toContain('cannot be read (completely)');
    expect(result.stdout).toMatch(/Current findings\n {2}error {2}yaml-syntax {2}agreements\/kapot\.yaml:2:/);
  });

  it('--format json gives what the report gives for it, with asOf and the findings', async () => {
    const result = await show('zaaksysteem', '--format', 'json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      asOf: AS_OF,
      id: 'zaaksysteem',
      title: 'Verwerkersovereenkomst zaaksysteem Zaakwijzer',
      file: 'agreements/zaaksysteem.yaml',
      department: 'informatievoorziening',
      departmentName: 'Informatievoorziening',
      processor: 'Zaakwijzer Software B.V.',
      phase: 'active',
      risk: 'high',
      status: 'invalid',
      errors: 1,
      warnings: 0,
      unreadable: true,
      findings: [expect.objectContaining({ rule: 'schema', file: 'agreements/zaaksysteem.yaml', line: 10, column: 3, agreement: 'zaaksysteem' })],
    });
  });

  it('agrees with the dossier of vo report --template agreement: the same data and the same problem', async () => {
    const report = await runVo(['-C', root, 'report', '--template', 'agreement', '--agreement', 'zaaksysteem', '--as-of', AS_OF]);
    expect(report.code).toBe(0);
    const dossier = (await show('zaaksysteem')).stdout;
    for (const value of ['Verwerkersovereenkomst zaaksysteem Zaakwijzer', 'Informatievoorziening', 'Zaakwijzer Software B.V.', 'in beheer', 'hoog', 'bestand ongeldig', 'agreements/zaaksysteem.yaml']) {
      expect(report.stdout, value).toContain(value);
      expect(dossier, value).toContain(value);
    }
    expect(report.stdout).toMatch(/\| agreements\/zaaksysteem\.yaml \| 10 \| ‘kvk’ moet tekst zijn/);
  });
});
