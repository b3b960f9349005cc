import { MINIMAL_CONFIG, tempRegister } from '../helpers/run-cli.js';

/** An active agreement with one obligation of each kind of frequency, and one without a breach term. */
export const ZAAK = `id: zaak
title: Verwerkersovereenkomst zaaksysteem
department: ict
process_owner:
  name: L. Smit
processor:
  name: Zaak B.V.
phase: active
dates:
  signed: "2025-01-01"
breach_notice_hours: 24
obligations:
  - id: beschikbaarheid
    title: Maandelijkse beschikbaarheidsrapportage
    party: processor
    frequency: monthly
    kpi: { metric: beschikbaarheid, target: 99.5, comparison: ">=", unit: "%" }
  - id: exitplan
    title: Exitplan opstellen
    party: processor
    frequency: once
    due: "2027-01-01"
  - id: datalek
    title: Datalekken melden
    party: processor
    frequency: on-event
  - id: autorisaties
    title: Autorisaties controleren
    party: controller
    frequency: half-yearly
`;

export const KCC = `id: kcc
title: Klantcontactcentrum
department: burgerzaken
process_owner:
  name: M. Jansen
processor:
  name: Bel B.V.
phase: active
`;

/** A register made by hand (no `.vo/schemas`), like one that predates `vo init`. */
export function authoringRegister(): string {
  return tempRegister({ 'vo.config.yaml': MINIMAL_CONFIG, 'agreements/zaak.yaml': ZAAK, 'agreements/kcc.yaml': KCC });
}
