/**
 * Register format version 2: every new field validates, every conditional gives
 * one finding at the right node that says what to write, in Dutch and English,
 * and ajv's own words for anyOf/if never reach the user.
 */
import { describe, expect, it } from 'vitest';
import type { SchemaKind } from '../../src/schema/schemas.js';
import { check, mutate, RAW_AJV } from './v2-helpers.js';

// Line numbers below refer to these texts.
const AGREEMENT = `id: zaaksysteem
title: Zaaksysteem
department: burgerzaken
process_owner:
  name: J. Jansen
processor:
  name: Acme B.V.
phase: active
processing:
  purposes: [behandelen van aanvragen]
  criminal_data: false
  bsn: true
  nature: opslag en raadpleging in een SaaS-zaaksysteem
  activities: [VA-042, VA-043]
risk:
  impact: high
  likelihood: medium
  method: MAPGOOD
  components:
    - component: data
      impact: high
      likelihood: medium
      threats: phishing op beheerdersaccounts
      measures: tweefactorauthenticatie
    - component: people
      impact: medium
      likelihood: low
  dpia:
    required: true
    date: 2024-01-20
    outcome: acceptable-with-measures
    accepted_by: J. Jansen
    accepted: 2024-02-10
    prior_consultation: 2024-03-01
signing:
  signed_by:
    name: A. Bakker
    function: gemeentesecretaris
  mandate: Mandaatbesluit 2024, art. 3
  fg_advice: 2024-02-20
subprocessors:
  - name: Hosting B.V.
    country: US
    transfer: scc
    tia: 2024-04-01
    change:
      notified: 2026-09-01
      objection_deadline: 2026-10-01
      decision: accepted
      decided: 2026-09-20
assurance:
  - type: soc2-type2
    period_end: 2025-12-31
    opinion: qualified
    exceptions: 2
  - type: iso27001
    valid_until: 2027-06-30
    standard_version: "2022"
  - type: isae3402-type2
    valid_until: 2025-06-30
    period_end: 2024-12-31
    standard_version: 2022
    opinion: unqualified
    exceptions: 0
    superseded: true
exit:
  plan: bijlage 5
  method: deleted
`;

const INCIDENT = `id: lek-2026
agreement: zaaksysteem
title: Verkeerd verstuurde brief
type: data-breach
processor_aware: 2026-05-01T09:30
authority_notification: not-required
decision_reason: versleuteld bestand, geen risico voor betrokkenen
status: open
`;

const CONFIG = `organisation: Gemeente Voorbeeld
departments:
  - id: burgerzaken
    name: Burgerzaken
policy:
  review_months: { high: 6, medium: 12, low: 12 }
  adequate_countries: [BR, { country: GB, until: 2031-12-27 }, { country: JP }]
  accepted_assurance: [iso27001, soc2-type2]
  assurance_report_max_age_months: 18
`;

describe('every field of version 2 validates', () => {
  it.each([
    ['agreement', AGREEMENT],
    ['incident', INCIDENT],
    ['config', CONFIG],
  ] as const)('%s', (kind, text) => {
    expect(check(kind, text)).toEqual([]);
  });

  it('an incident the municipality found itself needs no processor_aware', () => {
    const text = mutate(INCIDENT, 'processor_aware: 2026-05-01T09:30', 'discovered_by: controller\ncontroller_notified: 2026-05-01T09:30');
    expect(check('incident', text)).toEqual([]);
  });

  it('discovered_by: processor with both moments, authority delay reason and reference', () => {
    const text = mutate(
      INCIDENT,
      'authority_notification: not-required\ndecision_reason: versleuteld bestand, geen risico voor betrokkenen',
      'discovered_by: processor\ncontroller_notified: 2026-05-02T10:00\nauthority_notification: required\nauthority_notified: 2026-05-06T10:00\nauthority_delay_reason: melding pas na onderzoek compleet\nauthority_reference: M-2026-012345',
    );
    expect(check('incident', text)).toEqual([]);
  });

  it('processing without purposes, data subjects or data categories is for a rule, not the schema', () => {
    expect(check('agreement', mutate(AGREEMENT, '  purposes: [behandelen van aanvragen]\n', '  purposes: []\n'))).toEqual([]);
  });

  it('a risk of components only, or of the pair only', () => {
    expect(check('agreement', mutate(AGREEMENT, '  impact: high\n  likelihood: medium\n  method', '  method'))).toEqual([]);
    const pairOnly = AGREEMENT.replace(/ {2}components:[\s\S]*?(?= {2}dpia:)/, '');
    expect(pairOnly).not.toContain('components');
    expect(check('agreement', pairOnly)).toEqual([]);
  });
});

