import { createHash } from 'node:crypto';
import type { Sender, SmtpSettings } from './smtp-settings.js';

/**
 * Composing and sending mail with nodemailer, imported only here and only when
 * `vo remind` runs (it is heavy and no other command needs it). A message is
 * composed once into its raw bytes: the same bytes go into the `.eml` file and
 * to the server, so what was written is exactly what was sent.
 */
export interface Message {
  to: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
}

export interface ComposeContext {
  from: Sender;
  /** The Date header: the run's clock. */
  now: Date;
  /** D: part of the Message-ID, so a repeated run of the same day carries the same id and mail programs can drop the double. */
  asOf: string;
}

/**
 * The Message-ID and the MIME boundary are derived from D, the recipient and the
 * content instead of drawn at random, so the same run gives the same bytes.
 */
export async function composeMessage(message: Message, context: ComposeContext): Promise<Buffer> {
  const { default: MailComposer } = await import('nodemailer/lib/mail-composer');
  const digest = createHash('sha256').update(JSON.stringify([context.asOf, message])).digest('hex');
  const domain = context.from.address.slice(context.from.address.lastIndexOf('@') + 1);
  const composer = new MailComposer({
    from: context.from.name !== undefined ? { name: context.from.name, address: context.from.address } : context.from.address,
    to: message.to,
    subject: message.subject,
    // Mail has CRLF line ends (RFC 5322 §2.3); the headers get them from nodemailer, the bodies from here.
    text: crlf(message.text),
    html: crlf(message.html),
    date: context.now,
    messageId: `<vo.${context.asOf}.${digest.slice(0, 20)}@${domain}>`,
    baseBoundary: digest.slice(20, 36),
    // RFC 3834: no automatic replies (out-of-office) to an automatic message; Outlook reads its own header.
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' },
  });
  return composer.compile().build();
}

const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

export interface Mailer {
  send(raw: Buffer, envelope: { from: string; to: string }): Promise<void>;
  close(): void;
}

/** Connection and login limits: a scheduled job should fail within a minute, not hang for the defaults' ten. */
const TIMEOUTS = { connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 };

export async function openMailer(settings: SmtpSettings): Promise<Mailer> {
  const { default: nodemailer } = await import('nodemailer');
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.tls === 'tls',
    requireTLS: settings.tls === 'starttls',
    ignoreTLS: settings.tls === 'none',
    ...(settings.auth !== undefined ? { auth: settings.auth } : {}),
    ...TIMEOUTS,
  });
  return {
    send: async (raw, envelope) => {
      await transport.sendMail({ envelope: { from: envelope.from, to: [envelope.to] }, raw });
    },
    close: () => transport.close(),
  };
}

/** Errors that mean the server cannot be reached or refuses us: trying the next message would fail the same way. */
const CONNECTION_CODES = new Set(['ECONNECTION', 'ECONNREFUSED', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ENOTFOUND', 'ETLS', 'EAUTH', 'EPROTOCOL', 'EHOSTUNREACH', 'ENETUNREACH']);

export function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && CONNECTION_CODES.has(code);
}

/** One line, whatever the server or the socket said. */
export function errorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').trim();
}
