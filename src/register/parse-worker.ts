/**
 * The second core of a full load (parallel-load.ts): this worker thread takes
 * blocks of files from the end of the list while the main thread takes them
 * from the start, and reads, parses and validates each file exactly as the main
 * thread would. It hands over only what is plain: a file the fast reader took
 * and that passed its schema, as its value and text. Anything else (a finding,
 * a read error, a file the fast reader leaves to eemeli/yaml) goes back as
 * `null`, and the main thread loads that file itself, with its own messages.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { recordSchemaFindings } from '../schema/record-findings.js';
import { fastSourceText, parseYamlFile } from './parse.js';
import { readBounded } from './read-bounded.js';
import { BLOCK_FILES, CLAIM_FREE, CLAIM_WORKER, POSTED, type BlockMessage, type ParseWorkerData, type PlainFile } from './parallel-load.js';

const { files, claims, control, port } = workerData as ParseWorkerData & { port: MessagePort };
const claim = new Int32Array(claims);
const ctl = new Int32Array(control);

for (let block = claim.length - 1; block >= 0; block--) {
  // The main thread goes forward: once it has a block, every block before it is its own.
  if (Atomics.compareExchange(claim, block, CLAIM_FREE, CLAIM_WORKER) !== CLAIM_FREE) break;
  const message: BlockMessage = { block, files: [] };
  const end = Math.min(files.length, (block + 1) * BLOCK_FILES);
  for (let i = block * BLOCK_FILES; i < end; i++) message.files.push(plainFile(files[i] as ParseWorkerData['files'][number]) ?? null);
  port.postMessage(message);
  Atomics.add(ctl, POSTED, 1);
  Atomics.notify(ctl, POSTED);
}
port.close();

/** The value and text of a file that loads without a finding through the fast reader; anything else is the main thread's. */
function plainFile(entry: ParseWorkerData['files'][number]): PlainFile | undefined {
  try {
    const bytes = readBounded(entry.absolute);
    if (!(bytes instanceof Uint8Array)) return undefined;
    // The language of messages does not matter: a file with any message goes back to the main thread.
    const parsed = parseYamlFile(entry.file, bytes, 'en');
    if (!parsed.ok) return undefined;
    const text = fastSourceText(parsed.source);
    if (text === undefined || parsed.value === null) return undefined;
    if (recordSchemaFindings(entry.kind, parsed.value, parsed.source, 'en').length > 0) return undefined;
    return { value: parsed.value, text };
  } catch {
    return undefined;
  }
}
