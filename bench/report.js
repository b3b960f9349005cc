// The benchmark's results as Markdown, and their place in docs/performance.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- bench:results:start (written by `npm run bench`; edit the text around it) -->';
const END = '<!-- bench:results:end -->';
/** Linear: the cost of an extra file in the upper half of the sizes may be this much of the lower half's. */
const LINEAR_SLACK = 1.5;

const ms = (value) => (Number.isFinite(value) ? `${Math.round(value)} ms` : 'n/a');
const seconds = (value) => (Number.isFinite(value) ? `${(value / 1000).toFixed(2)} s` : 'n/a');
const mib = (kib) => (Number.isFinite(kib) ? `${Math.round(kib / 1024)} MiB` : 'n/a');
const ratio = (value) => (Number.isFinite(value) ? value.toFixed(2) : 'n/a');
const group = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
const yes = (ok) => (ok === undefined ? 'n/a' : ok ? 'yes' : '**no**');
const filesOf = (row) => row.counts.agreements + row.counts.evaluations + row.counts.incidents;
const find = (row, key) => row.commands.find((c) => c.key === key);

export function renderReport(results) {
  const { machine, sizes, startup, formats, loadAverage } = results;
  const lines = [];
  lines.push(`Measured on ${results.date}: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB.toFixed(1)} GiB memory, Node ${machine.node}, ${machine.os}.`);
  lines.push(`Load average (1 min) ${loadAverage.before.toFixed(2)} before and ${loadAverage.after.toFixed(2)} after the run; peak memory by ${results.memoryMethod}.`);
  if (!results.ajvCli) lines.push('ajv-cli is not installed here: the "ajv" rows are ajv itself compiling the schemas and validating files parsed with yaml (bench/ajv-floor.js).');
  lines.push('');
  lines.push('### `vo check` against the floors');
  lines.push('');
  lines.push('| agreements | record files | MB | read floor | parse floor (÷ read) | validate floor (÷ read) | ajv-cli | `vo check` | CPU | peak memory | check ÷ read floor | check ÷ ajv-cli |');
  lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of sizes) {
    const [read, parse, validate, ajv, check] = ['read', 'parse', 'validate', 'ajv', 'check'].map((k) => find(row, k));
    const floor = (c) => `${seconds(c?.wallMs)} (${ratio(c?.wallMs / read?.wallMs)})`;
    lines.push(
      `| ${group(row.size)} | ${group(filesOf(row))} | ${(row.counts.bytes / 1e6).toFixed(1)} | ${seconds(read?.wallMs)} | ${floor(parse)} | ${floor(validate)} | ${seconds(ajv?.wallMs)} | ${seconds(check?.wallMs)} | ${seconds(check?.cpuMs)} | ${mib(check?.maxRssKiB)} | ${ratio(check?.wallMs / read?.wallMs)} | ${ratio(check?.wallMs / ajv?.wallMs)} |`,
    );
  }
  lines.push('');
  lines.push('The parse and validate floors do part of what `vo check` does, with the work shared perfectly by both cores: reading and parsing every file (no positions, findings, rules or output), and the same with each file validated against its schema by the validators `vo` uses. They show how much of the read floor\'s multiple is left for everything else.');
  lines.push('');
  lines.push(`Wall times are medians of ${sizes.map((row) => `${row.runs} run${row.runs === 1 ? '' : 's'} at ${group(row.size)}`).join(', ')}, as whole processes (output to /dev/null or a file); CPU is user + system time. ajv-cli takes one schema per process, so its time is the sum of three processes (agreements, evaluations, incidents).`);
  lines.push('');
  lines.push('### Every command');
  lines.push('');
  const keys = sizes[0]?.commands.map((c) => c.key) ?? [];
  lines.push(`| command (wall / CPU) | ${sizes.map((r) => `${group(r.size)} agreements`).join(' | ')} | peak memory (largest) | CPU µs per extra file, lower ÷ upper half | linear (≤ ${LINEAR_SLACK}) |`);
  lines.push(`|---|${sizes.map(() => '---:').join('|')}|---:|---:|---|`);
  for (const key of keys) {
    const label = find(sizes[0], key).label;
    const cells = sizes.map((row) => {
      const c = find(row, key);
      return c === undefined ? 'n/a' : c.failed === 'stopped' ? `stopped after ${seconds(c.wallMs)}` : c.failed === 134 ? `out of memory after ${seconds(c.wallMs)}` : c.failed !== undefined ? `failed (exit ${c.failed})` : `${seconds(c.wallMs)} / ${seconds(c.cpuMs)}`;
    });
    const largest = find(sizes.at(-1), key);
    const growth = linearity(sizes, key);
    lines.push(`| ${label} | ${cells.join(' | ')} | ${mib(largest?.maxRssKiB)} | ${growth ? `${growth.lower.toFixed(0)} ÷ ${growth.upper.toFixed(0)}` : 'n/a'} | ${!growth ? 'n/a' : growth.lower <= 0 || growth.upper <= 0 ? 'noise (a smaller size took longer)' : `${yes(growth.upper / growth.lower <= LINEAR_SLACK)} (${ratio(growth.upper / growth.lower)})`} |`);
  }
  lines.push('');
  lines.push('### Start-up (median of 15)');
  lines.push('');
  lines.push('| command | wall | ÷ `node -e 0` |');
  lines.push('|---|---:|---:|');
  lines.push(`| \`node -e 0\` | ${ms(startup.node)} | 1.00 |`);
  for (const [key, label] of [['version', '`vo --version`'], ['help', '`vo --help`'], ['check', '`vo check` on examples/']]) {
    lines.push(`| ${label} | ${ms(startup[key])} | ${ratio(startup[key] / startup.node)} |`);
  }
  lines.push('');
  lines.push('### Targets');
  lines.push('');
  lines.push('| target | measured | met |');
  lines.push('|---|---|---|');
  for (const size of [10_000, 50_000]) {
    const row = sizes.find((r) => r.size === size);
    if (!row) continue;
    const [read, validate, ajv, check] = ['read', 'validate', 'ajv', 'check'].map((k) => find(row, k));
    // ajv-cli is left out when BENCH_COMMANDS does not name it.
    if (ajv) lines.push(`| \`vo check\` ≤ 0.7× ajv-cli at ${group(size)} agreements | ${ratio(check.wallMs / ajv.wallMs)} | ${yes(check.wallMs / ajv.wallMs <= 0.7)} |`);
    const below = validate ? ` (reading, parsing and validating alone: ${ratio(validate.wallMs / read.wallMs)})` : '';
    lines.push(`| \`vo check\` ≤ 2.5× the read floor at ${group(size)} agreements | ${ratio(check.wallMs / read.wallMs)}${below} | ${yes(check.wallMs / read.wallMs <= 2.5)} |`);
  }
  const tenK = sizes.find((r) => r.size === 10_000);
  if (tenK) {
    const check = find(tenK, 'check');
    for (const key of ['show', 'check-agreement', 'check-department']) {
      const c = find(tenK, key);
      if (c) lines.push(`| ${c.label} ≤ 0.4× \`vo check\` at ${group(10_000)} agreements | ${ratio(c.wallMs / check.wallMs)} wall, ${ratio(c.cpuMs / check.cpuMs)} CPU | ${yes(c.wallMs / check.wallMs <= 0.4)} |`);
    }
  }
  // Peak memory of `vo check` at the measured size closest to 170 000 files (33 000 agreements), and of every command there.
  const near = [...sizes].sort((x, y) => Math.abs(filesOf(x) - 170_000) - Math.abs(filesOf(y) - 170_000))[0];
  if (near) {
    const check = find(near, 'check');
    const every = Math.max(...near.commands.map((c) => c.maxRssKiB).filter(Number.isFinite));
    const at = `at ${group(filesOf(near))} files (${group(near.size)} agreements; the target is 170 000 files)`;
    if (check) lines.push(`| peak memory of \`vo check\` < 1 GiB ${at} | ${mib(check.maxRssKiB)} | ${yes(check.maxRssKiB < 1024 * 1024)} |`);
    lines.push(`| peak memory of every command < 1 GiB ${at} | ${mib(every)} | ${yes(every < 1024 * 1024)} |`);
  }
  const hundredK = sizes.find((r) => r.size === 100_000);
  const pdf = hundredK ? find(hundredK, 'report-pdf') : undefined;
  if (pdf) lines.push(`| the management PDF of ${group(100_000)} agreements finishes | ${pdf.failed !== undefined ? (pdf.failed === 'stopped' ? `stopped after ${seconds(pdf.wallMs)}` : `failed (exit ${pdf.failed}) after ${seconds(pdf.wallMs)}`) : seconds(pdf.wallMs)} | ${yes(pdf.failed === undefined)} |`);
  for (const row of sizes) {
    const failed = row.commands.filter((c) => c.failed !== undefined).map((c) => c.label);
    if (failed.length > 0) lines.push(`| every command finishes at ${group(row.size)} agreements | not: ${failed.join(', ')} | **no** |`);
  }
  lines.push(`| \`vo check\` on examples/ within 2.5× \`node -e 0\` | ${ratio(startup.check / startup.node)} | ${yes(startup.check / startup.node <= 2.5)} |`);
  lines.push(`| \`vo --help\` within 1.5× \`node -e 0\` | ${ratio(startup.help / startup.node)} | ${yes(startup.help / startup.node <= 1.5)} |`);
  if (formats.length > 0) {
    lines.push('');
    lines.push('### Every output format on `examples/`');
    lines.push('');
    lines.push('| command (`-C examples --as-of 2026-10-01`) | wall (median of 3) | peak memory | note |');
    lines.push('|---|---:|---:|---|');
    for (const row of formats) lines.push(`| \`${row.label}\` | ${ms(row.wallMs)} | ${mib(row.maxRssKiB)} | ${row.note} |`);
  }
  return lines.join('\n');
}

/** The cost per extra file (µs) from the smallest to the middle size, and from the middle to the largest. */
function linearity(sizes, key) {
  if (sizes.length < 3) return undefined;
  const [a, b, c] = [sizes[0], sizes[Math.floor((sizes.length - 1) / 2)], sizes.at(-1)];
  if (b === a || b === c) return undefined;
  // CPU time (user + system): on a shared machine wall time varies with the neighbours' load, CPU time much less.
  const t = (row) => find(row, key)?.cpuMs;
  const lower = ((t(b) - t(a)) / (filesOf(b) - filesOf(a))) * 1000;
  const upper = ((t(c) - t(b)) / (filesOf(c) - filesOf(b))) * 1000;
  return Number.isFinite(lower) && Number.isFinite(upper) ? { lower, upper } : undefined;
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