interface Case {
  name: string;
  kind: SchemaKind;
  text: string;
  nl: string[];
  en: string[];
}

const cases: Case[] = [
  {
    name: 'processor_aware missing (discovered_by defaults to processor)',
    kind: 'incident',
    text: mutate(INCIDENT, 'processor_aware: 2026-05-01T09:30\n', ''),
    nl: ['1:1 sleutel `processor_aware` ontbreekt: schrijf wanneer de verwerker het incident ontdekte, bijvoorbeeld `processor_aware: 2025-07-01T09:30`, of `discovered_by: controller` als de gemeente het zelf ontdekte'],
    en: ['1:1 key `processor_aware` is missing: write when the processor became aware of the incident, e.g. `processor_aware: 2025-07-01T09:30`, or `discovered_by: controller` when the municipality found it itself'],
  },
  {
    name: 'processor_aware missing with discovered_by: processor written out',
    kind: 'incident',
    text: mutate(INCIDENT, 'processor_aware: 2026-05-01T09:30', 'discovered_by: processor'),
    nl: ['1:1 sleutel `processor_aware` ontbreekt: schrijf wanneer de verwerker het incident ontdekte, bijvoorbeeld `processor_aware: 2025-07-01T09:30`, of `discovered_by: controller` als de gemeente het zelf ontdekte'],
    en: ['1:1 key `processor_aware` is missing: write when the processor became aware of the incident, e.g. `processor_aware: 2025-07-01T09:30`, or `discovered_by: controller` when the municipality found it itself'],
  },
  {
    name: 'controller_notified missing with discovered_by: controller, at discovered_by',
    kind: 'incident',
    text: mutate(INCIDENT, 'processor_aware: 2026-05-01T09:30', 'discovered_by: controller'),
    nl: ['5:1 sleutel `controller_notified` ontbreekt: bij `discovered_by: controller` is dat het moment waarop de gemeente het incident ontdekte, bijvoorbeeld `controller_notified: 2025-07-01T09:30`'],
    en: ['5:1 key `controller_notified` is missing: with `discovered_by: controller` it is the moment the municipality found the incident, e.g. `controller_notified: 2025-07-01T09:30`'],
  },
  {
    name: 'discovered_by with a value outside the list',
    kind: 'incident',
    text: mutate(INCIDENT, 'processor_aware: 2026-05-01T09:30', 'processor_aware: 2026-05-01T09:30\ndiscovered_by: gemeente'),
    nl: ['6:1 `gemeente` is geen toegestane waarde voor `discovered_by`; toegestaan: processor, controller'],
    en: ['6:1 `gemeente` is not an allowed value for `discovered_by`; allowed: processor, controller'],
  },
  {
    name: 'an assurance item without valid_until and period_end',
    kind: 'agreement',
    text: mutate(AGREEMENT, '    valid_until: 2027-06-30\n', ''),
    nl: ['56:5 `assurance[1]` heeft geen einddatum: schrijf `valid_until` (geldig tot en met) of `period_end` (einde van de onderzochte periode), of allebei'],
    en: ['56:5 `assurance[1]` has no end date: write `valid_until` (valid up to and including) or `period_end` (end of the period the report covers), or both'],
  },
  {
    name: 'a risk with impact and no likelihood, at impact',
    kind: 'agreement',
    text: mutate(AGREEMENT, '  likelihood: medium\n  method', '  method'),
    nl: ['16:3 `risk` heeft `impact` maar geen `likelihood`: impact en kans horen samen; vul ook `likelihood` in (low, medium of high)'],
    en: ['16:3 `risk` has `impact` but no `likelihood`: impact and likelihood come together; add `likelihood` too (low, medium or high)'],
  },
  {
    name: 'a risk with likelihood and no impact, at likelihood',
    kind: 'agreement',
    text: mutate(AGREEMENT, '  impact: high\n  likelihood: medium\n  method', '  likelihood: medium\n  method'),
    nl: ['16:3 `risk` heeft `likelihood` maar geen `impact`: impact en kans horen samen; vul ook `impact` in (low, medium of high)'],
    en: ['16:3 `risk` has `likelihood` but no `impact`: impact and likelihood come together; add `impact` too (low, medium or high)'],
  },
  {
    name: 'a risk with neither the pair nor a component',
    kind: 'agreement',
    text: 'id: a\ntitle: T\ndepartment: d\nprocess_owner: { name: J }\nprocessor: { name: P }\nphase: draft\nrisk:\n  method: MAPGOOD\n  components: []\n',
    nl: ['7:1 `risk` bevat geen beoordeling: schrijf `impact` en `likelihood` (low, medium of high), of ten minste één MAPGOOD-onderdeel onder `components`, of allebei'],
    en: ['7:1 `risk` holds no assessment: write `impact` and `likelihood` (low, medium or high), or at least one MAPGOOD component under `components`, or both'],
  },
  {
    name: 'a MAPGOOD component listed twice, at the second one',
    kind: 'agreement',
    text: mutate(AGREEMENT, '    - component: people', '    - component: data'),
    nl: ['25:7 onderdeel `data` staat al in `components` (regel 20); elk MAPGOOD-onderdeel komt één keer voor: voeg de twee samen'],
    en: ['25:7 component `data` is already in `components` (line 20); each MAPGOOD component is listed once: merge the two'],
  },
  {
    name: 'a MAPGOOD component outside the seven',
    kind: 'agreement',
    text: mutate(AGREEMENT, '    - component: people', '    - component: mensen'),
    nl: ['25:7 `mensen` is geen toegestane waarde voor `component`; toegestaan: people, equipment, software, data, organisation, environment, services'],
    en: ['25:7 `mensen` is not an allowed value for `component`; allowed: people, equipment, software, data, organisation, environment, services'],
  },
  {
    name: 'a component without likelihood',
    kind: 'agreement',
    text: mutate(AGREEMENT, '      likelihood: low\n', ''),
    nl: ['25:7 verplichte sleutel `likelihood` ontbreekt'],
    en: ['25:7 required key `likelihood` is missing'],
  },
  {
    name: 'dpia outcome with a typo',
    kind: 'agreement',
    text: mutate(AGREEMENT, 'outcome: acceptable-with-measures', 'outcome: acceptable-with-measure'),
    nl: ['31:5 `acceptable-with-measure` is geen toegestane waarde voor `outcome` (bedoelde u `acceptable-with-measures`?); toegestaan: acceptable, acceptable-with-measures, unacceptable'],
    en: ['31:5 `acceptable-with-measure` is not an allowed value for `outcome` (did you mean `acceptable-with-measures`?); allowed: acceptable, acceptable-with-measures, unacceptable'],
  },
  {
    name: 'signing: an unknown key suggests the right one',
    kind: 'agreement',
    text: mutate(AGREEMENT, '  fg_advice: 2024-02-20', '  fg_advies: 2024-02-20'),
    nl: ['40:3 onbekende sleutel `fg_advies`, bedoelde u `fg_advice`?'],
    en: ['40:3 unknown key `fg_advies`, did you mean `fg_advice`?'],
  },
  {
    name: 'signed_by without a name',
    kind: 'agreement',
    text: mutate(AGREEMENT, '    name: A. Bakker\n', ''),
    nl: ['36:3 verplichte sleutel `name` ontbreekt'],
    en: ['36:3 required key `name` is missing'],
  },
  {
    name: 'a sub-processor change without notified, and a decision outside the list',
    kind: 'agreement',
    text: mutate(mutate(AGREEMENT, '      notified: 2026-09-01\n', ''), 'decision: accepted', 'decision: akkoord'),
    nl: ['46:5 verplichte sleutel `notified` ontbreekt', '48:7 `akkoord` is geen toegestane waarde voor `decision`; toegestaan: accepted, objected'],
    en: ['46:5 required key `notified` is missing', '48:7 `akkoord` is not an allowed value for `decision`; allowed: accepted, objected'],
  },
  {
    name: 'a tia that is no date',
    kind: 'agreement',
    text: mutate(AGREEMENT, 'tia: 2024-04-01', 'tia: 2024-13-01'),
    nl: ['45:5 `tia`: `2024-13-01` is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2025-07-01'],
    en: ['45:5 `tia`: `2024-13-01` is not an existing date; write YYYY-MM-DD, e.g. 2025-07-01'],
  },
  {
    name: 'assurance opinion, exceptions below zero and superseded as text',
    kind: 'agreement',
    text: mutate(mutate(mutate(AGREEMENT, 'opinion: qualified', 'opinion: met beperking'), 'exceptions: 2', 'exceptions: -1'), 'superseded: true', 'superseded: ja'),
    nl: [
      '54:5 `met beperking` is geen toegestane waarde voor `opinion`; toegestaan: unqualified, qualified, adverse, disclaimer',
      '55:5 `exceptions` moet minstens 0 zijn',
      '65:5 `superseded` moet true of false zijn, niet tekst',
    ],
    en: [
      '54:5 `met beperking` is not an allowed value for `opinion`; allowed: unqualified, qualified, adverse, disclaimer',
      '55:5 `exceptions` must be at least 0',
      '65:5 `superseded` must be true or false, not text',
    ],
  },
  {
    name: 'processing: criminal_data and bsn are booleans, activities a list',
    kind: 'agreement',
    text: mutate(mutate(AGREEMENT, 'criminal_data: false', 'criminal_data: nee'), 'activities: [VA-042, VA-043]', 'activities: VA-042'),
    nl: ['11:3 `criminal_data` moet true of false zijn, niet tekst', '14:3 `activities` moet een lijst zijn, niet tekst'],
    en: ['11:3 `criminal_data` must be true or false, not text', '14:3 `activities` must be a list, not text'],
  },
  {
    name: 'exit.plan may not be empty',
    kind: 'agreement',
    text: mutate(AGREEMENT, 'plan: bijlage 5', 'plan: ""'),
    nl: ['67:3 `plan` mag niet leeg zijn'],
    en: ['67:3 `plan` must not be empty'],
  },
  {
    name: 'adequate_countries: a bad code, a number, a misspelt until, an object without country, an impossible until',
    kind: 'config',
    text: mutate(CONFIG, '[BR, { country: GB, until: 2031-12-27 }, { country: JP }]', '[bra, 12, { country: GB, untill: 2031-12-27 }, { until: 2031-02-30 }]'),
    nl: [
      '7:24 `adequate_countries[0]`: `bra` is geen ISO 3166-1 alfa-2-landcode; schrijf een toegekende code in hoofdletters, zoals NL, DE of US',
      '7:29 `adequate_countries[1]`: schrijf een landcode zoals BR, of een land met einddatum zoals `{country: GB, until: 2031-12-27}`',
      '7:48 onbekende sleutel `untill`, bedoelde u `until`?',
      '7:70 verplichte sleutel `country` ontbreekt',
      '7:72 `until`: `2031-02-30` is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2025-07-01',
    ],
    en: [
      '7:24 `adequate_countries[0]`: `bra` is not an ISO 3166-1 alpha-2 country code; write an assigned code in capitals, such as NL, DE or US',
      '7:29 `adequate_countries[1]`: write a country code such as BR, or a country with an end date such as `{country: GB, until: 2031-12-27}`',
      '7:48 unknown key `untill`, did you mean `until`?',
      '7:70 required key `country` is missing',
      '7:72 `until`: `2031-02-30` is not an existing date; write YYYY-MM-DD, e.g. 2025-07-01',
    ],
  },
  {
    name: 'accepted_assurance names only assurance types',
    kind: 'config',
    text: mutate(CONFIG, '[iso27001, soc2-type2]', '[iso27002, soc2-type2]'),
    nl: ['8:24 `iso27002` is geen toegestane waarde voor `accepted_assurance[0]` (bedoelde u `iso27001`?); toegestaan: iso27001, nen7510, isae3402-type1, isae3402-type2, soc2-type1, soc2-type2, tpm, pentest, other'],
    en: ['8:24 `iso27002` is not an allowed value for `accepted_assurance[0]` (did you mean `iso27001`?); allowed: iso27001, nen7510, isae3402-type1, isae3402-type2, soc2-type1, soc2-type2, tpm, pentest, other'],
  },
  {
    name: 'nature, an activity id and the mandate may not be empty',
    kind: 'agreement',
    text: mutate(mutate(mutate(AGREEMENT, 'nature: opslag en raadpleging in een SaaS-zaaksysteem', 'nature: ""'), '[VA-042, VA-043]', '[VA-042, ""]'), 'mandate: Mandaatbesluit 2024, art. 3', 'mandate: ""'),
    nl: ['13:3 `nature` mag niet leeg zijn', '14:24 `activities[1]` mag niet leeg zijn', '39:3 `mandate` mag niet leeg zijn'],
    en: ['13:3 `nature` must not be empty', '14:24 `activities[1]` must not be empty', '39:3 `mandate` must not be empty'],
  },
  {
    name: 'bsn as text, components not a list, signing not an object',
    kind: 'agreement',
    text: mutate(mutate(AGREEMENT, 'bsn: true', 'bsn: ja'), 'signing:\n  signed_by:\n    name: A. Bakker\n    function: gemeentesecretaris\n  mandate: Mandaatbesluit 2024, art. 3\n  fg_advice: 2024-02-20', 'signing: 2024-02-20'),
    nl: ['12:3 `bsn` moet true of false zijn, niet tekst', '35:1 `signing` moet een object met sleutels zijn, niet tekst'],
    en: ['12:3 `bsn` must be true or false, not text', '35:1 `signing` must be an object with keys, not text'],
  },
  {
    name: 'objection_deadline and prior_consultation are dates',
    kind: 'agreement',
    text: mutate(mutate(AGREEMENT, 'objection_deadline: 2026-10-01', 'objection_deadline: 1 oktober'), 'prior_consultation: 2024-03-01', 'prior_consultation: 2024-3-1'),
    nl: [
      '34:5 `prior_consultation`: `2024-3-1` is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2025-07-01',
      '48:7 `objection_deadline`: `1 oktober` is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2025-07-01',
    ],
    en: [
      '34:5 `prior_consultation`: `2024-3-1` is not an existing date; write YYYY-MM-DD, e.g. 2025-07-01',
      '48:7 `objection_deadline`: `1 oktober` is not an existing date; write YYYY-MM-DD, e.g. 2025-07-01',
    ],
  },
  {
    name: 'standard_version is text or a number, not true',
    kind: 'agreement',
    text: mutate(AGREEMENT, 'standard_version: "2022"', 'standard_version: true'),
    nl: ['58:5 `standard_version` moet tekst zijn: zet de waarde tussen aanhalingstekens, bijvoorbeeld `standard_version: "true"`'],
    en: ['58:5 `standard_version` must be text: quote it, e.g. `standard_version: "true"`'],
  },
  {
    name: 'incident: an empty decision_reason and an unquoted AP reference number',
    kind: 'incident',
    text: mutate(mutate(INCIDENT, 'decision_reason: versleuteld bestand, geen risico voor betrokkenen', 'decision_reason: ""'), 'status: open', 'status: open\nauthority_reference: 2026012345'),
    nl: ['7:1 `decision_reason` mag niet leeg zijn', '9:1 `authority_reference` moet tekst zijn: zet de waarde tussen aanhalingstekens, bijvoorbeeld `authority_reference: "2026012345"`'],
    en: ['7:1 `decision_reason` must not be empty', '9:1 `authority_reference` must be text: quote it, e.g. `authority_reference: "2026012345"`'],
  },
  {
    name: 'assurance_report_max_age_months from 1 to 1200',
    kind: 'config',
    text: mutate(CONFIG, 'assurance_report_max_age_months: 18', 'assurance_report_max_age_months: 0'),
    nl: ['9:3 `assurance_report_max_age_months` moet minstens 1 zijn'],
    en: ['9:3 `assurance_report_max_age_months` must be at least 1'],
  },
];

describe('conditionals and new fields: position and message in Dutch and English', () => {
  for (const { name, kind, text, nl, en } of cases) {
    it(`${name} (nl)`, () => expect(check(kind, text, 'nl')).toEqual(nl));
    it(`${name} (en)`, () => expect(check(kind, text, 'en')).toEqual(en));
  }

  it('no message of these cases carries ajv’s own words', () => {
    const messages = cases.flatMap((c) => [...check(c.kind, c.text, 'nl'), ...check(c.kind, c.text, 'en')]);
    expect(messages.length).toBeGreaterThan(30);
    for (const message of messages) expect(message).not.toMatch(RAW_AJV);
  });
});
