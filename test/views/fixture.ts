import { MINIMAL_CONFIG, tempRegister } from '../helpers/run-cli.js';

/**
 * A small register for the view tests, as of 2026-03-01. Each agreement is there
 * for one behaviour a user would notice:
 * - `alpha` (live, high risk): evaluation due soon (2026-03-10); obligations overdue,
 *   within grace, not met, partially met (in another department) and on-event; a meeting
 *   clock that ran out; assurance and end date ahead; an open action; a hostile title.
 * - `beta` (live, low risk): evaluation overdue (start 2024-01-01 + 12 months).
 * Both live ones have the whole version-2 dossier, so no other rule speaks up.
 * - `gamma` (draft) and `delta` (ended): no schedule.
 */
export const AS_OF = '2026-03-01';

export const HOSTILE_TITLE = 'Alpha, "de" eerste; met\nregeleinde';

const agreement = (id: string, department: string, phase: string, extra: string) => `id: ${id}
title: ${id === 'alpha' ? JSON.stringify(HOSTILE_TITLE) : `Overeenkomst ${id}`}
department: ${department}
process_owner:
  name: P. Eigenaar
processor:
  name: Verwerker ${id} B.V.
phase: ${phase}
${extra}`;

const CLAUSES = `clauses:
  instructions: art. 1
  confidentiality: art. 2
  security: art. 3
  subprocessors: art. 4
  data_subject_rights: art. 5
  assistance: art. 6
  deletion_return: art. 7
  audits: art. 8
breach_notice_hours: 24
processing:
  purposes: [dienstverlening]
  data_subjects: [inwoners]
  data_categories: [NAW-gegevens]
  activities: [vr-001]
`;

export const FILES: Record<string, string> = {
  'vo.config.yaml': MINIMAL_CONFIG,
  'agreements/alpha.yaml': agreement(
    'alpha',
    'burgerzaken',
    'active',
    `dates:
  signed: "2024-12-15"
  start: "2025-01-01"
  end: "2026-05-01"
risk:
  impact: high
  likelihood: medium
signing:
  fg_advice: "2024-12-01"
exit:
  plan: exitplan-alpha.pdf
${CLAUSES}assurance:
  - type: iso27001
    valid_until: "2026-04-15"
obligations:
  - id: rapport
    title: Kwartaalrapportage, "met" komma
    party: processor
    frequency: quarterly
    owner: L. Smit
  - id: grace
    title: Maandelijkse rapportage
    party: processor
    frequency: monthly
  - id: melden
    title: Datalekken melden
    party: processor
    frequency: on-event
  - id: deels
    title: Jaarlijkse controle
    party: controller
    frequency: yearly
    department: ict
    owner: Teamleider ICT
  - id: stil
    title: Bij een wijziging melden
    party: processor
    frequency: on-event
monitoring:
  meetings: quarterly
`,
  ),
  'agreements/beta.yaml': agreement(
    'beta',
    'ict',
    'active',
    `dates:
  signed: "2023-12-01"
  start: "2024-01-01"
risk:
  impact: low
  likelihood: low
${CLAUSES}`,
  ),
  'agreements/gamma.yaml': agreement('gamma', 'ict', 'draft', ''),
  'agreements/delta.yaml': agreement(
    'delta',
    'burgerzaken',
    'ended',
    `dates:
  signed: "2020-01-01"
  end: "2025-01-01"
exit:
  deletion_confirmed: "2025-02-01"
`,
  ),
  'evaluations/alpha-2025-09.yaml': `id: alpha-2025-09
agreement: alpha
date: "2025-09-10"
type: periodic
outcome: compliant
obligations:
  - id: rapport
    status: met
`,
  'evaluations/alpha-2026-01.yaml': `id: alpha-2026-01
agreement: alpha
date: "2026-01-20"
type: report-review
obligations:
  - id: grace
    status: met
  - id: melden
    status: not-met
  - id: deels
    status: partially-met
findings:
  - id: f1
    description: Logging ontbreekt
    action: Logging inrichten, "snel"
    severity: medium
    due: "2026-03-15"
    status: open
`,
  'evaluations/alpha-2026-04.yaml': `id: alpha-2026-04
agreement: alpha
date: "2026-04-01"
type: periodic
outcome: compliant
`,
};

/** A fresh copy of the register, optionally with some files replaced or added. */
export function viewRegister(changes: Record<string, string> = {}): string {
  return tempRegister({ ...FILES, ...changes });
}
