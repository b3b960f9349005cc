import { describe, expect, it } from 'vitest';
import { agreement, BASE_CONFIG, check } from './build.js';

/**
 * The sub-processor rules of format version 2: approval, the transfer rules
 * split into missing / invalid / derogation / TIA, an adequacy decision's
 * `until`, and the objection deadline of a notified change.
 */
const D = '2026-03-10';
const DAY_BEFORE = '2026-03-09';
const DAY_AFTER = '2026-03-11';
const SUBPROCESSOR_RULES = [
  'subprocessor-unapproved',
  'subprocessor-transfer-missing',
  'subprocessor-transfer-invalid',
  'subprocessor-transfer-derogation',
  'subprocessor-tia-missing',
  'subprocessor-change-undecided',
];

/** [rule, sub-processor name] of every sub-processor finding. */
const subFindings = (subs: Record<string, unknown>[], asOf = D, options: { config?: Record<string, unknown>; phase?: string } = {}) =>
  check(
    {
      ...(options.config ? { config: options.config } : {}),
      agreements: { zaak: agreement({ subprocessors: subs.map((s, i) => ({ name: `S${i}`, ...s })), ...(options.phase ? { phase: options.phase } : {}) }) },
    },
    asOf,
  )
    .filter((f) => SUBPROCESSOR_RULES.includes(f.rule))
    .map((f) => [f.rule, f.subject?.id]);

describe('subprocessor-unapproved', () => {
  it('errs on approved: false only, for signing and live agreements', () => {
    expect(subFindings([{ country: 'NL', approved: false }, { country: 'NL', approved: true }, { country: 'NL' }])).toEqual([['subprocessor-unapproved', 'S0']]);
    expect(subFindings([{ country: 'NL', approved: false }], D, { phase: 'signing' })).toEqual([['subprocessor-unapproved', 'S0']]);
    expect(subFindings([{ country: 'NL', approved: false }], D, { phase: 'draft' })).toEqual([]);
  });
});

describe('transfers outside the EEA', () => {
  it('one finding per sub-processor, by mechanism and country', () => {
    const subs = [
      { country: 'IN' }, // S0 missing
      { country: 'IN', transfer: 'dpf' }, // S1 dpf is for the US only
      { country: 'US', transfer: 'dpf' }, // S2 fine
      { country: 'US', transfer: 'adequacy' }, // S3 no adequacy decision for the US
      { country: 'CN', transfer: 'derogation' }, // S4 art. 49 is for occasional transfers
      { country: 'US', transfer: 'scc' }, // S5 no TIA
      { country: 'US', transfer: 'bcr', tia: '2025-11-01' }, // S6 fine
      { country: 'BR' }, // S7 Brazil: adequacy decision of 26 January 2026
      { country: 'GR', transfer: 'adequacy' }, // S8 EEA
      { country: 'CH', transfer: 'adequacy' }, // S9 adequate
    ];
    expect(subFindings(subs)).toEqual([
      ['subprocessor-transfer-missing', 'S0'],
      ['subprocessor-transfer-invalid', 'S1'],
      ['subprocessor-transfer-invalid', 'S3'],
      ['subprocessor-transfer-derogation', 'S4'],
      ['subprocessor-tia-missing', 'S5'],
    ]);
  });

  it('dpf outside the US is invalid even in an adequate country; derogation and scc in an adequate or EEA country need nothing', () => {
    expect(subFindings([{ country: 'GB', transfer: 'dpf' }, { country: 'JP', transfer: 'derogation' }, { country: 'DE', transfer: 'scc' }])).toEqual([
      ['subprocessor-transfer-invalid', 'S0'],
    ]);
  });

  it('a TIA dated D counts; one dated the day after D does not exist yet', () => {
    expect(subFindings([{ country: 'IN', transfer: 'scc', tia: D }])).toEqual([]);
    expect(subFindings([{ country: 'IN', transfer: 'scc', tia: DAY_AFTER }])).toEqual([['subprocessor-tia-missing', 'S0']]);
    expect(subFindings([{ country: 'IN', transfer: 'scc', tia: DAY_AFTER }], DAY_AFTER)).toEqual([]);
  });

  it('messages say what is wrong', () => {
    const [invalid] = check({ agreements: { zaak: agreement({ subprocessors: [{ name: 'Cloud', country: 'IN', transfer: 'dpf' }] }) } }, D, 'subprocessor-transfer-invalid');
    expect(invalid?.message).toContain('applies only to the United States');
    expect(invalid?.severity).toBe('error');
    const [derogation] = check({ agreements: { zaak: agreement({ subprocessors: [{ name: 'Cloud', country: 'CN', transfer: 'derogation' }] }) } }, D, 'subprocessor-transfer-derogation');
    expect(derogation?.severity).toBe('warning');
  });
});

