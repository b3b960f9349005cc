import type { Finding } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { ruleText } from '../i18n/rules.js';
import type { LoadedRecord, Register } from '../register/load.js';
import { locate, type YamlPath } from '../register/parse.js';
import type { Config } from '../register/types.js';
import { RULES } from './catalogue.js';
import { indexEvaluations, type EvaluationIndex, type EvaluationRecord } from './schedule.js';

/** Everything a rule family reads: the loaded register, D and the language. Nothing else. */
export interface RuleContext {
  register: Register;
  config: Config;
  /** D, `YYYY-MM-DD`. */
  asOf: string;
  lang: Lang;
  text: ReturnType<typeof ruleText>;
  /** Evaluations that exist on D, per agreement id, oldest first. */
  evaluations: EvaluationIndex;
  /** The first agreement file with each id (a duplicate id is an integrity error of its own). */
  agreementById: Map<string, LoadedRecord<'agreement'>>;
}

export function ruleContext(register: Register, asOf: string, lang: Lang): RuleContext {
  const agreementById = new Map<string, LoadedRecord<'agreement'>>();
  for (const agreement of register.agreements) {
    if (!agreementById.has(agreement.value.id)) agreementById.set(agreement.value.id, agreement);
  }
  return {
    register,
    config: register.config,
    asOf,
    lang,
    text: ruleText(lang),
    evaluations: indexEvaluations(register, asOf),
    agreementById,
  };
}

export function evaluationsOf(context: RuleContext, agreementId: string): readonly EvaluationRecord[] {
  return context.evaluations.get(agreementId) ?? [];
}

const DEFAULT_SEVERITY = new Map(RULES.map((rule) => [rule.id, rule.defaultSeverity]));

/** A compliance finding at `path` in `record`'s file; the severity is the rule's default until the config applies. */
export function finding(
  rule: string,
  record: LoadedRecord,
  path: YamlPath,
  agreement: string,
  message: string,
  due?: string,
): Finding {
  return {
    rule,
    severity: DEFAULT_SEVERITY.get(rule) ?? 'error',
    message,
    file: record.file,
    ...locate(record.source, path),
    agreement,
    ...(due !== undefined ? { due } : {}),
  };
}

/** A rule family: one module, a few related rules of SPEC §6. */
export type RuleFamily = (context: RuleContext) => Finding[];
