import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { forgetTemporary, rememberTemporary } from './signal-cleanup.js';

export class FileExistsError extends Error {
  constructor(readonly path: string) {
    super(`file exists: ${path}`);
  }
}

/** The calls the writer makes, so a test can play a full disk or a failing device without root or a mount. */
export type WriterFs = Pick<
  typeof nodeFs,
  'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'linkSync' | 'renameSync' | 'unlinkSync'
>;

export interface WriteOptions {
  force?: boolean;
  /** Default: node:fs. */
  fs?: WriterFs;
}

/**
 * Write a file atomically (docs/security.md): the content goes to a temporary file in the
 * same folder, every byte of it (a write may take only part of what it is given),
 * is flushed to the disk, and only then takes the final name. Without `force` it
 * is linked into place, which fails when the name is taken, so an existing file
 * is never touched, not even in a race. On any failure (a full disk, a failing
 * device) the temporary file is removed and the error thrown: the target is then
 * either untouched or complete, never truncated.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array | Iterable<string>, options: WriteOptions = {}): void {
  const fs = options.fs ?? nodeFs;
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const fd = fs.openSync(temporary, 'wx');
  rememberTemporary(temporary);
  try {
    try {
      // Text given in pieces (a long report) is written piece by piece, never joined.
      if (typeof content === 'string') writeAll(fs, fd, Buffer.from(content, 'utf8'));
      else if (content instanceof Uint8Array) writeAll(fs, fd, content);
      else for (const piece of content) writeAll(fs, fd, Buffer.from(piece, 'utf8'));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (options.force) {
      fs.renameSync(temporary, path);
      return;
    }
    try {
      fs.linkSync(temporary, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(path);
      throw error;
    }
    fs.unlinkSync(temporary);
  } catch (error) {
    try {
      fs.unlinkSync(temporary);
    } catch {
      // already renamed or removed
    }
    throw error;
  } finally {
    forgetTemporary(temporary);
  }
}

/** `write(2)` may write fewer bytes than asked (a nearly full disk, a signal): go on until all are written. */
function writeAll(fs: WriterFs, fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.byteLength) {
    const written = fs.writeSync(fd, bytes, offset, bytes.byteLength - offset);
    if (written <= 0) throw Object.assign(new Error('write made no progress'), { code: 'EIO' });
    offset += written;
  }
}
