/**
 * The binary runs the bundle (dist/bundle/, src/cli/bundle.ts): the program as
 * a few CommonJS chunks with V8's code cache made at build time, so a command
 * starts without resolving and compiling some 150 modules. The bundle must say
 * exactly what the modules as tsc built them say, and a cache V8 cannot use
 * must cost time, never a wrong answer.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain JavaScript module of the benchmark
import { generateRegister } from '../../bench/generate.js';
import { builtVo } from '../helpers/built-vo.js';
import { spawnLoggingModules } from '../helpers/loaded-modules.js';
import { REPO_ROOT, tempDir } from '../helpers/run-cli.js';

interface Compared {
  argv: string[];
  bundled: { code: number; stdout: string; stderr: string };
  plain: { code: number; stdout: string; stderr: string };
}

/**
 * In a fresh node (default flags, as the binary runs): run each argv through the
 * bundle and through dist/cli/run.js, and report every chunk the bundle loaded.
 * `cache` picks each chunk's code cache: 'beside' (as built) or 'foreign' (another chunk's).
 */
function compare(commands: string[][], cache: 'beside' | 'foreign'): { chunks: { name: string; cached: boolean }[]; runs: Compared[] } {
  builtVo();
  const script = `
    import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
    import { BUNDLE_DIR, loadBundle } from ${JSON.stringify(join(REPO_ROOT, 'dist', 'cli', 'bundle.js'))};
    import * as plain from ${JSON.stringify(join(REPO_ROOT, 'dist', 'cli', 'run.js'))};
    const entryCache = readFileSync(BUNDLE_DIR + 'run.cjs.cache');
    const otherCache = readFileSync(BUNDLE_DIR + readdirSync(BUNDLE_DIR).find((name) => name.endsWith('.cache') && name !== 'run.cjs.cache'));
    const readCache = ${cache === 'foreign' ? "(file) => (file.endsWith('/run.cjs') ? otherCache : entryCache)" : 'undefined'};
    const chunks = [];
    const bundled = loadBundle(BUNDLE_DIR, { readCache, onChunk: ({ file, cached }) => chunks.push({ name: file.slice(BUNDLE_DIR.length), cached }) });
    const capture = () => { const piece = { text: '', write: (text) => { piece.text += text; return true; } }; return piece; };
    const runs = [];
    for (const argv of JSON.parse(process.argv[1])) {
      const result = {};
      for (const [name, module] of [['bundled', bundled], ['plain', plain]]) {
        const stdout = capture();
        const stderr = capture();
        const io = { stdout, stderr, stdin: {}, cwd: ${JSON.stringify(REPO_ROOT)}, env: { NO_COLOR: '1' }, now: () => new Date('2026-10-01T10:00:00Z') };
        // '{out}' is a folder of this run's own: a second run may not write over the first one's files.
        const out = ${JSON.stringify(tempDir('vo-bundle-'))} + '/' + name;
        mkdirSync(out, { recursive: true });
        const code = await module.runCli(argv.map((arg) => (arg === '{out}' ? out : arg)), io);
        result[name] = { code, stdout: stdout.text.replaceAll(out, '{out}'), stderr: stderr.text.replaceAll(out, '{out}') };
      }
      runs.push({ argv, ...result });
    }
    process.stdout.write(JSON.stringify({ chunks, runs }));
  `;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(commands)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as { chunks: { name: string; cached: boolean }[]; runs: Compared[] };
}

const EXAMPLES = join(REPO_ROOT, 'examples');

