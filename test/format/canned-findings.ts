import type { Finding } from '../../src/findings.js';
import type { Lang } from '../../src/i18n/lang.js';
import type { EffectiveRule, FormatContext } from '../../src/format/types.js';
import { RULES } from '../../src/rules/catalogue.js';

/** What a hostile or careless YAML value can put into a message. */
export const HOSTILE_MESSAGE = 'Clause "a, b": missing\nsee | table <script>alert(1)</script> 100% & more\\';

/**
 * Six findings in two files, deliberately out of order: errors and warnings, one with
 * agreement and due, one with every character that some format must escape.
 */
export const CANNED: readonly Finding[] = [
  { rule: 'agreement-expiring', severity: 'warning', message: 'Agreement acme ends on 2025-04-01.', file: 'agreements/acme.yaml', line: 12, column: 3, agreement: 'acme', due: '2025-04-01' },
  { rule: 'schema', severity: 'error', message: HOSTILE_MESSAGE, file: 'evaluations/2025/acme-q1.yaml', line: 4, column: 11 },
  { rule: 'risk-missing', severity: 'error', message: 'Agreement acme has no risk assessment.', file: 'agreements/acme.yaml', line: 1, column: 1, agreement: 'acme' },
  { rule: 'clause-missing', severity: 'error', message: 'Clause "audit" is missing.', file: 'agreements/acme.yaml', line: 20, column: 1, agreement: 'acme' },
  { rule: 'dpia-missing', severity: 'warning', message: 'A DPIA is required but has no date.', file: 'agreements/acme.yaml', line: 1, column: 1, agreement: 'acme' },
  { rule: 'kpi-missed', severity: 'warning', message: 'Availability 98.1 misses the target 99.5.', file: 'evaluations/2025/acme-q1.yaml', line: 30, column: 9, agreement: 'acme' },
];

/** The catalogue at its defaults, with one compliance rule switched off by the config. */
export const RULES_WITH_ONE_OFF: readonly EffectiveRule[] = RULES.map((rule) => ({
  ...rule,
  severity: rule.id === 'training-overdue' ? 'off' : rule.defaultSeverity,
}));

export function context(overrides: Partial<FormatContext> & { lang?: Lang } = {}): FormatContext {
  return { asOf: '2025-03-01', lang: 'nl', color: false, rules: RULES_WITH_ONE_OFF, toolVersion: '0.1.0', fileCount: 14, ...overrides };
}
