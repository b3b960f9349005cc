#!/usr/bin/env node
// CommonJS (bin/package.json): Node starts a CommonJS file without setting up its ESM loader, and
// dist/bundle/main.cjs is the start of the program (main.ts with what it imports) in one file, so
// `vo` reaches its own code about 20-30 ms sooner than through seven ES modules
// (docs/performance.md, round ten). Without that file (a build of tsc alone) or when it cannot
// be loaded, the modules of dist/ start it instead.
'use strict';

function start() {
  try {
    return Promise.resolve(require('../dist/bundle/main.cjs'));
  } catch {
    return import('../dist/cli/main.js');
  }
}

start()
  .then(({ main }) => main(), notBuilt)
  .then((code) => {
    process.exitCode = code;
    // Done, and nothing left to write or wait for (on Linux a pipe is written synchronously): leave now.
    // Without this Node tears V8 down first and waits for its background threads, 10-30 ms of every run.
    // After the events already due: a failed write (`vo check > /dev/full`) is reported by its handler, with exit 2.
    setImmediate(() => {
      const idle = process.getActiveResourcesInfo().every((resource) => resource === 'TTYWrap' || resource === 'PipeWrap');
      if (idle && [process.stdout, process.stderr].every(written)) process.exit(code);
    });
  });

/** A checkout without `npm run build`: one line, exit 2, instead of Node's stack trace. */
function notBuilt(error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  const args = process.argv.slice(2);
  const at = args.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const lang = at === -1 ? process.env.VO_LANG : args[at] === '--lang' ? args[at + 1] : args[at].slice(7);
  process.stderr.write(
    lang === 'en'
      ? 'vo: the program is not built (dist/ is missing): run npm run build first\n'
      : 'vo: het programma is niet gebouwd (dist/ ontbreekt): voer eerst npm run build uit\n',
  );
  return 2;
}

function written(stream) {
  return stream.writableLength === 0 && !stream.destroyed && !stream.errored;
}
