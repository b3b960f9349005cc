import { actionRules } from './action-rules.js';
import { assuranceRules } from './assurance-rules.js';
import { contractRules } from './contract-rules.js';
import { evaluationRules } from './evaluation-rules.js';
import { incidentRules } from './incident-rules.js';
import { lifecycleRules } from './lifecycle-rules.js';
import { monitoringRules } from './monitoring-rules.js';
import { obligationRules } from './obligation-rules.js';
import { riskRules } from './risk-rules.js';
import { subprocessorRules } from './subprocessor-rules.js';

/** Every compliance rule family, in the order `vo rules` and docs/rules.md list them; adding a family is adding a file and a line here. */
export const RULE_FAMILIES = [
  evaluationRules,
  riskRules,
  contractRules,
  assuranceRules,
  lifecycleRules,
  subprocessorRules,
  obligationRules,
  actionRules,
  monitoringRules,
  incidentRules,
] as const;
