import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { MAX_FILE_BYTES } from './parse.js';

/** One buffer for every read of a thread: parseYamlFile keeps the decoded text, never the bytes. */
let readBuffer: Buffer | undefined;

/**
 * The bytes of a file of at most MAX_FILE_BYTES, or its size when larger: a
 * huge file is never read whole (docs/security.md), and no stat call is made per file.
 * The bytes are valid until the next call.
 */
export function readBounded(path: string): Uint8Array | { size: number } {
  readBuffer ??= Buffer.allocUnsafe(MAX_FILE_BYTES + 1);
  // Non-blocking: should a named pipe take a record file's place after discovery skipped it, opening it must not hang.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    let length = 0;
    while (length < readBuffer.length) {
      const wanted = readBuffer.length - length;
      const read = readSync(fd, readBuffer, length, wanted, null);
      length += read;
      // A short read of a regular file is its end: no second call to learn that (one system call less per file).
      if (read < wanted) break;
    }
    if (length > MAX_FILE_BYTES) return { size: fstatSync(fd).size };
    return readBuffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
