// Fallback when GNU time is missing: run a Node script in this process and, at
// exit, write "maxRSS(KiB) user(s) system(s)" to $BENCH_STATS_FILE, the same
// line bench/measure.js asks GNU time for.
//
//   node bench/maxrss.js <script> [args...]
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [script, ...args] = process.argv.slice(2);
process.on('exit', () => {
  const usage = process.resourceUsage();
  const line = `${usage.maxRSS} ${usage.userCPUTime / 1e6} ${usage.systemCPUTime / 1e6}\n`;
  if (process.env.BENCH_STATS_FILE) writeFileSync(process.env.BENCH_STATS_FILE, line);
});
process.argv = [process.argv[0], resolve(script), ...args];
await import(pathToFileURL(resolve(script)).href);
