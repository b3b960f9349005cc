import { describe, expect, it } from 'vitest';
import { decodeEntities, escapeLines, escapeMarkdown, markdownLink, safeUrl } from '../../src/report/escape.js';

describe('escapeMarkdown', () => {
  it('keeps a table row whole: pipes escaped, line breaks become spaces', () => {
    const cell = escapeMarkdown('a | b\nc\r\nd\re\u2028f');
    expect(cell).toBe('a \\| b c d e f');
    expect(cell).not.toMatch(/(^|[^\\])\|/);
  });

  it('escapes HTML, template braces and inline markup', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
    expect(escapeMarkdown('{{7*7}}')).toBe('\\{\\{7\\*7\\}\\}');
    expect(escapeMarkdown('*a* _b_ `c` [d](e) ~f~ &lt;')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\~f\\~ \\&lt;');
  });

  it('stops a value from starting a list or heading', () => {
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('12. item')).toBe('12\\. item');
    expect(escapeMarkdown('# kop')).toBe('\\# kop');
    expect(escapeMarkdown('2026-10-01')).toBe('2026-10-01');
  });

  it('drops control characters and prints nothing for absent values', () => {
    expect(escapeMarkdown('a\u0000b\u0007c')).toBe('abc');
    expect(escapeMarkdown(null)).toBe('');
    expect(escapeMarkdown(undefined)).toBe('');
    expect(escapeMarkdown({ a: 1 })).toBe('');
    expect(escapeMarkdown(['a|b', null, 'c'])).toBe('a\\|b, c');
    expect(escapeMarkdown(99.5)).toBe('99.5');
  });

  it('passes a helper\'s own Markdown through', () => {
    expect(escapeMarkdown({ toHTML: () => '**bold**' })).toBe('**bold**');
  });
});

describe('escapeLines', () => {
  it('keeps line breaks as hard breaks and escapes each line', () => {
    expect(escapeLines('- a\n<b>\r\n1. c')).toBe('\\- a  \n\\<b\\>  \n1\\. c');
  });
});

describe('links', () => {
  it('allows web, mail and relative targets only', () => {
    expect(safeUrl('https://example.org/a?b=c')).toBe('https://example.org/a?b=c');
    expect(safeUrl('mailto:fg@example.org')).toBe('mailto:fg@example.org');
    expect(safeUrl('docs/dpia.pdf')).toBe('docs/dpia.pdf');
    for (const bad of ['javascript:alert(1)', 'JavaScript:x', 'data:text/html,x', 'file:///etc/passwd', '//evil.example', 'a b', 'x\u0000', '']) {
      expect(safeUrl(bad), bad).toBeUndefined();
    }
  });

  it('makes a Markdown link with escaped text, or just the text', () => {
    expect(markdownLink('DPIA [v2]', 'https://example.org/d.pdf')).toBe('[DPIA \\[v2\\]](<https://example.org/d.pdf>)');
    expect(markdownLink('Doc <x>', 'javascript:alert(1)')).toBe('Doc \\<x\\>');
  });
});

describe('decodeEntities', () => {
  it('decodes what marked leaves in text, and nothing unsafe', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &#39;d&#x27; &quot;')).toBe('a & b <c> \'d\' "');
    expect(decodeEntities('&#0; &#xD800; &unknown;')).toBe('&#0; &#xD800; &unknown;');
  });
});

describe('escapeMarkdown at the start of a value', () => {
  it('escapes only what Markdown would read as a block', () => {
    expect(escapeMarkdown('99.5')).toBe('99.5');
    expect(escapeMarkdown('-5 graden')).toBe('-5 graden');
    expect(escapeMarkdown('+ plus')).toBe('\\+ plus');
    expect(escapeMarkdown('3) drie')).toBe('3\\) drie');
    expect(escapeMarkdown('---')).toBe('\\---');
    expect(escapeMarkdown('===')).toBe('\\===');
  });
});
