// `npm run bench:git`: the commands that read the register's history from git
// (`vo diff`, `vo check --new-since`, `vo trend`) against plain `vo check`, on
// synthetic registers committed to a real repository. A separate script from
// `npm run bench`, with its own section in docs/performance.md.
//
//   node bench/git.js [--sizes 1000,10000] [--runs 3] [--points 24] [--no-write]
//
// Whole processes are timed, interleaved, the median counts (as bench/run.js).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_AS_OF, generateRegister } from './generate.js';
import { median, runNode } from './measure.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VO = join(ROOT, 'bin', 'vo.js');
const DOC = join(ROOT, 'docs', 'performance.md');
const START = '<!-- git-bench:start (written by `npm run bench:git`; edit the text around it) -->';
const END = '<!-- git-bench:end -->';
const options = parseArgs(process.argv.slice(2));
if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('run `npm run build` first');

const emptyConfig = join(ROOT, 'bench', 'out', 'gitconfig');
const gitEnv = {
  ...process.env,
  GIT_CONFIG_GLOBAL: emptyConfig,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Benchmark',
  GIT_AUTHOR_EMAIL: 'bench@gemeente.example',
  GIT_COMMITTER_NAME: 'Benchmark',
  GIT_COMMITTER_EMAIL: 'bench@gemeente.example',
};

const results = { date: new Date().toISOString().slice(0, 10), machine: machine(), sizes: [], trend: undefined };
for (const size of options.sizes) results.sizes.push(measureSize(size));
results.trend = measureTrend(1000, options.points);
const markdown = render(results);
process.stdout.write(`\n${markdown}\n`);
if (options.write) {
  writeIntoDoc(markdown);
  log('wrote docs/performance.md');
}

/** A committed register with one agreement changed in the working tree: the shape of a pull request. */
function measureSize(size) {
  const dir = join(ROOT, 'bench', 'out', `git-r${size}`);
  log(`${size} agreements: generating and committing`);
  generateRegister(dir, size);
  writeFileSync(emptyConfig, '');
  commitAll(dir, '2026-09-01');
  const [first] = readdirSync(join(dir, 'agreements')).sort();
  changeOneAgreement(join(dir, 'agreements', first));
  const commands = {
    check: ['-C', dir, 'check', '--as-of', BENCH_AS_OF],
    newSince: ['-C', dir, 'check', '--as-of', BENCH_AS_OF, '--new-since', 'HEAD'],
    diff: ['-C', dir, 'diff', 'HEAD', '--as-of', BENCH_AS_OF],
  };
  const times = { check: [], newSince: [], diff: [] };
  const cpu = { check: [], newSince: [], diff: [] };
  const memory = { check: 0, newSince: 0, diff: 0 };
  const runs = size >= 10_000 ? Math.max(2, Math.ceil(options.runs / 2)) : options.runs;
  for (let run = 0; run < runs; run++) {
    for (const [name, args] of Object.entries(commands)) {
      log(`${size} agreements: ${name}, run ${run + 1}/${runs}`);
      const result = runNode(VO, args);
      if (result.status === 2) throw new Error(`vo ${args.join(' ')} failed`);
      times[name].push(result.wallMs);
      cpu[name].push(result.cpuMs);
      memory[name] = Math.max(memory[name], result.maxRssKiB);
    }
  }
  const files = readdirSync(join(dir, 'agreements')).length;
  const medians = (table) => Object.fromEntries(Object.entries(table).map(([k, v]) => [k, median(v)]));
  return { size, files, runs, wallMs: medians(times), cpuMs: medians(cpu), maxRssKiB: memory };
}

/**
 * The pull request: one agreement's risk impact changed (raised to high, or
 * lowered when it was high). An agreement of format version 2 may carry its
 * risk as MAPGOOD components only; then its first component's impact
 * changes; without any risk, it gets an `x-` key. Refuses to measure a
 * change that did not happen.
 */
function changeOneAgreement(path) {
  const text = readFileSync(path, 'utf8');
  const flip = (_all, key, value) => `${key}${value === 'high' ? 'low' : 'high'}`;
  let changed = text.replace(/^( {2}impact: )(\w+)$/m, flip);
  if (changed === text) changed = text.replace(/^( {4,}impact: )(\w+)$/m, flip);
  if (changed === text && !/^x-pull-request:/m.test(text)) changed = `${text}${text.endsWith('\n') ? '' : '\n'}x-pull-request: 1\n`;
  if (changed === text) throw new Error(`${path}: found nothing to change; the benchmark needs one changed agreement`);
  writeFileSync(path, changed);
}

