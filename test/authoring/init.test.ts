import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_POLICY } from '../../src/register/config.js';
import { REPO_ROOT, runVo, tempDir } from '../helpers/run-cli.js';
import { runTyping, snapshot } from './helpers.js';

const FLAGS = ['--organisation', 'Gemeente Lindendal', '--department', 'burgerzaken:Burgerzaken', '--department', 'sociaal-domein:Sociaal Domein'];

describe('vo init', () => {
  it('creates a register that validates and checks clean, with every promised file', async () => {
    const dir = join(tempDir(), 'register');
    const init = await runVo(['init', dir, ...FLAGS]);
    expect(init.code).toBe(0);
    for (const file of [
      'vo.config.yaml',
      'agreements/voorbeeld-zaaksysteem.yaml',
      'evaluations/.gitkeep',
      'incidents/.gitkeep',
      '.vo/schemas/agreement.schema.json',
      '.vo/schemas/config.schema.json',
      '.vscode/settings.json',
      '.github/workflows/vo-pull-request.yml',
      '.github/workflows/vo-scheduled.yml',
      '.gitlab-ci.yml',
      'README.md',
    ]) {
      expect(existsSync(join(dir, file)), file).toBe(true);
      expect(init.stdout).toContain(`  ${file}\n`);
    }
    const config = parse(readFileSync(join(dir, 'vo.config.yaml'), 'utf8')) as Record<string, unknown>;
    expect(config).toEqual({
      organisation: 'Gemeente Lindendal',
      locale: 'nl',
      timezone: 'Europe/Amsterdam',
      departments: [
        { id: 'burgerzaken', name: 'Burgerzaken' },
        { id: 'sociaal-domein', name: 'Sociaal Domein' },
      ],
    });
    expect((await runVo(['-C', dir, 'validate'])).code).toBe(0);
    const check = await runVo(['-C', dir, 'check', '--as-of', '2026-10-01', '--format', 'json']);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).findings).toEqual([]);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('# Register van verwerkersovereenkomsten — Gemeente Lindendal');
  });

  it('writes schema copies byte-identical to `vo schema`', async () => {
    const dir = join(tempDir(), 'r');
    await runVo(['init', dir, ...FLAGS]);
    for (const kind of ['agreement', 'evaluation', 'incident', 'config']) {
      const printed = await runVo(['schema', kind]);
      expect(readFileSync(join(dir, '.vo', 'schemas', `${kind}.schema.json`), 'utf8')).toBe(printed.stdout);
    }
  });

  it('refuses a second init: exit 2, nothing changed', async () => {
    const dir = join(tempDir(), 'r');
    await runVo(['init', dir, ...FLAGS]);
    writeFileSync(join(dir, 'agreements', 'voorbeeld-zaaksysteem.yaml'), 'edited by the user\n');
    const before = snapshot(dir);
    const again = await runVo(['init', dir, '--organisation', 'Other']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^vo: .*al een register.*niets veranderd\n$/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('adds a register to an existing repository: existing files are skipped with a notice each and never overwritten', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
    writeFileSync(join(dir, '.github', 'workflows', 'build.yml'), 'name: build\n');
    writeFileSync(join(dir, '.github', 'workflows', 'vo-scheduled.yml'), 'name: mine\n');
    writeFileSync(join(dir, 'README.md'), '# Onze repository\n');
    const before = snapshot(dir);
    const result = await runVo(['init', dir, ...FLAGS]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('vo: overgeslagen: .github/workflows/vo-scheduled.yml bestaat al en blijft zoals het is\n');
    expect(result.stderr).toContain('vo: overgeslagen: README.md bestaat al en blijft zoals het is\n');
    for (const [path, state] of before) expect(snapshot(dir).get(path), path).toBe(state);
    expect(result.stdout).toContain('  .github/workflows/vo-pull-request.yml\n');
    expect(result.stdout).not.toContain('  README.md\n');
    expect(existsSync(join(dir, 'vo.config.yaml'))).toBe(true);
    expect((await runVo(['-C', dir, 'validate'])).code).toBe(0);
  });

  it('next to an existing .gitlab-ci.yml writes vo.gitlab-ci.yml and says which include: line to add', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.gitlab-ci.yml'), 'build:\n  script: [make]\n');
    const result = await runVo(['init', dir, ...FLAGS]);
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, '.gitlab-ci.yml'), 'utf8')).toBe('build:\n  script: [make]\n');
    expect(readFileSync(join(dir, 'vo.gitlab-ci.yml'), 'utf8')).toContain('#     - local: vo.gitlab-ci.yml');
    expect(result.stdout).toContain('Voeg toe aan .gitlab-ci.yml:\n  include:\n    - local: vo.gitlab-ci.yml\n');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('`vo.gitlab-ci.yml`');
  });

  it('initialises an existing empty folder, and the working directory without an argument', async () => {
    const dir = tempDir();
    const result = await runVo(['init', ...FLAGS], { cwd: dir });
    expect(result.code).toBe(0);
    expect(existsSync(join(dir, 'vo.config.yaml'))).toBe(true);
    expect(result.stdout).toContain('Register aangemaakt in .:');
  });

  it('without a terminal and without flags writes marked placeholders and says so', async () => {
    const dir = join(tempDir(), 'r');
    const result = await runVo(['init', dir]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('voorlopige waarden');
    const text = readFileSync(join(dir, 'vo.config.yaml'), 'utf8');
    expect(text).toContain('organisation: Gemeente Voorbeeld  # VUL IN');
    expect(text).toContain('  - id: algemeen');
    expect((await runVo(['-C', dir, 'validate'])).code).toBe(0);
  });

  it('asks for the organisation and departments on a terminal', async () => {
    const dir = join(tempDir(), 'r');
    const result = await runTyping(['init', dir], ['Gemeente Typ', 'ict', 'ict:ICT', 'burgerzaken:Burgerzaken', ''], dir + '/..');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Naam van de organisatie (--organisation) [Gemeente Voorbeeld]: ');
    expect(result.stderr).toContain('ongeldige afdeling `ict`');
    const config = parse(readFileSync(join(dir, 'vo.config.yaml'), 'utf8')) as { organisation: string; departments: unknown[] };
    expect(config.organisation).toBe('Gemeente Typ');
    expect(config.departments).toEqual([
      { id: 'ict', name: 'ICT' },
      { id: 'burgerzaken', name: 'Burgerzaken' },
    ]);
  });

  it('writes an English register with --lang en', async () => {
    const dir = join(tempDir(), 'r');
    const result = await runVo(['init', dir, '--lang', 'en', '--organisation', 'Example Town', '--department', 'finance:Finance']);
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'vo.config.yaml'), 'utf8')).toContain('locale: en');
    expect(existsSync(join(dir, 'agreements', 'example-case-management.yaml'))).toBe(true);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('How we work');
    expect((await runVo(['-C', dir, 'validate'])).code).toBe(0);
  });

  it.each([
    [['--department', 'Burgerzaken'], 'ongeldige afdeling `Burgerzaken`'],
    [['--department', 'a:A', '--department', 'a:B'], 'afdeling `a` staat er twee keer in'],
    [['--timezone', 'Mars/Olympus'], 'onbekende tijdzone `Mars/Olympus`'],
    [['--organisation', ' '], '--organisation mag niet leeg zijn'],
  ])('refuses bad flags %j with exit 2 and writes nothing', async (flags, message) => {
    const dir = join(tempDir(), 'r');
    const result = await runVo(['init', dir, ...flags]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(existsSync(dir)).toBe(false);
  });
});

