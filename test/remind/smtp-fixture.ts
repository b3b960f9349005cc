/**
 * A real SMTP server (smtp-server) on 127.0.0.1 for the `vo remind` tests, and
 * a port on 127.0.0.1 where nothing listens. No other address is ever used.
 */
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface Received {
  from: string;
  to: string[];
  raw: string;
  mail: ParsedMail;
}

export interface TestServer {
  port: number;
  received: Received[];
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Refuse these recipients (550), as a server does for an unknown mailbox. */
  refuse?: string[];
  /** Require this login. */
  login?: { user: string; pass: string };
}

export async function startSmtpServer(options: ServerOptions = {}): Promise<TestServer> {
  const received: Received[] = [];
  const server = new SMTPServer({
    secure: false,
    disabledCommands: options.login ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: options.login === undefined,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (options.login && auth.username === options.login.user && auth.password === options.login.pass) return callback(null, { user: auth.username });
      return callback(new Error('Invalid username or password'));
    },
    onRcptTo(address, _session, callback) {
      if (options.refuse?.includes(address.address)) return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      return callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw)
          .then((mail) => {
            const from = session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address;
            received.push({ from, to: session.envelope.rcptTo.map((r) => r.address), raw, mail });
            callback();
          })
          .catch(callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A port on 127.0.0.1 that was free a moment ago and has nothing listening: connecting is refused. */
export async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** The environment of a run that sends through the test server. */
export function smtpEnv(port: number, extra: Record<string, string> = {}): Record<string, string> {
  return { NO_COLOR: '1', VO_SMTP_HOST: '127.0.0.1', VO_SMTP_PORT: String(port), VO_SMTP_TLS: 'none', VO_SMTP_FROM: 'Privacy Lindendal <privacy@lindendal.example>', ...extra };
}
