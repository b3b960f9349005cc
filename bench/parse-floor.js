// The parse floor: what reading and parsing every record file costs when both cores share
// the work perfectly, and nothing else is done (no positions kept, no findings, no rules, no
// output). With --validate each parsed file is also validated against its schema, with the
// same precompiled validators `vo` uses. `vo check` does all of this and more, so it cannot
// be faster than this floor; docs/performance.md sets it beside the read floor.
//
//   node bench/parse-floor.js <register> [--validate]
//
// This thread and one worker take blocks of 256 files from one shared counter (Atomics), so
// neither waits while the other has work. Needs `npm run build` (it parses with dist/).
import { readFileSync } from 'node:fs';
import { TextDecoder } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { parse } from 'yaml';
import { fastParse } from '../dist/register/fast-yaml.js';
import { validatorFor } from '../dist/schema/schemas.js';
import { recordFiles } from './record-files.js';

const BLOCK = 256;

/** Read, parse (and validate) blocks until the shared counter passes the end; the number of files done. */
function work({ files, kinds, counter, validate }) {
  const next = new Int32Array(counter);
  const decoder = new TextDecoder();
  let done = 0;
  for (let block = Atomics.add(next, 0, 1); block * BLOCK < files.length; block = Atomics.add(next, 0, 1)) {
    const end = Math.min(files.length, (block + 1) * BLOCK);
    for (let index = block * BLOCK; index < end; index++) {
      const text = decoder.decode(readFileSync(files[index]));
      // The fast parser takes plain YAML; anything else goes to the yaml library, as in `vo`.
      const value = fastParse(text)?.value ?? parse(text);
      if (validate) validatorFor(kinds[index])(value);
      done++;
    }
  }
  return done;
}

if (isMainThread) {
  const root = process.argv[2] ?? '.';
  const validate = process.argv.includes('--validate');
  const { files, kinds } = recordFiles(root);
  const job = { files, kinds, counter: new SharedArrayBuffer(4), validate };
  const worker = new Worker(new URL(import.meta.url), { workerData: job });
  const theirs = new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const mine = work(job);
  const total = mine + (await theirs);
  process.stdout.write(`${total} files read and parsed${validate ? ' and validated' : ''} on two threads\n`);
} else {
  parentPort.postMessage(work(workerData));
}
