// `node bench/site.js [--sizes 1000,10000] [--runs 2]`: time `vo site` on synthetic
// registers of bench/generate.js, with `vo check` on the same register beside it
// (reading and assessing the register is part of both), and the size of the site.
// Prints a Markdown table for docs/site.md ("Performance").
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_AS_OF, generateRegister } from './generate.js';
import { median, runNode } from './measure.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VO = join(ROOT, 'bin', 'vo.js');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const sizes = option('--sizes', '1000,10000').split(',').map(Number);
const runs = Number(option('--runs', '2'));

function folderSize(dir) {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = folderSize(path);
      files += inner.files;
      bytes += inner.bytes;
    } else {
      files++;
      bytes += statSync(path).size;
    }
  }
  return { files, bytes };
}

const rows = [];
for (const size of sizes) {
  const register = join(ROOT, 'bench', 'out', `site-r${size}`);
  if (!existsSync(join(register, 'vo.config.yaml'))) {
    process.stderr.write(`generating a register of ${size} agreements\n`);
    generateRegister(register, size);
  }
  const out = join(ROOT, 'bench', 'out', `site-out-${size}`);
  const site = [];
  const check = [];
  for (let run = 0; run < runs; run++) {
    process.stderr.write(`${size} agreements: run ${run + 1}/${runs}\n`);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    const result = runNode(VO, ['-C', register, 'site', '--out', out, '--as-of', BENCH_AS_OF], { capture: true });
    if (result.status !== 0) throw new Error(`vo site failed: ${result.stderr}`);
    site.push(result);
    check.push(runNode(VO, ['-C', register, 'check', '--as-of', BENCH_AS_OF, '--fail-on', 'never']));
  }
  const { files, bytes } = folderSize(out);
  rows.push({
    size,
    siteMs: median(site.map((r) => r.wallMs)),
    siteCpuMs: median(site.map((r) => r.cpuMs)),
    rssMiB: Math.max(...site.map((r) => r.maxRssKiB)) / 1024,
    checkMs: median(check.map((r) => r.wallMs)),
    files,
    mb: bytes / 1e6,
  });
}

const fmt = (n, digits = 0) => n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const lines = [
  `Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores), load average ${fmt(os.loadavg()[0], 1)}; median of ${runs} runs.`,
  '',
  '| agreements | `vo site` wall | CPU | peak memory | `vo check` wall | files | size | per agreement |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map((r) => `| ${fmt(r.size)} | ${fmt(r.siteMs / 1000, 1)} s | ${fmt(r.siteCpuMs / 1000, 1)} s | ${fmt(r.rssMiB)} MiB | ${fmt(r.checkMs / 1000, 1)} s | ${fmt(r.files)} | ${fmt(r.mb, 1)} MB | ${fmt(r.siteMs / r.size, 2)} ms, ${fmt((r.mb * 1000) / r.size, 1)} kB |`),
];
process.stdout.write(lines.join('\n') + '\n');
