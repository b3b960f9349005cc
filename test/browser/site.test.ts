/**
 * The site of the example register in a real browser (issue #14): every page
 * loads from file:// without console errors or failed requests, every link
 * resolves, axe-core finds nothing serious, the start page's numbers are those
 * of `vo check` and `vo list`, words stay whole in table cells, the script
 * runs under the site's Content-Security-Policy, the site works without
 * JavaScript, and on a 390 px phone only tables scroll. One browser launch.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runVo, tempDir } from '../helpers/run-cli.js';
import { expectedStartPageCounts } from '../site/helpers.js';
import { brokenWords, launch, OUTPUT, overflowsWindow, seriousViolations, SKIP_REASON } from './browser.js';

const EXAMPLES = join(REPO_ROOT, 'examples');
const AS_OF = '2026-10-01';

function htmlFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name), base) : e.name.endsWith('.html') ? [relative(base, join(dir, e.name)).split('\\').join('/')] : [],
  );
}

describe.skipIf(SKIP_REASON !== undefined)(`vo site in Chromium${SKIP_REASON ? ` (skipped: ${SKIP_REASON})` : ''}`, () => {
  let browser: Browser;
  let context: BrowserContext;
  let site: string;
  let pages: string[];
  const url = (page: string) => pathToFileURL(join(site, page)).href;

  beforeAll(async () => {
    site = join(tempDir('vo-site-browser-'), 'site');
    const built = await runVo(['-C', EXAMPLES, 'site', '--out', site, '--as-of', AS_OF]);
    expect(built.code, built.stderr).toBe(0);
    pages = htmlFiles(site).sort();
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** One page of each kind, and the largest dossiers: what the word check looks at (axe looks at every page). */
  const sample = () => {
    const dossiers = pages.filter((p) => p.startsWith('agreements/'));
    const departments = pages.filter((p) => p.startsWith('departments/'));
    const largest = [...dossiers].sort((a, b) => statSync(join(site, b)).size - statSync(join(site, a)).size);
    return [...pages.filter((p) => !p.includes('/')), departments[0]!, largest[0]!, largest.at(-1)!];
  };

  it('loads every page without console errors or failed requests, and every link resolves', async () => {
    const problems: string[] = [];
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${page.url()}: console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`${page.url()}: failed ${r.url()}`));
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) problems.push(`${page.url()}: external request ${r.url()}`);
    });
    let links = 0;
    for (const file of pages) {
      await page.goto(url(file));
      const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const href of hrefs) {
        links++;
        const target = new URL(href);
        if (target.protocol !== 'file:') problems.push(`${file}: link outside the site: ${href}`);
        else if (!existsSync(fileURLToPath(target))) problems.push(`${file}: broken link ${href}`);
        else if (target.hash !== '' && target.pathname === new URL(page.url()).pathname && (await page.$(`[id="${decodeURIComponent(target.hash.slice(1))}"]`)) === null) {
          problems.push(`${file}: no anchor ${target.hash}`);
        }
      }
    }
    expect(pages.length).toBeGreaterThan(20);
    expect(links).toBeGreaterThan(pages.length * 5);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('has no serious or critical axe-core violations (WCAG 2.1 AA) on any page', async () => {
    const page = await context.newPage();
    const violations: string[] = [];
    for (const file of pages) {
      await page.goto(url(file));
      for (const v of await seriousViolations(page)) violations.push(`${file}: ${v.impact} ${v.id} (${v.help}) at ${v.targets.join(', ')}`);
    }
    expect(violations).toEqual([]);
    await page.close();
  }, 180_000);

  it('shows on the start page the numbers of vo check --format json and vo list --format json', async () => {
    const page = await context.newPage();
    await page.goto(url('index.html'));
    const counts = Object.fromEntries(
      await page.$$eval('[data-count]', (els) => els.map((e) => [e.getAttribute('data-count'), Number(e.textContent)] as const)),
    ) as Record<string, number>;
    expect(counts).toMatchObject(await expectedStartPageCounts());
    expect(counts.agreements).toBeGreaterThan(0);
    await page.close();
  });

  it('keeps every word of every table cell whole at 1280 px, and on a 390 px phone lets only tables scroll; screenshots in test-output/', async () => {
    const biggest = pages.filter((p) => p.startsWith('agreements/')).sort((a, b) => statSync(join(site, b)).size - statSync(join(site, a)).size)[0]!;
    const page = await context.newPage();
    const broken: string[] = [];
    for (const file of [...sample(), biggest]) {
      await page.goto(url(file));
      for (const word of await brokenWords(page)) broken.push(`${file}: ${word}`);
    }
    expect(broken).toEqual([]);
    const shots: [string, string][] = [
      ['index.html', 'site-start'],
      [biggest, 'site-agreement'],
    ];
    for (const [file, name] of shots) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(url(file));
      await page.screenshot({ path: join(OUTPUT, `${name}-1280.png`), fullPage: true });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(url(file));
      expect(await overflowsWindow(page), `${file} is wider than a 390 px phone`).toBe(false);
      await page.screenshot({ path: join(OUTPUT, `${name}-390.png`), fullPage: true });
    }
    await page.close();
  }, 60_000);

  it('runs its script under the Content-Security-Policy (the table filter), and works without JavaScript', async () => {
    const page = await context.newPage();
    await page.goto(url('agreements.html'));
    const rows = await page.locator('#agreements-table tbody tr').count();
    const filter = page.getByLabel(/filter/i);
    await filter.fill('zaaksysteem');
    const visible = await page.locator('#agreements-table tbody tr:not([hidden])').count();
    expect(visible).toBeGreaterThan(0);
    expect(visible).toBeLessThan(rows);
    await page.close();

    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(url('agreements.html'));
    expect(await plain.locator('#agreements-table tbody tr').count()).toBe(rows);
    expect(await plain.locator('.filter').count()).toBe(0);
    await noScript.close();
  });
});
