// The two phases of `vo check` timed apart, in one process: loading the register
// (reading, parsing, schemas, integrity rules; both cores from 2 000 files) and the
// assessment (the compliance rules, their messages and positions). Uses the build in
// dist/, so run `npm run build` first. The output format is not part of either. Run 1 is
// what `vo check` pays; later runs in the same process find luxon and the memories warm.
//
//   node bench/phases.js <register> [--as-of 2026-10-01] [--runs 3]
import { performance } from 'node:perf_hooks';
import { loadRegister } from '../dist/register/load.js';
import { assess } from '../dist/assessment/assess.js';
import { BENCH_AS_OF } from './generate.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
};
const root = args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (root === undefined) {
  process.stderr.write(`usage: node bench/phases.js <register> [--as-of ${BENCH_AS_OF}] [--runs 3]\n`);
  process.exit(2);
}
const asOf = option('--as-of', BENCH_AS_OF);
const runs = Number(option('--runs', '3'));

for (let run = 1; run <= runs; run++) {
  const start = performance.now();
  const register = loadRegister(root, { lang: 'nl' });
  const loaded = performance.now();
  const assessment = assess(register, asOf, 'nl', {}, { last: true });
  const assessed = performance.now();
  process.stdout.write(
    `run ${run}: load ${(loaded - start).toFixed(0)} ms, assess ${(assessed - loaded).toFixed(0)} ms ` +
      `(${register.files.length} files, ${assessment.findings.length} findings)\n`,
  );
}