/** `points` monthly commits, each changing 40 agreements, then `vo trend` over exactly those months. */
function measureTrend(size, points) {
  const dir = join(ROOT, 'bench', 'out', `git-trend-r${size}`);
  log(`trend: ${size} agreements, ${points} monthly commits`);
  generateRegister(dir, size);
  writeFileSync(emptyConfig, '');
  const agreements = readdirSync(join(dir, 'agreements')).sort();
  const end = new Date(`${BENCH_AS_OF}T00:00:00Z`);
  const months = Array.from({ length: points }, (_, i) => new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - points + 1 + i, 15)));
  months.forEach((month, i) => {
    for (const file of agreements.slice(i * 40, i * 40 + 40)) {
      const path = join(dir, 'agreements', file);
      const text = readFileSync(path, 'utf8');
      writeFileSync(path, `${text}${text.endsWith('\n') ? '' : '\n'}x-bijgewerkt-in-maand: ${i + 1}\n`); // an x- key: allowed, never a duplicate
    }
    commitAll(dir, month.toISOString().slice(0, 10), i === 0);
  });
  const since = `${months[0].toISOString().slice(0, 7)}-01`;
  const args = ['-C', dir, 'trend', '--since', since, '--as-of', BENCH_AS_OF, '--format', 'json'];
  const runs = [];
  const cpu = [];
  let rss = 0;
  let sampled = 0;
  for (let run = 0; run < Math.max(1, Math.ceil(options.runs / 2)); run++) {
    log(`trend: run ${run + 1}`);
    const result = runNode(VO, args, { capture: true });
    if (result.status !== 0) throw new Error(`vo trend failed: ${result.stderr}`);
    runs.push(result.wallMs);
    cpu.push(result.cpuMs);
    rss = Math.max(rss, result.maxRssKiB);
    sampled = JSON.parse(result.stdout).points.filter((p) => p.commit !== null).length;
  }
  return { size, points, sampled, wallMs: median(runs), cpuMs: median(cpu), maxRssKiB: rss, runs: runs.length };
}

function commitAll(dir, date, init = true) {
  const git = (...args) => execFileSync('git', args, { cwd: dir, env: { ...gitEnv, GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` }, stdio: 'ignore' });
  if (init && !existsSync(join(dir, '.git'))) git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', `Register ${date}`);
}

function render({ date, machine: m, sizes, trend }) {
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const mib = (kib) => (Number.isFinite(kib) ? `${Math.round(kib / 1024)} MiB` : 'n/a');
  const lines = [
    `Measured ${date} on ${m.cpu} (${m.cores} cores, ${m.memoryGiB.toFixed(1)} GiB), Node ${m.node}, ${m.os}, git ${m.git}; load average ${m.load.toFixed(1)} when it started.`,
    'Wall and CPU time (user + system, vo and the git it starts) of whole processes, median of the runs; one agreement changed in the working tree.',
    '',
    '| agreements | `vo check` wall / CPU | `vo check --new-since HEAD` wall / CPU | `vo diff HEAD` wall / CPU | CPU `--new-since` ÷ `check` | peak memory (check / new-since / diff) | runs |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    ...sizes.map((r) =>
      `| ${r.size.toLocaleString('en')} | ${s(r.wallMs.check)} / ${s(r.cpuMs.check)} | ${s(r.wallMs.newSince)} / ${s(r.cpuMs.newSince)} | ${s(r.wallMs.diff)} / ${s(r.cpuMs.diff)} | ${(r.cpuMs.newSince / r.cpuMs.check).toFixed(2)} | ${mib(r.maxRssKiB.check)} / ${mib(r.maxRssKiB.newSince)} / ${mib(r.maxRssKiB.diff)} | ${r.runs} |`,
    ),
    '',
    `\`vo trend --since … --as-of ${BENCH_AS_OF}\` over ${trend.points} monthly points (${trend.sampled} with a commit, each a different one) on ${trend.size.toLocaleString('en')} agreements: ${s(trend.wallMs)} wall, ${s(trend.cpuMs)} CPU (${s(trend.cpuMs / trend.points)} CPU per point), peak memory ${mib(trend.maxRssKiB)}, median of ${trend.runs}.`,
  ];
  return lines.join('\n');
}

function writeIntoDoc(markdown) {
  const current = readFileSync(DOC, 'utf8');
  const block = `${START}\n${markdown}\n${END}`;
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const next = start >= 0 && end > start ? current.slice(0, start) + block + current.slice(end + END.length) : `${current.trimEnd()}\n\n## Reading the history: vo diff, --new-since, vo trend\n\n${block}\n`;
  writeFileSync(DOC, next);
}

function machine() {
  const cpus = os.cpus();
  const git = execFileSync('git', ['--version'], { encoding: 'utf8' }).trim().replace(/^git version /, '');
  return { load: os.loadavg()[0], cpu: cpus[0]?.model.trim() ?? 'unknown', cores: cpus.length, memoryGiB: os.totalmem() / 1024 ** 3, node: process.version, os: `${os.type()} ${os.release()} ${os.arch()}`, git };
}

function parseArgs(argv) {
  const parsed = { sizes: [1000, 10_000], runs: 3, points: 24, write: true };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--sizes') parsed.sizes = String(argv[++i]).split(',').map(Number).filter((n) => n > 0);
    else if (argv[i] === '--runs') parsed.runs = Math.max(1, Number(argv[++i]) || 1);
    else if (argv[i] === '--points') parsed.points = Math.max(1, Number(argv[++i]) || 24);
    else if (argv[i] === '--no-write') parsed.write = false;
    else throw new Error(`unknown option ${argv[i]} (use --sizes, --runs, --points, --no-write)`);
  }
  return parsed;
}

function log(message) {
  process.stderr.write(`bench:git: ${message}\n`);
}
