/** Building a site in a test, listing its files and resolving its links. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { expect } from 'vitest';
import { REPO_ROOT, runVo, tempDir } from '../helpers/run-cli.js';

export const EXAMPLES = join(REPO_ROOT, 'examples');
export const AS_OF = '2026-10-01';

export function siteFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? siteFiles(join(dir, e.name), base) : [relative(base, join(dir, e.name)).split('\\').join('/')],
  );
}

/** Every href and src of a page, resolved against the page to a path inside the site (or the raw value when it leaves it). */
export function targets(site: string, page: string): { raw: string; path: string | undefined }[] {
  const html = readFileSync(join(site, page), 'utf8');
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => {
    const raw = m[1]!.replace(/&amp;/g, '&');
    if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//') || raw.startsWith('/')) return { raw, path: undefined };
    const file = raw.split('#')[0]!;
    const path = file === '' ? page : posix.normalize(posix.join(posix.dirname(page), decodeURIComponent(file)));
    return { raw, path: path.startsWith('..') ? undefined : path };
  });
}

export async function buildSite(args: string[] = [], register = EXAMPLES): Promise<string> {
  const out = join(tempDir('vo-site-'), 'site');
  const result = await runVo(['-C', register, 'site', '--out', out, '--as-of', AS_OF, ...args]);
  expect(result.code, result.stderr).toBe(0);
  return out;
}

