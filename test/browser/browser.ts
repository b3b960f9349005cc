/**
 * Shared by the browser tests: Debian's Chromium driven by playwright-core (no
 * browser download; .ci/run installs the package when it is missing), axe-core
 * injected from node_modules, and the check that no table cell breaks inside a word.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { REPO_ROOT } from '../helpers/run-cli.js';

export const CHROMIUM = process.env.VO_CHROMIUM ?? '/usr/bin/chromium';
/** Why the browser tests are skipped, or undefined when they run. */
export const SKIP_REASON = existsSync(CHROMIUM) ? undefined : `no Chromium at ${CHROMIUM} (install the Debian package chromium, as .ci/run does, or set VO_CHROMIUM)`;

/** Screenshots go here (gitignored), for a person to look at. */
export const OUTPUT = join(REPO_ROOT, 'test-output');

export async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  mkdirSync(OUTPUT, { recursive: true });
  // No sandbox: CI containers run as root, where Chromium refuses its sandbox; the pages are our own files.
  return chromium.launch({ executablePath: CHROMIUM, chromiumSandbox: false, args: ['--disable-gpu', '--no-first-run'] });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
  targets: string[];
}

const AXE = readFileSync(join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/**
 * axe-core's serious and critical violations of WCAG 2.1 A and AA on the page.
 * Evaluated through the DevTools protocol, which the page's
 * Content-Security-Policy does not cover, so the site keeps its strict policy.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, targets: v.nodes.slice(0, 3).map((n) => String(n.target[0])) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * Words of table cells that the browser broke across two lines: for every
 * run of letters and digits in a cell, the line boxes of its characters
 * (Range.getClientRects) must all lie on one line. A line break at a space,
 * a hyphen or a slash is fine; "Risic|o" or "Proceseige|naar" is not.
 */
export async function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const cell of Array.from(document.querySelectorAll('td, th'))) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/[\p{L}\p{N}]{2,}/gu)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(`${match[0]} (in "${(cell.textContent ?? '').trim().slice(0, 60)}")`);
        }
      }
    }
    return broken;
  });
}

/** The page is no wider than the window: what is wide scrolls inside its own box. */
export async function overflowsWindow(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}
