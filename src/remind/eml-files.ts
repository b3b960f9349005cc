import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { remindText } from '../i18n/remind.js';
import { FileExistsError, writeFileAtomic } from '../util/write-file.js';

/**
 * The `.eml` files of `vo remind --out DIR`: `<D>-<owner>.eml`, one per owner,
 * and `<D>--<summary>.eml` for the summary (two dashes: no owner's name gives
 * that). The date keeps the messages of successive runs apart in one folder;
 * a second run on the same day stops before it writes or sends anything.
 */

/** `l-smit` from `L. Smit`, `s-el-amrani` from `S. El Amrani`, `ozdemir` from `Özdemir`: letters keep their place, accents go. */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? 'eigenaar' : slug;
}

/** A distinct file name per owner, in the given order: a second `l-smit` becomes `l-smit-2`. */
export function fileNames(asOf: string, owners: readonly string[], summary: string | undefined): string[] {
  const taken = new Set<string>();
  const names = owners.map((owner) => {
    const base = `${asOf}-${fileSlug(owner)}`;
    let name = base;
    for (let i = 2; taken.has(name); i++) name = `${base}-${i}`;
    taken.add(name);
    return `${name}.eml`;
  });
  return summary !== undefined ? [...names, `${asOf}--${fileSlug(summary)}.eml`] : names;
}

/** Where the messages go: the folder, and how to name a file in it to the user (as `--out` was written). */
export interface OutFolder {
  dir: string;
  shown(name: string): string;
}

/** `--out` must name an existing folder: the command never creates one, so a typo cannot scatter mail files. */
export function outFolder(cwd: string, out: string, lang: Lang): OutFolder {
  const t = remindText(lang);
  const dir = resolve(cwd, out);
  if (!existsSync(dir)) throw new UsageError(t.outMissing(out));
  if (!statSync(dir).isDirectory()) throw new UsageError(t.outNotFolder(out));
  return { dir, shown: (name) => join(out, name) };
}

/** Refuse the whole run when one of the files is there already: nothing written, nothing sent. */
export function checkFree(folder: OutFolder, names: readonly string[], lang: Lang): void {
  for (const name of names) {
    if (existsSync(join(folder.dir, name))) throw new UsageError(remindText(lang).exists(folder.shown(name)));
  }
}

/** Write one message atomically, never over an existing file (the check above can lose a race). Returns the path as shown to the user. */
export function writeMessage(folder: OutFolder, name: string, raw: Buffer, lang: Lang): string {
  const path = join(folder.dir, name);
  const shown = folder.shown(name);
  try {
    writeFileAtomic(path, raw);
  } catch (error) {
    if (error instanceof FileExistsError) throw new UsageError(remindText(lang).exists(shown));
    throw new UsageError(`${shown}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return shown;
}
