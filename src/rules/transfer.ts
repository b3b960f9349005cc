import { hasAdequacyDecision } from '../register/adequacy.js';
import type { Config } from '../register/types.js';

/** The EEA: the 27 EU member states plus IS, LI and NO (ISO codes, so Greece is GR). */
export const EEA: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL',
  'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
]);

/** A current adequacy decision on D (`adequate_countries`, `until` inclusive): one definition, in the config module. */
export function hasAdequacy(country: string, config: Config, asOf: string): boolean {
  return hasAdequacyDecision(config.policy, country, asOf);
}

/** Outside the EEA and without a current adequacy decision: a transfer needs a mechanism (GDPR chapter V). */
export function needsTransferMechanism(country: string, config: Config, asOf: string): boolean {
  return !EEA.has(country) && !hasAdequacy(country, config, asOf);
}
