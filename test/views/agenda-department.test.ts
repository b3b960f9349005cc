/**
 * `vo agenda --department D` keeps the items of department D: an obligation with a `department`
 * of its own belongs to that department, as in `vo obligations --department`, the department
 * report and the site's department pages. The agenda selected by the agreement's department, so
 * an overdue check that `vo obligations --department b` and the department report of b list was
 * missing from `vo agenda --department b`, and showed up under the agreement's department a.
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runVo, tempDir, tempRegister } from '../helpers/run-cli.js';
import { smallAgreement, smallConfig } from '../helpers/small-register.js';

const AS_OF = '2026-04-01';

const CONFIG = smallConfig(['a', 'b']);

const AGREEMENT = smallAgreement({ extra: `obligations:
  - id: eigen
    title: Controle door afdeling A
    party: controller
    frequency: monthly
  - id: andere
    title: Controle door afdeling B
    party: controller
    frequency: monthly
    department: b
` });

type Item = { kind: string; title: string; date: string; overdue: boolean; daysLate: number | null };

async function agenda(root: string, department: string): Promise<Item[]> {
  const result = await runVo(['-C', root, 'agenda', '--as-of', AS_OF, '--department', department, '--format', 'json']);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Item[];
}

describe('vo agenda --department keeps the items of that department', () => {
  const root = tempRegister({ 'vo.config.yaml': CONFIG, 'agreements/zaken.yaml': AGREEMENT });

  it('an obligation of department b under an agreement of department a is on the agenda of b, not of a', async () => {
    // 31 Jan + 1 month = 28 Feb 2026; with 14 days of grace overdue from 15 March: 32 days late on 1 April.
    const b = await agenda(root, 'b');
    expect(b).toEqual([{ date: '2026-02-28', kind: 'obligation', agreement: 'zaken', title: 'Controle door afdeling B', owner: 'P. Eigenaar', overdue: true, daysLate: 32 }]);
    const a = await agenda(root, 'a');
    expect(a.filter((i) => i.kind === 'obligation').map((i) => i.title)).toEqual(['Controle door afdeling A']);
  });

  it('the same overdue items as vo obligations --department and the department report', async () => {
    const obligations = await runVo(['-C', root, 'obligations', '--as-of', AS_OF, '--department', 'b', '--format', 'json']);
    const rows = JSON.parse(obligations.stdout) as { title: string; status: string; nextDue: string }[];
    expect(rows.map((r) => [r.title, r.status, r.nextDue])).toEqual([['Controle door afdeling B', 'overdue', '2026-02-28']]);

    const template = join(tempDir(), 'overdue.md.hbs');
    writeFileSync(template, '{{#each overdue}}{{kind}} {{title}} {{this.date}} {{daysLate}}\n{{/each}}');
    for (const department of ['a', 'b']) {
      const report = await runVo(['-C', root, 'report', '--as-of', AS_OF, '--template', template, '--department', department]);
      const fromAgenda = (await agenda(root, department)).filter((i) => i.overdue).map((i) => `${i.kind} ${i.title} ${i.date} ${i.daysLate}`);
      expect(report.stdout.trim().split('\n').filter((l) => l !== '')).toEqual(fromAgenda);
    }
  });
});
