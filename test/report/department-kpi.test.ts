/**
 * A department report lists the obligations of its department also under other departments'
 * agreements; its KPI table must say what the obligation table beside it and `vo check` say.
 * It looked for `kpi-missed` among the findings of the department's own agreements only, so
 * an obligation of department b under an agreement of department a was "norm niet gehaald"
 * in the obligation table and "gehaald" in the KPI table of the same report.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runVo, tempDir, tempRegister } from '../helpers/run-cli.js';
import { smallAgreement, smallConfig } from '../helpers/small-register.js';

const AS_OF = '2026-04-01';

const CONFIG = smallConfig(['a', 'b']);

const AGREEMENT = smallAgreement({ extra: `obligations:
  - id: sla
    title: Beschikbaarheid
    party: processor
    frequency: yearly
    department: b
    kpi:
      metric: beschikbaarheid
      target: 99.5
      comparison: ">="
      unit: "%"
` });

const EVALUATION = `id: rapportage
agreement: zaken
date: "2026-03-20"
type: report-review
obligations:
  - id: sla
    status: met
    value: 98
`;

describe('the KPI table of a department report says what vo check says', () => {
  const root = tempRegister({ 'vo.config.yaml': CONFIG, 'agreements/zaken.yaml': AGREEMENT, 'evaluations/rapportage.yaml': EVALUATION });
  const template = join(tempDir(), 'kpis.md.hbs');
  writeFileSync(template, '{{#each obligations}}{{id}} {{shownStatus}}\n{{/each}}{{#each kpis}}{{obligation}} {{met}}\n{{/each}}');

  it('an obligation of department b under an agreement of department a: missed in both tables', async () => {
    const check = await runVo(['-C', root, 'check', '--as-of', AS_OF, '--format', 'json', '--fail-on', 'never']);
    expect((JSON.parse(check.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule)).toEqual(['kpi-missed']);
    for (const args of [[], ['--department', 'b']]) {
      const report = await runVo(['-C', root, 'report', '--as-of', AS_OF, '--template', template, ...args]);
      expect(report.stdout).toBe('sla kpi-missed\nsla false\n');
    }
    const markdown = await runVo(['-C', root, 'report', '--as-of', AS_OF, '--template', 'department', '--department', 'b']);
    expect(markdown.stdout).toMatch(/^\| Overeenkomst zaken \| Beschikbaarheid \| .* \| \*\*niet gehaald\*\* \|$/m);
  });
});
