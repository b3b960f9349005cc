import type Handlebars from 'handlebars';
import type { Lang } from '../i18n/lang.js';
import { reportText } from '../i18n/report.js';
import { LABEL_KINDS, type LabelKind } from '../i18n/labels.js';
import type { ReportWords } from '../i18n/report-words.js';
import { CHART_NAMES, chartMarker, isChartName } from '../format/report/charts.js';
import { countryName } from '../i18n/rule-words.js';
import { formatDate, formatDateTime, formatMonth } from './dates.js';
import { escapeLines, escapeMarkdown, markdownLink } from './escape.js';

export type Hbs = typeof Handlebars;
type HelperOptions = Handlebars.HelperOptions & { loc?: { start: { line: number } } };

/** A helper's error, with the template line Handlebars hands every helper call. */
export class TemplateError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

export interface HelperSettings {
  lang: Lang;
  /** The register's time zone, for date-times written without an offset. */
  timezone: string;
  /** Most steps one rendering may take; default {@link MAX_TEMPLATE_STEPS}. */
  maxSteps?: number;
}

/**
 * A rendering takes at most this many steps: helper calls and repetitions of a
 * block (each item of an `{{#each}}`). The management template takes about 110 per
 * agreement (room for some 90 000); eight nested `{{#each}}` over ten items would take 100 million and
 * keep the CPU busy for minutes (issue #15). docs/templates.md states the limit.
 */
export const MAX_TEMPLATE_STEPS = 10_000_000;

interface StepBudget {
  used: number;
  readonly limit: number;
  readonly message: string;
}

const budgets = new WeakMap<Hbs, StepBudget>();

/** Start counting anew: each rendering has the whole budget. */
export function resetSteps(hb: Hbs): void {
  const budget = budgets.get(hb);
  if (budget !== undefined) budget.used = 0;
}

const isBlank = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * The helpers of docs/templates.md on an isolated Handlebars instance. Helpers
 * that produce Markdown return a SafeString, which `md` (the implicit escaping
 * of every `{{…}}`, see template.ts) passes through; everything else is data.
 */
