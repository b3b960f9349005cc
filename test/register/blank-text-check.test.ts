/**
 * `vo check` on a register with blank references: an active agreement whose eight
 * clause references are `' '`, or a deviation whose reason is, gets a `schema` error
 * at each, instead of passing as if they were filled in.
 */
import { describe, expect, it } from 'vitest';
import { AGREEMENT, check } from './active-agreement.js';

describe('vo check: blank references', () => {
  it('an active agreement with all eight clause references blank gets eight schema errors', async () => {
    const blank = AGREEMENT.replace(/^( {2}[a-z_]+): art\. \d+$/gm, "$1: ' '");
    const schema = (await check(blank)).findings.filter((f) => f.rule === 'schema');
    expect(schema.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual(
      ['instructions', 'confidentiality', 'security', 'subprocessors', 'data_subject_rights', 'assistance', 'deletion_return', 'audits'].map(
        (clause, i) => `${24 + i}:3 \`${clause}\` must not be blank: spaces alone are no value`,
      ),
    );
  });

  it('a deviation with a blank reason is a schema error at the reason', async () => {
    const schema = (await check(AGREEMENT.replace('reason: aansprakelijkheid beperkt na onderhandeling', "reason: ' '"), 'nl')).findings.filter(
      (f) => f.rule === 'schema',
    );
    expect(schema.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual(['22:7 `reason` mag niet leeg zijn: alleen spaties is geen waarde']);
  });
});
