/**
 * Escaping for each output format. Templates produce Markdown, and every
 * `{{value}}` goes through `escapeMarkdown`, so a register value can neither
 * break a table row (`|`, a line break), nor become markup (`*`, `[`), raw
 * HTML (`<script>`) or a later template (`{{`), nor mention anybody (`@team`,
 * src/util/no-mentions.ts). Backslash escapes are plain CommonMark: every
 * renderer shows the character itself.
 */

import { LINE_BREAK, escapeInlineMarkdown } from '../util/markdown-inline.js';

/** Already-Markdown output of a helper (Handlebars' SafeString): passed through as is. */
export interface Trusted {
  toHTML(): string;
}

export function isTrusted(value: unknown): value is Trusted {
  return typeof value === 'object' && value !== null && typeof (value as Trusted).toHTML === 'function';
}

/** One value as inline Markdown text: line breaks become spaces, so it is safe in a table cell too. */
export function escapeMarkdown(value: unknown): string {
  if (isTrusted(value)) return value.toHTML();
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(escapeMarkdown).filter((s) => s !== '').join(', ');
  if (typeof value === 'object') return '';
  return escapeInlineMarkdown(String(value).replace(LINE_BREAK, ' '));
}

/** Text with its line breaks kept as Markdown hard breaks, for paragraphs outside tables. */
export function escapeLines(value: unknown): string {
  if (value === null || value === undefined || typeof value === 'object') return escapeMarkdown(value);
  return String(value)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => escapeInlineMarkdown(line.replace(LINE_BREAK, ' ')))
    .join('  \n');
}

/** HTML text and attribute values (also XML, for the SVG charts). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/**
 * A link target a report may point to: web and mail addresses, and relative
 * references (a document in the register's repository). Anything with another
 * scheme (`javascript:`, `data:`, `file:`) is no link. The scheme is judged on
 * what a browser would see: HTML entities decoded (`&#106;`, `&colon;`, with or
 * without `;`, as often as they nest) and control and invisible characters
 * counted as what they are; the decoded address is what the report links to.
 */
export function safeUrl(url: string): string | undefined {
  const decoded = decodeAllEntities(url.trim());
  // eslint-disable-next-line no-control-regex -- a control or invisible character in a link target is never legitimate
  if (decoded === '' || /[\s<>"'`\\\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/.test(decoded)) return undefined;
  // RFC 3986 §4.2: a relative reference has no `:` before its first `/`, `?` or `#`; so anything that has one names a scheme.
  const end = decoded.search(/[:/?#]/);
  // An entity left undecoded before that point could still spell a scheme to some renderer: no link.
  if (decoded.slice(0, end === -1 ? undefined : end).includes('&')) return undefined;
  if (end !== -1 && decoded[end] === ':') {
    const scheme = decoded.slice(0, end).toLowerCase();
    return scheme === 'https' || scheme === 'http' || scheme === 'mailto' ? decoded : undefined;
  }
  return decoded.startsWith('//') ? undefined : decoded;
}

/** Named entities that spell URL punctuation or white space; other names are left as written (`?a=1&b=2`). */
const URL_ENTITIES: Record<string, string> = {
  colon: ':', sol: '/', quest: '?', num: '#', period: '.', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
  tab: '\t', newline: '\n', nbsp: '\u00a0', excl: '!', percnt: '%', lpar: '(', rpar: ')', commat: '@', equals: '=',
};

/**
 * Decode numeric and named entities as a browser does, with or without the `;`,
 * until nothing changes (`&amp;#106;` is `j` to a renderer that decodes twice).
 */
function decodeAllEntities(text: string): string {
  let current = text;
  for (let round = 0; round < 8; round++) {
    const next = current.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);?/gi, (all, name: string) => {
      const lower = name.toLowerCase();
      if (lower.startsWith('#x')) return safeCodePoint(parseInt(lower.slice(2), 16)) ?? '\u0000';
      if (lower.startsWith('#')) return safeCodePoint(parseInt(lower.slice(1), 10)) ?? '\u0000';
      return Object.hasOwn(URL_ENTITIES, lower) ? (URL_ENTITIES[lower] as string) : all;
    });
    if (next === current) return next;
    current = next;
  }
  return '\u0000'; // still changing: no honest address nests entities this deep
}

/** A Markdown link with escaped text; without a safe target just the text. */
export function markdownLink(text: unknown, url: unknown): string {
  const label = escapeMarkdown(text);
  const target = typeof url === 'string' ? safeUrl(url) : undefined;
  if (target === undefined) return label;
  return `[${label || escapeMarkdown(target)}](<${target}>)`;
}

/** Decode the entities marked leaves in text (`&amp;`, `&#39;`), for the PDF, which shows text, not HTML. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (all, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return safeCodePoint(parseInt(lower.slice(2), 16)) ?? all;
    if (lower.startsWith('#')) return safeCodePoint(parseInt(lower.slice(1), 10)) ?? all;
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[lower] ?? all;
  });
}

function safeCodePoint(code: number): string | undefined {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : undefined;
}
