import type { Severity } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import type { RuleDefinition } from './define.js';
import { RULE_FAMILIES } from './families.js';
import { INTEGRITY_RULES } from './integrity-rules.js';
import type { ComplianceRuleId, RuleId } from './rule-id.js';

/**
 * Every rule with its default severity and a one-line description in both
 * languages, derived from the rule definitions. `vo rules`, SARIF's
 * `tool.driver.rules`, docs/rules.md and the config schema's `rules` block
 * all come from this list.
 */
export interface RuleMeta {
  id: RuleId;
  kind: 'integrity' | 'compliance';
  defaultSeverity: Severity;
  description: Record<Lang, string>;
}

const meta = (rule: RuleDefinition<string, never>): RuleMeta => ({
  id: rule.id as RuleId,
  kind: rule.kind,
  defaultSeverity: rule.defaultSeverity,
  description: rule.description,
});

const DEFINITIONS: readonly RuleDefinition<string, never>[] = [
  ...INTEGRITY_RULES,
  ...RULE_FAMILIES.flatMap((family): readonly RuleDefinition<string, never>[] => family.rules),
];

export const RULES: readonly RuleMeta[] = DEFINITIONS.map(meta);

export const RULE_IDS: readonly RuleId[] = RULES.map((rule) => rule.id);
export const COMPLIANCE_RULE_IDS = RULES.filter((r) => r.kind === 'compliance').map((r) => r.id) as readonly ComplianceRuleId[];

const BY_ID = new Map(RULES.map((rule) => [rule.id as string, rule]));

export function ruleMeta(id: string): RuleMeta | undefined {
  return BY_ID.get(id);
}

export function isRuleId(id: string): id is RuleId {
  return BY_ID.has(id);
}
