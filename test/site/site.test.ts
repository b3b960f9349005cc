/**
 * `vo site` without a browser: the pages it writes, their structure and
 * Content-Security-Policy, links that all resolve to written files, the start
 * page's numbers against `vo check` and `vo list`, the calendar file against
 * `vo agenda`, and both languages. The browser tests (test/browser/) look at
 * the same site in Chromium.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runVo } from '../helpers/run-cli.js';
import { AS_OF, buildSite, EXAMPLES, expectedStartPageCounts, siteFiles, targets } from './helpers.js';

describe('vo site on the example register', () => {
  let site: string;
  let files: string[];
  let pages: string[];
  const read = (file: string) => readFileSync(join(site, file), 'utf8');

  beforeAll(async () => {
    site = await buildSite();
    files = siteFiles(site);
    pages = files.filter((f) => f.endsWith('.html'));
  });

  it('writes a start page, the agreement list, the agenda with its calendar, the problem files, and a page per department and per agreement', async () => {
    const list = JSON.parse((await runVo(['-C', EXAMPLES, 'list', '--as-of', AS_OF, '--format', 'json'])).stdout) as { id: string; status: string }[];
    for (const fixed of ['index.html', 'agreements.html', 'agenda.html', 'agenda.ics', 'problems.html', 'assets/site.css', 'assets/site.js', '.vo-site.json']) expect(files).toContain(fixed);
    const readable = list.filter((a) => a.status !== 'invalid');
    expect(readable.length).toBeGreaterThan(5);
    for (const a of readable) expect(files, a.id).toContain(`agreements/${a.id}.html`);
    const config = readFileSync(join(EXAMPLES, 'vo.config.yaml'), 'utf8');
    const departments = [...config.matchAll(/^\s+- id: ([a-z0-9-]+)/gm)].map((m) => m[1]);
    for (const d of departments) expect(files).toContain(`departments/${d}.html`);
  });

  it('gives every page a language, one h1, a skip link to main, a CSP that forbids inline and foreign scripts, and only its own script file', () => {
    for (const page of pages) {
      const html = read(page);
      expect(html, page).toMatch(/^<!doctype html>\n<html lang="nl">/);
      expect(html.match(/<h1[ >]/g), page).toHaveLength(1);
      expect(html).toContain('<a class="skip" href="#main">');
      expect(html).toContain('<main id="main"');
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts, page).toEqual([`<script src="${'../'.repeat(page.split('/').length - 1)}assets/site.js" defer>`]);
      expect(html).not.toMatch(/\son[a-z]+=/i);
      expect(html).not.toMatch(/style=/);
    }
  });

  it('links only to files it wrote, relatively: nothing leaves the site, every target exists, every fragment is an id', () => {
    const bad: string[] = [];
    for (const page of pages) {
      for (const { raw, path } of targets(site, page)) {
        if (path === undefined) bad.push(`${page}: ${raw} leaves the site`);
        else if (!files.includes(path)) bad.push(`${page}: ${raw} -> ${path} was not written`);
        else if (raw.includes('#') && path.endsWith('.html') && !read(path).includes(`id="${raw.split('#')[1]}"`)) bad.push(`${page}: ${raw} has no such id`);
      }
    }
    expect(bad).toEqual([]);
    expect(targets(site, 'index.html').length).toBeGreaterThan(20);
  });

  it('shows on the start page the numbers of vo check --format json and vo list --format json', async () => {
    const counts = Object.fromEntries([...read('index.html').matchAll(/data-count="([a-z-]+)">(\d+)</g)].map((m) => [m[1], Number(m[2])]));
    expect(counts).toMatchObject(await expectedStartPageCounts());
    expect(counts.errors).toBeGreaterThan(0);
  });

  it('offers the agenda as the calendar file of vo agenda --format ics', async () => {
    const agenda = await runVo(['-C', EXAMPLES, 'agenda', '--as-of', AS_OF, '--format', 'ics']);
    expect(read('agenda.ics')).toBe(agenda.stdout);
    expect(read('agenda.html')).toContain('href="agenda.ics" download');
  });

  it('records its files in the manifest, so a rebuild knows the folder', () => {
    const manifest = JSON.parse(read('.vo-site.json')) as { generator: string; complete: boolean; files: string[] };
    expect(manifest.generator).toBe('vo site');
    expect(manifest.complete).toBe(true);
    expect([...manifest.files].sort()).toEqual(files.filter((f) => f !== '.vo-site.json').sort());
  });

  it('speaks English with --lang en', async () => {
    const en = await buildSite(['--lang', 'en']);
    const index = readFileSync(join(en, 'index.html'), 'utf8');
    expect(index).toContain('<html lang="en">');
    expect(index).toContain('Skip to content');
    expect(index).not.toContain('Naar de inhoud');
    expect(statSync(join(en, 'agenda.ics')).size).toBeGreaterThan(0);
    expect(dirname(en)).not.toBe(dirname(site));
  });
});
