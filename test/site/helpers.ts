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


/**
 * The start page's `data-count` figures as `vo check --format json` and
 * `vo list --format json` give them for the example register at AS_OF.
 */
export async function expectedStartPageCounts(): Promise<Record<string, number>> {
  const check = JSON.parse((await runVo(['-C', EXAMPLES, 'check', '--as-of', AS_OF, '--format', 'json'])).stdout) as { summary: { errors: number; warnings: number } };
  const list = JSON.parse((await runVo(['-C', EXAMPLES, 'list', '--as-of', AS_OF, '--format', 'json'])).stdout) as { status: string; evaluation: string | null }[];
  const statuses = (s: string) => list.filter((a) => a.status === s).length;
  return {
    agreements: list.length,
    'status-invalid': statuses('invalid'),
    'status-error': statuses('error'),
    'status-warning': statuses('warning'),
    'status-ok': statuses('ok'),
    'evaluations-overdue': list.filter((a) => a.evaluation === 'overdue').length,
    'evaluations-due-soon': list.filter((a) => a.evaluation === 'due-soon').length,
    errors: check.summary.errors,
    warnings: check.summary.warnings,
  };
}
