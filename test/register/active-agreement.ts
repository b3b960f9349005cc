/**
 * An active agreement that passes its schema, for tests of what one changed value does
 * to `vo check` (test/register/blank-text-check.test.ts, unassigned-country-check.test.ts).
 */
import { expect } from 'vitest';
import type { JsonReport } from '../../src/format/json.js';
import { MINIMAL_CONFIG, runVo, tempRegister } from '../helpers/run-cli.js';

export const AGREEMENT = `id: zaaksysteem
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

export async function check(agreement: string, lang = 'en'): Promise<JsonReport> {
  const root = tempRegister({ 'vo.config.yaml': MINIMAL_CONFIG, 'agreements/zaaksysteem.yaml': agreement });
  const { stdout, stderr } = await runVo(['check', '-C', root, '--as-of', '2026-10-01', '--format', 'json', '--lang', lang]);
  expect(stderr).toBe('');
  return JSON.parse(stdout) as JsonReport;
}
