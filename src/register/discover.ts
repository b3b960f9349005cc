import { readdirSync, readlinkSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { compareStrings, type Finding } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { registerText } from '../i18n/register.js';
import type { RecordKind } from './types.js';

/** The folder of each kind of record (docs/format.md); files may sit at any depth below it. */
export const KIND_FOLDERS: Record<RecordKind, string> = {
  agreement: 'agreements',
  evaluation: 'evaluations',
  incident: 'incidents',
};

export interface DiscoveredFile {
  kind: RecordKind;
  /** Relative to the root, `/` separators. */
  file: string;
  absolute: string;
}

export interface Discovery {
  files: DiscoveredFile[];
  findings: Finding[];
}

const YAML_FILE = /\.ya?ml$/;

/**
 * Find the record files under the three folders. Dot-files and dot-folders are
 * skipped; symbolic links are followed only while they stay inside the register,
 * and never round a loop (docs/security.md).
 */
export function discoverFiles(root: string, lang: Lang): Discovery {
  const text = registerText(lang);
  const realRoot = realpathSync(root);
  const files: DiscoveredFile[] = [];
  const findings: Finding[] = [];
  const toRel = (path: string) => relative(root, path).split(sep).join('/');
  const problem = (path: string, message: string) =>
    findings.push({ rule: 'yaml-syntax', severity: 'error', message, file: toRel(path), line: 1, column: 1 });

  /** Where a symbolic link leads, when it may be followed: inside the register and not round a loop. */
  const follow = (path: string, name: string, visited: Set<string>): Stats | undefined => {
    try {
      const target = realpathSync(path);
      if (target !== realRoot && !target.startsWith(realRoot + sep)) {
        // Name the link as written, not the resolved path, so the message is the same on every machine.
        if (YAML_FILE.test(name) || statSync(path).isDirectory()) problem(path, text.symlinkOutside(readlinkSync(path)));
        return undefined;
      }
      const stats = statSync(path);
      if (stats.isDirectory() && visited.has(target)) {
        problem(path, text.symlinkLoop());
        return undefined;
      }
      return stats;
    } catch (error) {
      // A dangling or looping link, or a vanished entry.
      if (YAML_FILE.test(name)) problem(path, text.unreadable(reason(error)));
      return undefined;
    }
  };

  const walk = (kind: RecordKind, dir: string, relDir: string, visited: Set<string>): void => {
    let entries: Dirent[];
    try {
      // The entry types come with the listing (d_type), so most entries need no stat call.
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareStrings(a.name, b.name));
    } catch (error) {
      problem(dir, text.unreadable(reason(error)));
      return;
    }
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith('.')) continue;
      const path = `${dir}${sep}${name}`; // join() without its normalising: dir is normalised and name has no separator
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      let special = specialKind(entry);
      if (entry.isSymbolicLink()) {
        const stats = follow(path, name, visited);
        if (stats === undefined) continue;
        isDirectory = stats.isDirectory();
        isFile = stats.isFile();
        special = specialKind(stats);
      }
      // A named pipe, socket or device with a record's name is never opened (reading a pipe blocks), but said.
      if (special !== undefined && YAML_FILE.test(name)) {
        problem(path, text.notRegular(special));
        continue;
      }
      if (isDirectory) {
        let real: string;
        try {
          real = realpathSync(path);
        } catch (error) {
          problem(path, text.unreadable(reason(error))); // vanished while we looked
          continue;
        }
        walk(kind, path, `${relDir}/${name}`, new Set(visited).add(real));
      } else if (isFile && YAML_FILE.test(name)) {
        files.push({ kind, file: `${relDir}/${name}`, absolute: path }); // what toRel(path) gives, without path.relative per file
      }
    }
  };

  for (const [kind, folder] of Object.entries(KIND_FOLDERS) as [RecordKind, string][]) {
    const dir = join(root, folder);
    let isDir = false;
    try {
      isDir = statSync(dir).isDirectory();
    } catch {
      isDir = false; // a register may lack a folder, e.g. before its first incident
    }
    if (!isDir) continue;
    const real = realpathSync(dir);
    // The folder itself may be a link: the same rule as for links below it.
    if (real !== realRoot && !real.startsWith(realRoot + sep)) problem(dir, text.symlinkOutside(linkText(dir, folder)));
    else walk(kind, dir, folder, new Set([real]));
  }
  files.sort((a, b) => compareStrings(a.file, b.file));
  return { files, findings };
}

/** What a non-regular, non-folder entry is, from the listing or a link's target. */
function specialKind(entry: Dirent | Stats): 'fifo' | 'socket' | 'device' | undefined {
  if (entry.isFIFO()) return 'fifo';
  if (entry.isSocket()) return 'socket';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'device';
  return undefined;
}

/** What a link says (its own text), or `fallback` when the path is no link itself. */
function linkText(path: string, fallback: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return fallback;
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code ?? (error as Error).message;
}
