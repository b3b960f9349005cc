import { posix } from 'node:path';
import { compareStrings, type Finding } from '../findings.js';
import { gitText } from '../i18n/git.js';
import type { Lang } from '../i18n/lang.js';
import { registerText } from '../i18n/register.js';
import { CONFIG_FILE } from '../register/config.js';
import { KIND_FOLDERS, type DiscoveredFile } from '../register/discover.js';
import type { FileSource } from '../register/file-source.js';
import { MAX_FILE_BYTES } from '../register/parse.js';
import type { RecordKind } from '../register/types.js';
import { readBlobs } from './read-blobs.js';
import type { Repository } from './repository.js';
import { gitOutput } from './run-git.js';

/** One entry of `git ls-tree -r -l`: a file (or link) of the commit, relative to the register root. */
interface TreeEntry {
  mode: string;
  object: string;
  size: number;
  path: string;
}

export interface TreeRegister {
  /** The config's bytes at that commit; absent when the commit has no register here yet. */
  config?: Uint8Array;
  source: FileSource;
}

const YAML_FILE = /\.ya?ml$/;
const LINK = '120000';
const KIND_OF_FOLDER = new Map(Object.entries(KIND_FOLDERS).map(([kind, folder]) => [folder, kind as RecordKind]));

/**
 * The register's files as they were in `commit`, without touching the working
 * tree, the index or HEAD: one `git ls-tree` for the names and one
 * `git cat-file --batch` for every blob. git runs in the register's folder, so
 * `ls-tree` lists that folder only, with paths relative to it (a register in a
 * subfolder of the repository reads the same as one at its top).
 *
 * The same rules as the working tree apply: dot-files and dot-folders are
 * skipped, files over 1 MiB are never read, and a symbolic link is followed
 * only to a file inside the register.
 */
export function treeRegister(repo: Repository, commit: string): TreeRegister {
  const entries = listTree(repo, commit);
  const byPath = new Map(entries.map((entry) => [entry.path, entry]));
  const findings: Finding[] = [];
  const files: { discovered: DiscoveredFile; entry: TreeEntry }[] = [];
  const links = readLinks(repo, entries.filter((e) => e.mode === LINK && (e.path === CONFIG_FILE || recordKind(e.path) !== undefined)));

  const configEntry = followLink(byPath.get(CONFIG_FILE), byPath, links);
  for (const entry of entries) {
    const kind = recordKind(entry.path);
    if (kind === undefined) continue;
    const target = entry.mode === LINK ? linkTarget(entry, byPath, links, findings, repo.lang) : entry;
    if (target === undefined || !YAML_FILE.test(entry.path)) continue;
    files.push({ discovered: { kind, file: entry.path, absolute: `${commit}:${entry.path}` }, entry: target });
  }
  const wanted = [...files.map((f) => f.entry), ...(configEntry ? [configEntry] : [])].filter((e) => e.size <= MAX_FILE_BYTES);
  const blobs = readBlobs(repo, wanted.map((e) => e.object), wanted.reduce((sum, e) => sum + e.size, 0));
  const entryOf = new Map(files.map((f) => [f.discovered.file, f.entry]));
  const source: FileSource = {
    discover: () => ({ files: files.map((f) => f.discovered), findings }),
    read: (discovered) => {
      const entry = entryOf.get(discovered.file);
      if (entry === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      if (entry.size > MAX_FILE_BYTES) return { size: entry.size };
      const bytes = blobs.get(entry.object);
      if (bytes === undefined) throw Object.assign(new Error('missing object'), { code: 'ENOENT' });
      return bytes;
    },
  };
  const config = configEntry !== undefined ? blobs.get(configEntry.object) : undefined;
  return { ...(config !== undefined ? { config } : {}), source };
}

function listTree(repo: Repository, commit: string): TreeEntry[] {
  // -z: names exactly as stored, never quoted; -l: sizes, so large files are refused unread.
  const output = gitOutput(['ls-tree', '-r', '-z', '-l', '--end-of-options', commit], { ...repo, maxBuffer: 1024 * 1024 * 1024 });
  const entries: TreeEntry[] = [];
  for (const record of output.toString('utf8').split('\0')) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, object, size] = record.slice(0, tab).split(/ +/);
    if (type !== 'blob' || mode === undefined || object === undefined) continue; // submodules are commits: not ours
    entries.push({ mode, object, size: Number(size), path: record.slice(tab + 1) });
  }
  return entries.sort((a, b) => compareStrings(a.path, b.path));
}

/** The kind of record a path holds: below a record folder, no dot-file or dot-folder on the way. */
function recordKind(path: string): RecordKind | undefined {
  const parts = path.split('/');
  const kind = KIND_OF_FOLDER.get(parts[0] ?? '');
  if (kind === undefined || parts.length < 2 || parts.slice(1).some((part) => part.startsWith('.') || part === '')) return undefined;
  return kind;
}

/** Follow a link to a file of the register; links out of it, to a folder or to nothing give the working tree's findings. */
function linkTarget(link: TreeEntry, byPath: ReadonlyMap<string, TreeEntry>, links: LinkTexts, findings: Finding[], lang: Lang): TreeEntry | undefined {
  const text = links.get(link.object) ?? '';
  const problem = (message: string) => findings.push({ rule: 'yaml-syntax', severity: 'error', message, file: link.path, line: 1, column: 1 });
  const target = resolveLink(link.path, text);
  const isFolder = target !== undefined && [...byPath.keys()].some((path) => path.startsWith(`${target}/`));
  if (target === undefined) {
    if (YAML_FILE.test(link.path) || text.endsWith('/')) problem(registerText(lang).symlinkOutside(text));
    return undefined;
  }
  if (isFolder) {
    problem(gitText(lang).linkNotFollowed(text));
    return undefined;
  }
  const entry = byPath.get(target);
  if (entry === undefined || entry.mode === LINK) {
    if (YAML_FILE.test(link.path)) problem(registerText(lang).unreadable('ENOENT'));
    return undefined;
  }
  return entry;
}

function followLink(entry: TreeEntry | undefined, byPath: ReadonlyMap<string, TreeEntry>, links: LinkTexts): TreeEntry | undefined {
  if (entry === undefined || entry.mode !== LINK) return entry;
  const target = resolveLink(entry.path, links.get(entry.object) ?? '');
  const resolved = target !== undefined ? byPath.get(target) : undefined;
  return resolved?.mode === LINK ? undefined : resolved;
}

/** The target path relative to the register root, or undefined when it leaves the register (or is absolute). */
function resolveLink(path: string, target: string): string | undefined {
  if (target.startsWith('/')) return undefined;
  const joined = posix.normalize(posix.join(posix.dirname(path), target)).replace(/\/$/, '');
  return joined === '..' || joined.startsWith('../') || joined === '.' ? undefined : joined;
}

type LinkTexts = ReadonlyMap<string, string>;

/** A link's blob is its target path: read them first (a register rarely has any), to know which blobs to read next. */
function readLinks(repo: Repository, links: readonly TreeEntry[]): LinkTexts {
  if (links.length === 0) return new Map();
  const small = links.filter((link) => link.size <= 4096);
  const blobs = readBlobs(repo, small.map((link) => link.object), small.reduce((sum, link) => sum + link.size, 0));
  return new Map([...blobs].map(([object, bytes]) => [object, Buffer.from(bytes).toString('utf8')]));
}
