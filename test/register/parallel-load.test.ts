/**
 * A large working tree is loaded on both cores (src/register/parallel-load.ts):
 * a worker thread reads, parses and validates blocks of files from the end while
 * the main thread works from the start. It must change nothing a user sees: the
 * same findings, records and order as on one thread, with every odd file (broken,
 * invalid, too large, UTF-16, outside the fast reader) loaded by the main thread
 * with its own messages. The worker runs as built (dist/), so the build must be
 * current: builtVo() says so clearly when it is not.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assess.js';
import { json } from '../../src/format/json.js';
import { discoverFiles } from '../../src/register/discover.js';
import { loadRegister, type LoadOptions } from '../../src/register/load.js';
import { createInterner } from '../../src/register/fast-yaml.js';
import { BLOCK_FILES, startParseWorker, type ParallelLoad } from '../../src/register/parallel-load.js';
import { READ_AHEAD_MIN_FILES } from '../../src/register/read-ahead.js';
import { MAX_FILE_BYTES } from '../../src/register/parse.js';
// @ts-expect-error -- a plain JavaScript module of the benchmark
import { generateRegister } from '../../bench/generate.js';
import { builtVo } from '../helpers/built-vo.js';
import { tempDir } from '../helpers/run-cli.js';
import { context } from '../format/canned-findings.js';

const AS_OF = '2026-10-01';
let root = '';
let worker: URL;
let evaluationNotFast = '';

beforeAll(() => {
  worker = pathToFileURL(join(dirname(builtVo()), '..', 'dist', 'register', 'parse-worker.js'));
  root = join(tempDir(), 'register');
  generateRegister(root, 500);
  // Odd files spread over the list, so that both threads meet some of them.
  const evaluations = readdirSync(join(root, 'evaluations'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml')).sort();
  const odd = (n: number) => join(root, 'evaluations', evaluations[n] as string);
  writeFileSync(odd(5), 'id: [unclosed\n'); // a YAML error
  writeFileSync(odd(40), readFileSync(odd(40), 'utf8').replace(/^id: .*$/m, 'id: 12')); // a schema error
  writeFileSync(odd(300), Buffer.alloc(MAX_FILE_BYTES + 1, 120)); // too large
  writeFileSync(odd(700), Buffer.from(`\ufeff${readFileSync(odd(700), 'utf8')}`, 'utf16le')); // UTF-16
  evaluationNotFast = evaluations[evaluations.length - 3] as string;
  writeFileSync(odd(evaluations.length - 3), `---\n${readFileSync(odd(evaluations.length - 3), 'utf8')}`); // valid, but not for the fast reader
  // The worker always takes the last block first: odd files there.
  const incidents = readdirSync(join(root, 'incidents'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml')).sort();
  const last = (n: number) => join(root, 'incidents', incidents[incidents.length - n] as string);
  writeFileSync(last(1), `---\n${readFileSync(last(1), 'utf8')}`);
  writeFileSync(last(2), readFileSync(last(2), 'utf8').replace(/^status: .*$/m, 'status: misschien'));
  writeFileSync(last(4), 'id: "unclosed\n');
  mkdirSync(join(root, 'agreements', 'extra'), { recursive: true });
  writeFileSync(join(root, 'agreements', 'extra', 'zz-leeg.yaml'), ''); // empty, at the very end of the list
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Findings as `vo check --format json` gives them, and every record with its file and value. */
function outputs(options: Partial<LoadOptions>, scope?: LoadOptions['scope']) {
  const register = loadRegister(root, { lang: 'nl', ...options, ...(scope ? { scope } : {}) });
  const assessment = assess(register, AS_OF, 'nl', scope);
  return {
    files: register.files.length,
    findings: json(assessment.findings, context({ asOf: AS_OF, fileCount: assessment.fileCount })),
    records: JSON.stringify([register.agreements, register.evaluations, register.incidents].map((list) => list.map((r) => [r.file, r.value]))),
  };
}

/** Wait (at most 10 s, without giving up the thread) until the worker has claimed `count` blocks. */
function waitForWorkerBlocks(parallel: ParallelLoad, count: number): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; parallel.workerBlocks() < count && waited < 10_000; waited += 10) Atomics.wait(pause, 0, 0, 10);
}

