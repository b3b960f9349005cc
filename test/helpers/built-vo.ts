/**
 * The one way spawned tests find the built binary: `bin/vo.js`, which runs
 * `dist/`. A test that spawned a stale build would test old code and pass or
 * fail for the wrong reason, so this fails, clearly, when `dist/` is missing or
 * older than `src/`, or its bundle older than the rest of `dist/`.
 *
 *   const result = spawnSync(process.execPath, [builtVo(), '-C', dir, 'validate']);
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './run-cli.js';

/** Newest modification time of the files below `dir` whose name ends in `suffix`, with the file. */
function newest(dir: string, suffix: string): { time: number; file: string } | undefined {
  let best: { time: number; file: string } | undefined;
  const visit = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith(suffix)) {
        const time = statSync(path).mtimeMs;
        if (best === undefined || time > best.time) best = { time, file: path };
      }
    }
  };
  visit(dir);
  return best;
}

/** Path of `bin/vo.js`, after checking that `dist/` is there and not older than `src/`. */
export function builtVo(): string {
  const main = join(REPO_ROOT, 'dist', 'cli', 'main.js');
  if (!existsSync(main)) throw new Error('dist/ is missing: run npm run build before the spawned tests');
  // tsc writes every output on each build, so the entry point's time is the build's.
  const source = newest(join(REPO_ROOT, 'src'), '.ts');
  if (source !== undefined && source.time > statSync(main).mtimeMs) {
    throw new Error(`dist/ is older than src/ (${source.file.slice(REPO_ROOT.length + 1)} changed after the last build): run npm run build`);
  }
  // The binary runs the bundle made after tsc (scripts/bundle.js): a tsc run alone would leave it behind.
  const bundle = join(REPO_ROOT, 'dist', 'bundle', 'run.cjs');
  if (!existsSync(bundle) || statSync(bundle).mtimeMs < statSync(main).mtimeMs) {
    throw new Error('dist/bundle/ is missing or older than the rest of dist/ (tsc ran without scripts/bundle.js): run npm run build');
  }
  return join(REPO_ROOT, 'bin', 'vo.js');
}
