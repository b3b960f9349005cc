import { describe, expect, it } from 'vitest';
import { fieldChanges } from '../../src/diff/field-changes.js';
import { valueChanges } from '../../src/diff/value-changes.js';
import { DEFAULT_POLICY } from '../../src/register/config.js';
import type { Config } from '../../src/register/types.js';

const config: Config = { organisation: 'Test', locale: 'nl', timezone: 'Europe/Amsterdam', departments: [], policy: DEFAULT_POLICY, rules: {} };
const context = { lang: 'nl' as const, timezone: 'Europe/Amsterdam', config };
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

  it('keeps the values as plain JSON and cuts long ones in the sentence only', () => {
    const long = 'x'.repeat(200);
    const [change] = fieldChanges('agreement', { ...base, notes: 'kort' }, { ...base, notes: long }, context);
    expect(change).toMatchObject({ type: 'field', path: 'notes', old: 'kort', new: long });
    expect(change?.message.length).toBeLessThan(120);
  });
});