describe('an adequacy decision with `until`', () => {
  const config = (until: string) => ({ ...BASE_CONFIG, policy: { adequate_countries: [{ country: 'GB', until }, 'CH'] } });

  it('counts up to and including `until`: on D when until is D, not the day after', () => {
    expect(subFindings([{ country: 'GB' }], D, { config: config(D) })).toEqual([]);
    expect(subFindings([{ country: 'GB' }], DAY_AFTER, { config: config(D) })).toEqual([['subprocessor-transfer-missing', 'S0']]);
    expect(subFindings([{ country: 'GB', transfer: 'adequacy' }], D, { config: config(D) })).toEqual([]);
    expect(subFindings([{ country: 'GB', transfer: 'adequacy' }], DAY_AFTER, { config: config(D) })).toEqual([['subprocessor-transfer-invalid', 'S0']]);
    expect(subFindings([{ country: 'GB', transfer: 'scc' }], DAY_AFTER, { config: config(D) })).toEqual([['subprocessor-tia-missing', 'S0']]);
    expect(subFindings([{ country: 'GB', transfer: 'derogation' }], DAY_AFTER, { config: config(D) })).toEqual([['subprocessor-transfer-derogation', 'S0']]);
  });

  it('the configured list replaces the default: Brazil is not adequate when it is left out', () => {
    expect(subFindings([{ country: 'BR' }, { country: 'CH' }], DAY_BEFORE, { config: config(D) })).toEqual([['subprocessor-transfer-missing', 'S0']]);
  });
});

describe('subprocessor-change-undecided', () => {
  const change = (fields: Record<string, unknown>) => [{ country: 'NL', change: { notified: '2026-01-15', ...fields } }];
  const undecided = (fields: Record<string, unknown>, asOf = D, phase?: string) =>
    check({ agreements: { zaak: agreement({ subprocessors: [{ name: 'S0', ...change(fields)[0] }], ...(phase ? { phase } : {}) }) } }, asOf, 'subprocessor-change-undecided');

  it('warns from D + due_soon_days before the deadline, on the deadline and after it, with the deadline as due', () => {
    expect(undecided({ objection_deadline: '2026-04-10' })).toEqual([]); // D + 31
    expect(undecided({ objection_deadline: '2026-04-09' })).toMatchObject([{ due: '2026-04-09', data: { passed: false, days: 30 } }]); // D + 30
    const [today] = undecided({ objection_deadline: D });
    expect(today).toMatchObject({ due: D, severity: 'warning', data: { passed: false, days: 0 } });
    expect(today?.daysLate).toBeUndefined();
    const [late] = undecided({ objection_deadline: DAY_BEFORE });
    expect(late).toMatchObject({ due: DAY_BEFORE, daysLate: 1, data: { passed: true, days: 1 } });
    expect(late?.message).toContain('1 day late');
  });

  it('a decision counts from `decided` (or always, without it); a change notified after D does not exist yet', () => {
    expect(undecided({ objection_deadline: DAY_BEFORE, decision: 'accepted' })).toEqual([]);
    expect(undecided({ objection_deadline: DAY_BEFORE, decision: 'objected', decided: D })).toEqual([]);
    expect(undecided({ objection_deadline: DAY_BEFORE, decision: 'accepted', decided: DAY_AFTER })).toHaveLength(1);
    expect(undecided({ notified: DAY_AFTER, objection_deadline: '2026-03-20' })).toEqual([]);
    expect(undecided({ notified: D, objection_deadline: '2026-03-20' })).toHaveLength(1);
  });

  it('needs an objection deadline, and a live agreement', () => {
    expect(undecided({})).toEqual([]);
    expect(undecided({ objection_deadline: DAY_BEFORE }, D, 'signing')).toEqual([]);
  });
});
