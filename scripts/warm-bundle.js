// Part of scripts/bundle.js, in a node of its own (default flags, as the
// binary runs): load the bundle without caches, run `vo check` on the example
// register, save each loaded chunk's code cache (`<chunk>.cache`). Chunks the
// check does not load (other commands' libraries) are compiled, not run: their
// cache holds the top level, and a chunk that would not compile fails the build.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUNDLE_DIR, BUNDLE_START, chunkScript, loadBundle } from '../dist/cli/bundle.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const chunks = [];
const run = loadBundle(BUNDLE_DIR, { readCache: () => undefined, onChunk: (chunk) => chunks.push(chunk) });
if (run === undefined) {
  console.error('bundle: dist/bundle/ is missing');
  process.exit(1);
}
const sink = { write: () => true };
const io = { stdout: sink, stderr: sink, stdin: {}, cwd: ROOT, env: {}, now: () => new Date('2026-10-01T10:00:00Z') };
const code = await run.runCli(['-C', `${ROOT}examples`, 'check', '--as-of', '2026-10-01'], io);
// The example register has findings on purpose: exit code 1 is the check working.
if (code !== 1) {
  console.error(`bundle: vo check on examples/ from the bundle ended with ${code}, not 1`);
  process.exit(1);
}
const scripts = new Map(chunks.map(({ file, script }) => [file, script]));
// The start is loaded by Node's require, not by loadBundle: it has no cache.
for (const name of readdirSync(BUNDLE_DIR).filter((each) => each.endsWith('.cjs') && each !== BUNDLE_START)) {
  const file = BUNDLE_DIR + name;
  const script = scripts.get(file) ?? chunkScript(file, readFileSync(file, 'utf8'));
  writeFileSync(`${file}.cache`, script.createCachedData());
}
