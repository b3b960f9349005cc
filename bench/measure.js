// Run a command as a whole process and measure its wall time, CPU time and peak
// memory. Peak memory comes from GNU time (`/usr/bin/time -v` style, asked for
// with -f) when it is installed, else from a small wrapper that runs the Node
// script in-process and reports process.resourceUsage().maxRSS at exit.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const GNU_TIME = '/usr/bin/time';
const WRAPPER = fileURLToPath(new URL('./maxrss.js', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'vo-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/** How peak memory is measured on this machine, for the report. */
export const MEMORY_METHOD = hasGnuTime() ? 'GNU time (maximum resident set size)' : 'process.resourceUsage().maxRSS in a wrapper';

function hasGnuTime() {
  if (!existsSync(GNU_TIME)) return false;
  const probe = spawnSync(GNU_TIME, ['-f', '%M', process.execPath, '-e', '0'], { encoding: 'utf8' });
  return probe.status === 0 && /^\d+\s*$/m.test(probe.stderr);
}
const useGnuTime = hasGnuTime();

/**
 * `BENCH_TIMEOUT=600`: a command still running after that many seconds is stopped
 * (coreutils `timeout` inside GNU time, so the node process itself is killed) and
 * reported as stopped; for the largest sizes, where a known failure takes minutes.
 */
const TIMEOUT_S = Number(process.env.BENCH_TIMEOUT) > 0 ? Number(process.env.BENCH_TIMEOUT) : undefined;
const TIMEOUT = '/usr/bin/timeout';
/** The status of a run that `timeout` stopped. */
export const STOPPED = 'stopped';

/**
 * Run `node script ...args` once. Output goes to /dev/null (or is captured with
 * `capture`). With `bare`, node is started directly, for start-up times (no
 * memory then). Returns { status, wallMs, cpuMs, maxRssKiB, stdout, stderr }.
 */
export function runNode(script, args, options = {}) {
  const stats = join(scratch, 'stats.txt');
  rmSync(stats, { force: true });
  let command = process.execPath;
  let argv = [script, ...args];
  const limit = options.bare !== true && useGnuTime && TIMEOUT_S !== undefined && existsSync(TIMEOUT) ? [TIMEOUT, '-s', 'KILL', String(TIMEOUT_S)] : [];
  if (options.bare !== true) {
    command = useGnuTime ? GNU_TIME : process.execPath;
    argv = useGnuTime ? ['-o', stats, '-f', '%M %U %S', ...limit, process.execPath, script, ...args] : [WRAPPER, script, ...args];
  }
  const started = process.hrtime.bigint();
  const result = spawnSync(command, argv, {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: '1', BENCH_STATS_FILE: stats },
    stdio: ['ignore', options.capture ? 'pipe' : 'ignore', options.capture ? 'pipe' : 'ignore'],
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  let maxRssKiB = NaN;
  let cpuMs = NaN;
  if (existsSync(stats)) {
    // GNU time writes "Command exited with non-zero status N" before its format line.
    const line = readFileSync(stats, 'utf8').trim().split('\n').pop() ?? '';
    const [rss, user, system] = line.split(/\s+/).map(Number);
    maxRssKiB = rss;
    cpuMs = ((user ?? NaN) + (system ?? NaN)) * 1000;
  }
  // timeout exits with 128 + 9 when it had to kill the command.
  const status = limit.length > 0 && result.status === 137 && wallMs >= TIMEOUT_S * 1000 ? STOPPED : result.status;
  return { status, wallMs, cpuMs, maxRssKiB, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** Median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
