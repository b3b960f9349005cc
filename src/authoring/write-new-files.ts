import { lstatSync, mkdirSync, rmdirSync, unlinkSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { writeFileAtomic } from '../util/write-file.js';

/** A file to create, relative to a root folder with `/` separators. */
export interface NewFile {
  path: string;
  content: string;
}

/** A record of `vo new`, with what the user should know about it (printed on stderr once it is written). */
export interface NewRecord extends NewFile {
  notices?: string[];
}

export class NewFilesExistError extends Error {
  constructor(readonly paths: string[]) {
    super(`files exist: ${paths.join(', ')}`);
  }
}

function exists(path: string): boolean {
  try {
    lstatSync(path); // lstat: a dangling symbolic link is taken too
    return true;
  } catch {
    return false;
  }
}

/**
 * Create every file or none (docs/security.md: vo init and vo new only create, never
 * overwrite). Every target is checked before anything is written; each file
 * is then written atomically without force, so a file that appears in the
 * meantime is still never touched, and what was written so far is removed
 * again, folders included.
 */
export function writeNewFiles(root: string, files: readonly NewFile[]): void {
  const taken = files.filter((f) => exists(join(root, ...f.path.split('/')))).map((f) => f.path);
  if (taken.length > 0) throw new NewFilesExistError(taken);

  const written: string[] = [];
  const createdDirs: string[] = [];
  try {
    for (const file of files) {
      const absolute = join(root, ...file.path.split('/'));
      const first = mkdirSync(dirname(absolute), { recursive: true });
      if (first !== undefined) createdDirs.push(first);
      writeFileAtomic(absolute, file.content);
      written.push(absolute);
    }
  } catch (error) {
    for (const path of written.reverse()) unlinkQuietly(path);
    for (const dir of createdDirs.reverse()) removeEmptyTree(dir, written);
    throw error;
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // gone already
  }
}

/** Remove the folders this run created, deepest first, while they are empty. */
function removeEmptyTree(top: string, written: readonly string[]): void {
  const dirs = new Set<string>();
  for (const file of written) {
    for (let dir = dirname(file); dir === top || dir.startsWith(top + sep); dir = dirname(dir)) dirs.add(dir);
  }
  dirs.add(top);
  for (const dir of [...dirs].sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(dir);
    } catch {
      // not empty, or gone
    }
  }
}
