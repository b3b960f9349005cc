// Complete examples for docs/format.md and docs/format.en.md. A test validates
// each against its schema, so the documentation never shows a file vo rejects.
export const EXAMPLES = {
  config: `organisation: Gemeente Voorbeeld
locale: nl
timezone: Europe/Amsterdam
departments:
  - id: burgerzaken
    name: Burgerzaken
    manager: A. de Vries
policy:
  review_months: { high: 6, medium: 12, low: 12 }
  grace_days: 14
  adequate_countries: [AD, AR, BR, CA, CH, FO, { country: GB, until: 2031-12-27 }, GG, IL, IM, JE, JP, KR, NZ, UY]
  accepted_assurance: [iso27001, nen7510, isae3402-type2, soc2-type2, tpm]
  assurance_report_max_age_months: 12
rules:
  meeting-overdue: warning
`,
  agreement: `id: zaaksysteem
title: Verwerkersovereenkomst zaaksysteem
department: burgerzaken
process_owner:
  name: J. Jansen
  email: j.jansen@voorbeeld.nl
processor:
  name: Acme B.V.
  kvk: "12345678"
  breach_contact: { email: security@acme.example }
service: Zaaksysteem (SaaS)
phase: active
template: { name: VNG Standaard Verwerkersovereenkomst Gemeenten, version: "2.42" }
dates: { signed: 2025-01-15, start: 2025-02-01 }
processing:
  purposes: [behandelen van aanvragen en bezwaren]
  data_subjects: [inwoners]
  data_categories: [NAW-gegevens, contactgegevens]
  bsn: true
  criminal_data: false
  nature: opslag en raadpleging in een SaaS-zaaksysteem
  activities: [VA-042]
risk:
  method: MAPGOOD
  components:
    - { component: data, impact: high, likelihood: medium, measures: versleuteling }
    - { component: people, impact: medium, likelihood: low }
  dpia: { required: true, date: 2024-12-10, outcome: acceptable-with-measures, accepted_by: J. Jansen, accepted: 2024-12-20 }
signing:
  signed_by: { name: A. Bakker, function: gemeentesecretaris }
  mandate: Mandaatbesluit 2024, art. 3
  fg_advice: 2024-12-18
breach_notice_hours: 24
clauses:
  instructions: art. 2
  confidentiality: art. 5
  security: art. 7 en bijlage 2
  subprocessors: art. 8
  data_subject_rights: art. 6
  assistance: art. 9
  deletion_return: art. 12
  audits: art. 10
subprocessors:
  - name: Wolk Hosting Inc.
    service: hosting
    country: US
    transfer: dpf
    approved: true
    change: { notified: 2026-09-01, objection_deadline: 2026-10-01 }
assurance:
  - { type: iso27001, valid_until: 2027-06-30, standard_version: "2022", issuer: Certificeerder B.V. }
  - { type: soc2-type2, period_end: 2025-12-31, opinion: unqualified, exceptions: 0 }
obligations:
  - id: pentest
    title: Jaarlijkse penetratietest
    party: processor
    frequency: yearly
    owner: J. Jansen
monitoring: { meetings: quarterly }
exit: { plan: bijlage 5 }
`,
  evaluation: `id: zaaksysteem-2026-03
agreement: zaaksysteem
date: 2026-03-15
type: periodic
outcome: partially-compliant
evaluators: [J. Jansen, P. de Vries]
checklist:
  - { item: assurance-current, answer: yes }
  - { item: staff-aware, answer: partial, note: kennissessie gepland }
obligations:
  - { id: pentest, status: met }
findings:
  - id: logging
    description: Logging van beheerdershandelingen onvolledig
    severity: medium
    action: verwerker vult logging aan
    owner: J. Jansen
    due: 2026-06-30
    status: open
next_review: 2026-09-15
`,
  incident: `id: 2026-05-zaaksysteem-brief
agreement: zaaksysteem
title: Brief naar verkeerd adres gestuurd
type: data-breach
discovered_by: processor
processor_aware: 2026-05-04T09:30
controller_notified: 2026-05-04T15:00
authority_notification: not-required
decision_reason: één brief zonder gevoelige gegevens; geen risico voor de betrokkene
subjects_notified: true
approx_subjects: 1
status: closed
closed: 2026-05-20
`,
};
