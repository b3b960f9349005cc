import type { Severity, Subject } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import type { MessageFormat } from '../i18n/message-format.js';
import type { LoadedRecord } from '../register/load.js';
import type { YamlPath } from '../register/parse.js';
import type { AgreementContext } from './agreement-context.js';

/**
 * A rule as ESLint keeps one (`meta` next to `create`): its id, kind, default
 * severity, a one-line description and the message it renders from its data,
 * in Dutch and English. The catalogue, `RuleId`, docs/rules.md and the config
 * schema's `rules` block are all derived from these definitions.
 */
export interface RuleDefinition<I extends string = string, D = never> {
  id: I;
  kind: 'integrity' | 'compliance';
  defaultSeverity: Severity;
  /** Which agreements it watches, in words, for `vo rules` and docs/rules.md. */
  description: Record<Lang, string>;
  /** Integrity rules have none: the loader writes their messages. */
  message?: Record<Lang, (data: D, format: MessageFormat) => string>;
}

/** A compliance rule; `D` is the data its check reports and its messages read. */
export function complianceRule<const I extends string, D>(definition: {
  id: I;
  severity: Severity;
  description: Record<Lang, string>;
  message: { nl: (data: D, format: MessageFormat) => string; en: (data: NoInfer<D>, format: MessageFormat) => string };
}): RuleDefinition<I, D> {
  return { id: definition.id, kind: 'compliance', defaultSeverity: definition.severity, description: definition.description, message: definition.message };
}

export function integrityRule<const I extends string>(id: I, description: Record<Lang, string>): RuleDefinition<I> {
  return { id, kind: 'integrity', defaultSeverity: 'error', description };
}

/** What a rule's check reports: data, not text. The assessment renders the message and computes `daysLate`. */
export interface RuleResult {
  rule: RuleDefinition<string, never>;
  /** The file the finding points into, and where. */
  record: LoadedRecord;
  path: YamlPath;
  subject: Subject;
  /** `YYYY-MM-DD`: the date the thing fell due, without grace. */
  due?: string;
  data: unknown;
}

/** A result typed by its rule, so a check can only report the data its messages read. */
export function result<D>(
  rule: RuleDefinition<string, D>,
  at: { record: LoadedRecord; path: YamlPath; subject: Subject; due?: string },
  data: D,
): RuleResult {
  return { rule: rule as unknown as RuleDefinition<string, never>, ...at, data };
}

/** One module of related rules: their definitions and one check per agreement. */
export interface RuleFamily<R extends readonly RuleDefinition<string, never>[] = readonly RuleDefinition<string, never>[]> {
  rules: R;
  check(context: AgreementContext): RuleResult[];
}

export function ruleFamily<const R extends readonly RuleDefinition<string, never>[]>(
  rules: R,
  check: (context: AgreementContext) => RuleResult[],
): RuleFamily<R> {
  return { rules, check };
}
