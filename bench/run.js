// `npm run bench`: `vo check` against ajv-cli on synthetic registers, start-up
// time, and every output format on the example register. Prints a table and
// writes it, with the machine it ran on, into docs/performance.md.
//
//   node bench/run.js [--sizes 100,1000,10000] [--runs 5] [--no-write]
//   node bench/run.js --render-last     # the table again from bench/out/last-results.json
//
// Whole processes are timed (as a user or CI runs them), several times each,
// interleaved so that background load hits both tools alike; the median counts.
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BENCH_AS_OF, generateRegister } from './generate.js';
import { median, MEMORY_METHOD, runNode } from './measure.js';
import { renderReport, writeIntoDoc } from './report.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VO = join(ROOT, 'bin', 'vo.js');
const AJV = join(ROOT, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const KINDS = [
  ['agreement', 'agreements'],
  ['evaluation', 'evaluations'],
  ['incident', 'incidents'],
];

const options = parseArgs(process.argv.slice(2));
const LAST = join(ROOT, 'bench', 'out', 'last-results.json');
if (options.renderLast) {
  const markdown = renderReport(JSON.parse(readFileSync(LAST, 'utf8')));
  process.stdout.write(`${markdown}\n`);
  if (options.write) writeIntoDoc(join(ROOT, 'docs', 'performance.md'), markdown);
  process.exit(0);
}
ensureBuilt();
const loadBefore = os.loadavg()[0];
const results = { machine: machine(), memoryMethod: MEMORY_METHOD, sizes: [], startup: undefined, formats: [] };

for (const size of options.sizes) {
  const dir = join(ROOT, 'bench', 'out', `r${size}`);
  const counts = ensureRegister(dir, size);
  const verified = verify(dir);
  const runs = size >= 10_000 ? Math.max(3, Math.ceil(options.runs / 2)) : options.runs;
  const vo = [];
  const ajv = [];
  for (let run = 0; run < runs; run++) {
    log(`${size} agreements: run ${run + 1}/${runs}`);
    vo.push(runNode(VO, ['-C', dir, 'check', '--as-of', BENCH_AS_OF]));
    ajv.push(KINDS.map(([kind, folder]) => runNode(AJV, ajvArgs(dir, kind, folder), { cwd: ROOT })));
  }
  results.sizes.push({
    size,
    counts,
    verified,
    vo: summarise(vo.map((r) => ({ wallMs: r.wallMs, cpuMs: r.cpuMs, maxRssKiB: r.maxRssKiB }))),
    ajv: summarise(
      ajv.map((three) => ({
        wallMs: three.reduce((sum, r) => sum + r.wallMs, 0),
        cpuMs: three.reduce((sum, r) => sum + r.cpuMs, 0),
        maxRssKiB: Math.max(...three.map((r) => r.maxRssKiB)),
      })),
    ),
  });
}

log('start-up: vo --version against node -e 0');
const version = [];
const bare = [];
for (let run = 0; run < 15; run++) {
  version.push(runNode(VO, ['--version'], { bare: true }).wallMs);
  bare.push(runNode('-e', ['0'], { bare: true }).wallMs);
}
results.startup = { voMs: median(version), nodeMs: median(bare) };

log('output formats on the example register');
results.formats = measureFormats();
results.loadAverage = { before: loadBefore, after: os.loadavg()[0] };

results.date = new Date().toISOString().slice(0, 10);
writeFileSync(LAST, JSON.stringify(results, null, 2));
const markdown = renderReport(results);
process.stdout.write(`\n${markdown}\n`);
if (options.write) {
  writeIntoDoc(join(ROOT, 'docs', 'performance.md'), markdown);
  log('wrote docs/performance.md');
}

function parseArgs(argv) {
  const parsed = { sizes: [100, 1000, 10_000], runs: 5, write: true, renderLast: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--sizes') parsed.sizes = String(argv[++i]).split(',').map(Number).filter((n) => n > 0);
    else if (argv[i] === '--runs') parsed.runs = Math.max(1, Number(argv[++i]) || 1);
    else if (argv[i] === '--no-write') parsed.write = false;
    else if (argv[i] === '--render-last') parsed.renderLast = true;
    else throw new Error(`unknown option ${argv[i]} (use --sizes, --runs, --no-write)`);
  }
  return parsed;
}

function log(message) {
  process.stderr.write(`bench: ${message}\n`);
}

/** After `npm ci` there is no dist/ yet; a stale one would measure old code. */
function ensureBuilt() {
  const main = join(ROOT, 'dist', 'cli', 'main.js');
  const built = existsSync(main) ? statSync(main).mtimeMs : 0;
  const newest = (dir) =>
    readdirSync(dir, { withFileTypes: true }).reduce((max, entry) => {
      const path = join(dir, entry.name);
      return Math.max(max, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
    }, 0);
  if (built >= newest(join(ROOT, 'src'))) return;
  log('building (tsc -p tsconfig.build.json)');
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  if (!existsSync(main)) throw new Error(`the build failed (exit ${result.status})`);
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: os.totalmem() / 1024 ** 3,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

/** Generate the register unless the same generator already wrote it. */
function ensureRegister(dir, size) {
  const generator = readFileSync(new URL('./generate.js', import.meta.url));
  const stamp = createHash('sha256').update(generator).update(String(size)).digest('hex');
  const stampFile = join(dir, '.bench-stamp');
  if (existsSync(stampFile)) {
    const saved = JSON.parse(readFileSync(stampFile, 'utf8'));
    if (saved.stamp === stamp) return saved.counts;
  }
  log(`generating a register of ${size} agreements`);
  const counts = generateRegister(dir, size);
  writeFileSync(stampFile, JSON.stringify({ stamp, counts }));
  return counts;
}

function ajvArgs(dir, kind, folder) {
  const schema = relative(ROOT, join(ROOT, 'schemas', `${kind}.schema.json`));
  const data = `${relative(ROOT, join(dir, folder))}/**/*.yaml`;
  return ['validate', '-s', schema, '-d', data, '--spec=draft7', '-c', 'ajv-formats', '--all-errors', '--strict=false'];
}

/**
 * Untimed: both tools must find the data valid (else the comparison is void), and
 * the findings show how many files needed positions (the fast reader's slow part).
 */
function verify(dir) {
  const check = runNode(VO, ['-C', dir, 'check', '--as-of', BENCH_AS_OF, '--format', 'json'], { capture: true });
  const report = JSON.parse(check.stdout);
  const integrity = report.findings.filter((f) => ['yaml-syntax', 'schema', 'duplicate-id', 'id-mismatch', 'unknown-reference'].includes(f.rule));
  if (integrity.length > 0) throw new Error(`the synthetic register is not valid: ${JSON.stringify(integrity[0])}`);
  for (const [kind, folder] of KINDS) {
    const ajv = runNode(AJV, ajvArgs(dir, kind, folder), { cwd: ROOT, capture: true });
    if (ajv.status !== 0) throw new Error(`ajv-cli finds the ${folder} invalid:\n${ajv.stderr.slice(0, 2000)}`);
  }
  return {
    findings: report.findings.length,
    filesWithFindings: new Set(report.findings.map((f) => f.file)).size,
    fastShare: fastShare(dir),
  };
}

/** Share of record files the fast reader takes (the rest go to eemeli/yaml). */
function fastShare(dir) {
  const files = KINDS.flatMap(([, folder]) => walk(join(dir, folder)));
  const script = `import { fastParse } from ${JSON.stringify(join(ROOT, 'dist', 'register', 'fast-yaml.js'))};
    import { readFileSync } from 'node:fs';
    const files = JSON.parse(readFileSync(0, 'utf8'));
    let taken = 0;
    for (const file of files) if (fastParse(readFileSync(file, 'utf8').replace(/^\\ufeff/, ''))) taken++;
    process.stdout.write(String(taken / files.length));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { input: JSON.stringify(files), encoding: 'utf8' });
  return Number(result.stdout);
}

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.yaml') ? [join(dir, entry.name)] : [],
  );
}

function summarise(runs) {
  return {
    runs: runs.length,
    wallMs: median(runs.map((r) => r.wallMs)),
    minWallMs: Math.min(...runs.map((r) => r.wallMs)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    maxRssKiB: Math.max(...runs.map((r) => r.maxRssKiB)),
  };
}

/** Every findings format of `vo check` and every `vo report` format on examples/. */
function measureFormats() {
  const examples = join(ROOT, 'examples');
  const out = mkdtempSync(join(os.tmpdir(), 'vo-bench-formats-'));
  const rows = [];
  const time = (label, args, guarded) => {
    const runs = [0, 1, 2].map(() => runNode(VO, ['-C', examples, '--as-of', '2026-10-01', ...args()], { capture: true }));
    const failed = runs.find((r) => r.status !== 0 && r.status !== 1);
    const note = failed ? `failed (exit ${failed.status}): ${(failed.stderr.trim().split('\n')[0] ?? '').slice(0, 80)}` : '';
    if (failed && !guarded) throw new Error(`${label}: ${note}`);
    rows.push({ label, wallMs: median(runs.map((r) => r.wallMs)), maxRssKiB: Math.max(...runs.map((r) => r.maxRssKiB)), note });
  };
  let n = 0;
  for (const format of ['text', 'json', 'github', 'junit', 'sarif', 'markdown']) time(`vo check --format ${format}`, () => ['check', '--format', format], false);
  // `vo report` is written by another helper at the same time: a failure is recorded, not fatal.
  for (const format of ['md', 'html', 'pdf']) {
    time(`vo report --format ${format}`, () => ['report', '--format', format, '--output', join(out, `report-${n++}.${format}`)], true);
  }
  return rows;
}