/** Every `vo …` command of a generated README: the lines of its `sh` blocks (continuations joined, comments dropped) and inline commands with options. */
function readmeCommands(readme: string): string[][] {
  const commands: string[] = [];
  for (const block of readme.matchAll(/```sh\n([\s\S]*?)```/g)) {
    const joined = (block[1] as string).replace(/\\\n\s*/g, ' ');
    for (const line of joined.split('\n')) if (line.startsWith('vo ')) commands.push(line);
  }
  for (const inline of readme.matchAll(/`(vo [^`]*--[^`]*)`/g)) commands.push(inline[1] as string);
  return [...new Set(commands)].map(words);
}

/** Shell words of a simple command line: double quotes group, `#` starts a comment. */
function words(line: string): string[] {
  const result: string[] = [];
  for (const match of line.matchAll(/"([^"]*)"|(\S+)/g)) {
    if (match[2]?.startsWith('#')) break;
    result.push(match[1] ?? (match[2] as string));
  }
  return result.slice(1);
}

describe('the README that vo init writes', () => {
  it.each([
    ['with departments given', FLAGS],
    ['with the placeholder department', []],
    ['in English', ['--lang', 'en', '--organisation', 'Example Town', '--department', 'finance:Finance']],
  ])('%s: every command in it runs as printed in the register it describes', async (_name, flags) => {
    const dir = join(tempDir(), 'r');
    expect((await runVo(['init', dir, ...flags])).code).toBe(0);
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    const config = parse(readFileSync(join(dir, 'vo.config.yaml'), 'utf8')) as { departments: { id: string }[] };
    const ids = config.departments.map((d) => d.id);
    for (const [, department] of readme.matchAll(/--department (\S+)/g)) expect(ids).toContain(department);
    const commands = readmeCommands(readme);
    expect(commands.map((c) => c.slice(0, 2).join(' '))).toEqual(
      expect.arrayContaining(['new agreement', 'new evaluation', 'new incident', 'validate', 'check', 'list', 'agenda', 'report --output', 'schema --out']),
    );
    for (const command of commands) {
      // The test clock is 2026-10-01, the date of the README's examples.
      const result = await runVo(command, { cwd: dir });
      expect(result.code, `vo ${command.join(' ')}: ${result.stderr}`).toBe(0);
    }
  });

  it('points to the guide and the format reference where a user has them: in the installed package', async () => {
    const dir = join(tempDir(), 'r');
    await runVo(['init', dir, ...FLAGS]);
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(readme).toContain('node_modules/vo-register/docs/');
    for (const doc of ['handleiding.md', 'format.md', 'rules.md']) {
      expect(readme).toContain(`docs/${doc}`);
      expect(existsSync(join(REPO_ROOT, 'docs', doc)), doc).toBe(true);
    }
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('docs');
    for (const file of ['README.md', 'vo.config.yaml', 'agreements/voorbeeld-zaaksysteem.yaml', '.github/workflows/vo-pull-request.yml', '.gitlab-ci.yml']) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(text, file).not.toMatch(/\.\.\/shared|SPEC\.md|SPEC §/);
    }
    expect(readFileSync(join(dir, 'agreements', 'voorbeeld-zaaksysteem.yaml'), 'utf8')).toContain('node_modules/vo-register/docs/');
  });
});

describe('the config that vo init writes', () => {
  it.each([['nl'], ['en']])('in %s shows every policy key, the version 2 ones included, each with a comment', async (lang) => {
    const dir = join(tempDir(), 'r');
    await runVo(['init', dir, '--lang', lang, ...FLAGS.slice(2)]);
    const text = readFileSync(join(dir, 'vo.config.yaml'), 'utf8');
    for (const key of Object.keys(DEFAULT_POLICY)) expect(text, key).toMatch(new RegExp(`^# {3}${key}: .+ {2}# \\S.{10,}$`, 'm'));
    for (const key of ['accepted_assurance', 'assurance_report_max_age_months', 'adequate_countries']) expect(text).toContain(`#   ${key}: `);
    expect(text).toMatch(/adequate_countries: \[[^\]]*\bBR\b/);
    expect(text).toContain('until: 2031-12-27');
    expect(text).toContain('review_months: { high: 6, medium: 12, low: 12 }');
  });
});
