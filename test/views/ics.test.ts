import { describe, expect, it } from 'vitest';
import { runVo } from '../helpers/run-cli.js';
import { escapeText, foldLine } from '../../src/format/views/ics.js';
import { events, nineOClock } from '../remind/ical-events.js';
import { AS_OF, FILES, HOSTILE_TITLE, viewRegister } from './fixture.js';

interface Item {
  date: string;
  kind: string;
  agreement: string;
  title: string;
  overdue: boolean;
}

async function agenda(register: string, format: 'ics' | 'json', extra: string[] = [], asOf = AS_OF): Promise<string> {
  const result = await runVo(['-C', register, 'agenda', '--format', format, '--as-of', asOf, ...extra]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

describe('vo agenda --format ics', () => {
  it('parses with ical.js into one all-day event per agenda item, with unique UIDs; what lies before D is shown on D', async () => {
    const register = viewRegister();
    const items = JSON.parse(await agenda(register, 'json')) as Item[];
    const parsed = events(await agenda(register, 'ics'));
    expect(items.length).toBeGreaterThan(5);
    expect(parsed).toHaveLength(items.length);
    expect(new Set(parsed.map((e) => e.uid)).size).toBe(parsed.length);
    expect(items.some((i) => i.date < AS_OF && !i.overdue)).toBe(true); // one within grace: past, not overdue
    parsed.forEach((event, i) => {
      const item = items[i]!;
      expect(event.allDay).toBe(true);
      if (item.date < AS_OF) {
        expect(event.start).toBe(AS_OF);
        expect(event.description).toMatch(/\nOorspronkelijke datum: \d{1,2} [a-z]+ \d{4}$/);
      } else {
        expect(event.start).toBe(item.date);
        expect(event.description).not.toContain('Oorspronkelijke datum');
      }
      expect(event.summary).toBe(`${item.overdue ? 'TE LAAT: ' : ''}${item.title} (${item.agreement})`);
    });
  });

  it('escapes text so commas, semicolons, quotes and line breaks survive a real parser', async () => {
    const parsed = events(await agenda(viewRegister(), 'ics'));
    const meeting = parsed.find((e) => e.summary === 'TE LAAT: Overleg met de verwerker (alpha)')!;
    expect(meeting.description).toBe(
      [`Overeenkomst: ${HOSTILE_TITLE} (alpha)`, 'Eigenaar: P. Eigenaar', 'Bestand: agreements/alpha.yaml', 'Oorspronkelijke datum: 1 april 2025'].join('\n'),
    );
    const action = parsed.find((e) => e.summary.startsWith('Logging inrichten'))!;
    expect(action.summary).toBe('Logging inrichten, "snel" (alpha)');
    expect(action.description).toContain('Bestand: evaluations/alpha-2026-01.yaml');
  });

  it('writes CRLF lines of at most 75 octets and is byte-identical across runs', async () => {
    const register = viewRegister();
    const ics = await agenda(register, 'ics');
    expect(ics).toBe(await agenda(register, 'ics'));
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics).toContain('DTSTAMP:20260301T000000Z');
  });

  it('keeps lines within 75 octets when a title holds bidi or other invisible controls (RTL text), which the output shows as \\uXXXX', async () => {
    // Right-to-left names carry marks such as U+200F; every output shows them as the visible escape `\u200F`
    // (docs/security.md). The calendar must fold the text as it is written, not as it was before that escape.
    const rtl = 'שלום\u200F עולם\u202E 😀 '.repeat(6);
    const register = viewRegister({
      'agreements/alpha.yaml': FILES['agreements/alpha.yaml']!.replace(JSON.stringify(HOSTILE_TITLE), JSON.stringify(rtl)).replace('name: P. Eigenaar', `name: "P.\u200F Eigenaar ${'ש'.repeat(20)}\u202E"`),
    });
    const ics = await agenda(register, 'ics');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    const meeting = events(ics).find((e) => e.summary === 'TE LAAT: Overleg met de verwerker (alpha)')!;
    expect(meeting.description.split('\n')[0]).toBe(`Overeenkomst: ${rtl.replace(/\u200F/g, '\\u200F').replace(/\u202E/g, '\\u202E')} (alpha)`);
  });

  it('gives two sub-processors of one name (one company, two services) two events with their own UIDs', async () => {
    // A repeated UID in one calendar is one event (RFC 5545 §3.8.4.7): an importer would keep only one of the two deadlines.
    const change = (service: string, deadline: string) => `  - name: Cloudbedrijf B.V.
    service: ${service}
    country: NL
    change:
      notified: "2026-02-20"
      objection_deadline: "${deadline}"
`;
    const register = viewRegister({
      'agreements/alpha.yaml': FILES['agreements/alpha.yaml']!.replace(
        'obligations:\n',
        `subprocessors:\n${change('Opslag', '2026-03-10')}${change('Back-up', '2026-03-20')}obligations:\n`,
      ),
    });
    const objections = events(await agenda(register, 'ics')).filter((e) => e.summary.includes('Cloudbedrijf'));
    expect(objections.map((e) => e.start)).toEqual(['2026-03-10', '2026-03-20']);
    expect(new Set(objections.map((e) => e.uid)).size).toBe(2);
  });

  it('gives every event one display alarm at 09:00, --alarm-days before its date (7 by default), and what is late on D itself', async () => {
    const register = viewRegister();
    for (const [extra, days] of [[[], 7], [['--alarm-days', '0'], 0], [['--alarm-days', '14'], 14]] as const) {
      const parsed = events(await agenda(register, 'ics', [...extra]));
      for (const event of parsed) {
        expect(event.alarms, event.summary).toEqual([{ action: 'DISPLAY', description: `Herinnering: ${event.summary}`, seconds: nineOClock(event.start === AS_OF ? 0 : days) }]);
      }
      expect(parsed.filter((e) => e.start > AS_OF).length).toBeGreaterThan(2);
    }
  });

  it('keeps every UID when dates move, and raises the SEQUENCE of the events whose agreement got a record', async () => {
    const wide = ['--days', '400'];
    const before = events(await agenda(viewRegister(), 'ics', wide));
    // A meeting and a new periodic evaluation move alpha's meeting and evaluation dates.
    const after = events(
      await agenda(
        viewRegister({
          'evaluations/alpha-2026-02.yaml': 'id: alpha-2026-02\nagreement: alpha\ndate: "2026-02-15"\ntype: meeting\n',
          'evaluations/alpha-2026-02b.yaml': 'id: alpha-2026-02b\nagreement: alpha\ndate: "2026-02-16"\ntype: periodic\noutcome: compliant\n',
        }),
        'ics',
        wide,
      ),
    );
    const byUid = new Map(before.map((e) => [e.uid, e]));
    const meetingBefore = before.find((e) => e.summary === 'TE LAAT: Overleg met de verwerker (alpha)')!;
    const meetingAfter = after.find((e) => e.summary === 'Overleg met de verwerker (alpha)')!;
    expect(meetingAfter.uid).toBe(meetingBefore.uid);
    expect(meetingAfter.start).not.toBe(meetingBefore.start);
    expect(meetingAfter.sequence).toBeGreaterThan(meetingBefore.sequence);
    const evaluationAfter = after.find((e) => e.summary === 'Periodieke evaluatie (alpha)')!;
    const evaluationBefore = byUid.get(evaluationAfter.uid)!;
    expect(evaluationBefore.summary).toBe('Periodieke evaluatie (alpha)');
    expect(evaluationBefore.start).not.toBe(evaluationAfter.start);
    expect(evaluationAfter.sequence).toBeGreaterThan(evaluationBefore.sequence);
    expect(new Set(after.map((e) => e.uid))).toEqual(new Set(before.map((e) => e.uid)));
    // beta got no record: its events are the same revision.
    for (const event of after.filter((e) => e.summary.endsWith('(beta)'))) expect(event.sequence).toBe(byUid.get(event.uid)!.sequence);
  });

  it('names the owner as an attendee only with an address from the register', async () => {
    const withAddress = viewRegister({
      'agreements/beta.yaml': FILES['agreements/beta.yaml']!.replace('  name: P. Eigenaar\n', '  name: P. Eigenaar\n  email: p.eigenaar@gemeente.example\n'),
    });
    const parsed = events(await agenda(withAddress, 'ics'));
    const beta = parsed.filter((e) => e.summary.endsWith('(beta)'));
    expect(beta.length).toBeGreaterThan(0);
    for (const event of beta) expect(event.attendees).toEqual([{ cn: 'P. Eigenaar', value: 'mailto:p.eigenaar@gemeente.example' }]);
    // alpha's process owner has the same name: the address is the person's, not the agreement's.
    const alpha = parsed.find((e) => e.summary === 'Periodieke evaluatie (alpha)')!;
    expect(alpha.attendees).toEqual([{ cn: 'P. Eigenaar', value: 'mailto:p.eigenaar@gemeente.example' }]);
    // "Teamleider ICT" owns an obligation and is nobody's process owner: named in the note, no attendee.
    const owned = parsed.filter((e) => e.description.includes('Eigenaar: Teamleider ICT'));
    for (const event of owned) expect(event.attendees).toEqual([]);
    expect(events(await agenda(viewRegister(), 'ics')).every((e) => e.attendees.length === 0)).toBe(true);
  });

  it('speaks English with --lang en', async () => {
    const parsed = events(await agenda(viewRegister(), 'ics', ['--lang', 'en']));
    expect(parsed.map((e) => e.summary)).toContain('OVERDUE: Periodic evaluation (beta)');
    expect(parsed[0]!.description).toContain('Owner: P. Eigenaar');
    expect(parsed[0]!.description).toContain('Original date: 1 January 2025');
    expect(parsed[0]!.alarms[0]!.description).toBe(`Reminder: ${parsed[0]!.summary}`);
  });

  it('refuses --alarm-days outside 0–365 or without --format ics, with one line and exit 2', async () => {
    const register = viewRegister();
    for (const [args, message] of [
      [['--format', 'ics', '--alarm-days', '366'], 'vo: ongeldig aantal dagen `366` voor --alarm-days; geef een geheel getal van 0 tot en met 365\n'],
      [['--format', 'ics', '--alarm-days', '-1'], 'vo: ongeldig aantal dagen `-1` voor --alarm-days; geef een geheel getal van 0 tot en met 365\n'],
      [['--alarm-days', '3'], 'vo: --alarm-days hoort bij --format ics\n'],
    ] as const) {
      const result = await runVo(['-C', register, 'agenda', '--as-of', AS_OF, ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toBe(message);
      expect(result.stdout).toBe('');
    }
  });
});

describe('iCalendar text helpers (RFC 5545 §3.1, §3.3.11)', () => {
  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = 'SUMMARY:' + 'ë'.repeat(60);
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });

  it('escapes backslash, semicolon, comma and line breaks and drops other control characters', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf\u001bg')).toBe('a\\\\b\\;c\\,d\\ne\\nfg');
  });
});
