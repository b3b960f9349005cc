/**
 * `vo check` on a register with blank references: an active agreement whose eight
 * clause references are `' '`, or a deviation whose reason is, gets a `schema` error
 * at each, instead of passing as if they were filled in.
 */
import { describe, expect, it } from 'vitest';
import type { JsonReport } from '../../src/format/json.js';
import { MINIMAL_CONFIG, runVo, tempRegister } from '../helpers/run-cli.js';

const AGREEMENT = `id: zaaksysteem
title: Zaaksysteem
department: burgerzaken
process_owner:
  name: J. Jansen
processor:
  name: Acme B.V.
phase: active
dates:
  signed: 2025-01-15
risk:
  impact: low
  likelihood: low
processing:
  purposes: [behandelen van aanvragen]
  data_subjects: [inwoners]
  data_categories: [NAW-gegevens]
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
subprocessors:
  - name: Hosting Ltd
    service: hosting
    country: GB
`;

async function check(agreement: string, lang = 'en'): Promise<JsonReport> {
  const root = tempRegister({ 'vo.config.yaml': MINIMAL_CONFIG, 'agreements/zaaksysteem.yaml': agreement });
  const { stdout, stderr } = await runVo(['check', '-C', root, '--as-of', '2026-10-01', '--format', 'json', '--lang', lang]);
  expect(stderr).toBe('');
  return JSON.parse(stdout) as JsonReport;
}

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
