/**
 * Where `vo site` may write (docs/site.md): a new or empty folder, or one it
 * wrote before, whose pages of agreements that are gone it removes; any other
 * folder only with --force, and then nothing of the user's is removed. Never a
 * symbolic link, a file, the register itself or one of its record folders.
 * Plus --template-dir, --help and the messages on stderr.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotTree } from '../hardening/tree-snapshot.js';
import { builtVo } from '../helpers/built-vo.js';
import { runVo, tempDir } from '../helpers/run-cli.js';
import { AS_OF, EXAMPLES } from './helpers.js';

const site = (register: string, out: string, ...args: string[]) => runVo(['-C', register, 'site', '--out', out, '--as-of', AS_OF, ...args]);

function copyExamples(): string {
  const root = join(tempDir('vo-site-register-'), 'register');
  cpSync(EXAMPLES, root, { recursive: true });
  return root;
}

describe('the output folder of vo site', () => {
  it('creates a new folder, says what it wrote on stderr and nothing on stdout', async () => {
    const out = join(tempDir('vo-site-out-'), 'site');
    const result = await site(EXAMPLES, out);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    // The example register holds deliberately broken files: one note about them, then what was written.
    expect(result.stderr).toMatch(/^vo: 5 bestanden hebben integriteitsfouten; ze staan op de pagina Probleembestanden\n\d+ bestanden geschreven in .*site \(\d+,\d MB\)\n$/);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  });

  it('takes -o for --out, as list, obligations and report do', async () => {
    const out = join(tempDir('vo-site-out-'), 'site');
    const result = await runVo(['-C', EXAMPLES, 'site', '-o', out, '--as-of', AS_OF]);
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  });

  it('rebuilds its own folder and removes the pages of agreements that are gone, never a file of the user', async () => {
    const register = copyExamples();
    const out = join(tempDir('vo-site-out-'), 'site');
    expect((await site(register, out)).code).toBe(0);
    expect(existsSync(join(out, 'agreements', 'zaaksysteem.html'))).toBe(true);
    writeFileSync(join(out, 'LEESMIJ.txt'), 'van de gebruiker');
    writeFileSync(join(out, 'agreements', 'eigen.html'), 'van de gebruiker');
    rmSync(join(register, 'agreements', 'zaaksysteem.yaml'));
    rmSync(join(register, 'evaluations'), { recursive: true });
    rmSync(join(register, 'incidents'), { recursive: true });
    const again = await site(register, out);
    expect(again.code, again.stderr).toBe(0);
    expect(existsSync(join(out, 'agreements', 'zaaksysteem.html'))).toBe(false);
    expect(existsSync(join(out, 'agreements', 'afvalpassen.html'))).toBe(true);
    expect(readFileSync(join(out, 'LEESMIJ.txt'), 'utf8')).toBe('van de gebruiker');
    expect(readFileSync(join(out, 'agreements', 'eigen.html'), 'utf8')).toBe('van de gebruiker');
  });

  it('refuses a folder with other files unless --force, and with --force keeps them', async () => {
    const out = tempDir('vo-site-busy-');
    writeFileSync(join(out, 'index.html'), 'mijn eigen startpagina');
    writeFileSync(join(out, 'notities.txt'), 'blijft');
    const refused = await site(EXAMPLES, out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/is niet leeg en niet door vo site geschreven.*--force/);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('mijn eigen startpagina');
    const forced = await site(EXAMPLES, out, '--force');
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<!doctype html>');
    expect(readFileSync(join(out, 'notities.txt'), 'utf8')).toBe('blijft');
  });

  it('refuses a symbolic link, a file, a missing parent, the register and its record folders, and a missing --out', async () => {
    const base = tempDir('vo-site-bad-');
    mkdirSync(join(base, 'real'));
    symlinkSync(join(base, 'real'), join(base, 'link'));
    writeFileSync(join(base, 'file'), '');
    const register = copyExamples();
    const cases: [string[], RegExp][] = [
      [['--out', join(base, 'link')], /symbolische koppeling/],
      [['--out', join(base, 'file')], /is geen map/],
      [['--out', join(base, 'nope', 'site')], /bestaat niet/],
      [['--out', register, '--force'], /de map van het register zelf/],
      [['--out', join(register, 'agreements', 'site')], /in de map agreements van het register/],
      [[], /--out is verplicht/],
    ];
    for (const [args, message] of cases) {
      const result = await runVo(['-C', register, 'site', '--as-of', AS_OF, ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
    }
    expect(existsSync(join(base, 'real', 'index.html'))).toBe(false);
    expect(existsSync(join(register, 'index.html'))).toBe(false);
  });

  it('refuses a sub-folder that is a symbolic link before it replaces any page, so the old site stays whole', async () => {
    const out = join(tempDir('vo-site-out-'), 'site');
    expect((await site(EXAMPLES, out)).code).toBe(0);
    const elsewhere = tempDir('vo-site-elsewhere-');
    rmSync(join(out, 'departments'), { recursive: true });
    symlinkSync(elsewhere, join(out, 'departments'));
    const before = snapshotTree(out);
    const result = await site(EXAMPLES, out, '--lang', 'en');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/departments is a symbolic link/);
    expect(snapshotTree(out)).toEqual(before);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('takes templates from --template-dir, and names a file there that it does not use', async () => {
    const templates = tempDir('vo-site-templates-');
    mkdirSync(join(templates, 'pages'));
    writeFileSync(join(templates, 'pages', 'index.hbs'), '<h1>{{organisation}}: eigen start</h1><p data-count="agreements">{{summary.agreements}}</p>\n');
    writeFileSync(join(templates, 'pages', 'indx.hbs'), 'typo');
    const out = join(tempDir('vo-site-out-'), 'site');
    const result = await site(EXAMPLES, out, '--template-dir', templates);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('sjabloon pages/indx.hbs wordt niet gebruikt');
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('<h1>Gemeente Lindendal: eigen start</h1>');
    expect(index).toContain('<nav class="main"');
  });

  it('reports an error in a template with its file and line, before writing anything', async () => {
    const templates = tempDir('vo-site-templates-');
    writeFileSync(join(templates, 'layout.hbs'), '<html>\n{{#each}}\n');
    const out = join(tempDir('vo-site-out-'), 'site');
    const result = await site(EXAMPLES, out, '--template-dir', templates);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^vo: fout in sjabloon .*layout\.hbs/);
    expect(existsSync(out)).toBe(false);
  });

  it('explains itself in --help, with examples, in Dutch and English', async () => {
    const nl = await runVo(['site', '--help']);
    expect(nl.stdout).toContain('--out <dir>');
    expect(nl.stdout).toContain('--template-dir <dir>');
    expect(nl.stdout).toContain('vo site --out site');
    const en = await runVo(['--lang', 'en', 'site', '--help']);
    expect(en.stdout).toContain('static, read-only web site');
  });
});

describe('the built binary', () => {
  it('finds its templates from dist/ and writes the site (run `npm run build` first)', () => {
    const out = join(tempDir('vo-site-spawned-'), 'site');
    const result = spawnSync(process.execPath, [builtVo(), '-C', EXAMPLES, 'site', '--out', out, '--as-of', AS_OF], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<html lang="nl">');
    expect(readFileSync(join(out, 'assets', 'site.js'), 'utf8')).toContain("'use strict'");
  });
});
