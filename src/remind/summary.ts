import { remindText } from '../i18n/remind.js';
import { digestText } from '../i18n/remind-digest.js';
import { escapeHtml, htmlDocument, itemRow } from './digest-html.js';
import { itemText } from './digest-text.js';
import type { Digest, DigestContext } from './digests.js';
import { longDate } from './long-date.js';

/** What became of one owner's reminder. */
export type Delivery = 'sent' | 'written' | 'failed' | 'no-address';

export interface Outcome {
  digest: Digest;
  delivery: Delivery;
  /** The `.eml` file, as shown to the user, when `--out` was given. */
  file?: string;
}

function ownerLine(outcome: Outcome, context: DigestContext): string {
  const t = remindText(context.lang);
  const { digest, delivery, file } = outcome;
  const who = digest.address !== undefined ? `${digest.owner} <${digest.address}>` : digest.owner;
  const status =
    delivery === 'written' ? t.wrote(file ?? '') : `${{ sent: t.sent, failed: t.notSent, 'no-address': t.noAddress }[delivery]}${file !== undefined ? ` (${file})` : ''}`;
  return `${who}: ${t.counts(digest.overdue.length, digest.soon.length)} — ${status}`;
}

function totalLine(outcomes: readonly Outcome[], context: DigestContext): string {
  const t = remindText(context.lang);
  const count = (delivery: Delivery) => outcomes.filter((o) => o.delivery === delivery).length;
  const parts = [
    ...(count('sent') > 0 ? [t.totalPart.sent(count('sent'))] : []),
    ...(count('written') > 0 ? [t.totalPart.written(count('written'))] : []),
    ...(count('no-address') > 0 ? [t.totalPart.noAddress(count('no-address'))] : []),
    ...(count('failed') > 0 ? [t.totalPart.failed(count('failed'))] : []),
  ];
  return t.total(outcomes.length, parts);
}

/**
 * The overview of a run, for whoever runs it (stdout, the CI log) and, with
 * `--summary-to`, for the privacy officer: every owner with what they were told
 * and whether it went out, then in full the items of the owners the register
 * has no address for, so nothing is dropped without somebody seeing it.
 */
export function summaryText(outcomes: readonly Outcome[], context: DigestContext): string {
  const d = digestText(context.lang);
  const parts = [
    d.summaryIntro(context.organisation, longDate(context.asOf, context.lang), longDate(context.until, context.lang)),
    outcomes.map((outcome) => `  ${ownerLine(outcome, context)}`).join('\n'),
    totalLine(outcomes, context),
  ];
  const unaddressed = outcomes.filter((o) => o.delivery === 'no-address');
  if (unaddressed.length > 0) {
    parts.push(d.summaryWithoutAddress);
    for (const { digest } of unaddressed) {
      parts.push(`${digest.owner}\n${[...digest.overdue, ...digest.soon].map((item) => itemText(item, context)).join('\n')}`);
    }
  }
  return parts.join('\n\n') + '\n';
}

export function summaryHtml(outcomes: readonly Outcome[], context: DigestContext): string {
  const d = digestText(context.lang);
  const body = [
    `<p>${escapeHtml(d.summaryIntro(context.organisation, longDate(context.asOf, context.lang), longDate(context.until, context.lang)))}</p>`,
    '<ul>',
    ...outcomes.map((outcome) => `<li>${escapeHtml(ownerLine(outcome, context))}</li>`),
    '</ul>',
    `<p>${escapeHtml(totalLine(outcomes, context))}</p>`,
  ];
  const unaddressed = outcomes.filter((o) => o.delivery === 'no-address');
  if (unaddressed.length > 0) {
    body.push(`<h2 style="font-size:16px;margin:20px 0 6px">${escapeHtml(d.summaryWithoutAddress)}</h2>`);
    for (const { digest } of unaddressed) {
      body.push(
        `<h3 style="font-size:14px;margin:14px 0 4px">${escapeHtml(digest.owner)}</h3>`,
        '<table style="border-collapse:collapse" cellspacing="0" cellpadding="0">',
        ...[...digest.overdue, ...digest.soon].map((item) => itemRow(item, context)),
        '</table>',
      );
    }
  }
  return htmlDocument(context.lang, d.summarySubject(outcomes.length, context.organisation), body);
}
