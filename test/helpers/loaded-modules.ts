/**
 * What a spawned `vo` loads, as repository-relative paths
 * (`dist/cli/commands/check.js`, `node_modules/handlebars/lib/index.js`), for
 * the tests that hold commands to loading only what they need.
 *
 * The binary runs the bundle (dist/bundle/, src/cli/bundle.ts), whose chunks it
 * reads with readFileSync: a preloaded module reports each chunk read, and
 * dist/bundle/modules.json turns a chunk into the modules it holds. What is
 * still loaded by Node itself (pdfmake's parts through `createRequire`, a
 * build without the bundle) is reported by a resolve hook for ES modules and
 * by Node's CommonJS resolver, and a worker thread started from a file
 * (the parse worker of a large register) by that file.
 *
 *   const { status, modules } = spawnLoggingModules(['-C', dir, 'check']);
 *   expect(modules.some((m) => m.startsWith('node_modules/handlebars/'))).toBe(false);
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtVo } from './built-vo.js';
import { REPO_ROOT } from './run-cli.js';

const PRELOAD = `
import fs from 'node:fs';
import Module, { register, syncBuiltinESMExports } from 'node:module';
import { isMainThread } from 'node:worker_threads';
const say = (what) => process.stderr.write('LOADED ' + what + '\\n');
// This runs in every thread; a worker started from a file has that file as its argv[1].
if (!isMainThread && process.argv[1] !== undefined) say(process.argv[1]);
const read = fs.readFileSync;
fs.readFileSync = function (path, ...rest) {
  if (typeof path === 'string' && /[\\\\/]dist[\\\\/]bundle[\\\\/][^\\\\/]+\\.cjs$/.test(path)) say(path);
  return read.call(this, path, ...rest);
};
syncBuiltinESMExports();
const resolveCjs = Module._resolveFilename;
Module._resolveFilename = function (...args) {
  const found = resolveCjs.apply(this, args);
  say(found);
  return found;
};
register('data:text/javascript,' + encodeURIComponent("export async function resolve(s, c, next) { const r = await next(s, c); if (r.url.startsWith('file:')) process.stderr.write('LOADED ' + r.url + '\\\\n'); return r; }"));
`;

export interface LoggedRun {
  status: number | null;
  stdout: string;
  /** stderr without the preload's lines. */
  stderr: string;
  /** Every module the run loaded, repository-relative, sorted, once each. */
  modules: string[];
  /** The bundle's chunks it read (`run.cjs`, …). */
  chunks: string[];
  /** The modules Node itself loaded, not through a chunk. */
  direct: string[];
}

export function spawnLoggingModules(args: readonly string[], env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1' }): LoggedRun {
  const result = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(PRELOAD)}`, builtVo(), ...args], { encoding: 'utf8', env });
  const chunks = JSON.parse(readFileSync(join(REPO_ROOT, 'dist', 'bundle', 'modules.json'), 'utf8')) as Record<string, string[]>;
  const modules = new Set<string>();
  const read = new Set<string>();
  const direct = new Set<string>();
  const lines = result.stderr.split('\n');
  for (const line of lines) {
    if (!line.startsWith('LOADED ')) continue;
    const loaded = line.slice(7);
    const path = loaded.startsWith('file:') ? fileURLToPath(loaded) : loaded;
    if (!path.startsWith(`${REPO_ROOT}/`)) continue;
    const relative = path.slice(REPO_ROOT.length + 1);
    const chunk = /^dist\/bundle\/([^/]+\.cjs)$/.exec(relative)?.[1];
    if (chunk === undefined) direct.add(relative);
    else read.add(chunk);
    for (const module of chunk === undefined ? [relative] : (chunks[chunk] ?? [relative])) modules.add(module);
  }
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: lines.filter((line) => !line.startsWith('LOADED ')).join('\n'),
    modules: [...modules].sort(),
    chunks: [...read].sort(),
    direct: [...direct].sort(),
  };
}
