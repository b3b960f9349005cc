import * as nodeFs from 'node:fs';
import { lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, unlinkSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { UsageError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { osReason } from '../i18n/os-errors.js';
import { siteText } from '../i18n/site.js';
import { KIND_FOLDERS } from '../register/discover.js';
import { toolVersion } from '../util/version.js';
import { neutraliseControls } from '../util/visible-controls.js';
import { writeFileAtomic, type WriterFs } from '../util/write-file.js';
import { FIXED_PAGES, MANIFEST } from './paths.js';
import type { SiteFile } from './render-site.js';

export interface OutputFolder {
  /** Absolute path. */
  path: string;
  /** As the user wrote it, for messages. */
  shown: string;
  /** The files of the previous site in this folder (from its manifest): a rebuild removes those it no longer has. */
  previous: readonly string[];
}

/**
 * Pages are written atomically (a temporary file renamed into place) but not
 * flushed to the disk one by one: an fsync per page took a third of the time
 * of a 1 000-agreement site, and a page lost in a power cut is rebuilt by the
 * next run. The manifest, written last, is flushed.
 */
const PAGE_FS: WriterFs = {
  openSync: nodeFs.openSync,
  writeSync: nodeFs.writeSync,
  closeSync: nodeFs.closeSync,
  linkSync: nodeFs.linkSync,
  renameSync: nodeFs.renameSync,
  unlinkSync: nodeFs.unlinkSync,
  fsyncSync: () => undefined,
};

interface Manifest {
  generator: 'vo site';
  version: string;
  complete: boolean;
  files: string[];
}

/**
 * Check `--out` before anything is written: a new folder (its parent must
 * exist), an empty one, or one vo site wrote before (it has the manifest);
 * any other folder only with --force, and even then its files are only
 * overwritten where the site has a file of that name, never removed. Never a
 * symbolic link, a file, the register's own folder or one of its record folders.
 */
export function prepareOutputFolder(shown: string, path: string, options: { force: boolean; registerRoot: string; lang: Lang }): OutputFolder {
  const text = siteText(options.lang);
  const stats = lstatOrUndefined(path);
  if (stats === undefined) {
    const parent = lstatOrUndefined(dirname(path));
    if (parent === undefined || !parent.isDirectory()) throw new UsageError(text.outParentMissing(shown));
    refuseRegisterFolder(shown, dirname(path), options.registerRoot, options.lang, false);
    try {
      mkdirSync(path);
    } catch (error) {
      throw new UsageError(`${shown}: ${osReason(error, options.lang)}`);
    }
    return { path, shown, previous: [] };
  }
  if (stats.isSymbolicLink()) throw new UsageError(text.outSymlink(shown));
  if (!stats.isDirectory()) throw new UsageError(text.outNotFolder(shown));
  refuseRegisterFolder(shown, path, options.registerRoot, options.lang, true);
  const entries = readdirSync(path);
  if (entries.length === 0) return { path, shown, previous: [] };
  const manifest = readManifest(path);
  if (manifest === undefined && !options.force) throw new UsageError(text.outNotEmpty(shown));
  // Checked here as well as while writing, so a refusal comes before any page is replaced and the old site stays whole.
  for (const sub of SITE_FOLDERS) {
    const found = lstatOrUndefined(join(path, sub));
    if (found?.isSymbolicLink() === true) throw new UsageError(text.outSymlink(join(shown, sub)));
    if (found !== undefined && !found.isDirectory()) throw new UsageError(text.outNotFolder(join(shown, sub)));
  }
  return { path, shown, previous: manifest?.files ?? [] };
}

/** The sub-folders vo site writes into (src/site/paths.ts): pages of agreements and departments, and the assets. */
const SITE_FOLDERS = ['agreements', 'departments', ...new Set(Object.values(FIXED_PAGES).filter((page) => page.includes('/')).map((page) => page.split('/')[0]!))];

/**
 * Write every file atomically (a reader of the old site never sees half a
 * page; control characters of values made visible), then remove the pages of the previous build that this one no longer
 * has (an agreement renamed or removed), and last the manifest. Returns the
 * number of files and bytes written.
 */
export function writeSite(folder: OutputFolder, files: Iterable<SiteFile>, lang: Lang, onFile?: (done: number) => void): { files: number; bytes: number } {
  const written: string[] = [];
  let bytes = 0;
  const made = new Set<string>();
  const write = (relativePath: string, content: string, flush = false) => {
    const target = join(folder.path, ...relativePath.split('/'));
    ensureFolder(folder, dirname(relativePath), made, lang);
    try {
      writeFileAtomic(target, content, { force: true, ...(flush ? {} : { fs: PAGE_FS }) });
    } catch (error) {
      throw new UsageError(`${join(folder.shown, relativePath)}: ${osReason(error, lang)}`);
    }
  };
  // Marked first, so a build that is interrupted still counts as vo's own folder the next time.
  write(MANIFEST, manifestText({ complete: false, files: [...folder.previous] }));
  for (const file of files) {
    // The one control-character filter of every output (docs/security.md): bidi and control characters of a value become visible.
    const content = neutraliseControls(file.content);
    write(file.path, content);
    written.push(file.path);
    bytes += Buffer.byteLength(content, 'utf8');
    onFile?.(written.length);
  }
  const current = new Set(written);
  for (const old of folder.previous) {
    if (current.has(old) || !isSafeRelative(old)) continue;
    const path = join(folder.path, ...old.split('/'));
    if (lstatOrUndefined(path)?.isFile() === true) {
      try {
        unlinkSync(path);
      } catch {
        // a page we cannot remove stays; the next build tries again
      }
    }
  }
  write(MANIFEST, manifestText({ complete: true, files: written }), true);
  return { files: written.length, bytes };
}

function manifestText(state: Pick<Manifest, 'complete' | 'files'>): string {
  const manifest: Manifest = { generator: 'vo site', version: toolVersion(), ...state };
  return JSON.stringify(manifest, null, 1) + '\n';
}

function readManifest(folder: string): Manifest | undefined {
  try {
    const path = join(folder, MANIFEST);
    if (lstatSync(path).isFile() !== true) return undefined;
    const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<Manifest>;
    if (value.generator !== 'vo site' || !Array.isArray(value.files)) return undefined;
    return { generator: 'vo site', version: String(value.version), complete: value.complete === true, files: value.files.filter((f): f is string => typeof f === 'string') };
  } catch {
    return undefined;
  }
}

/** Only the kind of path vo site writes: `a/b.html`, never absolute, never `..`, never hidden. */
function isSafeRelative(path: string): boolean {
  return path.split('/').every((part) => /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(part));
}

/** Create the sub-folders of the site; one that exists must be a real folder, never a link that leads out of it. */
function ensureFolder(folder: OutputFolder, relativeFolder: string, made: Set<string>, lang: Lang): void {
  if (relativeFolder === '.' || made.has(relativeFolder)) return;
  const path = join(folder.path, ...relativeFolder.split('/'));
  const stats = lstatOrUndefined(path);
  if (stats === undefined) {
    try {
      mkdirSync(path);
    } catch (error) {
      throw new UsageError(`${join(folder.shown, relativeFolder)}: ${osReason(error, lang)}`);
    }
  } else if (stats.isSymbolicLink()) {
    throw new UsageError(siteText(lang).outSymlink(join(folder.shown, relativeFolder)));
  } else if (!stats.isDirectory()) {
    throw new UsageError(siteText(lang).outNotFolder(join(folder.shown, relativeFolder)));
  }
  made.add(relativeFolder);
}

/** The register's own folder and its record folders (agreements/, evaluations/, incidents/) are never a site. */
function refuseRegisterFolder(shown: string, folder: string, root: string, lang: Lang, isTarget: boolean): void {
  let inside: string;
  try {
    inside = relative(realpathSync(root), realpathSync(folder));
  } catch {
    return;
  }
  if (inside === '' && isTarget) throw new UsageError(siteText(lang).outIsRegister(shown));
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return;
  const first = inside.split(sep)[0] ?? '';
  if ((Object.values(KIND_FOLDERS) as string[]).includes(first)) throw new UsageError(siteText(lang).outInRegister(shown, first));
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
