/**
 * Issue #15: a register value can make no link that runs script, no markup in a
 * pull-request comment, and no control or bidi character on a terminal or in CI.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { safeUrl } from '../../src/report/escape.js';
import { hasRawControls, neutraliseControls } from '../../src/util/visible-controls.js';
import { MINIMAL_CONFIG, runVo, tempRegister } from '../helpers/run-cli.js';

const SCRIPT_LINKS = [
  '&#106;avascript:alert(6)',
  'javascript&colon;alert(7)',
  '&#x6A;avascript:alert(8)',
  '&#106avascript:alert(9)',
  'javascript&colon alert(10)',
  '&amp;#106;avascript:alert(11)',
  'java&Tab;script:alert(12)',
  'java&#9;script:alert(13)',
  'JaVaScRiPt:alert(14)',
  '\u0001javascript:alert(15)',
  'java\u200bscript:alert(16)',
  'data&colon;text/html,<script>alert(17)</script>',
  '&#x2F;&#x2F;evil.example/x',
];

describe('safeUrl judges the scheme a browser would see', () => {
  it.each(SCRIPT_LINKS)('%s is no link', (url) => {
    expect(safeUrl(url)).toBeUndefined();
  });

  it.each([
    ['https://example.nl/a?b=1&c=2', 'https://example.nl/a?b=1&c=2'],
    ['https://example.nl/a?b=1&amp;c=2', 'https://example.nl/a?b=1&c=2'],
    ['mailto:privacy@example.nl', 'mailto:privacy@example.nl'],
    ['docs/dpia.pdf', 'docs/dpia.pdf'],
    ['../dpia.pdf#p3', '../dpia.pdf#p3'],
  ])('%s stays a link to %s', (url, target) => {
    expect(safeUrl(url)).toBe(target);
  });

  // The real test: what Chromium makes of the report's links. Skipped where Debian's chromium is not installed.
  it.runIf(existsSync('/usr/bin/chromium'))('in a vo report rendered as HTML, Chromium sees no javascript: or data: link', async () => {
    const template = SCRIPT_LINKS.map((url, i) => `- {{link "klik ${i}" ${JSON.stringify(url)}}}`).join('\n') + '\n- {{link "goed" "https://example.nl/"}}\n';
    const root = tempRegister({ 'vo.config.yaml': MINIMAL_CONFIG, 'links.hbs': template });
    const result = await runVo(['-C', root, 'report', '--as-of', '2026-10-01', '--template', join(root, 'links.hbs'), '--format', 'html']);
    expect(result.code).toBe(0);
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      let dialogs = 0;
      page.on('dialog', (dialog) => {
        dialogs++;
        void dialog.dismiss();
      });
      await page.setContent(result.stdout);
      const protocols = await page.evaluate(() => Array.from(document.querySelectorAll('a[href]')).map((a) => (a as HTMLAnchorElement).protocol));
      expect(protocols).toEqual(['https:']);
      for (const link of await page.$$('a[href^="#"], a:not([href])')) await link.click();
      expect(dialogs).toBe(0);
    } finally {
      await browser.close();
    }
  });
});

describe('vo check --format markdown: a value is text in a pull-request comment, never markup', () => {
  it('an image, a link, emphasis and code in a key name stay text when GitHub-flavoured Markdown renders them', async () => {
    const key = '![p](https://t.example/p.png) [klik hier](https://evil.example) *vet* _schuin_ `code` ~~weg~~ <b>x</b> a|b';
    const root = tempRegister({
      'vo.config.yaml': MINIMAL_CONFIG,
      'agreements/a.yaml': `id: a\ntitle: A\ndepartment: ict\nprocess_owner: { name: P }\nprocessor: { name: V }\nphase: draft\n${JSON.stringify(key)}: 1\n`,
    });
    const result = await runVo(['-C', root, 'check', '--format', 'markdown', '--as-of', '2026-10-01']);
    expect(result.code).toBe(1);
    const html = await marked.parse(result.stdout, { gfm: true });
    expect(html).not.toMatch(/<img|<a |<em>|<strong>|<code>(?!schema)|<del>|<b>/);
    // Still one row of five cells: the `|` did not open a column.
    expect(html.match(/<tr>/g)).toHaveLength(2);
    expect(html).toContain('![p](https://t.example/p.png) [klik hier](https://evil.example) *vet* _schuin_ `code` ~~weg~~ &lt;b&gt;x&lt;/b&gt; a|b');
  });
});

const HOSTILE = 'A\u001b[2J\u001b]0;title\u0007B\u202eC\u2066D\u2069E\u200eF\u200fG\u061cH\u0085I\u009bJ\rK';

describe('control and bidi characters never reach a terminal or CI raw', () => {
  it('the shared filter shows each as \\uXXXX and keeps tab, line feed and CRLF', () => {
    expect(neutraliseControls(HOSTILE)).toBe(
      'A\\u001B[2J\\u001B]0;title\\u0007B\\u202EC\\u2066D\\u2069E\\u200EF\\u200FG\\u061CH\\u0085I\\u009BJ\\u000DK',
    );
    expect(neutraliseControls('a\tb\r\nc\n')).toBe('a\tb\r\nc\n');
    expect(neutraliseControls('\ufeffkop;a\r\n')).toBe('\ufeffkop;a\r\n'); // a CSV byte-order mark stays
    expect(neutraliseControls('\u001b[31mrood\u001b[39m', { keepColour: true })).toBe('\u001b[31mrood\u001b[39m');
    expect(neutraliseControls('\u001b[2J', { keepColour: true })).toBe('\\u001B[2J');
  });

  const register = () =>
    tempRegister({
      'vo.config.yaml': MINIMAL_CONFIG,
      // eslint-disable-next-line no-control-regex -- writing the control characters as YAML escapes is the point
      [`agreements/x${HOSTILE.replace(/\r/g, '')}.yaml`]: `id: x\ntitle: "${HOSTILE.replace(/\u001b/g, '\\e').replace(/\u0007/g, '\\a').replace(/\r/g, '\\r')}"\ndepartment: ict\nprocess_owner: { name: P }\nprocessor: { name: V }\nphase: draft\n`,
      'agreements/x.yaml': `id: x\ntitle: "T\\e[2J\\u202e"\ndepartment: ict\nprocess_owner: { name: "P\\u202e\\a" }\nprocessor: { name: V }\nphase: active\n"x-k\\e]8;;https://evil\\a\\u2067": 1\n`,
    });

  it.each([
    ['check', 'text'],
    ['check', 'github'],
    ['check', 'markdown'],
    ['check', 'junit'],
    ['check', 'sarif'],
    ['check', 'json'],
    ['validate', 'text'],
  ])('vo %s --format %s', async (command, format) => {
    const result = await runVo(['-C', register(), command, '--format', format, '--as-of', '2026-10-01']);
    expect(result.code).toBe(1);
    expect(hasRawControls(result.stdout.replace(/\r\n/g, '\n')), JSON.stringify(result.stdout)).toBe(false);
    expect(result.stdout).toContain('\\u202E');
    if (format === 'json' || format === 'sarif') JSON.parse(result.stdout);
  });

  it('vo show and the views', async () => {
    const root = register();
    for (const args of [['show', 'x'], ['list'], ['list', '--format', 'markdown'], ['list', '--format', 'csv'], ['agenda'], ['obligations']]) {
      const result = await runVo(['-C', root, ...args, '--as-of', '2026-10-01']);
      expect(result.code, args.join(' ')).toBe(0);
      expect(hasRawControls(result.stdout.replace(/\r\n/g, '\n')), `${args.join(' ')}: ${JSON.stringify(result.stdout)}`).toBe(false);
    }
  });

  it('a one-line error names a path with a bidi character visibly', async () => {
    const result = await runVo(['-C', 'nergens\u202eevil', 'check']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('nergens\\u202Eevil');
    expect(hasRawControls(result.stderr)).toBe(false);
  });
});
