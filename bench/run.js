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
const AJV_FLOOR = join(ROOT, 'bench', 'ajv-floor.js');
const READ_FLOOR = join(ROOT, 'bench', 'read-floor.js');
const PARSE_FLOOR = join(ROOT, 'bench', 'parse-floor.js');
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
const results = { machine: machine(), memoryMethod: MEMORY_METHOD, runs: options.runs, sizes: [], startup: undefined, formats: [], ajvCli: existsSync(AJV) };
const scratch = mkdtempSync(join(os.tmpdir(), 'vo-bench-out-'));

for (const size of options.sizes) {
  const dir = join(ROOT, 'bench', 'out', `r${size}`);
  const counts = ensureRegister(dir, size);
  const verified = options.verify ? verify(dir) : undefined;
  // Untimed: read every file once, so the first command measured (the read floor) does not pay for a cold
  // page cache that the others then find warm (a 50 000-agreement register read from disk took 62 s, warm 6 s).
  runNode(READ_FLOOR, [dir]);
  // Sizes of 30 000 and more take minutes per command: fewer runs unless asked for.
  const runs = size >= 30_000 ? Math.max(1, Math.min(options.runs, options.bigRuns)) : options.runs;
  const commands = commandsFor(dir);
  const measured = Object.fromEntries(commands.map((c) => [c.key, []]));
  for (let run = 0; run < runs; run++) {
    for (const command of commands) {
      log(`${size} agreements, run ${run + 1}/${runs}: ${command.label}`);
      measured[command.key].push(command.run());
    }
  }
  results.sizes.push({
    size,
    counts,
    verified,
    runs,
    commands: commands.map((c) => ({ key: c.key, label: c.label, ...summarise(measured[c.key]) })),
  });
  writeFileSync(LAST, JSON.stringify({ ...results, partial: true }, null, 2));
}

log('start-up: node -e 0, vo --version, vo --help, vo check on examples/');
const startup = { node: [], version: [], help: [], check: [] };
for (let run = 0; run < 15; run++) {
  startup.node.push(runNode('-e', ['0'], { bare: true }).wallMs);
  startup.version.push(runNode(VO, ['--version'], { bare: true }).wallMs);
  startup.help.push(runNode(VO, ['--help'], { bare: true }).wallMs);
  startup.check.push(runNode(VO, ['-C', join(ROOT, 'examples'), 'check', '--as-of', BENCH_AS_OF], { bare: true }).wallMs);
}
results.startup = Object.fromEntries(Object.entries(startup).map(([k, v]) => [k, median(v)]));

if (options.formats) {
  log('output formats on the example register');
  results.formats = measureFormats();
}
results.loadAverage = { before: loadBefore, after: os.loadavg()[0] };
results.date = new Date().toISOString().slice(0, 10);
writeFileSync(LAST, JSON.stringify(results, null, 2));
const markdown = renderReport(results);
process.stdout.write(`\n${markdown}\n`);
if (options.write) {
  writeIntoDoc(join(ROOT, 'docs', 'performance.md'), markdown);
  log('wrote docs/performance.md');
}

/**
 * Every command and format on one register, plus the floors: reading every file,
 * and ajv-cli validating them (one process per schema, as ajv-cli takes one schema).
 */
