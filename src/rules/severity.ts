import type { Severity } from '../findings.js';
import type { Config } from '../register/types.js';
import { RULES, type RuleMeta } from './catalogue.js';

/** A rule with its severity after the config's `rules:` overrides. */
export interface EffectiveRule extends RuleMeta {
  severity: Severity | 'off';
}

/** Every rule with its severity after the config's `rules:` (integrity rules stay `error`). */
export function effectiveRules(config: Pick<Config, 'rules'>): EffectiveRule[] {
  return RULES.map((rule) => ({
    ...rule,
    severity: rule.kind === 'integrity' ? 'error' : (config.rules[rule.id] ?? rule.defaultSeverity),
  }));
}
