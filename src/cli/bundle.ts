import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { constants, Script } from 'node:vm';

/** What the binary loads: run.ts, bundled or as it is. */
export type RunModule = typeof import('./run.js');

/**
 * The bundle of run.ts (scripts/bundle.js): the program and its libraries as a
 * few CommonJS chunks, each with V8's code cache beside it (`<chunk>.cache`),
 * made at build time. Node 20 keeps no cache of its own, so without these the
 * about 1.4 MB of modules that `vo check` needs are resolved one by one and
 * compiled on every start (docs/performance.md, round nine).
 *
 * The cache is only read, never written here. V8 checks it against the
 * chunk's source and its own version and flags, and compiles the source when
 * it does not match, so a stale or foreign cache costs time, not correctness.
 */
export const BUNDLE_DIR = fileURLToPath(new URL('../bundle/', import.meta.url));
export const BUNDLE_ENTRY = 'run.cjs';
/** The start (main.ts with what it imports) in one file beside the chunks, which bin/vo.js requires; loaded by Node, not by loadBundle. */
export const BUNDLE_START = 'main.cjs';

export interface LoadedChunk {
  readonly file: string;
  readonly script: Script;
  /** Whether a cache was there and V8 took it. */
  readonly cached: boolean;
}

export interface BundleOptions {
  /** Told of every chunk as it loads (the build's cache maker, the tests). */
  onChunk?: (chunk: LoadedChunk) => void;
  /** A chunk's code cache; by default `<chunk>.cache` beside it, if there. The cache maker reads none. */
  readCache?: (file: string) => Buffer | undefined;
}

interface ChunkModule {
  exports: Record<string, unknown>;
}

/** The bundled run module, or undefined when there is no bundle (a build of tsc alone, the tests' sources). */
export function loadBundle(dir: string = BUNDLE_DIR, options: BundleOptions = {}): RunModule | undefined {
  let entry: string;
  try {
    entry = readFileSync(dir + BUNDLE_ENTRY, 'utf8');
  } catch {
    return undefined;
  }
  const loaded = new Map<string, ChunkModule>();
  // Every chunk sits in `dir`, so one require resolves what they ask of Node (its own modules) alike.
  const outside = createRequire(dir + BUNDLE_ENTRY);
  const load = (name: string, source?: string): ChunkModule => {
    const known = loaded.get(name);
    if (known !== undefined) return known;
    const file = dir + name;
    const text = source ?? readFileSync(file, 'utf8');
    const cachedData = (options.readCache ?? cacheBeside)(file);
    const script = chunkScript(file, text, cachedData);
    options.onChunk?.({ file, script, cached: cachedData !== undefined && !script.cachedDataRejected });
    const module: ChunkModule = { exports: {} };
    loaded.set(name, module);
    // A chunk requires its siblings as `./name.cjs`; everything else (Node's own modules) is Node's.
    const require = (id: string): unknown => (id.startsWith('./') ? load(id.slice(2)).exports : outside(id));
    (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, require, module, file, dir);
    return module;
  };
  return load(BUNDLE_ENTRY, entry).exports as unknown as RunModule;
}

function cacheBeside(file: string): Buffer | undefined {
  try {
    return readFileSync(`${file}.cache`);
  } catch {
    return undefined; // no cache for this chunk: V8 compiles it
  }
}

/** A chunk compiled as Node compiles a CommonJS module; an `import()` left in it goes to Node's loader. */
export function chunkScript(file: string, text: string, cachedData?: Buffer): Script {
  return new Script(`(function (exports, require, module, __filename, __dirname) {${text}\n})`, {
    filename: file,
    cachedData,
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
}
