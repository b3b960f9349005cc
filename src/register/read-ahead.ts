import type { Worker } from 'node:worker_threads';
import { Buffer } from 'node:buffer';
import { scanFromWords, scanRange, SCAN_WORDS, type ScopeScan } from './scope-scan.js';

/**
 * Reading every file of a large register on the second core while the main
 * thread parses and validates: a worker thread opens and reads the files, in
 * the order given, into a shared ring buffer, and `next()` hands the main thread
 * each file's bytes as they arrive, waiting (Atomics.wait) when it is ahead.
 * The files are parsed in the same order as without it, so the output is the
 * same byte for byte (test/register/read-ahead.test.ts).
 *
 * Anything out of the ordinary (a file over the size limit, a read error, a
 * file larger than the ring) is left to the caller: `next()` says `undefined`
 * and the main thread reads that file itself, with its own messages.
 */
export interface ReadAhead {
  /** The bytes of the next file (valid until the next call), or undefined: read it yourself. */
  next(): Uint8Array | undefined;
  /** The scope scan of the file the last `next()` gave, when the reader made it (`scan` of startReadAhead); else undefined. */
  lastScan(): ScopeScan | undefined;
  /** Stop the worker (also when not every file was asked for). */
  close(): void;
}

/** Below this many files a worker costs more than it saves. */
export const READ_AHEAD_MIN_FILES = 2000;

const RING_BYTES = 16 * 1024 * 1024;
const SLOTS = 4096;
/** Control words: files published by the worker, files consumed by the main thread, stop request. */
const PUBLISHED = 0;
const CONSUMED = 1;
const STOP = 2;
/** With no file published for this long, the main thread reads the rest itself (a worker that died cannot say so). */
const PATIENCE_MS = 10_000;
/** Slot words: start in the ring (or -1: read it yourself), length, then the scope scan (scanRange's words). */
const FALLBACK = -1;
const SLOT_WORDS = 2 + SCAN_WORDS;

/** The worker, as source text: the same in the built tool and in tests that run the TypeScript. */
const WORKER = `
(function () {
const { workerData } = require('node:worker_threads');
const { openSync, readSync, closeSync, constants } = require('node:fs');
const { paths, ring, control, slots, maxBytes, scan } = workerData;
const data = new Uint8Array(ring);
const ctl = new Int32Array(control);
const slot = new Int32Array(slots);
const SLOT_WORDS = ${SLOT_WORDS};
const SLOTS = slot.length / SLOT_WORDS;
${scanRange.toString()}
let write = 0;        // next free byte in the ring
// Where each file not yet consumed starts, oldest first (a queue: head moves on, nothing is shifted).
const startOf = new Int32Array(paths.length);
let head = 0;         // the oldest file that may still be in use
for (let i = 0; i < paths.length; i++) {
  // Wait for a free slot.
  while (i - Atomics.load(ctl, 1) >= SLOTS) {
    if (Atomics.load(ctl, 2) === 1) return;
    Atomics.wait(ctl, 1, Atomics.load(ctl, 1), 50);
  }
  if (Atomics.load(ctl, 2) === 1) break;
  let start = -1, length = 0;
  let fd = -1;
  try {
    fd = openSync(paths[i], constants.O_RDONLY | constants.O_NONBLOCK);
    // Room for a file of the largest size allowed plus one byte: contiguous, from write or from 0.
    const need = maxBytes + 1;
    for (;;) {
      const consumed = Atomics.load(ctl, 1);
      if (head < consumed) head = consumed;
      while (head < i && startOf[head] === -1) head++;
      const oldest = head < i ? startOf[head] : -1;
      if (oldest === -1) { if (write + need > data.length) write = 0; start = write; break; }
      if (write >= oldest) {
        if (write + need <= data.length) { start = write; break; }
        if (need < oldest) { write = 0; start = 0; break; }
      } else if (write + need < oldest) { start = write; break; }
      if (Atomics.load(ctl, 2) === 1) return; // the finally below closes the file
      Atomics.wait(ctl, 1, consumed, 50);
    }
    for (;;) {
      const wanted = need - length;
      const read = readSync(fd, data, start + length, wanted, null);
      length += read;
      // A short read of a regular file is its end (as in read-bounded.ts): no second call to learn that.
      if (read < wanted || length === need) break;
    }
    if (length > maxBytes) start = -1; // too large: the main thread says so
  } catch {
    start = -1;
  } finally {
    if (fd !== -1) closeSync(fd);
  }
  const s = (i % SLOTS) * SLOT_WORDS;
  slot[s] = start;
  slot[s + 1] = length;
  if (scan && start !== -1) scanRange(data, start, start + length, slot, s + 2);
  startOf[i] = start;
  if (start !== -1) write = start + length;
  Atomics.store(ctl, 0, i + 1);
  Atomics.notify(ctl, 0);
}
})();
`;