export function registerHelpers(hb: Hbs, settings: HelperSettings): void {
  const text = reportText(settings.lang);
  const locale = text.locale;
  const trusted = (s: string) => new hb.SafeString(s);
  // One formatter per number of decimals: making one costs more than formatting thousands of numbers (vo site calls it per page).
  const formats = new Map<number | undefined, Intl.NumberFormat>();
  const numberFormat = (decimals: number | undefined) => {
    let format = formats.get(decimals);
    if (format === undefined) {
      format = new Intl.NumberFormat(locale, decimals === undefined ? {} : { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
      formats.set(decimals, format);
    }
    return format;
  };

  const helpers: Record<string, (...args: never[]) => unknown> = {
    md: (value: unknown) => trusted(escapeMarkdown(value)),
    lines: (value: unknown) => trusted(escapeLines(value)),
    link: (label: unknown, url: unknown) => trusted(markdownLink(label, url)),
    t: (key: string) => {
      if (!Object.hasOwn(text.words, key)) throw new Error(text.unknownWord(String(key)));
      return text.words[key as keyof ReportWords];
    },
    label: (kind: string, value: unknown) => {
      if (!(LABEL_KINDS as readonly string[]).includes(kind)) throw new Error(text.unknownLabel(String(kind)));
      if (isBlank(value)) return '';
      return text.labels[kind as LabelKind][String(value)] ?? String(value);
    },
    date: (value: unknown, style: unknown) =>
      typeof value === 'string' ? formatDate(value, settings.lang, style === 'short' || style === 'iso' ? style : 'long') : isBlank(value) ? '' : String(value),
    dateTime: (value: unknown) => (typeof value === 'string' ? formatDateTime(value, settings.lang, settings.timezone) : ''),
    month: (value: unknown) => (typeof value === 'string' ? formatMonth(value, settings.lang) : ''),
    country: (value: unknown) => (typeof value === 'string' ? countryName(value, settings.lang) : ''),
    number: (value: unknown, decimals: unknown) => {
      if (typeof value !== 'number') return isBlank(value) ? '' : String(value);
      return numberFormat(typeof decimals === 'number' ? decimals : undefined).format(value);
    },
    duration: (value: unknown) => (typeof value === 'number' ? text.days(value) : ''),
    add: (...args: unknown[]) => args.slice(0, -1).reduce<number>((sum, v) => sum + (typeof v === 'number' ? v : 0), 0),
    abs: (value: unknown) => (typeof value === 'number' ? Math.abs(value) : value),
    count: (list: unknown, key: unknown, value: unknown) => {
      if (!Array.isArray(list)) return 0;
      if (typeof key !== 'string') return list.length;
      return list.filter((item) => (item as Record<string, unknown>)?.[key] === value).length;
    },
    where: (list: unknown, key: unknown, value: unknown) =>
      Array.isArray(list) && typeof key === 'string' ? list.filter((item) => (item as Record<string, unknown>)?.[key] === value) : [],
    group: (list: unknown, key: unknown) => groupBy(list, key),
    array: (...args: unknown[]) => args.slice(0, -1),
    join: (list: unknown, separator: unknown) =>
      Array.isArray(list) ? list.filter((item) => !isBlank(item)).map(String).join(typeof separator === 'string' ? separator : ', ') : '',
    default: (value: unknown, fallback: unknown) => (isBlank(value) ? fallback : value),
    plural: (n: unknown, one: unknown, other: unknown) => (n === 1 ? one : other),
    eq: (a: unknown, b: unknown) => a === b,
    ne: (a: unknown, b: unknown) => a !== b,
    lt: (a: unknown, b: unknown) => (a as number) < (b as number),
    gt: (a: unknown, b: unknown) => (a as number) > (b as number),
    lte: (a: unknown, b: unknown) => (a as number) <= (b as number),
    gte: (a: unknown, b: unknown) => (a as number) >= (b as number),
    and: (...args: unknown[]) => args.slice(0, -1).every(Boolean),
    or: (...args: unknown[]) => args.slice(0, -1).find(Boolean) ?? args.at(-2),
    not: (value: unknown) => !value || (Array.isArray(value) && value.length === 0),
    chart: (name: unknown) => {
      if (!isChartName(name)) throw new Error(text.unknownChart(String(name), CHART_NAMES));
      return trusted(chartMarker(name));
    },
  };
  const budget: StepBudget = { used: 0, limit: settings.maxSteps ?? MAX_TEMPLATE_STEPS, message: text.templateSteps(settings.maxSteps ?? MAX_TEMPLATE_STEPS) };
  budgets.set(hb, budget);
  for (const [name, helper] of Object.entries(helpers)) hb.registerHelper(name, withLine(needs(name, MIN_ARGS[name] ?? 1, helper, text), budget));
  // The built-in helpers get the same error handling, so "Must pass iterator to #each" names its line too.
  for (const name of ['each', 'if', 'unless', 'with', 'lookup'] as const) hb.registerHelper(name, withLine(hb.helpers[name] as never, budget));
  // `{{log}}` writes with console.log, which is stdout: into the report itself when it goes to a pipe. No helper then.
  hb.unregisterHelper('log');
}

/** `[{key, items}]` in the order each key first appears: a list split by the value of one field. */
function groupBy(list: unknown, key: unknown): { key: unknown; items: unknown[] }[] {
  if (!Array.isArray(list) || typeof key !== 'string') return [];
  const groups = new Map<unknown, unknown[]>();
  for (const item of list) {
    const value = (item as Record<string, unknown> | null)?.[key];
    const group = groups.get(value);
    if (group) group.push(item);
    else groups.set(value, [item]);
  }
  return [...groups].map(([value, items]) => ({ key: value, items }));
}

/** Helper names a template may call: ours and Handlebars' built-ins. */
export function knownHelpers(hb: Hbs): ReadonlySet<string> {
  return new Set(Object.keys(hb.helpers));
}

/** Fewest arguments each helper takes (default 1): `{{date}}` alone is a mistake, not an empty date. */
const MIN_ARGS: Record<string, number> = {
  array: 0,
  link: 2,
  label: 2,
  where: 3,
  group: 2,
  default: 2,
  plural: 3,
  eq: 2,
  ne: 2,
  lt: 2,
  gt: 2,
  lte: 2,
  gte: 2,
};

/**
 * A helper called with too few arguments is an error naming it. Handlebars
 * calls a helper even for a bare `{{date}}` meant as the field `date`, so
 * the message says how to reach the field.
 */
function needs(name: string, min: number, helper: (...args: never[]) => unknown, text: ReturnType<typeof reportText>): (...args: never[]) => unknown {
  return function (this: unknown, ...args: unknown[]) {
    if (args.length - 1 < min) throw new Error(text.helperArguments(name, min));
    return (helper as (...a: unknown[]) => unknown).apply(this, args);
  };
}

/**
 * Rethrow a helper's error as a TemplateError naming the template line of the
 * call, and count the call and every repetition of its block against the budget.
 */
function withLine(helper: (...args: never[]) => unknown, budget: StepBudget): Handlebars.HelperDelegate {
  return function (this: unknown, ...args: unknown[]) {
    const options = args.at(-1) as (HelperOptions & Partial<Record<'fn' | 'inverse', (...a: unknown[]) => unknown>>) | undefined;
    const line = options?.loc?.start.line;
    step(budget, line);
    for (const key of ['fn', 'inverse'] as const) {
      const block = options?.[key];
      if (options !== undefined && typeof block === 'function') {
        options[key] = function (this: unknown, ...blockArgs: unknown[]) {
          step(budget, line);
          return block.apply(this, blockArgs);
        } as never;
      }
    }
    try {
      return (helper as (...a: unknown[]) => unknown).apply(this, args);
    } catch (error) {
      if (error instanceof TemplateError) throw error;
      const options = args.at(-1) as HelperOptions | undefined;
      throw new TemplateError(error instanceof Error ? error.message : String(error), options?.loc?.start.line);
    }
  };
}

function step(budget: StepBudget, line: number | undefined): void {
  if (++budget.used > budget.limit) throw new TemplateError(budget.message, line);
}
