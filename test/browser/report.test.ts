/**
 * The HTML report (`vo report --format html`) in a real browser (issue #14):
 * no word of a table cell is split across lines at 1280 px ("Risic o",
 * "Proceseige naar" came from `overflow-wrap: anywhere`), the charts are wide
 * with labels of at least 12 px, a 390 px phone scrolls tables instead of the
 * page, and screenshots land in test-output/. One browser launch.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runVo, tempDir } from '../helpers/run-cli.js';
import { brokenWords, launch, OUTPUT, overflowsWindow, SKIP_REASON } from './browser.js';

describe.skipIf(SKIP_REASON !== undefined)(`the HTML report in Chromium${SKIP_REASON ? ` (skipped: ${SKIP_REASON})` : ''}`, () => {
  let browser: Browser;
  let report: string;

  beforeAll(async () => {
    report = join(tempDir('vo-report-browser-'), 'rapportage.html');
    const made = await runVo(['-C', join(REPO_ROOT, 'examples'), 'report', '--format', 'html', '-o', report, '--as-of', '2026-10-01']);
    expect(made.code, made.stderr).toBe(0);
    browser = await launch();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('keeps every word in its table cell whole at 1280 px and draws the charts wide with labels of 12 px or more', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(pathToFileURL(report).href);
    expect(await page.locator('td').count()).toBeGreaterThan(100);
    expect(await brokenWords(page)).toEqual([]);
    const charts = await page.$$eval('figure.chart svg', (svgs) =>
      svgs.map((svg) => {
        const scale = svg.getBoundingClientRect().width / Number(svg.getAttribute('width'));
        const sizes = Array.from(svg.querySelectorAll('text')).map((t) => Number(t.getAttribute('font-size')) * scale);
        return { width: svg.getBoundingClientRect().width, smallest: Math.min(...sizes) };
      }),
    );
    expect(charts.length).toBeGreaterThanOrEqual(2);
    for (const chart of charts) {
      expect(chart.width).toBeGreaterThanOrEqual(700);
      expect(chart.smallest).toBeGreaterThanOrEqual(12);
    }
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(OUTPUT, 'report-1280.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it('fits a 390 px phone: tables and charts scroll in their own box, labels stay 12 px', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(pathToFileURL(report).href);
    expect(await overflowsWindow(page)).toBe(false);
    const smallest = await page.$eval('figure.chart svg', (svg) => (svg.getBoundingClientRect().width / Number(svg.getAttribute('width'))) * 13);
    expect(smallest).toBeGreaterThanOrEqual(12);
    await page.screenshot({ path: join(OUTPUT, 'report-390.png'), fullPage: true });
    await page.close();
    expect(readFileSync(report, 'utf8')).toContain('class="table-wrap"');
  }, 60_000);
});
