/**
 * SPEC §8: bad input gets a finding or a clear one-line error, never a crash,
 * and the register stays byte for byte as it was. test/fixtures/bad-input is one
 * register holding valid files beside one bad file per case; the cases that
 * cannot be committed (a file over 1 MiB, symbolic links, an unreadable file) are
 * added to a temp copy here.
 */
import { spawnSync } from 'node:child_process';
import { builtVo } from '../helpers/built-vo.js';
import { createHash } from 'node:crypto';
import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonReport } from '../../src/format/json.js';
import { copyFixture, MINIMAL_CONFIG, runVo, tempRegister } from '../helpers/run-cli.js';

const isRoot = process.getuid?.() === 0;

/** Every finding expected in the temp copy, as `file rule line:column`; nothing else may be reported. */
const EXPECTED = [
  'agreements/alias-bom.yaml yaml-syntax 1:1',
  'agreements/binair.yaml yaml-syntax 1:1',
  'agreements/buiten.yaml yaml-syntax 1:1',
  'agreements/diep.yaml yaml-syntax 1:1',
  'agreements/dubbele-sleutels.yaml yaml-syntax 9:1',
  'agreements/kapotte-yaml.yaml yaml-syntax 2:8',
  'agreements/latin1.yaml yaml-syntax 1:1',
  'agreements/leeg.yaml yaml-syntax 1:1',
  'agreements/onbekende-afdeling.yaml unknown-reference 3:1',
  'agreements/onbekende-afdeling.yaml unknown-reference 14:5',
  'agreements/onbekende-sleutels.yaml schema 1:1',
  'agreements/onbekende-sleutels.yaml schema 6:1',
  ...(isRoot ? [] : ['agreements/onleesbaar.yaml yaml-syntax 1:1']),
  'agreements/onmogelijke-datum.yaml schema 10:3',
  'agreements/tabs.yaml yaml-syntax 5:1',
  'agreements/te-groot.yaml yaml-syntax 1:1',
  'agreements/twee-documenten.yaml yaml-syntax 9:1',
  'agreements/tweeling.yaml duplicate-id 1:1',
  'agreements/verkeerd-id.yaml id-mismatch 1:1',
  'agreements/verkeerde-types.yaml schema 8:3',
  'agreements/verkeerde-types.yaml schema 10:1',
  'evaluations/extern yaml-syntax 1:1',
  'evaluations/onbekende-overeenkomst.yaml unknown-reference 2:1',
  'evaluations/onbekende-verplichting.yaml unknown-reference 8:5',
  'incidents/onbekend-incident.yaml unknown-reference 2:1',
];

/** The valid files beside the bad ones; not one finding may name them. */
const VALID = [
  'agreements/goed.yaml',
  'agreements/met-bom.yaml',
  'agreements/archief/tweeling.yaml',
  'agreements/binnen.yaml',
  'evaluations/2025/goed-periodiek.yaml',
  'incidents/goed-incident.yaml',
];

let root: string;

beforeAll(() => {
  root = copyFixture('bad-input');
  const outside = dirname(root);
  // Over 1 MiB, generated rather than committed.
  writeFileSync(join(root, 'agreements/te-groot.yaml'), 'id: te-groot\nnotes: "' + 'x'.repeat(1024 * 1024) + '"\n');
  // A symbolic link to a valid file outside the register, and one to a folder outside it.
  writeFileSync(join(outside, 'buiten.yaml'), readFileSync(join(root, 'agreements/goed.yaml'), 'utf8').replace('id: goed', 'id: buiten'));
  symlinkSync(join(outside, 'buiten.yaml'), join(root, 'agreements/buiten.yaml'));
  mkdirSync(join(outside, 'extern'));
  writeFileSync(join(outside, 'extern', 'extern.yaml'), 'id: extern\nagreement: goed\ndate: 2025-01-01\ntype: meeting\n');
  symlinkSync(join(outside, 'extern'), join(root, 'evaluations/extern'));
  // A link that stays inside the register is followed like a file.
  writeFileSync(join(root, 'binnen-bron.txt'), readFileSync(join(root, 'agreements/goed.yaml'), 'utf8').replace('id: goed', 'id: binnen'));
  symlinkSync('../binnen-bron.txt', join(root, 'agreements/binnen.yaml'));
  if (!isRoot) {
    writeFileSync(join(root, 'agreements/onleesbaar.yaml'), 'id: onleesbaar\n');
    chmodSync(join(root, 'agreements/onleesbaar.yaml'), 0o000);
  }
});

