import type { Finding } from '../findings.js';
import type { EffectiveRule } from '../format/types.js';
import type { Config } from '../register/types.js';
import { RULES } from './catalogue.js';

/** Every rule with its severity after the config's `rules:` (integrity rules stay `error`, SPEC §6). */
export function effectiveRules(config: Config): EffectiveRule[] {
  return RULES.map((rule) => ({
    ...rule,
    severity: rule.kind === 'integrity' ? 'error' : (config.rules[rule.id] ?? rule.defaultSeverity),
  }));
}

/** Give each finding its rule's effective severity; rules switched `off` produce nothing. */
export function applySeverities(findings: readonly Finding[], rules: readonly EffectiveRule[]): Finding[] {
  const severity = new Map(rules.map((rule) => [rule.id, rule.severity]));
  const result: Finding[] = [];
  for (const finding of findings) {
    const setting = severity.get(finding.rule) ?? finding.severity;
    if (setting === 'off') continue;
    result.push({ ...finding, severity: setting });
  }
  return result;
}
