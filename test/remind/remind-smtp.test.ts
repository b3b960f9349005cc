/**
 * `vo remind` against a real SMTP server on 127.0.0.1: one message per owner
 * with that owner's items, readable by mailparser; failures cost only what
 * they must, and with --out every message is still on disk.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { runVo, tempDir } from '../helpers/run-cli.js';
import { BROKEN_FILES_NOTE, EXAMPLES, expectedDigests, expectedSubject, REMIND_AS_OF } from './expected-digests.js';
import { closedPort, smtpEnv, startSmtpServer, type TestServer } from './smtp-fixture.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const remind = (env: Record<string, string>, extra: string[] = []) => runVo(['-C', EXAMPLES, 'remind', '--as-of', REMIND_AS_OF, ...extra], { env });

describe('vo remind through SMTP', async () => {
  const expected = await expectedDigests();
  const addressed = expected.filter((d) => d.address !== undefined);

  it('sends each owner with an address exactly one message with their items, which mailparser reads', async () => {
    server = await startSmtpServer();
    const result = await remind(smtpEnv(server.port));
    expect(result.stderr).toBe(BROKEN_FILES_NOTE);
    expect(result.code).toBe(0);
    expect(addressed.length).toBeGreaterThan(5);
    expect(server.received.map((m) => m.to)).toEqual(addressed.map((d) => [d.address]));
    for (const [i, message] of server.received.entries()) {
      const digest = addressed[i]!;
      const { mail } = message;
      expect(message.from).toBe('privacy@lindendal.example');
      expect(mail.from?.value).toEqual([{ name: 'Privacy Lindendal', address: 'privacy@lindendal.example' }]);
      expect(mail.to && !Array.isArray(mail.to) ? mail.to.value : []).toEqual([{ name: digest.owner, address: digest.address }]);
      expect(mail.subject).toBe(expectedSubject(digest.overdue.length, digest.soon.length));
      expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
      const text = mail.text ?? '';
      expect(text.startsWith(`Beste ${digest.owner},`)).toBe(true);
      // One line per item, each with its title and agreement, overdue ones first.
      expect(text.match(/^- /gm)).toHaveLength(digest.overdue.length + digest.soon.length);
      const positions = [...digest.overdue, ...digest.soon].map((item) => text.indexOf(`- ${item.title}\n`));
      expect(positions.every((p) => p >= 0)).toBe(true);
      for (const item of [...digest.overdue, ...digest.soon]) expect(text).toContain(`(${item.agreement})`);
      expect(digest.overdue.length === 0 || text.includes(`Te laat (${digest.overdue.length})`)).toBe(true);
      const html = typeof mail.html === 'string' ? mail.html : '';
      expect(html).toContain('<html lang="nl">');
      expect(html).not.toMatch(/<img|<a |src=|href=|url\(|https?:/i);
    }
    // Owners without an address are named in the output, with their items.
    expect(result.stdout).toContain('  CISO: 1 te laat — GEEN E-MAILADRES');
    expect(result.stdout).toContain('Zonder e-mailadres in het register (geef dit zelf door):\n\nApplicatiebeheer P&O\n- ');
    expect(result.stdout).toContain(`${expected.length} eigenaren: ${addressed.length} verzonden, ${expected.length - addressed.length} zonder e-mailadres`);
  });

  it('a refused connection gives one clear line and exit 1, and --out still holds every message', async () => {
    const port = await closedPort();
    const out = tempDir('vo-remind-out-');
    const result = await remind(smtpEnv(port), ['--out', out]);
    expect(result.code).toBe(1);
    const lines = result.stderr.replace(BROKEN_FILES_NOTE, '').split('\n').filter((line) => line !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^vo: geen verbinding met de SMTP-server 127\\.0\\.0\\.1:${port}: .*ECONNREFUSED.*; de overige berichten zijn niet verzonden$`));
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(addressed.length);
    const parsed = await Promise.all(files.map(async (file) => simpleParser(readFileSync(join(out, file)))));
    expect(parsed.map((mail) => (mail.to && !Array.isArray(mail.to) ? mail.to.value[0]?.address : undefined)).sort()).toEqual(addressed.map((d) => d.address).sort());
    expect(result.stdout).toContain(`${addressed.length} niet verzonden`);
  });

  it('a refused recipient costs only that message: the others are sent, the bytes sent are the bytes written', async () => {
    const refused = addressed[1]!;
    server = await startSmtpServer({ refuse: [refused.address!] });
    const out = tempDir('vo-remind-out-');
    const result = await remind(smtpEnv(server.port), ['--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr.replace(BROKEN_FILES_NOTE, '')).toMatch(new RegExp(`^vo: bericht aan ${refused.address!.replace(/\./g, '\\.')} niet verzonden: .*550.*\\n$`));
    expect(server.received.map((m) => m.to[0])).toEqual(addressed.filter((d) => d !== refused).map((d) => d.address));
    expect(result.stdout).toContain(`  ${refused.owner} <${refused.address}>: `);
    expect(result.stdout).toMatch(new RegExp(`${refused.address!.replace(/\./g, '\\.')}>: .* — NIET VERZONDEN \\(`));
    const first = server.received[0]!;
    const file = readdirSync(out).find((name) => readFileSync(join(out, name), 'utf8').includes(`To: "${addressed[0]!.owner}"`))!;
    expect(first.raw.replace(/\r\n$/, '')).toBe(readFileSync(join(out, file), 'utf8').replace(/\r\n$/, ''));
  });

  it('logs in with VO_SMTP_USER and VO_SMTP_PASSWORD; a wrong password is one line and exit 1', async () => {
    server = await startSmtpServer({ login: { user: 'vo', pass: 'geheim' } });
    const ok = await remind(smtpEnv(server.port, { VO_SMTP_USER: 'vo', VO_SMTP_PASSWORD: 'geheim' }), ['--owner', 'smit']);
    expect(ok.code).toBe(0);
    expect(server.received.map((m) => m.to)).toEqual([['l.smit@lindendal.example']]);
    const wrong = await remind(smtpEnv(server.port, { VO_SMTP_USER: 'vo', VO_SMTP_PASSWORD: 'fout' }), ['--owner', 'smit']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr.replace(BROKEN_FILES_NOTE, '')).toMatch(/^vo: geen verbinding met de SMTP-server 127\.0\.0\.1:\d+: .*\n$/);
    expect(wrong.stderr.replace(BROKEN_FILES_NOTE, '')).not.toContain('fout');
    expect(server.received).toHaveLength(1);
  });

  it('--summary-to sends the privacy officer the overview last, with the items of owners without an address', async () => {
    server = await startSmtpServer();
    const result = await remind(smtpEnv(server.port, { VO_SMTP_FROM: 'privacy@lindendal.example' }), ['--summary-to', 'fg@lindendal.example', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(server.received).toHaveLength(addressed.length + 1);
    const summary = server.received.at(-1)!;
    expect(summary.to).toEqual(['fg@lindendal.example']);
    expect(summary.mail.subject).toBe(`vo: reminders to ${expected.length} owners (Gemeente Lindendal)`);
    expect(summary.mail.text).toContain('  CISO: 1 overdue — NO E-MAIL ADDRESS');
    expect(summary.mail.text).toContain('Without an e-mail address in the register (pass this on yourself):');
    expect(summary.mail.text).toContain(`${addressed[0]!.owner} <${addressed[0]!.address}>: `);
    expect(server.received[0]!.mail.subject).toMatch(/^vo: \d+ items? (overdue|due soon)/);
    expect(result.stdout).toContain('\n  summary <fg@lindendal.example> — sent\n');
  });
});