async function validateJson(lang = 'en'): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const { code, stdout, stderr } = await runVo(['-C', root, 'validate', '--format', 'json', '--lang', lang]);
  return { code, report: JSON.parse(stdout) as JsonReport, stderr };
}

describe('vo validate on a register full of bad input', () => {
  it('exits 1 and names every bad file with its rule and line:column, and nothing else', async () => {
    const { code, report, stderr } = await validateJson();
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(report.findings.map((f) => `${f.file} ${f.rule} ${f.line}:${f.column}`)).toEqual(EXPECTED);
    expect(report.summary).toEqual({ errors: EXPECTED.length, warnings: 0 });
    for (const finding of report.findings) expect(finding.severity).toBe('error');
  });

  it('gives no finding for the valid files beside the bad ones (a BOM-prefixed file included)', async () => {
    const { report } = await validateJson();
    const named = new Set(report.findings.map((f) => f.file));
    for (const file of VALID) expect(named, file).not.toContain(file);
  });

  it.each([
    ['agreements/alias-bom.yaml', /alias bomb/],
    ['agreements/binair.yaml', /binary/],
    ['agreements/buiten.yaml', /symbolic link points outside the register/],
    ['agreements/diep.yaml', /nested too deeply/],
    ['agreements/dubbele-sleutels.yaml', /appears twice/],
    ['agreements/kapotte-yaml.yaml', /quote/],
    ['agreements/latin1.yaml', /not valid UTF-8/],
    ['agreements/leeg.yaml', /empty/],
    ['agreements/onbekende-sleutels.yaml', /unknown key `procesor`, did you mean `processor`\?/],
    ['agreements/onmogelijke-datum.yaml', /`2025-02-30` is not an existing date/],
    ['agreements/tabs.yaml', /tabs are not allowed as indentation; use spaces/],
    ['agreements/te-groot.yaml', /too large/],
    ['agreements/twee-documenten.yaml', /2 YAML documents/],
    ['agreements/tweeling.yaml', /already exists in agreements\/archief\/tweeling\.yaml/],
    ['agreements/verkeerd-id.yaml', /`ander-id` differs from the file name; expected `verkeerd-id`/],
    ['agreements/verkeerde-types.yaml', /quote it, e\.g\. `kvk: "12345678"`/],
    ['agreements/onbekende-afdeling.yaml', /unknown department `financien`/],
    ['evaluations/extern', /symbolic link points outside the register/],
    ['evaluations/onbekende-overeenkomst.yaml', /unknown agreement `goedd`; did you mean `goed`\?/],
    ['evaluations/onbekende-verplichting.yaml', /has no obligation `raportage-maandelijks`/],
    ['incidents/onbekend-incident.yaml', /unknown agreement `bestaat-niet`/],
  ])('%s: %s', async (file, message) => {
    const { report } = await validateJson();
    const messages = report.findings.filter((f) => f.file === file).map((f) => f.message);
    expect(messages.some((m) => message.test(m)), messages.join('\n')).toBe(true);
    // One line per finding, so text output stays one line per finding too.
    for (const m of messages) expect(m).not.toContain('\n');
  });

  // Root reads a chmod 000 file anyway; test/hardening/links-and-permissions.test.ts runs that case as `nobody`.
  it.skipIf(isRoot)('reports an unreadable file (chmod 000) as a finding', async () => {
    const { report } = await validateJson();
    expect(report.findings.find((f) => f.file === 'agreements/onleesbaar.yaml')?.message).toMatch(/cannot be read/);
  });

  it('prints the same findings in Dutch', async () => {
    const { code, report } = await validateJson('nl');
    expect(code).toBe(1);
    expect(report.findings.map((f) => `${f.file} ${f.rule} ${f.line}:${f.column}`)).toEqual(EXPECTED);
    expect(report.findings.find((f) => f.file === 'agreements/onbekende-sleutels.yaml' && f.line === 6)?.message).toBe(
      'onbekende sleutel `procesor`, bedoelde u `processor`?',
    );
  });

  it('gives byte-identical output on a second run (SPEC §8)', async () => {
    const first = await runVo(['-C', root, 'validate']);
    const second = await runVo(['-C', root, 'validate']);
    expect(first.code).toBe(1);
    expect(second.stdout).toBe(first.stdout);
  });

  it('leaves every file byte-identical and adds none (SPEC §8)', async () => {
    const before = snapshot(root);
    expect(Object.keys(before).length).toBeGreaterThan(20);
    for (const format of ['text', 'json', 'github', 'junit', 'sarif', 'markdown']) {
      await runVo(['-C', root, 'validate', '--format', format]);
    }
    await runVo(['validate'], { cwd: join(root, 'agreements') });
    expect(snapshot(root)).toEqual(before);
  });
});

