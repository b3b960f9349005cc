/**
 * `vo remind` without a server: the messages as .eml files, the refusals
 * (exit 2, one line, nothing written), and what a reader of the HTML sees.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { runVo, tempDir } from '../helpers/run-cli.js';
import { AS_OF, FILES, viewRegister } from '../views/fixture.js';
import { BROKEN_FILES_NOTE, EXAMPLES, expectedDigests, REMIND_AS_OF } from './expected-digests.js';

const ENV = { NO_COLOR: '1' };

describe('vo remind --dry-run', async () => {
  const addressed = (await expectedDigests()).filter((d) => d.address !== undefined);

  it('says on stderr that nothing was sent when no server is set up and --dry-run was not given (a CI secret gone missing)', async () => {
    const nl = await runVo(['-C', EXAMPLES, 'remind', '--as-of', REMIND_AS_OF, '--out', tempDir('vo-remind-')], { env: ENV });
    expect(nl.code).toBe(0);
    expect(nl.stderr).toBe(`${BROKEN_FILES_NOTE}vo: er is niets verzonden: VO_SMTP_HOST is niet ingesteld, dus de berichten zijn alleen geschreven (met --dry-run gebeurt dat bewust, zonder deze melding)\n`);
    const en = await runVo(['-C', EXAMPLES, 'remind', '--lang', 'en', '--as-of', REMIND_AS_OF, '--out', tempDir('vo-remind-')], { env: ENV });
    expect(en.stderr).toContain('vo: nothing was sent: VO_SMTP_HOST is not set, so the messages were only written (--dry-run does that on purpose, without this note)\n');
  });

  it('writes one .eml per owner with an address, named by date and owner, the same bytes on every run', async () => {
    const runs = [tempDir('vo-remind-'), tempDir('vo-remind-')];
    for (const out of runs) {
      const result = await runVo(['-C', EXAMPLES, 'remind', '--as-of', REMIND_AS_OF, '--out', out, '--dry-run'], { env: ENV });
      expect(result.stderr).toBe(BROKEN_FILES_NOTE);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`${addressed.length} berichten geschreven`);
    }
    const names = readdirSync(runs[0]!).sort();
    expect(names).toContain('2026-10-01-l-smit.eml');
    expect(names).toContain('2026-10-01-s-el-amrani.eml');
    expect(names).toHaveLength(addressed.length);
    for (const name of names) expect(readFileSync(join(runs[1]!, name))).toEqual(readFileSync(join(runs[0]!, name)));
    const mail = await simpleParser(readFileSync(join(runs[0]!, '2026-10-01-l-smit.eml')));
    expect(mail.from?.value).toEqual([{ name: 'vo', address: 'vo@vo.invalid' }]);
    expect(mail.messageId).toMatch(/^<vo\.2026-10-01\.[0-9a-f]{20}@vo\.invalid>$/);
    expect(mail.date?.toISOString()).toBe('2026-10-01T10:00:00.000Z'); // the run's clock
  });

  it('is the default without VO_SMTP_HOST, and takes the sender from VO_SMTP_FROM when it is set', async () => {
    const out = tempDir('vo-remind-');
    const result = await runVo(['-C', EXAMPLES, 'remind', '--as-of', REMIND_AS_OF, '--out', out, '--owner', 'smit'], {
      env: { ...ENV, VO_SMTP_FROM: 'Privacy <privacy@lindendal.example>' },
    });
    expect(result.code).toBe(0);
    expect(readdirSync(out)).toEqual(['2026-10-01-l-smit.eml']);
    const mail = await simpleParser(readFileSync(join(out, '2026-10-01-l-smit.eml')));
    expect(mail.from?.value).toEqual([{ name: 'Privacy', address: 'privacy@lindendal.example' }]);
  });

  it('--summary-to writes the summary for the privacy officer beside the messages', async () => {
    const out = tempDir('vo-remind-');
    const result = await runVo(['-C', EXAMPLES, 'remind', '--as-of', REMIND_AS_OF, '--out', out, '--summary-to', 'privacy@lindendal.example'], { env: ENV });
    expect(result.code).toBe(0);
    const file = join(out, '2026-10-01--overzicht.eml');
    expect(result.stdout.endsWith(`\n  overzicht <privacy@lindendal.example> — geschreven: ${file}\n`)).toBe(true);
    const mail = await simpleParser(readFileSync(file));
    expect(mail.subject).toMatch(/^vo: herinneringen aan \d+ eigenaren \(Gemeente Lindendal\)$/);
    expect(mail.text).toContain('  CISO: 1 te laat — GEEN E-MAILADRES');
    expect(mail.text).toContain(`geschreven: ${join(out, '2026-10-01-l-smit.eml')}`);
    expect(readdirSync(out)).toHaveLength(addressed.length + 1);
  });

  it('never writes over a file: a second run on the same day stops before writing anything', async () => {
    const out = tempDir('vo-remind-');
    writeFileSync(join(out, '2026-10-01-s-el-amrani.eml'), 'mine');
    const result = await runVo(['-C', EXAMPLES, 'remind', '--as-of', REMIND_AS_OF, '--out', out], { env: ENV });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${BROKEN_FILES_NOTE}vo: ${join(out, '2026-10-01-s-el-amrani.eml')} bestaat al; vo remind overschrijft niets, kies een andere map\n`);
    expect(readdirSync(out)).toEqual(['2026-10-01-s-el-amrani.eml']);
    expect(readFileSync(join(out, '2026-10-01-s-el-amrani.eml'), 'utf8')).toBe('mine');
  });

  it('escapes the register in the HTML and brings nothing in from elsewhere', async () => {
    const hostile = '<img src="https://evil.example/x.png"> & <script>alert(1)</script>';
    const register = viewRegister({
      'agreements/beta.yaml': FILES['agreements/beta.yaml']!.replace('  name: P. Eigenaar\n', '  name: P. Eigenaar\n  email: p.eigenaar@gemeente.example\n').replace('title: Overeenkomst beta', `title: ${JSON.stringify(hostile)}`),
    });
    const out = tempDir('vo-remind-');
    const result = await runVo(['-C', register, 'remind', '--as-of', AS_OF, '--out', out], { env: ENV });
    expect(result.code).toBe(0);
    const mail = await simpleParser(readFileSync(join(out, '2026-03-01-p-eigenaar.eml')));
    const html = typeof mail.html === 'string' ? mail.html : '';
    expect(html).toContain('&lt;img src=&quot;https://evil.example/x.png&quot;&gt; &amp; &lt;script&gt;');
    expect(html).not.toMatch(/<img|<script|<a /i);
    expect(mail.text).toContain(`  Overeenkomst: ${hostile} (beta)`);
    // Alpha's title holds a line break: the item stays one item.
    expect(mail.text).toMatch(/^- Overleg met de verwerker\n {2}\d+ dagen te laat \(1 april 2025\)\n {2}Overeenkomst: Alpha, "de" eerste; met\n/m);
  });

  it('speaks English with --lang en', async () => {
    const out = tempDir('vo-remind-');
    const result = await runVo(['-C', EXAMPLES, 'remind', '--as-of', REMIND_AS_OF, '--out', out, '--owner', 'yilmaz', '--lang', 'en'], { env: ENV });
    expect(result.code).toBe(0);
    const mail = await simpleParser(readFileSync(join(out, '2026-10-01-a-yilmaz.eml')));
    expect(mail.subject).toMatch(/^vo: \d+ items overdue, \d+ due soon \(Gemeente Lindendal\)$/);
    expect(mail.text).toContain('Dear A. Yilmaz,');
    expect(mail.text).toContain('days late (30 June 2026)');
    expect(result.stdout).toContain('1 owner: 1 message written');
  });

  it('with nothing to report says so, writes nothing and exits 0', async () => {
    const out = tempDir('vo-remind-');
    // R. van Dijk has nothing overdue; with --days 0 nothing is due either.
    const result = await runVo(['-C', EXAMPLES, 'remind', '--as-of', REMIND_AS_OF, '--out', out, '--owner', 'van dijk', '--days', '0'], { env: ENV });
    expect(result).toEqual({ code: 0, stdout: 'Niets te melden: niets te laat en niets te doen tot en met 1 oktober 2026.\n', stderr: BROKEN_FILES_NOTE });
    expect(readdirSync(out)).toEqual([]);
  });

  it('with an --owner the register does not know says so (exit 2), instead of vouching that they have nothing to do', async () => {
    const out = tempDir('vo-remind-');
    const result = await runVo(['-C', EXAMPLES, 'remind', '--as-of', REMIND_AS_OF, '--out', out, '--owner', 'smitt'], { env: ENV });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('vo: geen eigenaar met `smitt` in de naam in het register; vo agenda toont wie waarvan eigenaar is\n');
    expect(readdirSync(out)).toEqual([]);
    const english = await runVo(['-C', EXAMPLES, 'remind', '--lang', 'en', '--as-of', REMIND_AS_OF, '--out', out, '--owner', 'smitt'], { env: ENV });
    expect(english.code).toBe(2);
    expect(english.stderr).toContain('vo: no owner with `smitt` in their name in the register; vo agenda shows who owns what\n');
  });

  it('--days narrows what is due soon; what is overdue stays', async () => {
    const out = tempDir('vo-remind-');
    const result = await runVo(['-C', EXAMPLES, 'remind', '--as-of', REMIND_AS_OF, '--out', out, '--days', '0'], { env: ENV });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('binnenkort');
    expect(result.stdout).toContain('te laat');
  });
});

describe('vo remind refuses with one line and exit 2, before writing or sending anything', () => {
  const out = tempDir('vo-remind-');
  const missing = join(out, 'bestaat-niet');
  const aFile = join(out, 'bestand.txt');
  writeFileSync(aFile, '');
  const server = { NO_COLOR: '1', VO_SMTP_HOST: '127.0.0.1', VO_SMTP_PORT: '9', VO_SMTP_TLS: 'none', VO_SMTP_FROM: 'privacy@lindendal.example' };
  const cases: [string, string[], Record<string, string>, string][] = [
    ['no --out without a server', [], ENV, 'vo: zonder SMTP-server (VO_SMTP_HOST) of met --dry-run schrijft vo remind de berichten als bestanden: geef een map met --out\n'],
    ['no --out with --dry-run', ['--dry-run'], server, 'vo: zonder SMTP-server (VO_SMTP_HOST) of met --dry-run schrijft vo remind de berichten als bestanden: geef een map met --out\n'],
    ['a missing folder', ['--out', missing], ENV, `vo: de map ${missing} bestaat niet; maak haar eerst aan\n`],
    ['a file as folder', ['--out', aFile], ENV, `vo: ${aFile} is geen map\n`],
    ['bad --days', ['--out', out, '--days', 'veel'], ENV, 'vo: ongeldig aantal dagen `veel` voor --days; geef een geheel getal van 0 tot en met 3660\n'],
    ['an empty --owner', ['--out', out, '--owner', ''], ENV, 'vo: --owner heeft een naam nodig\n'],
    ['a bad --summary-to', ['--out', out, '--summary-to', 'privacy officer'], ENV, 'vo: ongeldig e-mailadres `privacy officer` voor --summary-to\n'],
    ['a bad VO_SMTP_TLS', [], { ...server, VO_SMTP_TLS: 'ja' }, 'vo: ongeldige waarde `ja` voor VO_SMTP_TLS; verwacht: starttls, tls, none\n'],
    ['a bad VO_SMTP_PORT', [], { ...server, VO_SMTP_PORT: '70000' }, 'vo: ongeldige waarde `70000` voor VO_SMTP_PORT; verwacht: 1–65535\n'],
    ['no VO_SMTP_FROM', [], { ...server, VO_SMTP_FROM: '' }, 'vo: VO_SMTP_FROM ontbreekt; zet het in de omgeving om te kunnen versturen\n'],
    ['a bad VO_SMTP_FROM', [], { ...server, VO_SMTP_FROM: 'privacy' }, 'vo: ongeldige waarde `privacy` voor VO_SMTP_FROM; verwacht: naam@example.org\n'],
    ['a user without password', [], { ...server, VO_SMTP_USER: 'vo' }, 'vo: VO_SMTP_PASSWORD ontbreekt; zet het in de omgeving om te kunnen versturen\n'],
  ];
  for (const [name, args, env, message] of cases) {
    it(name, async () => {
      const result = await runVo(['-C', EXAMPLES, 'remind', '--as-of', REMIND_AS_OF, ...args], { env });
      expect(result).toEqual({ code: 2, stdout: '', stderr: message });
      expect(readdirSync(out)).toEqual(['bestand.txt']);
      expect(existsSync(missing)).toBe(false);
    });
  }

  it('--help explains every option, with examples, in both languages', async () => {
    const nl = await runVo(['remind', '--help']);
    for (const option of ['--owner <name>', '--days <n>', '--out <dir>', '--dry-run', '--summary-to <address>']) expect(nl.stdout).toContain(option);
    expect(nl.stdout).toContain('Voorbeelden:\n  vo remind --dry-run --out herinneringen');
    const en = await runVo(['remind', '--help', '--lang', 'en']);
    expect(en.stdout).toContain('mail every owner one overview');
    expect(en.stdout).toContain('Examples:\n  vo remind --dry-run --out reminders');
  });
});
