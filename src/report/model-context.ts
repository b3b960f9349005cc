import { sortFindings, type Finding } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { reportText } from '../i18n/report.js';
import type { LoadedRecord, Register } from '../register/load.js';
import type { Agreement, Config } from '../register/types.js';
import { indexEvaluations, type EvaluationIndex, type EvaluationRecord } from '../rules/schedule.js';
import { agendaItems, type AgendaItem } from '../views/agenda-items.js';
import { checkFindings, enabledRules } from '../views/check-findings.js';

/**
 * What every part of the view model reads: the register, D, the findings of
 * `vo check` (config severities applied, rules switched off gone) and the
 * rules that are on. A status in a report is "what `vo check` says": the
 * shared schedule computations decide the condition, and the rule must be on.
 */
export interface ModelContext {
  register: Register;
  config: Config;
  asOf: string;
  lang: Lang;
  text: ReturnType<typeof reportText>;
  evaluations: EvaluationIndex;
  /** Integrity and compliance findings as `vo check` reports them, sorted by file, line, column, rule. */
  findings: Finding[];
  enabled: ReadonlySet<string>;
  /** The first agreement with each id (a duplicate id is an integrity error of its own). */
  agreements: LoadedRecord<'agreement'>[];
  /** The items of `vo agenda` per agreement id: every scheduled date, computed once. */
  agenda: Map<string, AgendaItem[]>;
}

export function modelContext(register: Register, asOf: string, lang: Lang): ModelContext {
  const seen = new Set<string>();
  const agreements = register.agreements
    .filter((record) => !seen.has(record.value.id) && seen.add(record.value.id))
    .sort((x, y) => (x.value.id < y.value.id ? -1 : x.value.id > y.value.id ? 1 : 0));
  return {
    register,
    config: register.config,
    asOf,
    lang,
    text: reportText(lang),
    evaluations: indexEvaluations(register, asOf),
    findings: sortFindings(checkFindings(register, asOf, lang)),
    enabled: enabledRules(register.config),
    agreements,
    agenda: groupBy(agendaItems(register, asOf, lang), (item) => item.agreement),
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

export function evaluationsOf(context: ModelContext, agreementId: string): readonly EvaluationRecord[] {
  return context.evaluations.get(agreementId) ?? [];
}

/** A department's name from the config; an unknown id (an integrity error of its own) shows as the id. */
export function departmentName(config: Config, id: string): string {
  return config.departments.find((d) => d.id === id)?.name ?? id;
}

/** The fields that place a record under its agreement in every list of the model. */
export function agreementRef(config: Config, a: Agreement): { agreement: string; agreementTitle: string; department: string; departmentName: string } {
  return { agreement: a.id, agreementTitle: a.title, department: a.department, departmentName: departmentName(config, a.department) };
}

/** Whether `vo check` reports anything for this rule with the config in force. */
export function ruleOn(context: ModelContext, rule: string): boolean {
  return context.enabled.has(rule);
}

/** Findings of one rule, e.g. to count the `assurance-expired` ones. */
export function findingsOf(context: ModelContext, rule: string): Finding[] {
  return context.findings.filter((f) => f.rule === rule);
}
