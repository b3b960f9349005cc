import type { Lang } from './lang.js';

/**
 * How rule messages write dates, counts and lists in each language: full
 * dates ("30 juni 2026", "30 June 2026"), a decimal comma in Dutch, elapsed
 * time in hours and minutes, and "a, b en c" or "a, b of c". Pure string work
 * on `YYYY-MM-DD`, so no time zone can shift a date.
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
  /**
   * Elapsed whole minutes in hours and minutes, never rounded to the hour, so a
   * time just over a limit reads as over it: `2881` → `48 uur en 1 minuut`, `2940` → `49 uur`.
   */
  duration(minutes: number): string;
  /** `a, b en c`; with `'or'` the alternatives `a, b of c`. */
  list(items: readonly string[], conjunction?: 'and' | 'or'): string;
}

const MONTHS: Record<Lang, readonly string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

type Unit = 'day' | 'month' | 'hour' | 'minute';

const UNITS: Record<Lang, Record<Unit, readonly [string, string]>> = {
  nl: { day: ['dag', 'dagen'], month: ['maand', 'maanden'], hour: ['uur', 'uur'], minute: ['minuut', 'minuten'] },
  en: { day: ['day', 'days'], month: ['month', 'months'], hour: ['hour', 'hours'], minute: ['minute', 'minutes'] },
};

const CONJUNCTIONS: Record<Lang, Record<'and' | 'or', string>> = {
  nl: { and: 'en', or: 'of' },
  en: { and: 'and', or: 'or' },
};

export function longDate(value: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (match === null) return value;
  const [, year, month, day] = match;
  return `${Number(day)} ${MONTHS[lang][Number(month) - 1] ?? month} ${year}`;
}

export function messageFormat(lang: Lang): MessageFormat {
  const number = (value: number) => (lang === 'nl' ? String(value).replace('.', ',') : String(value));
  const count = (unit: Unit) => (n: number) => `${number(n)} ${UNITS[lang][unit][n === 1 ? 0 : 1]}`;
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
    duration: (total) => {
      const hours = Math.floor(total / 60);
      const minutes = total % 60;
      if (minutes === 0) return count('hour')(hours);
      if (hours === 0) return count('minute')(minutes);
      return `${count('hour')(hours)} ${CONJUNCTIONS[lang].and} ${count('minute')(minutes)}`;
    },
    list: (items, conjunction = 'and') => {
      if (items.length <= 1) return items.join('');
      return `${items.slice(0, -1).join(', ')} ${CONJUNCTIONS[lang][conjunction]} ${items.at(-1)}`;
    },
  };
}
