import type { Config } from '../register/types.js';

/** The EEA: the 27 EU member states plus IS, LI and NO (ISO codes, so Greece is GR). */
export const EEA: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL',
  'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
]);

/**
 * A country has a current adequacy decision on D when `adequate_countries`
 * lists it as a code, or as `{country, until}` with `until` absent or on or after D.
 */
export function hasAdequacy(country: string, config: Config, asOf: string): boolean {
  return config.policy.adequate_countries.some((entry) =>
    typeof entry === 'string' ? entry === country : entry.country === country && (entry.until === undefined || entry.until >= asOf),
  );
}

/** Outside the EEA and without a current adequacy decision: a transfer needs a mechanism (GDPR chapter V). */
export function needsTransferMechanism(country: string, config: Config, asOf: string): boolean {
  return !EEA.has(country) && !hasAdequacy(country, config, asOf);
}