describe('the bundle the binary runs', () => {
  it('answers every command on the example register exactly as the modules without the bundle do (run `npm run build` first)', () => {
    const commands = [
      ['-C', EXAMPLES, 'check', '--as-of', '2026-10-01'],
      ['-C', EXAMPLES, 'check', '--as-of', '2026-10-01', '--format', 'json', '--lang', 'en'],
      ['-C', EXAMPLES, 'check', '--as-of', '2026-10-01', '--format', 'sarif'],
      ['-C', EXAMPLES, 'validate'],
      ['-C', EXAMPLES, 'list', '--as-of', '2026-10-01'],
      ['-C', EXAMPLES, 'show', 'afsprakenplanner', '--as-of', '2026-10-01'],
      ['-C', EXAMPLES, 'obligations', '--as-of', '2026-10-01', '--format', 'csv'],
      ['-C', EXAMPLES, 'agenda', '--as-of', '2026-10-01', '--format', 'ics'],
      ['-C', EXAMPLES, 'report', '--as-of', '2026-10-01'],
      ['-C', EXAMPLES, 'report', '--as-of', '2026-10-01', '--format', 'html'],
      ['-C', EXAMPLES, 'remind', '--as-of', '2026-10-01', '--dry-run', '--out', '{out}'],
      ['-C', EXAMPLES, 'rules', '--lang', 'en'],
      ['-C', EXAMPLES, 'chekc'],
    ];
    const { chunks, runs } = compare(commands, 'beside');
    for (const run of runs) {
      expect(run.bundled, run.argv.join(' ')).toEqual(run.plain);
      expect(run.bundled.stdout.length + run.bundled.stderr.length, run.argv.join(' ')).toBeGreaterThan(0);
    }
    expect(runs.map((run) => run.bundled.code)).toEqual([1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    // Every chunk these commands loaded started from its code cache, which V8 accepted.
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.filter((chunk) => !chunk.cached)).toEqual([]);
  });

  it('a cache V8 cannot use (another chunk’s, or none) costs time, not the answer', () => {
    const { chunks, runs } = compare([['-C', EXAMPLES, 'check', '--as-of', '2026-10-01', '--format', 'json']], 'foreign');
    expect(runs[0]!.bundled).toEqual(runs[0]!.plain);
    expect(runs[0]!.bundled.code).toBe(1);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.filter((chunk) => chunk.cached)).toEqual([]);
  });

  it('the binary itself runs from the bundle: a spawned vo check reads its chunks, and loads no program module from dist/ (run `npm run build` first)', () => {
    const run = spawnLoggingModules(['-C', EXAMPLES, 'check', '--as-of', '2026-10-01', '--fail-on', 'never']);
    expect(run.status).toBe(0);
    expect(run.chunks).toContain('run.cjs');
    expect(run.modules).toContain('dist/cli/commands/check.js');
    // The start (main.ts and the bundle loader) is one file of the bundle too, main.cjs: no program module is loaded
    // from dist/ by Node's ESM loader.
    expect(run.chunks).toContain('main.cjs');
    expect(run.modules).toContain('dist/cli/bundle.js');
    expect(run.direct.filter((module) => module.startsWith('dist/'))).toEqual([]);
  });

  it('a damaged or missing bundle: vo still answers, the same, from the modules of dist/ (run `npm run build` first)', () => {
    const argv = ['-C', EXAMPLES, 'check', '--as-of', '2026-10-01', '--format', 'json'];
    const intact = spawnSync(process.execPath, [builtVo(), ...argv], { encoding: 'utf8' });
    expect(intact.status).toBe(1);
    // A copy of the package (its node_modules linked), so the real build stays as it is.
    const copy = tempDir('vo-bundle-copy-');
    for (const part of ['bin', 'dist', 'schemas', 'templates', 'package.json']) cpSync(join(REPO_ROOT, part), join(copy, part), { recursive: true });
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(copy, 'node_modules'));
    const run = () => spawnSync(process.execPath, [join(copy, 'bin', 'vo.js'), ...argv], { encoding: 'utf8' });
    writeFileSync(join(copy, 'dist', 'bundle', 'run.cjs'), 'this is not JavaScript {{\n');
    const damaged = run();
    expect({ status: damaged.status, stdout: damaged.stdout, stderr: damaged.stderr }).toEqual({ status: 1, stdout: intact.stdout, stderr: intact.stderr });
    writeFileSync(join(copy, 'dist', 'bundle', 'main.cjs'), 'this is not JavaScript either {{\n');
    const startDamaged = run();
    expect({ status: startDamaged.status, stdout: startDamaged.stdout, stderr: startDamaged.stderr }).toEqual({ status: 1, stdout: intact.stdout, stderr: intact.stderr });
    rmSync(join(copy, 'dist', 'bundle'), { recursive: true });
    const missing = run();
    expect({ status: missing.status, stdout: missing.stdout, stderr: missing.stderr }).toEqual({ status: 1, stdout: intact.stdout, stderr: intact.stderr });
  });

  it('a checkout that was never built: one line saying to build, exit 2, no stack trace', () => {
    const copy = tempDir('vo-not-built-');
    for (const part of ['bin', 'schemas', 'templates', 'package.json']) cpSync(join(REPO_ROOT, part), join(copy, part), { recursive: true });
    const nl = spawnSync(process.execPath, [join(copy, 'bin', 'vo.js'), '-C', EXAMPLES, 'check'], { encoding: 'utf8', env: { ...process.env, VO_LANG: '' } });
    expect({ status: nl.status, stdout: nl.stdout, stderr: nl.stderr }).toEqual({
      status: 2,
      stdout: '',
      stderr: 'vo: het programma is niet gebouwd (dist/ ontbreekt): voer eerst npm run build uit\n',
    });
    const en = spawnSync(process.execPath, [join(copy, 'bin', 'vo.js'), '--lang', 'en', 'check'], { encoding: 'utf8' });
    expect({ status: en.status, stderr: en.stderr }).toEqual({ status: 2, stderr: 'vo: the program is not built (dist/ is missing): run npm run build first\n' });
  });

  it('a workbook written from the bundle prints no Node warning: the libraries\' `new Buffer()` calls are rewritten (run `npm run build` first)', () => {
    const out = tempDir('vo-bundle-xlsx-');
    for (const command of ['list', 'check', 'agenda']) {
      const file = join(out, `${command}.xlsx`);
      const result = spawnSync(process.execPath, [builtVo(), '-C', EXAMPLES, command, '--as-of', '2026-10-01', '--format', 'xlsx', '-o', file], { encoding: 'utf8' });
      expect(result.stderr).not.toMatch(/Warning|DEP0005|\(node:/);
      expect(result.stderr).toContain(file);
    }
  });

  it('a full check of a large register from the bundle still loads on two threads: the parse worker as built (run `npm run build` first)', () => {
    const register = tempDir('vo-bundle-large-');
    generateRegister(register, 450); // about 2 300 files, above the 2 000 from which a second thread loads
    const run = spawnLoggingModules(['-C', register, 'check', '--as-of', '2026-10-01', '--format', 'json']);
    expect(run.status).toBe(1);
    expect(run.chunks).toContain('run.cjs');
    expect(run.direct).toContain('dist/register/parse-worker.js');
  });
});
