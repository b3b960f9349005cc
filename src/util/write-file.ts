import { closeSync, fsyncSync, linkSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class FileExistsError extends Error {
  constructor(readonly path: string) {
    super(`file exists: ${path}`);
  }
}

/**
 * Write a file atomically (SPEC §8): the content goes to a temporary file in the
 * same folder, which then takes the final name. Without `force` it is linked
 * into place, which fails when the name is taken, so an existing file is never
 * touched, not even in a race.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, options: { force?: boolean } = {}): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const fd = openSync(temporary, 'wx');
  try {
    writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    if (options.force) {
      renameSync(temporary, path);
      return;
    }
    try {
      linkSync(temporary, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(path);
      throw error;
    }
    unlinkSync(temporary);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // already renamed or removed
    }
    throw error;
  }
}
