import type { Finding } from '../findings.js';
import type { JsonFinding } from '../format/json.js';
import type { Lang } from '../i18n/lang.js';
import type { Register } from '../register/load.js';
import { assess } from '../assessment/assess.js';
import { findingChanges } from './finding-changes.js';
import { recordChanges, type RecordChange } from './record-changes.js';

/** One side of a comparison: a ref and its commit, or the working tree (both null). */
export interface DiffSide {
  ref: string | null;
  commit: string | null;
}

/** `vo diff --format json` (docs/git.md): what a change does to the register as of D. */
export interface RegisterDiff {
  base: DiffSide;
  head: DiffSide;
  asOf: string;
  summary: { added: number; changed: number; removed: number; introduced: number; resolved: number };
  records: RecordChange[];
  findings: { introduced: JsonFinding[]; resolved: JsonFinding[] };
}

export interface DiffInput {
  base: Register;
  head: Register;
  sides: { base: DiffSide; head: DiffSide };
  asOf: string;
  lang: Lang;
}

/**
 * Compare two states of the register: its records, and `vo check`'s findings
 * of both as of the same D, matched by `findingKey`. Pure: both registers are
 * loaded already.
 */
export function registerDiff(input: DiffInput): RegisterDiff {
  const { base, head, asOf, lang } = input;
  const records = recordChanges(base, head, lang, asOf);
  const findings = findingChanges(assess(base, asOf, lang).findings, assess(head, asOf, lang).findings);
  const count = (change: RecordChange['change']) => records.filter((r) => r.change === change).length;
  return {
    base: input.sides.base,
    head: input.sides.head,
    asOf,
    summary: {
      added: count('added'),
      changed: count('changed'),
      removed: count('removed'),
      introduced: findings.introduced.length,
      resolved: findings.resolved.length,
    },
    records,
    findings: { introduced: findings.introduced.map(jsonFinding), resolved: findings.resolved.map(jsonFinding) },
  };
}

/** The finding as `vo check --format json` prints it. */
export function jsonFinding(finding: Finding): JsonFinding {
  const { rule, severity, message, file, line, column, agreement, due } = finding;
  return { rule, severity, message, file, line, column, ...(agreement !== undefined && { agreement }), ...(due !== undefined && { due }) };
}