describe('loading on both cores', () => {
  it('has the worker load a real share of the files, handing over only the plain ones', () => {
    const discovery = discoverFiles(root, 'nl');
    expect(discovery.files.length).toBeGreaterThan(READ_AHEAD_MIN_FILES);
    const parallel = startParseWorker(discovery.files, createInterner(), worker);
    expect(parallel).toBeDefined();
    if (parallel === undefined) return;
    // Give the worker time to start and take a few blocks from the end; then this thread takes the rest.
    waitForWorkerBlocks(parallel, 3);
    const mine = new Set<number>();
    for (let block = 0; block < parallel.blocks; block++) if (parallel.claim(block)) mine.add(block);
    const theirs = parallel.blocks - mine.size;
    expect(theirs).toBeGreaterThanOrEqual(3);
    const taken: number[] = [];
    parallel.finish((index, value, text, marks) => {
      taken.push(index);
      // Where every node is, recorded while the worker read the file: the text need not come along.
      expect(typeof marks).toBe('string');
      expect(text).toBeUndefined();
      expect(value).toBeTypeOf('object');
    });
    parallel.close();
    // Every file of the worker's blocks comes back, except the one outside the fast reader; none of this thread's.
    const inTheirs = discovery.files.map((_, index) => index).filter((index) => !mine.has(Math.floor(index / BLOCK_FILES)));
    const notFast = discovery.files.findIndex((f) => f.file.endsWith(evaluationNotFast));
    expect(inTheirs).toContain(notFast);
    const odd = new Set([notFast, discovery.files.length - 1, discovery.files.length - 2, discovery.files.length - 4]);
    expect(taken.sort((a, b) => a - b)).toEqual(inTheirs.filter((index) => !odd.has(index)));
  });

  it('gives the same findings and records as one thread, for a full and a scoped load', () => {
    const one = outputs({ readAhead: false });
    expect(one.files).toBeGreaterThan(READ_AHEAD_MIN_FILES);
    for (const rule of ['yaml-syntax', 'schema']) expect(one.findings).toContain(`"rule": "${rule}"`);
    expect(one.findings).toContain('UTF-16');
    expect(outputs({ parseWorker: worker })).toEqual(one);
    const agreement = readdirSync(join(root, 'agreements')).filter((f) => f.endsWith('.yaml')).sort()[3]?.replace(/\.yaml$/, '') ?? '';
    for (const scope of [{ department: 'burgerzaken' }, { agreement }]) {
      expect(outputs({ parseWorker: worker }, scope)).toEqual(outputs({ readAhead: false }, scope));
    }
  });

  it('stops waiting for a worker that claimed blocks and died, leaving their files to the main thread', () => {
    const dying = pathToFileURL(join(tempDir(), 'dying-worker.js'));
    // Claims the last two blocks as the real worker would, then ends without posting them.
    writeFileSync(
      dying,
      "import { workerData } from 'node:worker_threads';\nconst claims = new Int32Array(workerData.claims);\nAtomics.store(claims, claims.length - 1, 1);\nAtomics.store(claims, claims.length - 2, 1);\n",
    );
    const discovery = discoverFiles(root, 'nl');
    const parallel = startParseWorker(discovery.files, createInterner(), dying, 300);
    expect(parallel).toBeDefined();
    if (parallel === undefined) return;
    waitForWorkerBlocks(parallel, 2);
    expect(parallel.workerBlocks()).toBe(2);
    const mine = Array.from({ length: parallel.blocks }, (_, block) => parallel.claim(block)).filter(Boolean).length;
    expect(mine).toBe(parallel.blocks - 2);
    const started = Date.now();
    const taken: number[] = [];
    parallel.finish((index) => taken.push(index));
    parallel.close();
    // finish came back after its patience, with nothing taken: the caller loads those files itself.
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(taken).toEqual([]);
  });

  it('loads everything on the main thread when the worker cannot start', () => {
    const missing = pathToFileURL(join(tempDir(), 'no-such-worker.js'));
    const failing = pathToFileURL(join(tempDir(), 'failing-worker.js'));
    writeFileSync(failing, "throw new Error('no worker today');\n");
    const one = outputs({ readAhead: false });
    expect(outputs({ parseWorker: missing })).toEqual(one);
    expect(outputs({ parseWorker: failing })).toEqual(one);
  });
});
