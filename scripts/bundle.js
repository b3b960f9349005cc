// The bundle the binary runs (src/cli/bundle.ts explains why), made after tsc:
//
//   node scripts/bundle.js        (part of npm run build)
//
// 1. rolldown bundles dist/cli/run.js with its libraries into CommonJS chunks
//    in dist/bundle/; what a command loads on demand (the PDF, Excel, mail…)
//    stays in chunks of its own, loaded only by the commands that use them.
//    dist/bundle/modules.json lists the modules in each chunk.
//    dist/bundle/main.cjs is the start (dist/cli/main.js with what it imports,
//    the bundle loader among them) in one file, which bin/vo.js requires.
// 2. A fresh node loads the bundle, runs `vo check` on the example register
//    and saves V8's code cache of every chunk it loaded beside it, so the
//    functions a check needs start compiled.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
import { BUNDLE_START } from '../dist/cli/bundle.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = `${ROOT}dist/bundle/`;
/** Both bundles: for Node, with Node's own modules left to Node. */
const NODE = { platform: 'node', external: [/^node:/, ...builtinModules], logLevel: 'warn' };

rmSync(OUT, { recursive: true, force: true });
const bundle = await rolldown({
  ...NODE,
  input: `${ROOT}dist/cli/run.js`,
  plugins: [
    // yaml-library.ts and table.ts load eemeli/yaml and string-width the first time they are needed, through
    // `createRequire`, which a bundler cannot see. In the bundle their `require` is the bundler's own: the library
    // is bundled, cached with the rest, and still runs only when first needed.
    ...['dist/register/yaml-library.js', 'dist/format/views/table.js'].map((file) =>
      replaceLine('lazy-require-in-bundle', file, 'const require = createRequire(import.meta.url);', ''),
    ),
    // commander requires node:child_process when it loads, for subcommands that are programs of their own
    // (`git-foo` style), which vo has none of. Loading it takes Node's net, dgram and stream modules with it, a few
    // ms of every start. In the bundle commander asks for it only when it would spawn, which vo never does.
    replaceLine(
      'commander-without-child-process',
      'node_modules/commander/lib/command.js',
      "const childProcess = require('node:child_process');",
      "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };",
    ),
    legacyBufferCalls(),
  ],
});
const { output } = await bundle.write({ dir: OUT, format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: '[name]-[hash].cjs' });
await bundle.close();

// The start: main.js and its imports in one CommonJS file, loaded by bin/vo.js with Node's require (a few
// kB, so no cache of its own). Its fallback, `import('./run.js')`, stays the tsc-built module beside main.js.
const start = await rolldown({ ...NODE, input: `${ROOT}dist/cli/main.js`, plugins: [runOutsideStart()] });
const { output: startOutput } = await start.write({ file: `${OUT}${BUNDLE_START}`, format: 'cjs', codeSplitting: false });
await start.close();
output.push(...startOutput);

// Which modules each chunk holds (repository-relative paths): the tests that hold commands to loading only what they
// need read a spawned vo's chunks through it (test/helpers/loaded-modules.ts).
const modules = Object.fromEntries(
  output
    .filter((item) => item.type === 'chunk')
    .map((chunk) => [
      chunk.fileName,
      chunk.moduleIds
        .filter((id) => id.startsWith(ROOT))
        .map((id) => id.slice(ROOT.length).replaceAll('\\', '/'))
        .sort(),
    ]),
);
writeFileSync(`${OUT}modules.json`, `${JSON.stringify(modules, null, 1)}\n`);

const warm = spawnSync(process.execPath, [fileURLToPath(new URL('./warm-bundle.js', import.meta.url))], { stdio: 'inherit' });
if (warm.status !== 0) process.exit(warm.status ?? 1);

/** main.js falls back on `import('./run.js')`: in the start bundle that is dist/cli/run.js, outside it. */
function runOutsideStart() {
  return {
    name: 'run-outside-start',
    resolveId(source, importer) {
      if (source === './run.js' && importer?.replaceAll('\\', '/').endsWith('/dist/cli/main.js')) return { id: '../cli/run.js', external: true };
      return null;
    },
  };
}

/**
 * Libraries of exceljs (archiver-utils, unzipper's helpers) still call `new Buffer(…)`. Node warns about that
 * (DEP0005) only for code outside node_modules, and in the bundle all code is outside it: every `--format xlsx`
 * printed a DeprecationWarning. Such a call becomes what Node's own `Buffer(…)` does after warning: `Buffer.alloc`
 * for a size, else `Buffer.from` with the same arguments.
 */
function legacyBufferCalls() {
  // Inline at each call, not a helper at the top: code before a module's "use strict" would make it sloppy.
  const call = '((arg, encodingOrOffset, length) => typeof arg === "number" ? Buffer.alloc(arg) : Buffer.from(arg, encodingOrOffset, length))(';
  return {
    name: 'legacy-buffer-calls',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').includes('/node_modules/') || !/\bnew Buffer\(/.test(code)) return null;
      return code.replace(/\bnew Buffer\(/g, call);
    },
  };
}

/**
 * In the module `file` (repository-relative), one exact line becomes `replacement`. If the line is gone (a
 * library or our module changed), the build fails naming the file, so the change cannot get lost silently.
 */
function replaceLine(name, file, line, replacement) {
  return {
    name,
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith(`/${file}`)) return null;
      if (!code.includes(line)) throw new Error(`bundle: ${id} no longer has "${line}"`);
      return code.replace(line, replacement);
    },
  };
}
