import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runVo } from '../helpers/run-cli.js';
import { escapeText, foldLine } from '../../src/views/format/ics.js';
import { AS_OF, HOSTILE_TITLE, viewRegister } from './fixture.js';

interface Item {
  date: string;
  kind: string;
  agreement: string;
  title: string;
  overdue: boolean;
}

async function agenda(register: string, format: 'ics' | 'json', extra: string[] = []): Promise<string> {
  const result = await runVo(['-C', register, 'agenda', '--format', format, '--as-of', AS_OF, ...extra]);
  expect(result.code).toBe(0);
  return result.stdout;
}

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
      end: event.endDate.toString(),
    };
  });
}

describe('vo agenda --format ics', () => {
  it('parses with ical.js into one all-day event per agenda item, with unique UIDs', async () => {
    const register = viewRegister();
    const items = JSON.parse(await agenda(register, 'json')) as Item[];
    const parsed = events(await agenda(register, 'ics'));
    expect(items.length).toBeGreaterThan(5);
    expect(parsed).toHaveLength(items.length);
    expect(new Set(parsed.map((e) => e.uid)).size).toBe(parsed.length);
    parsed.forEach((event, i) => {
      expect(event.allDay).toBe(true);
      expect(event.start).toBe(items[i]!.date);
      expect(event.summary).toBe(`${items[i]!.title} (${items[i]!.agreement})`);
    });
  });

  it('escapes text so commas, semicolons, quotes and line breaks survive a real parser', async () => {
    const parsed = events(await agenda(viewRegister(), 'ics'));
    const meeting = parsed.find((e) => e.summary === 'Overleg met de verwerker (alpha)')!;
    expect(meeting.description).toBe([`Overeenkomst: ${HOSTILE_TITLE} (alpha)`, 'Eigenaar: P. Eigenaar', 'Bestand: agreements/alpha.yaml', 'TE LAAT'].join('\n'));
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

  it('keeps every UID when dates move, so a re-import updates instead of duplicating', async () => {
    const wide = ['--days', '400'];
    const before = events(await agenda(viewRegister(), 'ics', wide));
    // A meeting and a new periodic evaluation move the meeting and evaluation dates; the action's due date moves too.
    const after = events(
      await agenda(
        viewRegister({
          'evaluations/alpha-2026-02.yaml': `id: alpha-2026-02
agreement: alpha
date: "2026-02-15"
type: meeting
`,
          'evaluations/alpha-2026-02b.yaml': `id: alpha-2026-02b
agreement: alpha
date: "2026-02-16"
type: periodic
outcome: compliant
`,
        }),
        'ics',
        wide,
      ),
    );
    const byUid = new Map(before.map((e) => [e.uid, e]));
    const meetingBefore = before.find((e) => e.summary.startsWith('Overleg'))!;
    const meetingAfter = after.find((e) => e.summary.startsWith('Overleg'))!;
    expect(meetingAfter.uid).toBe(meetingBefore.uid);
    expect(meetingAfter.start).not.toBe(meetingBefore.start);
    const evaluationAfter = after.find((e) => e.summary === 'Periodieke evaluatie (alpha)')!;
    expect(byUid.get(evaluationAfter.uid)?.summary).toBe('Periodieke evaluatie (alpha)');
    expect(byUid.get(evaluationAfter.uid)?.start).not.toBe(evaluationAfter.start);
    expect(new Set(after.map((e) => e.uid))).toEqual(new Set(before.map((e) => e.uid)));
  });

  it('speaks English with --lang en', async () => {
    const parsed = events(await agenda(viewRegister(), 'ics', ['--lang', 'en']));
    expect(parsed.map((e) => e.summary)).toContain('Periodic evaluation (beta)');
    expect(parsed[0]!.description).toContain('Owner: P. Eigenaar');
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
