// The benchmark's results as Markdown, and their place in docs/performance.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- bench:results:start (written by `npm run bench`; edit the text around it) -->';
const END = '<!-- bench:results:end -->';
/** The cost of each extra file may grow this much from one size step to the next and still count as linear. */
const LINEAR_SLACK = 1.25;

const ms = (value) => (Number.isFinite(value) ? `${Math.round(value)} ms` : 'n/a');
const seconds = (value) => (Number.isFinite(value) ? `${(value / 1000).toFixed(2)} s` : 'n/a');
const mib = (kib) => (Number.isFinite(kib) ? `${Math.round(kib / 1024)} MiB` : 'n/a');
const ratio = (value) => (Number.isFinite(value) ? value.toFixed(2) : 'n/a');
const group = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
const yes = (ok) => (ok ? 'yes' : '**no**');

export function renderReport(results) {
  const { machine, sizes, startup, formats, loadAverage } = results;
  const lines = [];
  lines.push(`Measured on ${results.date}: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB.toFixed(1)} GiB memory, Node ${machine.node}, ${machine.os}.`);
  lines.push(`Load average (1 min) ${loadAverage.before.toFixed(2)} before and ${loadAverage.after.toFixed(2)} after the run; peak memory by ${results.memoryMethod}.`);
  lines.push('');
  lines.push('### `vo check` against ajv-cli');
  lines.push('');
  lines.push('| agreements | record files | MB | `vo check` | files/s | CPU | peak memory | ajv-cli (3 runs) | files/s | CPU | peak memory | vo/ajv wall | vo/ajv CPU |');
  lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of sizes) {
    const files = row.counts.agreements + row.counts.evaluations + row.counts.incidents;
    lines.push(
      `| ${group(row.size)} | ${group(files)} | ${(row.counts.bytes / 1e6).toFixed(1)} | ${seconds(row.vo.wallMs)} | ${group(Math.round(files / (row.vo.wallMs / 1000)))} | ${seconds(row.vo.cpuMs)} | ${mib(row.vo.maxRssKiB)} ` +
        `| ${seconds(row.ajv.wallMs)} | ${group(Math.round(files / (row.ajv.wallMs / 1000)))} | ${seconds(row.ajv.cpuMs)} | ${mib(row.ajv.maxRssKiB)} | ${ratio(row.vo.wallMs / row.ajv.wallMs)} | ${ratio(row.vo.cpuMs / row.ajv.cpuMs)} |`,
    );
  }
  lines.push('');
  lines.push(`Times are the median of ${sizes.map((row) => `${row.vo.runs} runs at ${group(row.size)}`).join(', ')}, as whole processes; CPU is user + system time. ajv-cli needs one process per schema, so its time is the sum of three runs (agreements, evaluations, incidents; the config file is left out, which favours ajv-cli) and its memory the largest of them.`);
  lines.push('');
  lines.push('| agreements | evaluations | incidents | findings (`--as-of 2026-10-01`) | files with findings | files the fast reader takes | fastest `vo check` | fastest ajv-cli |');
  lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of sizes) {
    lines.push(
      `| ${group(row.counts.agreements)} | ${group(row.counts.evaluations)} | ${group(row.counts.incidents)} | ${group(row.verified.findings)} | ${group(row.verified.filesWithFindings)} | ${(row.verified.fastShare * 100).toFixed(1)} % | ${seconds(row.vo.minWallMs)} | ${seconds(row.ajv.minWallMs)} |`,
    );
  }
  lines.push('');
  lines.push('### Targets');
  lines.push('');
  lines.push('| target | measured | met |');
  lines.push('|---|---|---|');
  for (const size of [1000, 10_000]) {
    const row = sizes.find((r) => r.size === size);
    if (row) lines.push(`| \`vo check\` at most as slow as ajv-cli at ${group(size)} agreements (ratio ≤ 1.0) | ${ratio(row.vo.wallMs / row.ajv.wallMs)} wall, ${ratio(row.vo.cpuMs / row.ajv.cpuMs)} CPU | ${yes(row.vo.wallMs <= row.ajv.wallMs)} |`);
  }
  const largest = sizes.find((r) => r.size === 10_000);
  if (largest) lines.push(`| peak memory under 1 GiB at ${group(10_000)} agreements | ${mib(largest.vo.maxRssKiB)} | ${yes(largest.vo.maxRssKiB < 1024 * 1024)} |`);
  // Linear: each extra file costs the same from 1 000 to 10 000 agreements as from 100 to 1 000 (start-up excluded).
  const smallest = sizes.find((r) => r.size === 100);
  const small = sizes.find((r) => r.size === 1000);
  if (smallest && small && largest) {
    const files = (row) => row.counts.agreements + row.counts.evaluations + row.counts.incidents;
    const slope = (a, b) => (b.vo.wallMs - a.vo.wallMs) / (files(b) - files(a));
    const growth = slope(small, largest) / slope(smallest, small);
    lines.push(
      `| time linear in the register: cost per extra file from ${group(1000)} to ${group(10_000)} agreements ÷ from 100 to ${group(1000)} (≤ ${LINEAR_SLACK}) | ${(slope(small, largest) * 1000).toFixed(0)} µs ÷ ${(slope(smallest, small) * 1000).toFixed(0)} µs = ${ratio(growth)} | ${yes(growth <= LINEAR_SLACK)} |`,
    );
  }
  const startupRatio = startup.voMs / startup.nodeMs;
  lines.push(`| \`vo --version\` within 2× \`node -e 0\` | ${ms(startup.voMs)} against ${ms(startup.nodeMs)} (${ratio(startupRatio)}×, median of 15) | ${yes(startupRatio <= 2)} |`);
  lines.push('');
  lines.push('### Every output format on `examples/`');
  lines.push('');
  lines.push('| command (`-C examples --as-of 2026-10-01`) | wall (median of 3) | peak memory | note |');
  lines.push('|---|---:|---:|---|');
  for (const row of formats) lines.push(`| \`${row.label}\` | ${ms(row.wallMs)} | ${mib(row.maxRssKiB)} | ${row.note} |`);
  return lines.join('\n');
}

/** Replace the results block of the document, or start the document with it. */
export function writeIntoDoc(path, markdown) {
  const block = `${START}\n${markdown}\n${END}`;
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const next = start >= 0 && end > start ? current.slice(0, start) + block + current.slice(end + END.length) : `# Performance\n\n## Results\n\n${block}\n`;
  writeFileSync(path, next);
}
