/**
 * A small register for the history tests, checked as of 2026-10-01: three
 * live agreements in two departments, each a complete dossier in register
 * format version 2 (processing activities, risk with its DPIA decision,
 * signing with the FG's advice, exit plan), so no rule fires that a test did
 * not ask for. `parkeren` (burgerzaken) is clean; `jeugdzorg`
 * (sociaal-domein, high risk) has a periodic evaluation that was due on
 * 2026-07-01 and is overdue, and no assurance report: the "other department's
 * errors" that must not fail somebody else's pull request. `afval` is clean,
 * with one evaluation.
 */
export const AS_OF = '2026-10-01';

export const CONFIG = `organisation: Gemeente Test
departments:
  - id: burgerzaken
    name: Burgerzaken
  - id: sociaal-domein
    name: Sociaal Domein
`;

export interface AgreementOptions {
  id: string;
  department: string;
  start: string;
  impact?: 'low' | 'medium' | 'high';
  likelihood?: 'low' | 'medium' | 'high';
  subprocessors?: string;
}

/**
 * A live agreement that passes every rule on AS_OF as long as its evaluation
 * clock is not overdue and, at high risk, apart from `assurance-missing` (no
 * assurance report is listed). The sub-processors come right after the
 * breach term, so the `country` of a first sub-processor (where a transfer
 * finding points) is at line 34, column 5: the line the README and docs/git.md
 * show in their example of what the pull-request workflow posts.
 */
export function agreement(o: AgreementOptions): string {
  return `id: ${o.id}
title: Verwerkersovereenkomst ${o.id}
department: ${o.department}
process_owner:
  name: A. Eigenaar
  function: Teamleider
processor:
  name: Verwerker ${o.id} B.V.
  kvk: "12345678"
service: Applicatie ${o.id} (SaaS)
phase: active
dates:
  signed: "${o.start}"
  start: "${o.start}"
processing:
  purposes:
    - Uitvoering van de taak ${o.id}
  data_subjects:
    - Inwoners
  data_categories:
    - NAW-gegevens
  bsn: false
  activities:
    - va-${o.id}
risk:
  impact: ${o.impact ?? 'low'}
  likelihood: ${o.likelihood ?? 'low'}
  assessed: "${o.start}"
  dpia:
    required: false
breach_notice_hours: 48
${o.subprocessors ?? ''}clauses:
  instructions: art. 4
  confidentiality: art. 6
  security: art. 7
  subprocessors: art. 8
  data_subject_rights: art. 10
  assistance: art. 11
  deletion_return: art. 14
  audits: art. 12
template:
  name: VNG Standaard Verwerkersovereenkomst Gemeenten
  version: "2.42"
signing:
  signed_by:
    name: B. Burgemeester
    function: Burgemeester
  mandate: Mandaatbesluit 2025
  fg_advice: "${o.start}"
exit:
  plan: Exitplan ${o.id}, bijlage 5
`;
}

/** A periodic evaluation of `agreementId`, which restarts its evaluation clock. */
export function evaluation(id: string, agreementId: string, date: string, outcome = 'compliant'): string {
  return `id: ${id}
agreement: ${agreementId}
date: "${date}"
type: periodic
outcome: ${outcome}
evaluators:
  - A. Eigenaar
  - Privacy Officer
summary: Jaarlijkse evaluatie met de verwerker.
checklist:
  - item: assurance-current
    answer: yes
  - item: subprocessors-current
    answer: yes
`;
}

/** The register of the first commit. */
export const BASE_FILES: Record<string, string> = {
  'vo.config.yaml': CONFIG,
  // low risk: a yearly evaluation clock from 2026-01-15 (due 2027-01-15), nowhere near due.
  'agreements/parkeren.yaml': agreement({ id: 'parkeren', department: 'burgerzaken', start: '2026-01-15' }),
  // high risk: 6 months from 2026-01-01 → due 2026-07-01, overdue on AS_OF.
  'agreements/jeugdzorg.yaml': agreement({ id: 'jeugdzorg', department: 'sociaal-domein', start: '2026-01-01', impact: 'high', likelihood: 'high' }),
  'agreements/afval.yaml': agreement({ id: 'afval', department: 'burgerzaken', start: '2025-06-01' }),
  'evaluations/2026/afval-2026.yaml': evaluation('afval-2026', 'afval', '2026-03-01'),
};

/** A data breach the processor reported in time and the municipality notified in time: no finding, open or closed. */
export const INCIDENT_OPEN = `id: 2026-05-01-jeugdzorg-lek
agreement: jeugdzorg
title: E-mail aan verkeerde ontvanger
type: data-breach
discovered_by: processor
processor_aware: "2026-05-01T09:00"
controller_notified: "2026-05-01T15:00"
authority_notification: required
authority_notified: "2026-05-02T10:00"
authority_reference: M-2026-0501
subjects_notified: true
approx_subjects: 1
data_categories:
  - NAW-gegevens
description: Een brief met een hulpverleningsplan is naar een verkeerd e-mailadres gestuurd.
measures: De ontvanger heeft het bericht verwijderd; adressen worden voortaan dubbel gecontroleerd.
evaluation_report:
  received: "2026-05-20"
  ref: RAP-2026-07
status: open
`;

export const INCIDENT_CLOSED = INCIDENT_OPEN.replace('status: open\n', 'status: closed\nclosed: "2026-09-20"\n');

/** A sub-processor outside the EEA without a transfer mechanism: a `subprocessor-transfer-missing` error at its line. */
export const US_SUBPROCESSOR = `subprocessors:
  - name: Mailwolk Inc.
    country: US
    approved: true
`;
