import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { markdownText } from '../../src/diff/text-helpers.js';
import { escapeMarkdown } from '../../src/report/escape.js';

/** What a value becomes in a rendered Markdown paragraph of its own. */
const rendered = (markdown: string) => (marked.parse(markdown, { async: false }) as string).trim();

const HOSTILE = ['---', '===', '  - item', '3) item', '# kop', '[x](javascript:alert(1))', '![p](t.png)', '<img src=x>', '**b**', '`c`', '@team', 'a\u0007b', '{{x}}'];

describe('register text as inline Markdown: the report and vo diff escape it alike', () => {
  it('gives the same text in the management report and in vo diff', () => {
    for (const value of HOSTILE) expect(markdownText(value), value).toBe(escapeMarkdown(value));
  });

  it('a value of only dashes or equals signs at the start of a line stays text, not a rule or a heading underline', () => {
    for (const value of ['---', '===', ' - - -']) {
      const html = rendered(`tekst\n${markdownText(value)}`);
      expect(html, value).not.toMatch(/<hr|<h[12]/);
      expect(html, value).toContain(value.trim().replace(/ /g, ' '));
    }
  });

  it('renders no markup, link, image or list from a value in vo diff', () => {
    for (const value of HOSTILE) {
      const html = rendered(markdownText(value));
      expect(html, value).toMatch(/^<p>/);
      expect(html, value).not.toMatch(/<(a|img|strong|em|code|ul|ol|li|h\d|hr)\b/);
    }
  });
});
