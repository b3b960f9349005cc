import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runVo, tempDir } from '../helpers/run-cli.js';
import { authoringRegister } from './fixture.js';
import { runTyping } from './helpers.js';

const AGREEMENT = ['--title', 'Zaak: "nieuw" #1', '--department', 'ict', '--processor', 'Acme B.V.', '--owner', 'J. Jansen'];

async function validates(root: string): Promise<void> {
  const result = await runVo(['-C', root, 'validate', '--format', 'json']);
  expect(JSON.parse(result.stdout).findings).toEqual([]);
  expect(result.code).toBe(0);
}

describe('vo new agreement', () => {
  it('writes a valid, commented file, prints its path and keeps awkward values intact', async () => {
    const root = authoringRegister();
    const result = await runVo(['new', 'agreement', 'acme', ...AGREEMENT], { cwd: root });
    expect(result).toMatchObject({ code: 0, stdout: 'agreements/acme.yaml\n' });
    const text = readFileSync(join(root, 'agreements', 'acme.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../.vo/schemas/agreement.schema.json');
    expect(text).toContain('# Eigenaar-afdeling: een id uit vo.config.yaml (burgerzaken, ict).');
    expect(parse(text)).toEqual({
      id: 'acme',
      title: 'Zaak: "nieuw" #1',
      department: 'ict',
      process_owner: { name: 'J. Jansen' },
      processor: { name: 'Acme B.V.' },
      phase: 'draft',
    });
    await validates(root);
  });

  it('un-commenting every example gives a valid agreement', async () => {
    const root = authoringRegister();
    await runVo(['-C', root, 'new', 'agreement', 'acme', ...AGREEMENT, '--phase', 'active']);
    const path = join(root, 'agreements', 'acme.yaml');
    const uncommented = readFileSync(path, 'utf8')
      .split('\n')
      .map((line) => line.replace(/^(\s*)# (?=[a-z_]+:|- |"|\s)/, '$1'))
      .join('\n');
    const value = parse(uncommented) as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(expect.arrayContaining(['risk', 'clauses', 'assurance', 'obligations', 'monitoring', 'exit']));
    writeFileSync(path, uncommented);
    await validates(root);
  });

  it('without a terminal and without flags: exit 2 naming every missing flag', async () => {
    const root = authoringRegister();
    const result = await runVo(['-C', root, 'new', 'agreement', 'acme']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^vo: ontbrekende gegevens: --title, --department, --processor, --owner\. /);
    const noId = await runVo(['-C', root, 'new', 'agreement', '--lang', 'en']);
    expect(noId.stderr).toContain('missing values: <id>, --title, --department, --processor, --owner.');
    expect(existsSync(join(root, 'agreements', 'acme.yaml'))).toBe(false);
  });

  it('never writes over an existing file: exit 2 and the file stays byte-identical', async () => {
    const root = authoringRegister();
    const path = join(root, 'agreements', 'zaak.yaml');
    const before = readFileSync(path);
    const result = await runVo(['-C', root, 'new', 'agreement', 'zaak', ...AGREEMENT]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('id `zaak` bestaat al in dit register; kies een andere\n');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it.each([
    [['--department', 'financien'], 'onbekende afdeling `financien`; kies uit: burgerzaken, ict'],
    [['--phase', 'actief'], 'ongeldige waarde `actief` voor --phase'],
    [['--title', ''], '--title mag niet leeg zijn'],
  ])('refuses %j with a one-line error', async (flags, message) => {
    const root = authoringRegister();
    const result = await runVo(['-C', root, 'new', 'agreement', 'acme', ...AGREEMENT, ...flags]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses an id that is no valid file name', async () => {
    const root = authoringRegister();
    const result = await runVo(['-C', root, 'new', 'agreement', 'Acme Zaak', ...AGREEMENT]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ongeldige id `Acme Zaak`');
  });

  it('asks on a terminal for what is missing, again after a wrong answer', async () => {
    const root = authoringRegister();
    const result = await runTyping(['new', 'agreement'], ['acme', 'Zaaksysteem', 'financien', 'ict', 'Acme B.V.', 'J. Jansen'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('agreements/acme.yaml\n');
    expect(result.stderr).toContain('Titel van de overeenkomst (--title): ');
    expect(result.stderr).toContain('onbekende afdeling `financien`; kies uit: burgerzaken, ict; probeer het opnieuw');
    expect(parse(readFileSync(join(root, 'agreements', 'acme.yaml'), 'utf8'))).toMatchObject({ department: 'ict', title: 'Zaaksysteem' });
    await validates(root);
  });

  it('stops with exit 2 when the terminal input ends, naming what is still missing', async () => {
    const root = authoringRegister();
    const result = await runTyping(['new', 'agreement', 'acme'], ['Zaaksysteem'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('vo: de invoer is beëindigd; ontbrekende gegevens: --department, --processor, --owner\n');
    expect(existsSync(join(root, 'agreements', 'acme.yaml'))).toBe(false);
  });

  it('prints the path relative to the working directory and hints at the missing schema copies', async () => {
    const root = authoringRegister();
    const cwd = tempDir();
    const result = await runVo(['new', 'agreement', 'acme', ...AGREEMENT, '-C', root], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout.trim().endsWith('/agreements/acme.yaml')).toBe(true);
    expect(result.stdout.startsWith('..')).toBe(true);
    expect(result.stderr).toContain('vo schema --out .vo/schemas');
  });
});
