import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DateTime, IANAZone } from 'luxon';
import { addDays, addHours, addMonths, daysBetween, RememberingZone, isDueSoon, isOverdue, parseDateTime } from '../../src/rules/dates.js';
import { DATE_PATTERN } from '../../src/schema/patterns.js';

/** Any calendar date from 1970 to 2100 as YYYY-MM-DD. */
const date = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const months = fc.integer({ min: 0, max: 120 });
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];

describe('calendar-month arithmetic (SPEC §6)', () => {
  it('knows the examples of the spec', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-03-31', 3)).toBe('2026-06-30');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
  });

  it('lands in the right month, on the same day or the month end when that day does not exist', () => {
    fc.assert(
      fc.property(date, months, (start, n) => {
        const [y, m, d] = parts(start);
        const result = addMonths(start, n);
        const [ry, rm, rd] = parts(result);
        const monthIndex = y * 12 + (m - 1) + n;
        expect([ry, rm]).toEqual([Math.floor(monthIndex / 12), (monthIndex % 12) + 1]);
        expect(rd).toBe(Math.min(d, daysInMonth(ry, rm)));
        expect(result).toMatch(new RegExp(DATE_PATTERN));
      }),
      { numRuns: 500 },
    );
  });

  it('never goes backwards and is monotonic in the start date', () => {
    fc.assert(
      fc.property(date, date, months, (a, b, n) => {
        expect(addMonths(a, n) >= a).toBe(true);
        if (a <= b) expect(addMonths(a, n) <= addMonths(b, n)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('adding days and counting them agree', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -4000, max: 4000 }), (start, n) => {
        expect(daysBetween(start, addDays(start, n))).toBe(n);
      }),
      { numRuns: 500 },
    );
  });

  it('overdue and due soon never overlap, and due soon covers exactly D … D + window', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -100, max: 100 }), fc.integer({ min: 0, max: 90 }), (asOf, offset, window) => {
        const due = addDays(asOf, offset);
        expect(isOverdue(due, asOf)).toBe(offset < 0);
        expect(isDueSoon(due, asOf, window)).toBe(offset >= 0 && offset <= window);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the offset memory (per day, and per hour on a day with a clock change) of the register time zone', () => {
  const ZONES = ['Europe/Amsterdam', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Europe/Dublin', 'Pacific/Apia'];

  it.each(ZONES)('gives %s the same offset as luxon at every quarter hour around each clock change, and anywhere in 1890–2100', (name) => {
    const zone = new RememberingZone(name);
    const iana = IANAZone.create(name);
    const instants: number[] = [];
    // Every quarter hour and a few odd seconds of 2025–2027 days with a clock change somewhere.
    for (const day of ['2025-03-09', '2025-03-30', '2025-04-06', '2025-10-05', '2025-10-26', '2025-11-02', '2026-03-08', '2026-03-29', '2026-04-05', '2026-10-04', '2026-10-25', '2026-11-01']) {
      const start = Date.parse(`${day}T00:00:00Z`) - 86_400_000;
      for (let t = start; t < start + 3 * 86_400_000; t += 900_000) instants.push(t, t + 1, t + 899_999);
    }
    let seed = 7;
    for (let i = 0; i < 5000; i++) {
      seed = (seed * 48271) % 2147483647;
      instants.push(Date.parse('1890-01-01T00:00:00Z') + (seed / 2147483647) * (Date.parse('2100-01-01T00:00:00Z') - Date.parse('1890-01-01T00:00:00Z')));
    }
    const wrong = instants.filter((t) => zone.offset(Math.floor(t)) !== iana.offset(Math.floor(t)));
    expect(wrong.map((t) => new Date(t).toISOString())).toEqual([]);
    // Asked twice, the remembered offsets give the same answers.
    expect(instants.filter((t) => zone.offset(Math.floor(t)) !== iana.offset(Math.floor(t)))).toEqual([]);
  });

  it('names, compares and prints date-times as luxon\'s own zone does', () => {
    const ours = parseDateTime('2026-03-29T02:30:00', 'Europe/Amsterdam');
    const theirs = DateTime.fromISO('2026-03-29T01:30:00Z').setZone('Europe/Amsterdam');
    expect(ours.zoneName).toBe('Europe/Amsterdam');
    expect(ours.toISO()).toBe(theirs.toISO());
    expect(ours.equals(theirs)).toBe(true);
    expect(parseDateTime('2026-10-25T02:30:00', 'Europe/Amsterdam').toISO()).toBe('2026-10-25T02:30:00.000+02:00');
  });

  it.each(['America/Los_Angeles', 'Pacific/Auckland', 'Pacific/Chatham', 'Australia/Lord_Howe', 'America/Santiago', 'America/St_Johns', 'Europe/Amsterdam', 'Pacific/Kiritimati'])(
    'reads a local time in %s as the instant with that wall-clock time, the earlier of two, and in a gap with the offset before it',
    (name) => {
      const iana = IANAZone.create(name);
      // Every offset the zone has in 2025–2027, and the instants where it changes.
      const offsets = new Set<number>();
      const changes: number[] = [];
      // Day by day, then the change's quarter hour by halving that day: the same changes as every quarter hour of three
      // years (each zone changes at most once a day), with a few thousand of luxon's offsets instead of 200 000.
      const QUARTER = 900_000;
      const DAY = 96 * QUARTER;
      for (let t = Date.parse('2025-01-01T00:00:00Z'); t < Date.parse('2028-01-01T00:00:00Z'); t += DAY) {
        const from = iana.offset(t - DAY);
        offsets.add(iana.offset(t));
        if (iana.offset(t) === from) continue;
        let [low, high] = [t - DAY, t]; // the offset is still `from` at low, and has changed at high
        while (high - low > QUARTER) {
          const middle = low + Math.floor((high - low) / QUARTER / 2) * QUARTER;
          if (iana.offset(middle) === from) low = middle;
          else high = middle;
        }
        changes.push(high);
      }
      // No change at all (Kiritimati): one ordinary day.
      if (changes.length === 0) changes.push(Date.parse('2026-06-01T00:00:00Z'));
      const wrong: string[] = [];
      for (const change of changes) {
        const before = iana.offset(change - 1);
        // Every quarter hour of wall-clock time from 30 hours before the change to 30 hours after.
        for (let wall = change + before * 60_000 - 30 * 3_600_000; wall <= change + before * 60_000 + 30 * 3_600_000; wall += 900_000) {
          const text = new Date(wall).toISOString().slice(0, 16);
          const readings = [...offsets].map((o) => wall - o * 60_000).filter((t) => iana.offset(t) * 60_000 === wall - t);
          const expected = readings.length > 0 ? Math.min(...readings) : wall - before * 60_000;
          const got = parseDateTime(text, name).toMillis();
          if (got !== expected) wrong.push(`${text}: ${new Date(got).toISOString()} instead of ${new Date(expected).toISOString()}`);
        }
      }
      expect(wrong).toEqual([]);
    },
  );

  it('gives a date-time read before again only for the same text in the same zone', () => {
    const amsterdam = parseDateTime('2026-07-01T09:00:00', 'Europe/Amsterdam');
    expect(parseDateTime('2026-07-01T09:00:00', 'Europe/Amsterdam')).toBe(amsterdam);
    // The same wall-clock time in another zone is another instant.
    expect(parseDateTime('2026-07-01T09:00:00', 'America/New_York').toISO()).toBe('2026-07-01T09:00:00.000-04:00');
    expect(parseDateTime('2026-07-01T09:00:00', 'Europe/Amsterdam').toISO()).toBe('2026-07-01T09:00:00.000+02:00');
  });

  it.each([
    '2026-07-01T09:30Z',
    '2026-07-01T09:30:15+05:45',
    '2026-12-31T23:59:59-09:30',
    '2026-03-29T01:30:00+00:00',
    '2024-02-29T12:00+01:00',
    '2026-07-01T09:30:00.250+02:00',
    '0050-06-01T12:00Z',
    '9999-12-31T23:00-10:00',
  ])('reads the date-time %s with its written offset as luxon reads it, in the config\'s zone', (text) => {
    const ours = parseDateTime(text, 'Europe/Amsterdam');
    const theirs = DateTime.fromISO(text, { setZone: true }).setZone('Europe/Amsterdam');
    expect(ours.toISO()).toBe(theirs.toISO());
    expect(ours.zoneName).toBe('Europe/Amsterdam');
  });

  it('reads a local time with a fraction of a second, or in the years before 100, as the same wall-clock time', () => {
    expect(parseDateTime('2026-07-01T09:30:00.250', 'Europe/Amsterdam').toISO()).toBe('2026-07-01T09:30:00.250+02:00');
    expect(parseDateTime('0050-07-01T09:30', 'UTC').toISO()).toBe('0050-07-01T09:30:00.000+00:00');
  });

  it('does not read a date that does not exist as the next day', () => {
    expect(parseDateTime('2026-02-29T10:00', 'Europe/Amsterdam').isValid).toBe(false);
    expect(parseDateTime('2026-02-29T10:00+01:00', 'Europe/Amsterdam').isValid).toBe(false);
  });

  it('adds hours as elapsed time across a clock change, as luxon does', () => {
    // 72 hours from Friday 09:00 before the change to summer time end on Monday 10:00.
    expect(addHours('2026-03-27T09:00', 72, 'Europe/Amsterdam').toISO()).toBe('2026-03-30T10:00:00.000+02:00');
    expect(addHours('2026-03-27T09:00', 72, 'Europe/Amsterdam').toISO()).toBe(parseDateTime('2026-03-27T09:00', 'Europe/Amsterdam').plus({ hours: 72 }).toISO());
  });
});
