import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MessagePort, Worker } from 'node:worker_threads';
import type { DiscoveredFile } from './discover.js';
import { HandoverDecoder, type EncodedBlock } from './handover-codec.js';
import type { Interner } from './fast-yaml.js';
import { READ_AHEAD_MIN_FILES } from './read-ahead.js';

/**
 * Loading a large working tree on both cores: a worker thread (parse-worker.ts)
 * reads, parses and validates blocks of files from the end of the list while the
 * main thread does the same from the start, until they meet. The worker hands
 * over only files that load without a finding through the fast reader (value and
 * text); the main thread loads every other file itself and puts all results back
 * in file order, so the output is the same byte for byte as on one thread
 * (test/register/parallel-load.test.ts).
 */

/** Files per block: large enough that a message carries real work, small enough that the two threads meet evenly. */
export const BLOCK_FILES = 64;
export const CLAIM_FREE = 0;
export const CLAIM_WORKER = 1;
export const CLAIM_MAIN = 2;
/** Control word: blocks the worker has posted. */
export const POSTED = 0;
/** With no block posted for this long, the main thread loads the worker's share itself (a worker that died cannot say so). */
const PATIENCE_MS = 10_000;

export interface ParseWorkerData {
  files: readonly Pick<DiscoveredFile, 'kind' | 'file' | 'absolute'>[];
  /** One Int32 per block: who has it (CLAIM_*). */
  claims: SharedArrayBuffer;
  control: SharedArrayBuffer;
}

/** A file that loads without a finding through the fast reader: what the main thread needs to point into it later (its value comes encoded, handover-codec.ts). */
export interface PlainFile {
  /** Undefined when the marks point at every node (parse.ts fastHandover). */
  text: string | undefined;
  /** Where its nodes are (FastDocument.marks), when the fast reader could record them. */
  marks: string | undefined;
}

/** What the worker posts for a block: per file, the plain file, or null: load it yourself; and the plain files' values, in order. */
export interface BlockMessage {
  block: number;
  files: (PlainFile | null)[];
  values: EncodedBlock;
}

/** Hands over a plain file the worker loaded: its index in the list, value, text and marks. */
export type TakePlain = (index: number, value: unknown, text: string | undefined, marks: string | undefined) => void;

export interface ParallelLoad {
  readonly blocks: number;
  /** Whether block `block` is the main thread's to load (it claims a free one). */
  claim(block: number): boolean;
  /** How many blocks the worker has claimed so far. */
  workerBlocks(): number;
  /** Take what the worker has posted so far, without waiting. */
  drain(take: TakePlain): void;
  /** Wait for every block the worker has claimed; what it never posts (it died) stays the caller's. */
  finish(take: TakePlain): void;
  close(): void;
}

/** The worker as built (dist/register/parse-worker.js), from here and from the bundle (dist/bundle/): under the TypeScript sources of a test it does not exist, and nothing starts. */
export const PARSE_WORKER = new URL('../register/parse-worker.js', import.meta.url);

/**
 * `strings`: the register's string map, which keeps the worker's strings too; `patienceMs`: how long
 * `finish` waits for a block while none comes (a test of a worker that dies shortens it).
 */
export function startParseWorker(
  files: readonly DiscoveredFile[],
  strings: Interner,
  workerUrl: URL = PARSE_WORKER,
  patienceMs = PATIENCE_MS,
): ParallelLoad | undefined {
  // Below the threshold of reading ahead, a second thread (its start-up, about 0.1 s) costs more than it saves.
  if (files.length < READ_AHEAD_MIN_FILES || !existsSync(fileURLToPath(workerUrl))) return undefined;
  const blocks = Math.ceil(files.length / BLOCK_FILES);
  const claims = new SharedArrayBuffer(blocks * 4);
  const control = new SharedArrayBuffer(4);
  const claim = new Int32Array(claims);
  const ctl = new Int32Array(control);
  // Loaded here, not at start: a register below READ_AHEAD_MIN_FILES never needs a thread (docs/performance.md, round ten).
  const { MessageChannel, receiveMessageOnPort, Worker } = process.getBuiltinModule('node:worker_threads');
  const { port1, port2 } = new MessageChannel();
  const data: ParseWorkerData & { port: MessagePort } = {
    files: files.map(({ kind, file, absolute }) => ({ kind, file, absolute })),
    claims,
    control,
    port: port2,
  };
  let worker: Worker;
  try {
    worker = new Worker(workerUrl, { workerData: data, transferList: [port2] });
  } catch {
    port1.close();
    return undefined;
  }
  // A worker that fails to start never claims a block: the main thread then loads them all.
  worker.on('error', ignoreError);
  // The worker never keeps the process alive.
  worker.unref();
  /** Blocks taken from the worker's messages: one message per block it claimed. */
  let received = 0;
  // Blocks are decoded in the order they were posted: each may number strings the next ones use.
  const decoder = new HandoverDecoder(strings);
  const hand = (message: BlockMessage, take: TakePlain) => {
    received++;
    const first = message.block * BLOCK_FILES;
    decoder.begin(message.values);
    message.files.forEach((plain, offset) => {
      if (plain !== null) take(first + offset, decoder.next(), plain.text, plain.marks);
    });
  };
  const workerBlocks = () => {
    let claimed = 0;
    for (let block = 0; block < blocks; block++) if (Atomics.load(claim, block) === CLAIM_WORKER) claimed++;
    return claimed;
  };
  const drain = (take: TakePlain) => {
    for (let message = receiveMessageOnPort(port1); message !== undefined; message = receiveMessageOnPort(port1)) hand(message.message as BlockMessage, take);
  };
  return {
    blocks,
    // Free (now this thread's) or already this thread's: anything but the worker's.
    claim: (block) => Atomics.compareExchange(claim, block, CLAIM_FREE, CLAIM_MAIN) !== CLAIM_WORKER,
    workerBlocks,
    drain,
    finish(take) {
      // What is still free is this thread's (the caller loads it), so the worker stops at it.
      for (let block = 0; block < blocks; block++) Atomics.compareExchange(claim, block, CLAIM_FREE, CLAIM_MAIN);
      const claimed = workerBlocks();
      for (;;) {
        const posted = Atomics.load(ctl, POSTED);
        drain(take);
        if (received >= claimed) return;
        if (Atomics.wait(ctl, POSTED, posted, patienceMs) === 'timed-out' && Atomics.load(ctl, POSTED) === posted) return;
      }
    },
    close() {
      port1.close();
      void worker.terminate();
    },
  };
}

/**
 * The worker's error listener, outside startParseWorker: a listener made inside would share its
 * closures' scope, and the Worker keeps its listeners until its exit is handled, after the whole
 * (synchronous) run; the decoder's tables and the register's string map would stay in memory that long.
 */
function ignoreError(): void {}
