import { describe, expect, it } from 'vitest';
import { fieldChanges } from '../../src/diff/field-changes.js';
import { valueChanges } from '../../src/diff/value-changes.js';
import { DEFAULT_POLICY } from '../../src/register/config.js';
import type { Config } from '../../src/register/types.js';

const config: Config = { organisation: 'Test', locale: 'nl', timezone: 'Europe/Amsterdam', departments: [], policy: DEFAULT_POLICY, rules: {} };
const context = { lang: 'nl' as const, timezone: 'Europe/Amsterdam', config, asOf: '2026-10-01' };
const base = {
  id: 'a',
  phase: 'active',
  risk: { impact: 'medium', likelihood: 'medium' },
  subprocessors: [
    { name: 'Hosting B.V.', country: 'NL' },
    { name: 'Back-up GmbH', country: 'DE' },
  ],
  assurance: [{ type: 'iso27001', valid_until: '2026-06-30' }],
  obligations: [{ id: 'pentest', title: 'Pentest', frequency: 'yearly' }],
  processing: { purposes: ['Taak'] },
};

describe('what changed inside a record', () => {
  it('sees nothing when only the order of items or keys changed', () => {
    const reordered = { processing: base.processing, obligations: base.obligations, assurance: base.assurance, subprocessors: [...base.subprocessors].reverse(), risk: { likelihood: 'medium', impact: 'medium' }, phase: 'active', id: 'a' };
    expect(valueChanges(base, reordered)).toEqual([]);
    expect(fieldChanges('agreement', base, reordered, context)).toEqual([]);
  });

  it('says what changed in words, and the rest as path, old and new', () => {
    const next = {
      ...base,
      phase: 'ended',
      risk: { impact: 'low', likelihood: 'medium' },
      subprocessors: [...base.subprocessors, { name: 'Helpdesk Ltd.', country: 'GB' }, { name: 'Sms India', country: 'IN' }].filter((s) => s.name !== 'Back-up GmbH'),
      assurance: [{ type: 'iso27001', valid_until: '2027-06-30' }],
      obligations: [],
      processing: { purposes: ['Taak', 'Archief'] },
      'x-kenmerk': 'Z-1',
    };
    expect(fieldChanges('agreement', base, next, context).map((c) => `${c.type} | ${c.path} | ${c.message}`)).toEqual([
      'phase | phase | fase gewijzigd van in beheer naar beëindigd',
      'risk-lowered | risk | risico verlaagd van middel naar laag',
      'subprocessor-removed | subprocessors[Back-up GmbH] | subverwerker Back-up GmbH verwijderd',
      'subprocessor-added | subprocessors[Helpdesk Ltd.] | subverwerker Helpdesk Ltd. toegevoegd (GB, buiten de EER met adequaatheidsbesluit)',
      'subprocessor-added | subprocessors[Sms India] | subverwerker Sms India toegevoegd (IN, buiten de EER zonder adequaatheidsbesluit)',
      'assurance-removed | assurance[iso27001 2026-06-30] | assurance ISO 27001 (geldig tot 30 juni 2026) verwijderd',
      'assurance-added | assurance[iso27001 2027-06-30] | assurance ISO 27001 toegevoegd (geldig tot 30 juni 2027)',
      'obligation-removed | obligations[pentest] | verplichting pentest verwijderd',
      'field | processing.purposes | processing.purposes gewijzigd van Taak naar Taak, Archief',
      'field | x-kenmerk | x-kenmerk toegevoegd: Z-1',
    ]);
  });

  it('calls a sub-processor adequate only while its adequacy decision lasts on D', () => {
    const policy = { ...DEFAULT_POLICY, adequate_countries: [...DEFAULT_POLICY.adequate_countries.filter((c) => c !== 'GB'), { country: 'GB', until: '2026-06-27' }] };
    const next = { ...base, subprocessors: [...base.subprocessors, { name: 'Helpdesk Ltd.', country: 'GB' }, { name: 'Nuvem Ltda.', country: 'BR' }] };
    const messages = (asOf: string) => fieldChanges('agreement', base, next, { ...context, config: { ...config, policy }, asOf }).map((c) => c.message);
    expect(messages('2026-06-27')).toEqual([
      'subverwerker Helpdesk Ltd. toegevoegd (GB, buiten de EER met adequaatheidsbesluit)',
      'subverwerker Nuvem Ltda. toegevoegd (BR, buiten de EER met adequaatheidsbesluit)',
    ]);
    expect(messages('2026-06-28')[0]).toBe('subverwerker Helpdesk Ltd. toegevoegd (GB, buiten de EER zonder adequaatheidsbesluit)');
  });

  it('reads an action resolved and an incident closed and reported', () => {
    const evaluation = { id: 'e', findings: [{ id: 'f1', description: 'Logging', status: 'open' }] };
    const resolved = { id: 'e', findings: [{ id: 'f1', description: 'Logging', status: 'resolved', resolved: '2026-11-15' }, { id: 'f2', description: 'Nieuwe\nregel', status: 'open' }] };
    expect(fieldChanges('evaluation', evaluation, resolved, context).map((c) => c.message)).toEqual(['actie f2 toegevoegd: Nieuwe regel', 'actie f1 afgerond op 15 november 2026']);
    const incident = { id: 'i', status: 'open', authority_notification: 'required' };
    const closed = { id: 'i', status: 'closed', closed: '2026-09-20', authority_notification: 'required', authority_notified: '2026-05-02T10:00' };
    expect(fieldChanges('incident', incident, closed, { ...context, lang: 'en' }).map((c) => `${c.type}: ${c.message}`)).toEqual([
      'incident-closed: incident closed on 20 September 2026',
      'authority-notified: reported to the Dutch Data Protection Authority on 2 May 2026 10:00',
    ]);
  });

  it('says the steps of the dossier in words: MAPGOOD components, DPIA, signing, sub-processor changes, assurance opinions', () => {
    const before = {
      id: 'a',
      phase: 'signing',
      risk: {
        impact: 'medium',
        likelihood: 'medium',
        method: 'MAPGOOD',
        components: [
          { component: 'data', impact: 'medium', likelihood: 'low' },
          { component: 'people', impact: 'low', likelihood: 'low' },
        ],
        dpia: { required: true },
      },
      subprocessors: [
        { name: 'Mailwolk Inc.', country: 'US', transfer: 'scc' },
        { name: 'Hosting B.V.', country: 'NL' },
      ],
      assurance: [
        { type: 'isae3402-type2', period_end: '2025-12-31' },
        { type: 'iso27001', valid_until: '2027-01-31' },
      ],
    };
    const after = {
      ...before,
      risk: {
        ...before.risk,
        components: [
          { component: 'data', impact: 'high', likelihood: 'low' },
          { component: 'software', impact: 'medium', likelihood: 'medium' },
        ],
        dpia: { required: true, date: '2026-02-10', outcome: 'acceptable-with-measures', accepted_by: 'A. Eigenaar', accepted: '2026-02-20' },
      },
      signing: { signed_by: { name: 'B. Burgemeester', function: 'burgemeester' }, mandate: 'Mandaatbesluit 2025', fg_advice: '2026-02-15' },
      subprocessors: [
        { name: 'Mailwolk Inc.', country: 'US', transfer: 'dpf', tia: '2026-03-01' },
        { name: 'Hosting B.V.', country: 'NL', change: { notified: '2026-09-01', objection_deadline: '2026-10-01' } },
      ],
      assurance: [
        { type: 'isae3402-type2', period_end: '2025-12-31', opinion: 'qualified' },
        { type: 'iso27001', valid_until: '2027-01-31', superseded: true },
        { type: 'soc2-type2', period_end: '2026-06-30', opinion: 'unqualified', exceptions: 2 },
      ],
    };
    expect(fieldChanges('agreement', before, after, context).map((c) => `${c.type} | ${c.path} | ${c.message}`)).toEqual([
      'risk-component-removed | risk.components[people] | MAPGOOD-onderdeel Mensen verwijderd',
      'risk-component-added | risk.components[software] | MAPGOOD-onderdeel Programmatuur beoordeeld: impact middel, kans middel',
      'risk-component-changed | risk.components[data] | MAPGOOD-onderdeel Gegevens opnieuw beoordeeld: was impact middel en kans laag, nu impact hoog en kans laag',
      'dpia-held | risk.dpia.date | DPIA uitgevoerd op 10 februari 2026',
      'dpia-outcome | risk.dpia.outcome | uitkomst van de DPIA: aanvaardbaar met maatregelen',
      'dpia-accepted | risk.dpia.accepted | restrisico uit de DPIA aanvaard door A. Eigenaar op 20 februari 2026',
      'signed-by | signing.signed_by | ondertekend door B. Burgemeester (burgemeester), mandaat: Mandaatbesluit 2025',
      'fg-advice | signing.fg_advice | advies van de functionaris gegevensbescherming van 15 februari 2026 vastgelegd',
      'subprocessor-transfer | subprocessors[Mailwolk Inc.].transfer | doorgiftegrondslag van subverwerker Mailwolk Inc.: Data Privacy Framework',
      'subprocessor-tia | subprocessors[Mailwolk Inc.].tia | doorgiftetoets (TIA) voor subverwerker Mailwolk Inc. van 1 maart 2026 vastgelegd',
      'subprocessor-change-notified | subprocessors[Hosting B.V.].change.notified | wijziging bij subverwerker Hosting B.V. gemeld op 1 september 2026; bezwaar kan tot en met 1 oktober 2026',
      'assurance-added | assurance[soc2-type2 2026-06-30] | assurance SOC 2 type II toegevoegd (periode tot en met 30 juni 2026, oordeel: goedkeurend, 2 uitzonderingen)',
      'assurance-opinion | assurance[isae3402-type2 2025-12-31].opinion | oordeel bij assurance ISAE 3402 type II (periode tot en met 31 december 2025): met beperking',
      'assurance-superseded | assurance[iso27001 2027-01-31].superseded | assurance ISO 27001 (geldig tot 31 januari 2027) wordt niet meer verwacht',
    ]);
    expect(fieldChanges('agreement', before, after, { ...context, lang: 'en' }).map((c) => c.message)).toEqual([
      'MAPGOOD component People removed',
      'MAPGOOD component Software assessed: impact medium, likelihood medium',
      'MAPGOOD component Data reassessed: was impact medium and likelihood low, now impact high and likelihood low',
      'DPIA carried out on 10 February 2026',
      'outcome of the DPIA: acceptable with measures',
      'residual risk of the DPIA accepted by A. Eigenaar on 20 February 2026',
      'signed by B. Burgemeester (burgemeester), mandate: Mandaatbesluit 2025',
      'advice of the data protection officer of 15 February 2026 recorded',
      'transfer mechanism of sub-processor Mailwolk Inc.: Data Privacy Framework',
      'transfer impact assessment for sub-processor Mailwolk Inc. of 1 March 2026 recorded',
      'change of sub-processor Hosting B.V. notified on 1 September 2026; objections possible up to and including 1 October 2026',
      'assurance SOC 2 type II added (period up to and including 30 June 2026, opinion: unqualified, 2 exceptions)',
      'opinion on assurance ISAE 3402 type II (period up to and including 31 December 2025): qualified',
      'assurance ISO 27001 (valid until 31 January 2027) no longer expected',
    ]);

    // Later: the objection decided, the opinion revised, the DPIA's outcome reconsidered.
    const decided = {
      ...after,
      risk: { ...after.risk, dpia: { ...after.risk.dpia, outcome: 'unacceptable', prior_consultation: '2026-04-01' } },
      subprocessors: [after.subprocessors[0], { ...after.subprocessors[1], change: { ...after.subprocessors[1]?.change, decision: 'objected', decided: '2026-09-20' } }],
      assurance: [{ ...after.assurance[0], opinion: 'adverse' }, ...after.assurance.slice(1)],
    };
    for (const [lang, expected] of [
      ['nl', [
        'uitkomst van de DPIA gewijzigd van aanvaardbaar met maatregelen naar onaanvaardbaar',
        'Autoriteit Persoonsgegevens vooraf geraadpleegd op 1 april 2026 (art. 36 AVG)',
        'wijziging bij subverwerker Hosting B.V.: bezwaar gemaakt op 20 september 2026',
        'oordeel bij assurance ISAE 3402 type II (periode tot en met 31 december 2025) gewijzigd van met beperking naar afkeurend',
      ]],
      ['en', [
        'outcome of the DPIA changed from acceptable with measures to unacceptable',
        'Dutch Data Protection Authority consulted beforehand on 1 April 2026 (GDPR art. 36)',
        'change of sub-processor Hosting B.V.: objected on 20 September 2026',
        'opinion on assurance ISAE 3402 type II (period up to and including 31 December 2025) changed from qualified to adverse',
      ]],
    ] as const) {
      expect(fieldChanges('agreement', after, decided, { ...context, lang }).map((c) => c.message), lang).toEqual(expected);
    }
  });

  it('says what came with a first risk assessment: its components and the DPIA decision', () => {
    const assessed = {
      id: 'a',
      risk: { method: 'MAPGOOD', components: [{ component: 'data', impact: 'high', likelihood: 'medium' }], dpia: { required: true, date: '2026-03-01', outcome: 'acceptable' } },
    };
    expect(fieldChanges('agreement', { id: 'a' }, assessed, context).map((c) => `${c.type}: ${c.message}`)).toEqual([
      'risk-assessed: risico beoordeeld: hoog',
      'risk-component-added: MAPGOOD-onderdeel Gegevens beoordeeld: impact hoog, kans middel',
      'dpia-required: DPIA nodig',
      'dpia-held: DPIA uitgevoerd op 1 maart 2026',
      'dpia-outcome: uitkomst van de DPIA: aanvaardbaar',
    ]);
    expect(fieldChanges('agreement', { id: 'a' }, { id: 'a', risk: { impact: 'low', likelihood: 'low', dpia: { required: false } } }, { ...context, lang: 'en' }).map((c) => c.message)).toEqual([
      'risk assessed: low',
      'no DPIA required',
    ]);
  });

  it('reads who discovered an incident and the decision on notifying the authority, with its reason and reference', () => {
    const incident = { id: 'i', status: 'open', processor_aware: '2026-05-01T09:00', authority_notification: 'undecided' };
    const decided = { ...incident, discovered_by: 'controller', authority_notification: 'not-required', decision_reason: 'Versleuteld; geen risico' };
    expect(fieldChanges('incident', incident, decided, context).map((c) => `${c.type} | ${c.path} | ${c.message}`)).toEqual([
      'incident-discovered-by | discovered_by | ontdekt door de gemeente',
      'authority-decision | authority_notification | besluit over melden bij de Autoriteit Persoonsgegevens: niet verplicht (reden: Versleuteld; geen risico)',
    ]);
    const reported = { ...incident, authority_notification: 'required', authority_notified: '2026-05-02T10:00', authority_reference: 'M-2026-0501' };
    expect(fieldChanges('incident', incident, reported, { ...context, lang: 'en' }).map((c) => `${c.type}: ${c.message}`)).toEqual([
      'authority-decision: decision on notifying the Dutch Data Protection Authority: required',
      'authority-notified: reported to the Dutch Data Protection Authority on 2 May 2026 10:00 (reference M-2026-0501)',
    ]);
    // A reason written down later is said with the decision it explains.
    const explained = { ...incident, authority_notification: 'not-required' };
    expect(fieldChanges('incident', explained, { ...explained, decision_reason: 'Geen persoonsgegevens' }, context).map((c) => `${c.type} | ${c.path} | ${c.message}`)).toEqual([
      'authority-decision | decision_reason | besluit over melden bij de Autoriteit Persoonsgegevens: niet verplicht (reden: Geen persoonsgegevens)',
    ]);
  });

  it('keeps the values as plain JSON and cuts long ones in the sentence only', () => {
    const long = 'x'.repeat(200);
    const [change] = fieldChanges('agreement', { ...base, notes: 'kort' }, { ...base, notes: long }, context);
    expect(change).toMatchObject({ type: 'field', path: 'notes', old: 'kort', new: long });
    expect(change?.message.length).toBeLessThan(120);
  });
});
