/**
 * A department report lists what is overdue in that department as `vo check --department`
 * and `vo agenda` report it: the AP deadline of an open incident counts whatever the phase of
 * its agreement. The report took its dates from live agreements only, so an overdue AP
 * notification under an ended agreement was in `vo check --department`, in the agenda and in
 * the management report, but not in the department report ("Verlopen termijnen: 0").
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runVo, tempDir, tempRegister } from '../helpers/run-cli.js';
import { smallAgreement, smallConfig } from '../helpers/small-register.js';

const AS_OF = '2026-04-01';

const CONFIG = smallConfig(['a', 'b']);

const agreement = (id: string, phase: string) =>
  smallAgreement({ id, phase, processor: `Verwerker ${id}`, signed: '2025-06-01', extra: 'exit:\n  deletion_confirmed: "2026-01-15"\n' });

const incident = (id: string, agreementId: string) => `id: ${id}
agreement: ${agreementId}
title: Lek ${id}
type: data-breach
processor_aware: "2026-03-26T09:00"
controller_notified: "2026-03-26T10:00"
authority_notification: required
status: open
`;

describe('the department report lists the overdue AP notification of an ended agreement', () => {
  const root = tempRegister({
    'vo.config.yaml': CONFIG,
    'agreements/beeindigd.yaml': agreement('beeindigd', 'ended'),
    'incidents/lek-1.yaml': incident('lek-1', 'beeindigd'),
  });

  it('as vo check --department and vo agenda --department report it', async () => {
    const check = await runVo(['-C', root, 'check', '--as-of', AS_OF, '--department', 'a', '--format', 'json', '--fail-on', 'never']);
    const findings = (JSON.parse(check.stdout) as { findings: { rule: string; due?: string }[] }).findings;
    expect(findings.filter((f) => f.rule === 'incident-authority-late').map((f) => f.due)).toEqual(['2026-03-29']);

    const agenda = await runVo(['-C', root, 'agenda', '--as-of', AS_OF, '--department', 'a', '--format', 'json']);
    const late = (JSON.parse(agenda.stdout) as { kind: string; overdue: boolean; daysLate: number | null }[]).filter((i) => i.overdue);
    expect(late).toMatchObject([{ kind: 'incident-authority', daysLate: 3 }]);

    const template = ['{{summary.errors}}', '{{#each departments}}{{overdueItems}}{{/each}}', '{{#each overdue}}{{kind}} {{this.date}} {{daysLate}}{{/each}}'].join('|');
    const path = join(tempDir(), 'overdue.md.hbs');
    writeFileSync(path, template);
    for (const args of [[], ['--department', 'a']]) {
      const report = await runVo(['-C', root, 'report', '--as-of', AS_OF, '--template', path, ...args]);
      expect(report.stderr).toBe('');
      expect(report.code).toBe(0);
      // Errors, overdue items per department (a, b) and the overdue list: the same with and without --department.
      expect(report.stdout.trim()).toBe(args.length === 0 ? '1|10|incident-authority 2026-03-29 3' : '1|1|incident-authority 2026-03-29 3');
    }
  });
});