/**
 * Start reading `paths` (absolute) on `threads` worker threads; `maxBytes` is the
 * size limit of one file. More than one thread pays only where the main thread
 * waits for the reading (the scan of a scoped load): each reads every n-th file
 * into its own ring, and `next()` takes them in turn, so the order stays the same.
 * With `scan`, the threads also scan each file they read for a scoped load
 * (scope-scan.ts, `scanRange`), and `lastScan()` gives the result.
 */
export function startReadAhead(paths: readonly string[], maxBytes: number, threads = 1, scan = false): ReadAhead | undefined {
  if (paths.length < READ_AHEAD_MIN_FILES || maxBytes + 1 > RING_BYTES / 4) return undefined;
  if (threads > 1) {
    const parts = Array.from({ length: threads }, (_, t) => paths.filter((_, i) => i % threads === t));
    const readers = parts.map((part) => startReader(part, maxBytes, scan));
    if (readers.some((reader) => reader === undefined)) {
      for (const reader of readers) reader?.close();
      return startReader(paths, maxBytes, scan);
    }
    let index = 0;
    let last: ReadAhead | undefined;
    return {
      next: () => {
        last = readers[index++ % threads] as ReadAhead;
        return last.next();
      },
      lastScan: () => last?.lastScan(),
      close: () => {
        for (const reader of readers) reader?.close();
      },
    };
  }
  return startReader(paths, maxBytes, scan);
}

function startReader(paths: readonly string[], maxBytes: number, scan: boolean): ReadAhead | undefined {
  const ring = new SharedArrayBuffer(RING_BYTES);
  const control = new SharedArrayBuffer(3 * 4);
  const slots = new SharedArrayBuffer(SLOTS * SLOT_WORDS * 4);
  // A Buffer view: what it hands out is a Buffer, which the scan and the parser use without wrapping.
  const data = Buffer.from(ring);
  const ctl = new Int32Array(control);
  const slot = new Int32Array(slots);
  let worker: Worker;
  try {
    // Loaded here, not at start: a small register reads on the main thread alone.
    const { Worker } = process.getBuiltinModule('node:worker_threads');
    worker = new Worker(WORKER, { eval: true, workerData: { paths, ring, control, slots, maxBytes, scan }, stdout: false, stderr: false });
  } catch {
    return undefined;
  }
  // Bound to this state only, not a closure over this scope (parallel-load.ts, ignoreError): the Worker keeps its listener until its exit is handled.
  const state = { failed: false };
  worker.on('error', markFailed.bind(undefined, state));
  // The worker never keeps the process alive: a finished run exits even when it is still reading.
  worker.unref();
  let index = 0;
  /** The slot and bytes of the file the last next() gave (undefined: none, or read it yourself). */
  let lastSlot = -1;
  let lastBytes: Uint8Array | undefined;
  return {
    next() {
      lastSlot = -1;
      lastBytes = undefined;
      const i = index++;
      if (i > 0) {
        Atomics.store(ctl, CONSUMED, i);
        Atomics.notify(ctl, CONSUMED);
      }
      if (i >= paths.length || state.failed) return undefined;
      // Wait until the worker has published file i. Its 'error' event cannot arrive while this loop runs:
      // a worker that stops publishing leaves the rest to the caller.
      while (Atomics.load(ctl, PUBLISHED) <= i) {
        if (Atomics.wait(ctl, PUBLISHED, Atomics.load(ctl, PUBLISHED), PATIENCE_MS) === 'timed-out' && Atomics.load(ctl, PUBLISHED) <= i) {
          state.failed = true;
          return undefined;
        }
      }
      const at = (i % SLOTS) * SLOT_WORDS;
      const start = slot[at] as number;
      const length = slot[at + 1] as number;
      if (start === FALLBACK) return undefined;
      lastSlot = at;
      lastBytes = data.subarray(start, start + length);
      return lastBytes;
    },
    lastScan: () => (scan && lastBytes !== undefined ? scanFromWords(lastBytes, slot, lastSlot + 2) : undefined),
    close() {
      Atomics.store(ctl, STOP, 1);
      Atomics.store(ctl, CONSUMED, paths.length);
      Atomics.notify(ctl, CONSUMED);
      void worker.terminate();
    },
  };
}

function markFailed(state: { failed: boolean }): void {
  state.failed = true;
}
