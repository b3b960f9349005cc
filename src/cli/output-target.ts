import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, extname, isAbsolute, relative, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { cliText } from '../i18n/cli.js';
import type { Lang } from '../i18n/lang.js';
import { osReason } from '../i18n/os-errors.js';
import { KIND_FOLDERS } from '../register/discover.js';

/**
 * File extensions that name a format, and the `--format` values that fit them.
 * An extension missing here (`.txt`, `.log`, none) says nothing, so
 * `vo report --format md -o notes.txt` stays possible; one that names another
 * format (`-o r.docx` for Markdown, `-o x.json` for a table) is refused.
 */
const EXTENSION_FORMATS: Record<string, readonly string[]> = {
  '.md': ['md', 'markdown'],
  '.markdown': ['md', 'markdown'],
  '.html': ['html'],
  '.htm': ['html'],
  '.pdf': ['pdf'],
  '.json': ['json', 'sarif', 'gitlab'],
  '.sarif': ['sarif'],
  '.xml': ['junit'],
  '.csv': ['csv'],
  '.ics': ['ics'],
  '.ical': ['ics'],
  '.xlsx': ['xlsx'],
  // Formats vo never writes: a file with this name would not open in the program it suggests.
  '.docx': [],
  '.doc': [],
  '.odt': [],
  '.rtf': [],
  '.xls': [],
  '.ods': [],
  '.pptx': [],
  '.odp': [],
  '.png': [],
  '.jpg': [],
  '.jpeg': [],
  '.svg': [],
  '.zip': [],
};

/** The extensions that fit a format, for the message that refuses another one. */
export function extensionsFor(format: string): string[] {
  return Object.entries(EXTENSION_FORMATS)
    .filter(([, formats]) => formats.includes(format))
    .map(([extension]) => extension);
}

export interface TargetCheck {
  /** `--output` as the user wrote it, for messages. */
  shown: string;
  /** Absolute path. */
  path: string;
  force: boolean;
  format?: string;
  /** The register root, whose record folders are never a target. */
  registerRoot?: string;
  lang: Lang;
}

/**
 * Refuse a target before anything is written (issue #15): a folder, a path
 * ending in a separator, a missing or non-folder parent, a symbolic link or a
 * device, pipe or socket (also with --force: --force replaces a file, nothing
 * else), a file inside the register's record folders, an extension that names
 * another format, and without --force an existing file.
 */
export function checkOutputTarget(check: TargetCheck): void {
  const { shown, path, lang } = check;
  const text = cliText(lang);
  if (/[\\/]$/.test(shown) || shown === '.' || shown === '..') throw new UsageError(text.outputEndsInFolder(shown));
  const folder = dirname(path);
  let folderStats: Stats;
  try {
    folderStats = statSync(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(text.outputFolderMissing(shown, shownFolder(shown)));
    throw new UsageError(`${shown}: ${osReason(error, lang)}`);
  }
  if (!folderStats.isDirectory()) throw new UsageError(text.outputFolderNotFolder(shown, shownFolder(shown)));
  if (check.registerRoot !== undefined) {
    const recordFolder = recordFolderOf(folder, check.registerRoot);
    if (recordFolder !== undefined) throw new UsageError(text.outputInRecordFolder(shown, recordFolder, Object.values(KIND_FOLDERS)));
  }
  if (check.format !== undefined) {
    const extension = extname(path).toLowerCase();
    const fitting = Object.hasOwn(EXTENSION_FORMATS, extension) ? EXTENSION_FORMATS[extension] : undefined;
    if (fitting !== undefined && !fitting.includes(check.format)) {
      throw new UsageError(text.outputExtension(shown, extension, check.format, extensionsFor(check.format)));
    }
  }
  let stats: Stats | undefined;
  try {
    stats = lstatSync(path);
  } catch {
    stats = undefined; // a new file: the usual case
  }
  if (stats === undefined) return;
  if (stats.isSymbolicLink()) throw new UsageError(text.outputSymlink(shown));
  if (stats.isDirectory()) throw new UsageError(text.outputIsFolder(shown));
  if (!stats.isFile()) throw new UsageError(text.outputNotRegular(shown, stats.isFIFO() ? 'fifo' : stats.isSocket() ? 'socket' : 'device'));
  if (!check.force) throw new UsageError(text.outputExists(shown));
}

/** `agreements` when `folder` is (below) a record folder of the register at `root`. */
function recordFolderOf(folder: string, root: string): string | undefined {
  let realFolder: string;
  let realRoot: string;
  try {
    realFolder = realpathSync(folder);
    realRoot = realpathSync(root);
  } catch {
    return undefined;
  }
  const inside = relative(realRoot, realFolder);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return undefined;
  const first = inside.split(sep)[0] ?? '';
  return (Object.values(KIND_FOLDERS) as string[]).includes(first) ? first : undefined;
}

/** The folder part of what the user wrote: `nope` for `nope/x`. */
function shownFolder(shown: string): string {
  return dirname(shown);
}
