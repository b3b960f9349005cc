import type { Lang } from '../i18n/lang.js';
import { digestText } from '../i18n/remind-digest.js';
import type { AgendaItem } from '../views/agenda-items.js';
import { digestSections, digestSubject } from './digest-text.js';
import { itemParts, type Digest, type DigestContext } from './digests.js';
import { longDate } from './long-date.js';

/**
 * The HTML body of a reminder: the same words as the plain text, every value
 * escaped, styles inline (mail programs drop style sheets), and no image, link
 * or anything else a mail program would fetch from elsewhere.
 */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const CELL = 'padding:4px 8px;border-bottom:1px solid #ddd;text-align:left;vertical-align:top';

export function itemRow(item: AgendaItem, context: DigestContext): string {
  const p = itemParts(item, context);
  const colour = item.overdue ? 'color:#b00020;' : '';
  return [
    '<tr>',
    `<td style="${CELL};${colour}white-space:nowrap">${escapeHtml(p.date)}<br>${escapeHtml(p.when)}</td>`,
    `<td style="${CELL}"><strong>${escapeHtml(p.title)}</strong><br>${escapeHtml(p.agreement)}</td>`,
    `<td style="${CELL}"><code>${escapeHtml(p.file)}</code></td>`,
    '</tr>',
  ].join('');
}

/** A whole HTML document around `body`, in the message's language. */
export function htmlDocument(lang: Lang, title: string, body: string[]): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    `<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.4;color:#222">',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export function digestHtml(digest: Digest, context: DigestContext): string {
  const t = digestText(context.lang);
  const body = [`<p>${escapeHtml(t.greeting(digest.owner))}</p>`, `<p>${escapeHtml(t.intro(context.organisation, longDate(context.asOf, context.lang)))}</p>`];
  for (const section of digestSections(digest, context)) {
    body.push(
      `<h2 style="font-size:16px;margin:20px 0 6px">${escapeHtml(section.heading)}</h2>`,
      '<table style="border-collapse:collapse" cellspacing="0" cellpadding="0">',
      `<tr><th style="${CELL}">${escapeHtml(t.dateHeading)}</th><th style="${CELL}">${escapeHtml(t.whatHeading)}</th><th style="${CELL}">${escapeHtml(t.file)}</th></tr>`,
      ...section.items.map((item) => itemRow(item, context)),
      '</table>',
    );
  }
  body.push(`<p style="color:#555;margin-top:20px">${escapeHtml(t.footer)}</p>`);
  return htmlDocument(context.lang, digestSubject(digest, context), body);
}
