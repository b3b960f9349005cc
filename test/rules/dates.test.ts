import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isDueSoon, isOverdue } from '../../src/rules/dates.js';
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
