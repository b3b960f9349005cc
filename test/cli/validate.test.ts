/**
 * `vo validate` and the global contract of SPEC §1, §2, §7: one table of cases
 * run in-process, then the JSON shape, `--output`, and a few spawned smoke tests
 * of the built binary (run `npm run build` first; these tests never build).
 */
import { spawnSync } from 'node:child_process';
import { builtVo } from '../helpers/built-vo.js';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JsonReport } from '../../src/format/json.js';
import { FIXTURES, MINIMAL_CONFIG, REPO_ROOT, runVo, tempDir, tempRegister, type RunOptions } from '../helpers/run-cli.js';

const VALID = join(FIXTURES, 'valid');
const BAD = join(FIXTURES, 'bad-input');
const VERSION = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** Registers with an invalid config; line numbers are asserted below. */
const unknownKeyConfig = tempRegister({ 'vo.config.yaml': MINIMAL_CONFIG + 'organization: Typo\n' });
const badZoneConfig = tempRegister({
  'vo.config.yaml': 'organisation: X\ntimezone: Europe/Amsterdm\ndepartments:\n  - id: a\n    name: A\n',
});
const integrityOffConfig = tempRegister({ 'vo.config.yaml': MINIMAL_CONFIG + 'rules:\n  schema: off\n' });
const brokenConfig = tempRegister({ 'vo.config.yaml': 'organisation: X\ndepartments: [\n' });
const noDepartments = tempRegister({ 'vo.config.yaml': 'organisation: X\ndepartments: []\n' });
const englishRegister = tempRegister({
  'vo.config.yaml': MINIMAL_CONFIG + 'locale: en\n',
  'agreements/a.yaml': 'id: a\ntitle: A\ndepartment: ict\nprocess_owner: { name: P }\nprocessor: { name: Q }\nphase: actief\n',
});
const noRegister = tempDir('vo-no-register-');

interface Case {
  name: string;
  args: string[];
  options?: RunOptions;
  code: number;
  /** A string must equal the output; a RegExp must match; a list of RegExps must all match. */
  stdout?: string | RegExp | RegExp[];
  stderr?: string | RegExp | RegExp[];
}

const CLEAN_NL = '✔ Geen bevindingen in 10 bestanden\n';
const CLEAN_EN = '✔ No findings in 10 files\n';

