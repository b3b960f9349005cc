import { UsageError } from '../errors.js';
import { gitText } from '../i18n/git.js';
import type { Repository } from './repository.js';
import { firstLine, runGit } from './run-git.js';

/**
 * The content of many blobs from one `git cat-file --batch` process: the
 * object names go in on standard input, never as arguments, and each answer
 * is `<name> blob <size>\n<content>\n`. One process for a whole register
 * instead of one per file (10 000 spawns would take minutes).
 */
export function readBlobs(repo: Repository, objects: readonly string[], totalBytes: number): Map<string, Uint8Array> {
  const unique = [...new Set(objects)];
  const blobs = new Map<string, Uint8Array>();
  if (unique.length === 0) return blobs;
  const result = runGit(['cat-file', '--batch'], {
    ...repo,
    input: unique.map((object) => `${object}\n`).join(''),
    maxBuffer: totalBytes + unique.length * 100 + 1024 * 1024,
  });
  if (result.status !== 0) throw new UsageError(gitText(repo.lang).failed('cat-file', firstLine(result.stderr)));
  const out = result.stdout;
  let at = 0;
  while (at < out.length) {
    const newline = out.indexOf(0x0a, at);
    if (newline < 0) break;
    const [object, type, size] = out.subarray(at, newline).toString('latin1').split(' ');
    at = newline + 1;
    if (type === 'missing' || object === undefined || size === undefined) continue; // e.g. a partial clone without that blob
    const length = Number(size);
    // A copy, so the large output buffer can be freed once every file is parsed.
    blobs.set(object, Uint8Array.prototype.slice.call(out, at, at + length));
    at += length + 1;
  }
  return blobs;
}
