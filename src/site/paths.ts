import { createHash } from 'node:crypto';

/** The pages of the site that exist once, relative to its root. */
export const FIXED_PAGES = {
  index: 'index.html',
  agreements: 'agreements.html',
  agenda: 'agenda.html',
  problems: 'problems.html',
  ics: 'agenda.ics',
  css: 'assets/site.css',
  js: 'assets/site.js',
} as const;
export type FixedPage = keyof typeof FIXED_PAGES;

/** Written last, so a folder with it is a complete site; lists every file, so a rebuild removes pages of agreements that are gone. */
export const MANIFEST = '.vo-site.json';

/**
 * Where the pages of agreements and departments go. Ids in a valid register
 * are lower-case letters, digits, `.`, `_` and `-`, and make readable file names;
 * any other id (from a register that does not validate) gets a hash, so no
 * value can name a path outside the site, a hidden file or a device.
 */
export class SitePaths {
  private readonly agreements = new Map<string, string>();
  private readonly departments = new Map<string, string>();
  private readonly taken = new Set<string>();

  constructor(agreementIds: readonly string[], departmentIds: readonly string[]) {
    for (const id of agreementIds) this.agreements.set(id, this.claim('agreements', id));
    for (const id of departmentIds) this.departments.set(id, this.claim('departments', id));
  }

  agreement(id: string): string | undefined {
    return this.agreements.get(id);
  }

  department(id: string): string | undefined {
    return this.departments.get(id);
  }

  private claim(folder: string, id: string): string {
    const base = /^[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9_-]+)*$/.test(id) && id.length <= 100 ? id : `id-${createHash('sha1').update(id).digest('hex').slice(0, 12)}`;
    let path = `${folder}/${base}.html`;
    for (let n = 2; this.taken.has(path); n++) path = `${folder}/${base}-${n}.html`;
    this.taken.add(path);
    return path;
  }
}

/** `../` for each folder between a page and the site's root: every link is relative, so the site works from any folder and host. */
export function rootOf(path: string): string {
  return '../'.repeat(path.split('/').length - 1);
}

/** A path of the site as an href: each segment percent-encoded. */
export function hrefOf(root: string, path: string): string {
  return root + path.split('/').map(encodeURIComponent).join('/');
}
