import type { Lang } from './lang.js';

/**
 * How rule messages write dates, counts and lists in each language: full
 * dates ("30 juni 2026", "30 June 2026"), a decimal comma in Dutch, and
 * "a, b en c". Pure string work on `YYYY-MM-DD`, so no time zone can shift a date.
 */
export interface MessageFormat {
  lang: Lang;
  /** `2026-06-30` → `30 juni 2026`. */
  date(value: string): string;
  /** A date-time already in the register's zone, `2026-06-30T09:05` → `30 juni 2026 09:05`. */
  dateTime(value: string): string;
  number(value: number): string;
  days(count: number): string;
  months(count: number): string;
  hours(count: number): string;
  list(items: readonly string[]): string;
}

const MONTHS: Record<Lang, readonly string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const UNITS: Record<Lang, Record<'day' | 'month' | 'hour', readonly [string, string]>> = {
  nl: { day: ['dag', 'dagen'], month: ['maand', 'maanden'], hour: ['uur', 'uur'] },
  en: { day: ['day', 'days'], month: ['month', 'months'], hour: ['hour', 'hours'] },
};

export function longDate(value: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (match === null) return value;
  const [, year, month, day] = match;
  return `${Number(day)} ${MONTHS[lang][Number(month) - 1] ?? month} ${year}`;
}

export function messageFormat(lang: Lang): MessageFormat {
  const number = (value: number) => (lang === 'nl' ? String(value).replace('.', ',') : String(value));
  const count = (unit: 'day' | 'month' | 'hour') => (n: number) => `${number(n)} ${UNITS[lang][unit][n === 1 ? 0 : 1]}`;
  return {
    lang,
    date: (value) => longDate(value, lang),
    dateTime: (value) => {
      const time = /T(\d{2}:\d{2})/.exec(value)?.[1];
      return time === undefined ? longDate(value, lang) : `${longDate(value, lang)} ${time}`;
    },
    number,
    days: count('day'),
    months: count('month'),
    hours: count('hour'),
    list: (items) => {
      if (items.length <= 1) return items.join('');
      const and = lang === 'nl' ? 'en' : 'and';
      return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
    },
  };
}