function commandsFor(dir) {
  const id = firstAgreement(dir);
  const vo = (key, label, args) => ({ key, label, run: () => runNode(VO, ['-C', dir, '--as-of', BENCH_AS_OF, ...args]) });
  const out = (name) => join(scratch, name);
  const list = [
    { key: 'read', label: 'read floor: read every file (bench/read-floor.js)', run: () => runNode(READ_FLOOR, [dir]) },
    { key: 'parse', label: 'parse floor: read and parse every file on both cores (bench/parse-floor.js)', run: () => runNode(PARSE_FLOOR, [dir]) },
    { key: 'validate', label: 'validate floor: read, parse and validate every file on both cores (bench/parse-floor.js --validate)', run: () => runNode(PARSE_FLOOR, [dir, '--validate']) },
    vo('check', '`vo check`', ['check']),
    vo('check-json', '`vo check --format json`', ['check', '--format', 'json']),
    vo('list', '`vo list`', ['list']),
    vo('obligations', '`vo obligations`', ['obligations']),
    vo('agenda', '`vo agenda`', ['agenda']),
    vo('show', '`vo show ID`', ['show', id]),
    vo('check-agreement', '`vo check --agreement ID`', ['check', '--agreement', id]),
    vo('check-department', '`vo check --department burgerzaken`', ['check', '--department', 'burgerzaken']),
    vo('report-md', '`vo report` (management, md)', ['report', '--format', 'md', '-o', out('management.md'), '--force']),
    vo('report-pdf', '`vo report --format pdf` (management)', ['report', '--format', 'pdf', '-o', out('management.pdf'), '--force']),
    vo('report-agreement', '`vo report --template agreement --agreement ID`', ['report', '--template', 'agreement', '--agreement', id, '-o', out('agreement.md'), '--force']),
  ];
  if (existsSync(AJV)) {
    list.push({
      key: 'ajv',
      label: 'ajv-cli (3 processes, one per schema)',
      run: () => {
        const three = KINDS.map(([kind, folder]) => runNode(AJV, ajvArgs(dir, kind, folder), { cwd: ROOT }));
        return {
          status: Math.max(...three.map((r) => r.status ?? 0)),
          wallMs: three.reduce((sum, r) => sum + r.wallMs, 0),
          cpuMs: three.reduce((sum, r) => sum + r.cpuMs, 0),
          maxRssKiB: Math.max(...three.map((r) => r.maxRssKiB)),
        };
      },
    });
  } else {
    // Without ajv-cli in node_modules: ajv itself compiling the schemas and validating the parsed files.
    list.push({ key: 'ajv', label: 'ajv (library: compile the schemas, parse with yaml, validate; ajv-cli not installed)', run: () => runNode(AJV_FLOOR, [dir]) });
  }
  const only = options.only;
  return only ? list.filter((c) => only.includes(c.key) || ['read', 'parse', 'validate', 'check'].includes(c.key)) : list;
}

function firstAgreement(dir) {
  const first = readdirSync(join(dir, 'agreements')).filter((f) => f.endsWith('.yaml')).sort()[0];
  return first.replace(/\.yaml$/, '');
}

function parseArgs(argv) {
  const env = process.env;
  const list = (text) => String(text).split(',').map((n) => Number(n.replace(/_/g, ''))).filter((n) => n > 0);
  const parsed = {
    sizes: env.BENCH_SIZES ? list(env.BENCH_SIZES) : [1000, 10_000, 50_000, 100_000],
    runs: Math.max(1, Number(env.BENCH_RUNS) || 3),
    bigRuns: Math.max(1, Number(env.BENCH_BIG_RUNS) || 1),
    only: env.BENCH_COMMANDS ? env.BENCH_COMMANDS.split(',') : undefined,
    write: true,
    renderLast: false,
    verify: true,
    formats: true,
  };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--sizes') parsed.sizes = list(argv[++i]);
    else if (argv[i] === '--runs') parsed.runs = Math.max(1, Number(argv[++i]) || 1);
    else if (argv[i] === '--no-write') parsed.write = false;
    else if (argv[i] === '--no-verify') parsed.verify = false;
    else if (argv[i] === '--no-formats') parsed.formats = false;
    else if (argv[i] === '--only') parsed.only = String(argv[++i]).split(',');
    else if (argv[i] === '--render-last') parsed.renderLast = true;
    else throw new Error(`unknown option ${argv[i]} (use --sizes, --runs, --only, --no-verify, --no-formats, --no-write, --render-last)`);
  }
  parsed.sizes.sort((a, b) => a - b);
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
    failed: runs.find((r) => r.status !== 0 && r.status !== 1)?.status,
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
