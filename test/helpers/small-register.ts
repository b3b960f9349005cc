/**
 * The files of a small register for tests that need one agreement shaped just so: a config
 * with departments `a` (and more), and a complete live agreement (every clause, low risk)
 * that reports nothing by itself, so a test's own obligations, evaluations and incidents
 * are what the rules see.
 */

/** vo.config.yaml with these departments, each named "Afdeling <ID>". */
export function smallConfig(departments: readonly string[] = ['a']): string {
  return ['organisation: Test', 'timezone: Europe/Amsterdam', 'departments:', ...departments.flatMap((id) => [`  - id: ${id}`, `    name: Afdeling ${id.toUpperCase()}`]), ''].join('\n');
}

export interface SmallAgreement {
  /** Default `zaken`; the title is "Overeenkomst <id>". */
  id?: string;
  department?: string;
  phase?: string;
  /** Signed and started on this date (default 2026-01-31, so a monthly clock is due on 28 February). */
  signed?: string;
  owner?: string;
  email?: string;
  processor?: string;
  /** More top-level YAML, written after the clauses: `obligations:`, `exit:`. */
  extra?: string;
}

/** An agreement file's text. */
export function smallAgreement(options: SmallAgreement = {}): string {
  const { id = 'zaken', department = 'a', phase = 'active', signed = '2026-01-31', owner = 'P. Eigenaar', email, processor = 'Verwerker', extra = '' } = options;
  return `id: ${id}
title: Overeenkomst ${id}
department: ${department}
process_owner:
  name: ${owner}
${email !== undefined ? `  email: ${email}\n` : ''}processor:
  name: ${processor}
phase: ${phase}
dates:
  signed: "${signed}"
  start: "${signed}"
processing:
  purposes: [x]
  data_subjects: [x]
  data_categories: [x]
  activities: [x]
risk:
  impact: low
  likelihood: low
breach_notice_hours: 24
clauses:
  instructions: a
  confidentiality: a
  security: a
  subprocessors: a
  data_subject_rights: a
  assistance: a
  deletion_return: a
  audits: a
${extra}`;
}
