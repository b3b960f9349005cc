import type { Finding } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import type { Register } from '../register/load.js';
import { actionRules } from './action-rules.js';
import { agreementRules } from './agreement-rules.js';
import { assuranceRules } from './assurance-rules.js';
import { ruleContext, type RuleFamily } from './context.js';
import { evaluationRules } from './evaluation-rules.js';
import { incidentRules } from './incident-rules.js';
import { monitoringRules } from './monitoring-rules.js';
import { obligationRules } from './obligation-rules.js';

/** Every compliance rule family; adding a family is adding a file and a line here. */
export const RULE_FAMILIES: Record<string, RuleFamily> = {
  evaluation: evaluationRules,
  agreement: agreementRules,
  assurance: assuranceRules,
  obligation: obligationRules,
  action: actionRules,
  monitoring: monitoringRules,
  incident: incidentRules,
};

/** The compliance findings of SPEC §6 as of `asOf`, with default severities (the config applies later). */
export function complianceFindings(register: Register, asOf: string, lang: Lang): Finding[] {
  const context = ruleContext(register, asOf, lang);
  return Object.values(RULE_FAMILIES).flatMap((family) => family(context));
}
