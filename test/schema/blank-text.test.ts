/**
 * Text that must say something (a clause reference, a deviation's reason, a name, a
 * title) must not be blank: `' '` is as empty as `''`, and says so in Dutch and English.
 * Which texts these are: every text the schemas once gave `minLength: 1`
 * (test/schema/schema-files.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { check, mutate, RAW_AJV } from './v2-helpers.js';

// Line numbers below refer to this text.
const AGREEMENT = `id: zaaksysteem
title: Zaaksysteem
department: burgerzaken
process_owner:
  name: J. Jansen
processor:
  name: Acme B.V.
phase: active
template:
  name: VNG Standaard Verwerkersovereenkomst Gemeenten
  deviations:
    - clause: art. 9.2
      reason: aansprakelijkheid beperkt na onderhandeling
clauses:
  instructions: art. 2
  confidentiality: art. 5
  security: art. 7
  subprocessors: art. 8
  data_subject_rights: art. 6
  assistance: art. 9
  deletion_return: art. 12
  audits: art. 10
`;

const CLAUSES = ['instructions', 'confidentiality', 'security', 'subprocessors', 'data_subject_rights', 'assistance', 'deletion_return', 'audits'];

/** Every clause reference replaced by `blank`. */
function allClauses(blank: string): string {
  return AGREEMENT.replace(/^( {2}[a-z_]+): art\. \d+$/gm, `$1: ${blank}`);
}

describe('text that must say something', () => {
  it('the unmutated agreement is valid', () => {
    expect(check('agreement', AGREEMENT)).toEqual([]);
  });

  it('an active agreement with all eight clause references blank gets eight findings, one at each (nl)', () => {
    expect(allClauses("' '")).not.toMatch(/art\. \d+$/m);
    expect(check('agreement', allClauses("' '"), 'nl')).toEqual(
      CLAUSES.map((clause, i) => `${15 + i}:3 \`${clause}\` mag niet leeg zijn: alleen spaties is geen waarde`),
    );
  });

  it('an active agreement with all eight clause references blank gets eight findings, one at each (en)', () => {
    expect(check('agreement', allClauses("' '"), 'en')).toEqual(
      CLAUSES.map((clause, i) => `${15 + i}:3 \`${clause}\` must not be blank: spaces alone are no value`),
    );
  });

  it.each([
    ['a tab', '"\\t"'],
    ['a line of spaces in double quotes', '"   "'],
    ['a no-break space', '"\\u00a0"'],
  ])('a clause reference of only %s is blank too', (_label, blank) => {
    expect(check('agreement', mutate(AGREEMENT, 'security: art. 7', `security: ${blank}`), 'en')).toEqual([
      '17:3 `security` must not be blank: spaces alone are no value',
    ]);
  });

  it('an empty clause reference still says it must not be empty, once', () => {
    expect(check('agreement', mutate(AGREEMENT, 'security: art. 7', "security: ''"), 'en')).toEqual(['17:3 `security` must not be empty']);
    expect(check('agreement', mutate(AGREEMENT, 'security: art. 7', "security: ''"), 'nl')).toEqual(['17:3 `security` mag niet leeg zijn']);
  });

  it('a deviation with a blank reason (nl, en)', () => {
    const text = mutate(AGREEMENT, 'reason: aansprakelijkheid beperkt na onderhandeling', "reason: ' '");
    expect(check('agreement', text, 'nl')).toEqual(['13:7 `reason` mag niet leeg zijn: alleen spaties is geen waarde']);
    expect(check('agreement', text, 'en')).toEqual(['13:7 `reason` must not be blank: spaces alone are no value']);
  });

  it('a deviation with a blank clause (en)', () => {
    const text = mutate(AGREEMENT, 'clause: art. 9.2', "clause: ' '");
    expect(check('agreement', text, 'en')).toEqual(['12:7 `clause` must not be blank: spaces alone are no value']);
  });

  it.each([
    ['title', 'title: Zaaksysteem', 'title', '2:1'],
    ['the processor’s name', 'name: Acme B.V.', 'name', '7:3'],
    ['the template’s name', 'name: VNG Standaard Verwerkersovereenkomst Gemeenten', 'name', '10:3'],
  ])('a blank %s', (_label, from, key, at) => {
    const text = mutate(AGREEMENT, from, `${key}: "  "`);
    expect(check('agreement', text, 'en')).toEqual([`${at} \`${key}\` must not be blank: spaces alone are no value`]);
  });

  it('a blank organisation in the config and a blank decision reason of an incident', () => {
    expect(check('config', 'organisation: " "\ndepartments: [{ id: ict, name: ICT }]\n', 'en')).toEqual(['1:1 `organisation` must not be blank: spaces alone are no value']);
    const incident = `id: lek-2026
agreement: zaaksysteem
title: Verkeerd verstuurde brief
type: data-breach
processor_aware: 2026-05-01T09:30
authority_notification: not-required
decision_reason: ' '
status: open
`;
    expect(check('incident', incident, 'nl')).toEqual(['7:1 `decision_reason` mag niet leeg zijn: alleen spaties is geen waarde']);
  });

  it('text with something in it next to spaces is fine, and no message carries ajv’s own words', () => {
    expect(check('agreement', mutate(AGREEMENT, 'security: art. 7', "security: '  7 '"))).toEqual([]);
    for (const message of check('agreement', allClauses("' '"), 'en')) expect(message).not.toMatch(RAW_AJV);
  });
});
