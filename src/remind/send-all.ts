import type { Io } from '../session.js';
import type { Lang } from '../i18n/lang.js';
import { remindText } from '../i18n/remind.js';
import { errorLine, isConnectionError, openMailer } from './mailer.js';
import type { Sender, SmtpSettings } from './smtp-settings.js';

export interface SendResult {
  /** Per message, in the order given: accepted by the server. */
  delivered: boolean[];
  /** The server could not be reached or refused us, so the messages after the failing one were not tried. */
  broken: boolean;
}

/**
 * Send each message in turn. A message the server refuses (an unknown
 * recipient, say) costs only that message: one line on stderr, and the next is
 * sent. A server that cannot be reached, or refuses the login or TLS, would
 * refuse every message the same way: one line says so and the rest are left.
 */
export async function sendAll(settings: SmtpSettings, from: Sender, messages: readonly { to: string; raw: Buffer }[], io: Io, lang: Lang): Promise<SendResult> {
  const t = remindText(lang);
  const delivered = messages.map(() => false);
  if (messages.length === 0) return { delivered, broken: false };
  const mailer = await openMailer(settings);
  try {
    for (const [i, message] of messages.entries()) {
      try {
        await mailer.send(message.raw, { from: from.address, to: message.to });
        delivered[i] = true;
      } catch (error) {
        if (isConnectionError(error)) {
          io.stderr.write(`vo: ${t.connectFailed(`${settings.host}:${settings.port}`, errorLine(error))}\n`);
          return { delivered, broken: true };
        }
        io.stderr.write(`vo: ${t.sendFailed(message.to, errorLine(error))}\n`);
      }
    }
    return { delivered, broken: false };
  } finally {
    mailer.close();
  }
}
