/**
 * The second core of a full load (parallel-load.ts): this worker thread takes
 * blocks of files from the end of the list while the main thread takes them
 * from the start, and loads each file with the main thread's own loadFile
 * (load-file.ts). It hands over only what is plain: a file the fast reader took
 * and that passed its schema, as its value and text. Anything else (a finding,
 * a read error, a file the fast reader leaves to eemeli/yaml) goes back as
 * `null`, and the main thread loads that file itself, with its own messages.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import type { DiscoveredFile } from './discover.js';
import { loadFile } from './load-file.js';
import { HandoverEncoder } from './handover-codec.js';
import { fastHandover } from './parse.js';
import { BLOCK_FILES, CLAIM_FREE, CLAIM_WORKER, POSTED, type BlockMessage, type ParseWorkerData, type PlainFile } from './parallel-load.js';

const { files, claims, control, port } = workerData as ParseWorkerData & { port: MessagePort };
const claim = new Int32Array(claims);
const ctl = new Int32Array(control);
const encoder = new HandoverEncoder();

for (let block = claim.length - 1; block >= 0; block--) {
  // The main thread goes forward: once it has a block, every block before it is its own.
  if (Atomics.compareExchange(claim, block, CLAIM_FREE, CLAIM_WORKER) !== CLAIM_FREE) break;
  const plain: (PlainFile | null)[] = [];
  const end = Math.min(files.length, (block + 1) * BLOCK_FILES);
  for (let i = block * BLOCK_FILES; i < end; i++) {
    const loaded = plainFile(files[i] as DiscoveredFile);
    plain.push(loaded !== undefined && encoder.add(loaded.value) ? { text: loaded.text, marks: loaded.marks } : null);
  }
  const values = encoder.take();
  const message: BlockMessage = { block, files: plain, values };
  port.postMessage(message, [values.codes.buffer]);
  Atomics.add(ctl, POSTED, 1);
  Atomics.notify(ctl, POSTED);
}
port.close();

/** The value of a file that loads without a finding through the fast reader, with its marks (and text, if they do not point at every node); anything else is the main thread's. */
function plainFile(entry: DiscoveredFile): (PlainFile & { value: unknown }) | undefined {
  try {
    // The language of messages does not matter: a file with any message goes back to the main thread.
    const { findings, record } = loadFile(entry, 'en', undefined);
    if (record === undefined || findings.length > 0) return undefined;
    const handover = fastHandover(record.source);
    return handover === undefined ? undefined : { value: record.value, ...handover };
  } catch {
    return undefined;
  }
}
