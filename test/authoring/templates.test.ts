import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { agreementYaml } from '../../src/authoring/agreement-template.js';
import { configYaml } from '../../src/authoring/config-template.js';
import { evaluationYaml } from '../../src/authoring/evaluation-template.js';
import { incidentYaml } from '../../src/authoring/incident-template.js';
import { assertValid } from '../../src/authoring/self-check.js';
import { LANGS } from '../../src/i18n/lang.js';
import { DEFAULT_POLICY } from '../../src/register/config.js';
import type { Agreement, Config } from '../../src/register/types.js';
import { runVo } from '../helpers/run-cli.js';
import { authoringRegister } from './fixture.js';

const CONFIG: Config = {
  organisation: 'Gemeente Test',
  locale: 'nl',
  timezone: 'Europe/Amsterdam',
  departments: [{ id: 'ict', name: 'ICT' }],
  policy: DEFAULT_POLICY,
  rules: {},
};
const AGREEMENT = parse(
  'id: zaak\ntitle: Zaak\ndepartment: ict\nprocess_owner: { name: L. Smit }\nprocessor: { name: Z }\nphase: active\nbreach_notice_hours: 36\n',
) as Agreement;

describe.each(LANGS)('templates in %s', (lang) => {
  it('validate as written: the sample, a new agreement, every evaluation type, an incident, the config', () => {
    const departmentIds = ['ict'];
    const values = { id: 'a', title: 'T', department: 'ict', processor: 'P', owner: 'O', phase: 'draft' as const };
    assertValid('agreement', 'agreements/a.yaml', agreementYaml(values, { lang, departmentIds, reviewMonths: DEFAULT_POLICY.review_months, sample: true }), lang);
    assertValid('agreement', 'agreements/a.yaml', agreementYaml(values, { lang, departmentIds, reviewMonths: { high: 3, medium: 6, low: 12 }, sample: false }), lang);
    for (const type of ['periodic', 'internal-audit', 'external-audit', 'meeting', 'report-review', 'incident-review', 'training'] as const) {
      const text = evaluationYaml({ id: 'e', file: 'evaluations/2026/e.yaml', agreement: AGREEMENT, date: '2026-10-01', followUpMonths: 2, type }, lang);
      assertValid('evaluation', 'evaluations/2026/e.yaml', text, lang);
    }
    const incident = incidentYaml({ id: 'i', file: 'incidents/2026/i.yaml', agreement: AGREEMENT, agreementFile: 'agreements/zaak.yaml', title: 'Lek', type: 'data-breach', aware: '2026-10-01T09:00' }, CONFIG, lang);
    assertValid('incident', 'incidents/2026/i.yaml', incident, lang);
    const config = configYaml({ organisation: 'Gemeente: "Test"', lang, timezone: 'Europe/Amsterdam', departments: CONFIG.departments, placeholders: { organisation: false, departments: false } });
    assertValid('config', 'vo.config.yaml', config, lang);
  });

  it('the config shows the policy defaults, and un-commenting them changes nothing', () => {
    const config = configYaml({ organisation: 'G', lang, timezone: 'Europe/Amsterdam', departments: CONFIG.departments, placeholders: { organisation: false, departments: false } });
    const uncommented = config.replace(/^# (policy:| {2}[a-z_]+: )/gm, '$1');
    expect((parse(uncommented) as { policy: unknown }).policy).toEqual(DEFAULT_POLICY);
  });
});

describe('comments that name policy values', () => {
  it('take them from the register, not from the defaults', () => {
    const values = { id: 'a', title: 'T', department: 'ict', processor: 'P', owner: 'O', phase: 'draft' as const };
    const agreement = agreementYaml(values, { lang: 'nl', departmentIds: ['ict'], reviewMonths: { high: 3, medium: 6, low: 12 }, sample: false });
    expect(agreement).toContain('(hoog: 3, middel: 6, laag: 12 maanden)');
    const evaluation = evaluationYaml({ id: 'e', file: 'evaluations/2026/e.yaml', agreement: AGREEMENT, date: '2026-10-01', followUpMonths: 2, type: 'periodic' }, 'nl');
    expect(evaluation).toContain('Bij non-compliant volgt de volgende evaluatie al na 2 maanden');
  });
});

describe('the deadlines an incident states', () => {
  it('are the ones vo check then holds it to', async () => {
    const root = authoringRegister();
    const created = await runVo(['-C', root, 'new', 'incident', 'zaak', '--title', 'Lek', '--aware', '2026-09-01T09:00', '--notified', '2026-09-03T09:00'], { cwd: root });
    const file = created.stdout.trim();
    const text = readFileSync(join(root, file), 'utf8');
    const stated = /dus uiterlijk (\d{4}-\d\d-\d\d)T/.exec(text)?.[1];
    expect(stated).toBe('2026-09-02');
    const check = await runVo(['-C', root, 'check', '--as-of', '2026-10-01', '--format', 'json', '--fail-on', 'never']);
    const late = (JSON.parse(check.stdout).findings as { rule: string; due?: string }[]).find((f) => f.rule === 'incident-processor-late');
    expect(late?.due).toBe(stated);
  });
});
