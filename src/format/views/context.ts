import { Chalk, type ChalkInstance } from 'chalk';
import type { Lang } from '../../i18n/lang.js';
import type { Tone } from '../xlsx/sheet.js';
import type { Config } from '../../register/types.js';
import { DEFAULT_CSV, type CsvOptions } from './csv.js';

/** What every view formatter gets besides its rows. Formatters are pure: they return a string. */
export interface ViewContext {
  /** D, `YYYY-MM-DD`. */
  asOf: string;
  lang: Lang;
  /** ANSI colours allowed (terminal, no NO_COLOR, no --no-color, no --output). */
  color: boolean;
  /** Columns available to a table: the terminal's, else 80. */
  width: number;
  organisation: string;
  /** Department id to its name in the config (the id itself when unknown). */
  departmentName(id: string): string;
  csv: CsvOptions;
}

export function viewContext(config: Config, options: Partial<Omit<ViewContext, 'organisation' | 'departmentName'>> & { asOf: string; lang: Lang }): ViewContext {
  const names = new Map(config.departments.map((d) => [d.id, d.name]));
  return {
    color: false,
    width: 80,
    csv: DEFAULT_CSV,
    ...options,
    organisation: config.organisation,
    departmentName: (id) => names.get(id) ?? id,
  };
}

export function chalkFor(context: ViewContext): ChalkInstance {
  return new Chalk({ level: context.color ? 1 : 0 });
}

/**
 * Status colours shared by the views, on a terminal and in a workbook: red for what is
 * late or failing, yellow for what needs attention soon, green for fine, grey for the rest.
 */
export function statusTone(status: string): Tone | undefined {
  if (status === 'overdue' || status === 'not-met' || status === 'error' || status === 'invalid') return 'bad';
  if (status === 'due-soon' || status === 'partially-met' || status === 'kpi-missed' || status === 'warning') return 'warn';
  if (status === 'ok') return 'good';
  // A scheduled evaluation is neither good nor bad news: no colour.
  return status === 'scheduled' || status === '' ? undefined : 'muted';
}

export function statusPainter(chalk: ChalkInstance): (status: string, text: string) => string {
  const paint: Record<Tone, (text: string) => string> = { bad: chalk.red, warn: chalk.yellow, good: chalk.green, muted: chalk.dim };
  return (status, text) => {
    const tone = statusTone(status);
    return tone === undefined ? text : paint[tone](text);
  };
}

/** Count per status in a fixed order, leaving out zeros: `2 te laat, 11 op orde`. */
export function statusCounts(statuses: readonly string[], order: readonly string[], label: (status: string) => string): string[] {
  return order.flatMap((status) => {
    const count = statuses.filter((s) => s === status).length;
    return count > 0 ? [`${count} ${label(status)}`] : [];
  });
}
