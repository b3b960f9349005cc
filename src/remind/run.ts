import type { Session } from '../session.js';
import { UsageError } from '../errors.js';
import { remindText } from '../i18n/remind.js';
import { digestText } from '../i18n/remind-digest.js';
import { addDays } from '../rules/dates.js';
import { assess } from '../assessment/assess.js';
import { agendaItems } from '../views/agenda-items.js';
import { warnIntegrity } from '../views/integrity-warning.js';
import { digestHtml } from './digest-html.js';
import { digestPlainText, digestSubject } from './digest-text.js';
import { ownerDigests, type Digest, type DigestContext } from './digests.js';
import { checkFree, fileNames, outFolder, writeMessage, type OutFolder } from './eml-files.js';
import { longDate } from './long-date.js';
import { composeMessage, type Message } from './mailer.js';
import { addressBook } from './address-book.js';
import { isPlainAddress, matchesOwner } from './owners.js';
import { sendAll } from './send-all.js';
import { DRY_RUN_SENDER, parseSender, smtpConfigured, smtpSettings, type Sender, type SmtpSettings } from './smtp-settings.js';
import { summaryHtml, summaryText, type Outcome } from './summary.js';

export interface RemindOptions {
  owner?: string;
  days: number;
  out?: string;
  dryRun: boolean;
  summaryTo?: string;
}

/** Where the messages go: written to `folder` when given, sent when `settings` are. */
interface Delivery {
  from: Sender;
  settings?: SmtpSettings;
  folder?: OutFolder;
}

/** Everything that can be wrong with the options, the environment or `--out` is refused here (exit 2), before anything is written or sent. */
function deliveryOf(session: Session, options: RemindOptions): Delivery {
  const { io, lang } = session;
  const t = remindText(lang);
  const settings = !options.dryRun && smtpConfigured(io.env) ? smtpSettings(io.env, lang) : undefined;
  const from = settings?.from ?? (io.env.VO_SMTP_FROM?.trim() ? parseSender(io.env.VO_SMTP_FROM, 'VO_SMTP_FROM', lang) : DRY_RUN_SENDER);
  if (options.summaryTo !== undefined && !isPlainAddress(options.summaryTo)) throw new UsageError(t.badAddress(options.summaryTo));
  if (settings === undefined && options.out === undefined) throw new UsageError(t.needOut);
  const folder = options.out !== undefined ? outFolder(io.cwd, options.out, lang) : undefined;
  return { from, ...(settings !== undefined ? { settings } : {}), ...(folder !== undefined ? { folder } : {}) };
}

/** Whether anyone the register names as process owner or as owner of any agenda item, on any date, answers to `--owner`. */
function knownOwner(register: Session['register'], agenda: readonly { owner: string }[], query: string): boolean {
  return agenda.some((item) => matchesOwner(item.owner, query)) || register.agreements.some(({ value }) => matchesOwner(value.process_owner.name, query));
}

const hasAddress = (digest: Digest): digest is Digest & { address: string } => digest.address !== undefined;

/**
 * `vo remind`: one message per owner with what is overdue and what is due within
 * `--days`, written to `--out` and, when a server is configured and `--dry-run`
 * is not given, sent; then the summary on stdout, and to `--summary-to`.
 * Returns 1 when any message could not be sent, else 0.
 */
export async function runReminders(session: Session, options: RemindOptions): Promise<number> {
  const { io, register, asOf, lang } = session;
  const t = remindText(lang);
  const delivery = deliveryOf(session, options);
  const until = addDays(asOf, options.days);
  const context: DigestContext = { lang, asOf, until, organisation: register.config.organisation };
  const book = addressBook(register);
  warnIntegrity(session);
  const agenda = agendaItems(assess(register, asOf, lang));
  const items = agenda.filter((item) => item.date <= until && (options.owner === undefined || matchesOwner(item.owner, options.owner)));
  const digests = ownerDigests(items, book);
  // "Nothing to report" would vouch for someone the register does not know (a typo in --owner).
  if (options.owner !== undefined && digests.length === 0 && !knownOwner(register, agenda, options.owner)) throw new UsageError(t.unknownOwner(options.owner));
  for (const digest of digests) {
    const count = book.addressCount(digest.owner);
    if (digest.address === undefined && count > 1) io.stderr.write(`vo: ${t.ambiguous(digest.owner, count)}\n`);
  }
  if (digests.length === 0) {
    io.stdout.write(`${t.nothing(longDate(until, lang))}\n`);
    return 0;
  }

  const compose = (message: Message) => composeMessage(message, { from: delivery.from, now: io.now(), asOf });
  const addressed = digests.filter(hasAddress);
  const messages = await Promise.all(
    addressed.map(async (digest) => ({
      to: digest.address,
      raw: await compose({ to: { name: digest.owner, address: digest.address }, subject: digestSubject(digest, context), text: digestPlainText(digest, context), html: digestHtml(digest, context) }),
    })),
  );
  const names = fileNames(asOf, addressed.map((digest) => digest.owner), options.summaryTo !== undefined ? t.summaryLabel : undefined);
  const { folder, settings } = delivery;
  if (folder !== undefined) checkFree(folder, names, lang);
  // Written before sending: when the server fails, every message is still on disk.
  const files = messages.map((message, i) => (folder !== undefined ? writeMessage(folder, names[i]!, message.raw, lang) : undefined));
  const sent = settings !== undefined ? await sendAll(settings, delivery.from, messages, io, lang) : undefined;

  const outcomes: Outcome[] = digests.map((digest) => {
    const i = addressed.indexOf(digest as Digest & { address: string });
    if (i < 0) return { digest, delivery: 'no-address' };
    const file = files[i];
    return { digest, delivery: sent === undefined ? 'written' : sent.delivered[i] ? 'sent' : 'failed', ...(file !== undefined ? { file } : {}) };
  });
  io.stdout.write(summaryText(outcomes, context));
  // In a scheduled CI job whose mail secret went missing, reminders would stop without anyone noticing.
  if (settings === undefined && !options.dryRun && messages.length > 0) io.stderr.write(`vo: ${t.notSentNoServer}\n`);
  let failed = outcomes.some((outcome) => outcome.delivery === 'failed');

  if (options.summaryTo !== undefined) {
    // Last, so it can say what became of every other message.
    const to = options.summaryTo;
    const raw = await compose({
      to: { name: '', address: to },
      subject: digestText(lang).summarySubject(outcomes.length, context.organisation),
      text: summaryText(outcomes, context),
      html: summaryHtml(outcomes, context),
    });
    const file = folder !== undefined ? writeMessage(folder, names.at(-1)!, raw, lang) : undefined;
    // A server that could not be reached for the owners is not tried again.
    const delivered = settings === undefined ? undefined : !sent?.broken && (await sendAll(settings, delivery.from, [{ to, raw }], io, lang)).delivered[0] === true;
    const status = delivered === undefined ? t.wrote(file ?? '') : `${delivered ? t.sent : t.notSent}${file !== undefined ? ` (${file})` : ''}`;
    io.stdout.write(`\n  ${t.summaryLabel} <${to}> — ${status}\n`);
    if (delivered === false) failed = true;
  }
  return failed ? 1 : 0;
}
