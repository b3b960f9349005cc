import type { Finding } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import type { Register } from '../register/load.js';
import type { Config } from '../register/types.js';
import { complianceFindings } from '../rules/engine.js';
import { applySeverities, effectiveRules } from '../rules/severity.js';

/**
 * Exactly what `vo check` reports for the whole register on D: integrity and
 * compliance findings with the config's severities, rules switched `off` dropped.
 * The views read their statuses from here (or, where a finding cannot name its
 * subject, from the same schedule functions the rule uses), so a list and a
 * check of the same register at the same date always agree.
 */
export function checkFindings(register: Register, asOf: string, lang: Lang): Finding[] {
  return applySeverities([...register.findings, ...complianceFindings(register, asOf, lang)], effectiveRules(register.config));
}

/** Rule ids that `vo check` reports at all with this config (not switched `off`). */
export function enabledRules(config: Config): ReadonlySet<string> {
  return new Set(effectiveRules(config).filter((rule) => rule.severity !== 'off').map((rule) => rule.id));
}