const CASES: Case[] = [
  // Finding the register (SPEC §1)
  { name: 'from the root', args: ['validate'], options: { cwd: VALID }, code: 0, stdout: CLEAN_NL, stderr: '' },
  { name: 'from a subfolder, walking up', args: ['validate'], options: { cwd: join(VALID, 'evaluations/2025/q2/overleg') }, code: 0, stdout: CLEAN_NL },
  { name: '-C before the command', args: ['-C', VALID, 'validate'], code: 0, stdout: CLEAN_NL },
  { name: '-C after the command', args: ['validate', '-C', VALID], code: 0, stdout: CLEAN_NL },
  { name: '--dir= form, relative to the working directory', args: ['validate', '--dir=test/fixtures/valid'], options: { cwd: REPO_ROOT }, code: 0, stdout: CLEAN_NL },
  { name: '-C names the root directly (no walking up from it)', args: ['-C', join(VALID, 'agreements'), 'validate'], code: 2, stderr: /vo init/ },
  { name: 'no config found walking up: exit 2, suggests vo init', args: ['validate'], options: { cwd: noRegister }, code: 2, stdout: '', stderr: [/^vo: /, /vo\.config\.yaml/, /`vo init`/] },
  { name: 'no config in -C: exit 2, suggests vo init', args: ['-C', noRegister, 'validate'], code: 2, stderr: /`vo init /},
  { name: 'no config, in English', args: ['validate', '--lang', 'en'], options: { cwd: noRegister }, code: 2, stderr: /no register found.*`vo init`/ },

  // Invalid config (SPEC §2): exit 2 with vo.config.yaml:line:column
  { name: 'config with an unknown key', args: ['-C', unknownKeyConfig, 'validate'], code: 2, stdout: '', stderr: [/vo\.config\.yaml:7:1: onbekende sleutel `organization`, bedoelde u `organisation`\?/] },
  { name: 'config with an unknown time zone', args: ['-C', badZoneConfig, 'validate', '--lang', 'en'], code: 2, stderr: [/vo\.config\.yaml:2:11: .*Europe\/Amsterdm/] },
  { name: 'config switching off an integrity rule', args: ['-C', integrityOffConfig, 'validate'], code: 2, stderr: [/vo\.config\.yaml:8:3: .*`schema`/] },
  { name: 'config that is not YAML', args: ['-C', brokenConfig, 'validate'], code: 2, stderr: [/vo\.config\.yaml:\d+:\d+: YAML-fout/] },
  { name: 'config without departments', args: ['-C', noDepartments, 'validate', '--lang', 'en'], code: 2, stderr: [/vo\.config\.yaml:2:\d+: `departments` needs at least 1 item/] },

  // Language
  { name: 'Dutch by default', args: ['-C', BAD, 'validate'], code: 1, stdout: [/onbekende sleutel `procesor`, bedoelde u `processor`\?/, /✖ 21 fouten, 0 waarschuwingen in 23 bestanden/] },
  { name: '--lang en', args: ['-C', BAD, 'validate', '--lang', 'en'], code: 1, stdout: [/unknown key `procesor`, did you mean `processor`\?/, /✖ 21 errors, 0 warnings in 23 files/] },
  { name: 'locale: en in the config', args: ['-C', englishRegister, 'validate'], code: 1, stdout: /`actief` is not an allowed value for `phase`/ },
  { name: '--lang nl overrides locale: en', args: ['-C', englishRegister, 'validate', '--lang', 'nl'], code: 1, stdout: /`actief` is geen toegestane waarde voor `phase`/ },
  { name: '--lang before the command', args: ['--lang', 'en', '-C', VALID, 'validate'], code: 0, stdout: CLEAN_EN },
  { name: 'unknown --lang', args: ['-C', VALID, 'validate', '--lang', 'de'], code: 2, stderr: /`de`/ },

  // Text output
  { name: 'text: file heading, then line:column  severity  message  rule', args: ['-C', BAD, 'validate'], code: 1, stdout: /^agreements\/verkeerde-types\.yaml\n {2}8:3 +fout {2}`kvk` moet tekst zijn:[^\n]*\n {14}[^\n]* {2}schema$/m }, // wrapped at 80 columns, under the message

  // --as-of and other usage errors (SPEC §7): exit 2, one line, no stack trace
  { name: '--as-of an impossible date', args: ['-C', VALID, 'validate', '--as-of', '2025-02-30'], code: 2, stdout: '', stderr: /^vo: .*2025-02-30.*\n$/ },
  { name: '--as-of not a date', args: ['-C', VALID, '--as-of', 'morgen', 'validate'], code: 2, stderr: /morgen/ },
  { name: '--as-of a valid date', args: ['-C', VALID, 'validate', '--as-of', '2024-02-29'], code: 0, stdout: CLEAN_NL },
  { name: 'unknown option', args: ['-C', VALID, 'validate', '--bogus'], code: 2, stdout: '', stderr: /^vo: .*--bogus.*\n$/ },
  { name: 'unknown global option', args: ['--bogus', 'validate'], code: 2, stderr: /--bogus/ },
  { name: 'unknown command', args: ['frobnicate'], code: 2, stderr: /frobnicate/ },
  { name: 'unknown --format', args: ['-C', VALID, 'validate', '--format', 'xml'], code: 2, stderr: /xml.*text, json/ },
  { name: 'an argument too many', args: ['-C', VALID, 'validate', 'extra'], code: 2 },

  // Colour (SPEC §7: --no-color, also NO_COLOR)
  // eslint-disable-next-line no-control-regex -- the ANSI escape is what this case looks for
  { name: 'colour on a terminal', args: ['-C', BAD, 'validate'], options: { env: {}, stdoutIsTTY: true }, code: 1, stdout: /\x1b\[/ },
  { name: 'no colour with NO_COLOR', args: ['-C', BAD, 'validate'], options: { env: { NO_COLOR: '1' }, stdoutIsTTY: true }, code: 1 },
  { name: 'no colour with --no-color', args: ['-C', BAD, 'validate', '--no-color'], options: { env: {}, stdoutIsTTY: true }, code: 1 },
  { name: 'no colour into a pipe', args: ['-C', BAD, 'validate'], options: { env: {} }, code: 1 },

  // Version and help
  { name: 'vo --version', args: ['--version'], code: 0, stdout: `${VERSION}\n`, stderr: '' },
  { name: 'vo -V', args: ['-V'], code: 0, stdout: `${VERSION}\n` },
  { name: 'vo --help lists commands and examples', args: ['--help'], code: 0, stdout: [/Opdrachten:/, /^ {2}validate\b/m, /^ {2}schema\b/m, /Voorbeelden:\n {2}vo /, /-C, --dir/, /--as-of/, /--lang/, /--no-color/] },
  { name: 'vo --help --lang en', args: ['--help', '--lang', 'en'], code: 0, stdout: [/Commands:/, /^ {2}validate\b/m, /Examples:\n {2}vo /] },
  { name: 'vo -h', args: ['-h'], code: 0, stdout: /validate/ },
  { name: 'vo validate --help shows its options and the global ones', args: ['validate', '--help'], code: 0, stdout: [/--format/, /--output/, /--force/, /-C, --dir/] },
  { name: 'vo help validate', args: ['help', 'validate'], code: 0, stdout: /--format/ },
];

const asList = (expected: string | RegExp | RegExp[]) => (Array.isArray(expected) ? expected : [expected]);

function expectOutput(actual: string, expected: string | RegExp | RegExp[] | undefined): void {
  if (expected === undefined) return;
  if (typeof expected === 'string') expect(actual).toBe(expected);
  else for (const pattern of asList(expected)) expect(actual).toMatch(pattern as RegExp);
}

describe('vo validate: the command-line contract', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const result = await runVo(c.args, c.options);
    expectOutput(result.stdout, c.stdout);
    expectOutput(result.stderr, c.stderr);
    expect(result.code, result.stderr).toBe(c.code);
    // No command prints a stack trace without --debug (SPEC §7).
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?$/m);
    if (c.code === 2 && c.stderr !== undefined) expect(result.stderr).toMatch(/^vo: /);
    if (c.options?.stdoutIsTTY && (c.options.env?.NO_COLOR || c.args.includes('--no-color'))) {
      expect(result.stdout).not.toContain('\x1b[');
    }
    if (!c.options?.stdoutIsTTY) expect(result.stdout).not.toContain('\x1b[');
  });
});

// SPEC §2: `locale` is the "language of all output", Dutch by default. Commander's own
// usage errors are not translated: `vo validate --bogus` prints "vo: unknown option
// '--bogus'" (also "too many arguments", "unknown command") in a Dutch session.
it('usage errors from the option parser are Dutch by default', async () => {
  const { stderr } = await runVo(['-C', VALID, 'validate', '--bogus']);
  expect(stderr).not.toMatch(/unknown option/);
});

describe('vo validate --format json', () => {
  it('has the shape of SPEC §7: asOf, summary, findings sorted by file, line, column, rule', async () => {
    const { code, stdout } = await runVo(['-C', BAD, 'validate', '--format', 'json', '--as-of', '2026-10-01']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as JsonReport;
    expect(Object.keys(report)).toEqual(['asOf', 'summary', 'findings']);
    expect(report.asOf).toBe('2026-10-01');
    expect(Object.keys(report.summary)).toEqual(['errors', 'warnings']);
    expect(report.summary).toEqual({ errors: report.findings.length, warnings: 0 });
    for (const finding of report.findings) {
      // Integrity findings carry no due date; they name their agreement where the file says which one it is.
      const keys = Object.keys(finding);
      expect(keys.slice(0, 6)).toEqual(['rule', 'severity', 'message', 'file', 'line', 'column']);
      expect(keys.slice(6)).toEqual(keys.length > 6 ? ['agreement'] : []);
      expect(finding.file).not.toMatch(/\\|^\//);
      expect(Number.isInteger(finding.line) && finding.line >= 1).toBe(true);
      expect(Number.isInteger(finding.column) && finding.column >= 1).toBe(true);
    }
    // An evaluation names its agreement even when the evaluation itself is broken.
    expect(report.findings.some((f) => f.file.startsWith('evaluations/') && (f as { agreement?: string }).agreement !== undefined)).toBe(true);
    const keys = report.findings.map((f) => [f.file, f.line, f.column, f.rule] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2] || (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0)));
    expect(keys).toEqual(sorted);
  });

  it('asOf defaults to today in the register time zone (the clock is passed in)', async () => {
    // 23:30 UTC on 30 September is already 1 October in Amsterdam.
    const { stdout } = await runVo(['-C', VALID, 'validate', '--format', 'json'], { now: new Date('2026-09-30T23:30:00Z') });
    expect((JSON.parse(stdout) as JsonReport).asOf).toBe('2026-10-01');
  });

  it('is byte-identical across runs', async () => {
    const args = ['-C', BAD, 'validate', '--format', 'json'];
    expect((await runVo(args)).stdout).toBe((await runVo(args)).stdout);
  });
});

describe('vo validate --output', () => {
  it('writes the file, prints nothing on stdout and confirms on stderr', async () => {
    const dir = tempDir();
    const { code, stdout, stderr } = await runVo(['-C', BAD, 'validate', '--format', 'json', '--output', 'out.json'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/out\.json/);
    const written = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as JsonReport;
    expect(written.findings.length).toBe(21);
    expect(readdirSync(dir)).toEqual(['out.json']); // no temporary file left behind
  });

  it('refuses an existing file (exit 2, file unchanged) unless --force', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'out.txt'), 'keep me\n');
    const refused = await runVo(['-C', VALID, 'validate', '--output', 'out.txt'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^vo: .*out\.txt.*--force/);
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('keep me\n');
    expect(readdirSync(dir)).toEqual(['out.txt']);

    const forced = await runVo(['-C', VALID, 'validate', '--output', 'out.txt', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe(CLEAN_NL);
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });

  it('-o is the short form, and the output has no colour even on a terminal', async () => {
    const dir = tempDir();
    const { code } = await runVo(['-C', BAD, 'validate', '-o', 'report.txt'], { cwd: dir, env: {}, stdoutIsTTY: true });
    expect(code).toBe(1);
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).not.toContain('\x1b[');
  });

  it('into a folder that does not exist: exit 2 with one line', async () => {
    const dir = tempDir();
    const { code, stderr } = await runVo(['-C', VALID, 'validate', '--output', 'missing/out.txt'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });
});

describe('the built binary (spawned; needs `npm run build`, never builds)', () => {
  const built = existsSync(join(REPO_ROOT, 'dist/cli/main.js'));
  const vo = (args: string[], cwd = REPO_ROOT) =>
    spawnSync(process.execPath, [builtVo(), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 20_000 });

  it('is built, and not older than src/', () => {
    expect(() => builtVo()).not.toThrow();
  });

  it.runIf(built)('vo --version prints the package version', () => {
    const result = vo(['--version']);
    expect(result.stdout, result.stderr).toBe(`${VERSION}\n`);
    expect(result.status).toBe(0);
  });

  it.runIf(built)('vo validate on the valid register exits 0', () => {
    const result = vo(['validate', '--lang', 'en'], join(VALID, 'agreements'));
    expect(result.stdout, result.stderr).toBe(CLEAN_EN);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it.runIf(built)('vo validate on bad input exits 1 and sets the exit code through process.exitCode', () => {
    const result = vo(['-C', relative(REPO_ROOT, BAD), 'validate', '--format', 'json']);
    expect(result.status).toBe(1);
    expect((JSON.parse(result.stdout) as JsonReport).summary.errors).toBe(21);
  });

  it.runIf(built)('a usage error exits 2 with one line and no stack trace', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    const result = vo(['validate'], join(dir, 'sub'));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^vo: .*vo init/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
