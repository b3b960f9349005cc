import type { Lang } from '../i18n/lang.js';
import { authoringText } from '../i18n/authoring.js';
import { DATE_PATTERN, DATE_TIME_PATTERN, RECORD_ID_PATTERN } from '../schema/patterns.js';

/** Checks of single values from flags or answers: each returns a one-line message, or undefined when fine. */
export type Check = (value: string) => string | undefined;

const RECORD_ID = new RegExp(RECORD_ID_PATTERN);
const DATE = new RegExp(DATE_PATTERN);
const DATE_TIME = new RegExp(DATE_TIME_PATTERN);

export function valueChecks(lang: Lang) {
  const text = authoringText(lang);
  return {
    text: (name: string): Check => (value) => (value.trim() === '' ? text.empty(name) : undefined),
    recordId: (name: string): Check => (value) => (RECORD_ID.test(value) ? undefined : text.badId(name, value)),
    oneOf: (name: string, choices: readonly string[]): Check => (value) =>
      choices.includes(value) ? undefined : text.badChoice(name, value, choices),
    department: (ids: readonly string[]): Check => (value) => (ids.includes(value) ? undefined : text.unknownDepartment(value, ids)),
    date: (name: string): Check => (value) => (DATE.test(value) ? undefined : text.badDate(name, value)),
    dateTime: (name: string): Check => (value) => (DATE_TIME.test(value) ? undefined : text.badDateTime(name, value)),
  };
}

/** Throw-free check of an optional flag: the message, or undefined when absent or fine. */
export function checkOptional(value: string | undefined, check: Check): string | undefined {
  return value === undefined ? undefined : check(value);
}
