import { UsageError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { remindText } from '../i18n/remind.js';
import { isPlainAddress } from './owners.js';

/**
 * The mail server, read only from the environment (a CI secret, never the
 * register, which is in git for everyone to read):
 *
 * | variable | meaning |
 * |---|---|
 * | VO_SMTP_HOST | the server; without it `vo remind` sends nothing |
 * | VO_SMTP_PORT | default 465 with `tls`, else 587 |
 * | VO_SMTP_TLS | `starttls` (default: the connection must turn to TLS), `tls` (TLS from the start), `none` |
 * | VO_SMTP_USER, VO_SMTP_PASSWORD | log in; both or neither |
 * | VO_SMTP_FROM | the sender, `address` or `Name <address>`; required to send |
 */
export interface SmtpSettings {
  host: string;
  port: number;
  tls: TlsMode;
  auth?: { user: string; pass: string };
  from: Sender;
}

export interface Sender {
  name?: string;
  address: string;
}

export const TLS_MODES = ['starttls', 'tls', 'none'] as const;
export type TlsMode = (typeof TLS_MODES)[number];

/** The sender of a message that is only written, when VO_SMTP_FROM is not set: `.invalid` can never be delivered (RFC 2606). */
export const DRY_RUN_SENDER: Sender = { name: 'vo', address: 'vo@vo.invalid' };

type Env = Record<string, string | undefined>;

const given = (env: Env, name: string): string | undefined => {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
};

/** True when a server is configured, so `vo remind` sends unless `--dry-run` says otherwise. */
export function smtpConfigured(env: Env): boolean {
  return given(env, 'VO_SMTP_HOST') !== undefined;
}

/** `privacy@gemeente.nl` or `Privacy officer <privacy@gemeente.nl>`. */
export function parseSender(value: string, name: string, lang: Lang): Sender {
  const match = /^\s*(?:(.*?)\s*<([^<>]+)>|([^<>\s]+))\s*$/.exec(value);
  const address = match?.[2] ?? match?.[3];
  if (address === undefined || !isPlainAddress(address)) throw new UsageError(remindText(lang).badSetting(name, value, 'naam@example.org'));
  const display = match?.[1]?.replace(/^"|"$/g, '').trim();
  return { ...(display ? { name: display } : {}), address };
}

/** The settings to send with, or a usage error (exit 2) naming the variable that is wrong or missing. */
export function smtpSettings(env: Env, lang: Lang): SmtpSettings {
  const t = remindText(lang);
  const host = given(env, 'VO_SMTP_HOST');
  if (host === undefined) throw new UsageError(t.needSetting('VO_SMTP_HOST'));
  const tlsValue = given(env, 'VO_SMTP_TLS') ?? 'starttls';
  if (!(TLS_MODES as readonly string[]).includes(tlsValue)) throw new UsageError(t.badSetting('VO_SMTP_TLS', tlsValue, TLS_MODES.join(', ')));
  const tls = tlsValue as TlsMode;
  const portValue = given(env, 'VO_SMTP_PORT');
  const port = portValue === undefined ? (tls === 'tls' ? 465 : 587) : Number(portValue);
  if (!/^\d+$/.test(portValue ?? String(port)) || port < 1 || port > 65535) throw new UsageError(t.badSetting('VO_SMTP_PORT', portValue ?? '', '1–65535'));
  const user = given(env, 'VO_SMTP_USER');
  const pass = env.VO_SMTP_PASSWORD;
  if (user !== undefined && (pass === undefined || pass === '')) throw new UsageError(t.needSetting('VO_SMTP_PASSWORD'));
  if (user === undefined && pass !== undefined && pass !== '') throw new UsageError(t.needSetting('VO_SMTP_USER'));
  const fromValue = given(env, 'VO_SMTP_FROM');
  if (fromValue === undefined) throw new UsageError(t.needSetting('VO_SMTP_FROM'));
  return { host, port, tls, ...(user !== undefined && pass !== undefined ? { auth: { user, pass } } : {}), from: parseSender(fromValue, 'VO_SMTP_FROM', lang) };
}
