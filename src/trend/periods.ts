import { DateTime } from 'luxon';

export const TREND_INTERVALS = ['month', 'quarter'] as const;
export type TrendInterval = (typeof TREND_INTERVALS)[number];

/** One point of the trend: a calendar month or quarter, measured on its last day (or on D, for the one still running). */
export interface Period {
  /** `2026-03` or `2026-Q1`. */
  period: string;
  /** `YYYY-MM-DD`: the period's last day, or D when that comes first. */
  date: string;
}

/** Every month or quarter from the one holding `since` up to the one holding `asOf`. Calendar dates, read in UTC. */
export function periods(since: string, asOf: string, every: TrendInterval): Period[] {
  const result: Period[] = [];
  const last = DateTime.fromISO(asOf, { zone: 'utc' });
  for (let start = DateTime.fromISO(since, { zone: 'utc' }).startOf(every); start <= last; start = start.plus(every === 'month' ? { months: 1 } : { quarters: 1 })) {
    const end = start.endOf(every).toISODate() as string;
    const period = every === 'month' ? start.toFormat('yyyy-MM') : `${start.year}-Q${start.quarter}`;
    result.push({ period, date: end < asOf ? end : asOf });
  }
  return result;
}
