/**
 * A snapshot of a folder tree, to prove that commands leave a register byte for
 * byte as it was (SPEC §8): every entry's kind, mode, size, modification time and
 * content hash, or link target; links are recorded, never followed.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

export type Snapshot = Record<string, string>;

export function snapshotTree(root: string): Snapshot {
  const result: Snapshot = {};
  const walk = (dir: string, rel: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const key = rel === '' ? name : `${rel}/${name}`;
      const stats = lstatSync(path);
      const meta = `mode ${stats.mode.toString(8)} mtime ${stats.mtimeMs}`;
      if (stats.isSymbolicLink()) result[key] = `link -> ${readlinkSync(path)} ${meta}`;
      else if (stats.isDirectory()) {
        result[key] = `dir ${meta}`;
        if ((stats.mode & 0o500) === 0o500) walk(path, key);
      } else if ((stats.mode & 0o400) === 0) result[key] = `unreadable ${meta} size ${stats.size}`;
      else result[key] = `file ${createHash('sha256').update(readFileSync(path)).digest('hex')} ${meta}`;
    }
  };
  walk(root, '');
  return result;
}
