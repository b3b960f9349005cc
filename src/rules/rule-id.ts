import type { RULE_FAMILIES } from './families.js';
import type { INTEGRITY_RULES } from './integrity-rules.js';

/** Every rule id, derived from the rule definitions: adding a rule to a family adds it here. */
export type IntegrityRuleId = (typeof INTEGRITY_RULES)[number]['id'];
export type ComplianceRuleId = (typeof RULE_FAMILIES)[number]['rules'][number]['id'];
export type RuleId = IntegrityRuleId | ComplianceRuleId;