/** Path → sha256 of the content (a link: its target; unreadable: its mode) for every entry under `dir`. */
function snapshot(dir: string, prefix = ''): Record<string, string> {
  const result: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const key = prefix + name;
    const stats = lstatSync(path);
    if (stats.isSymbolicLink()) result[key] = `link -> ${readlinkSync(path)}`;
    else if (stats.isDirectory()) Object.assign(result, { [key + '/']: 'dir' }, snapshot(path, key + '/'));
    else if ((stats.mode & 0o444) === 0 && !isRoot) result[key] = `mode ${stats.mode} size ${stats.size} mtime ${stats.mtimeMs}`;
    else result[key] = createHash('sha256').update(readFileSync(path)).digest('hex') + ` mode ${stats.mode} mtime ${stats.mtimeMs}`;
  }
  return result;
}

describe('nesting thousands of levels deep (spawned: a stack overflow may abort the process)', () => {
  const deep = (levels: number) => `id: diep\nx: ${'['.repeat(levels)}${']'.repeat(levels)}\n`;
  const spawnValidate = (dir: string) =>
    spawnSync(process.execPath, [builtVo(), '-C', dir, 'validate', '--format', 'json'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 20_000,
    });

  it('one file of 3000 levels gives a yaml-syntax finding', () => {
    const dir = tempRegister({ 'vo.config.yaml': MINIMAL_CONFIG, 'agreements/diep.yaml': deep(3000) });
    const result = spawnValidate(dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.findings.map((f) => `${f.file} ${f.rule} ${f.line}`)).toEqual(['agreements/diep.yaml yaml-syntax 2']);
  });

  // eemeli/yaml composes nodes recursively; on the second or third such file in one
  // process V8 used to overflow inside its regexp compiler and abort the process.
  // src/register/nesting.ts now refuses such files before eemeli/yaml sees them.
  it('three files of 5000 levels give three findings, not an abort', () => {
    const files: Record<string, string> = { 'vo.config.yaml': MINIMAL_CONFIG };
    for (const name of ['a', 'b', 'c']) files[`agreements/${name}.yaml`] = deep(5000).replace('diep', name);
    const result = spawnValidate(tempRegister(files));
    expect(result.stderr).not.toContain('FATAL');
    expect(result.status).toBe(1);
    expect((JSON.parse(result.stdout) as JsonReport).findings).toHaveLength(3);
  });
});
