/**
 * Two findings (actions) of one id in one evaluation are two actions with their own due dates, and
 * `vo check` reports `action-overdue` for the one past its date only. The views matched the finding
 * by `<evaluation id>/<finding id>`, so the agenda called the other one, due in two weeks, overdue
 * with -14 days late, and `vo show` marked it overdue too.
 */
import { describe, expect, it } from 'vitest';
import { runVo, tempRegister } from '../helpers/run-cli.js';
import { smallAgreement, smallConfig } from '../helpers/small-register.js';

const AS_OF = '2026-04-01';

const CONFIG = smallConfig();

const AGREEMENT = smallAgreement();

const EVALUATION = `id: overleg
agreement: zaken
date: "2026-02-01"
type: meeting
findings:
  - id: f1
    description: Logging aanzetten
    severity: low
    due: "2026-03-15"
    status: open
  - id: f1
    description: Back-up testen
    severity: low
    due: "2026-04-15"
    status: open
`;

describe('two actions of one id in one evaluation keep their own lateness', () => {
  const root = tempRegister({ 'vo.config.yaml': CONFIG, 'agreements/zaken.yaml': AGREEMENT, 'evaluations/overleg.yaml': EVALUATION });

  it('vo check, vo agenda and vo show agree', async () => {
    const check = await runVo(['-C', root, 'check', '--as-of', AS_OF, '--format', 'json', '--fail-on', 'never']);
    const findings = (JSON.parse(check.stdout) as { findings: { rule: string; due?: string }[] }).findings;
    expect(findings.filter((f) => f.rule === 'action-overdue').map((f) => f.due)).toEqual(['2026-03-15']);

    const agenda = await runVo(['-C', root, 'agenda', '--as-of', AS_OF, '--format', 'json']);
    const actions = (JSON.parse(agenda.stdout) as { kind: string; title: string; overdue: boolean; daysLate: number | null }[]).filter((i) => i.kind === 'action');
    expect(actions.map((i) => [i.title, i.overdue, i.daysLate])).toEqual([
      ['Logging aanzetten', true, 17],
      ['Back-up testen', false, null],
    ]);

    const show = await runVo(['-C', root, 'show', 'zaken', '--as-of', AS_OF, '--format', 'json']);
    const model = JSON.parse(show.stdout) as { actions: { description: string; overdue: boolean; daysLate: number | null }[] };
    expect(model.actions.map((a) => [a.description, a.overdue, a.daysLate])).toEqual([
      ['Logging aanzetten', true, 17],
      ['Back-up testen', false, null],
    ]);
  });

  it('the two get calendar events of their own', async () => {
    const ics = await runVo(['-C', root, 'agenda', '--as-of', AS_OF, '--format', 'ics']);
    const uids = ics.stdout.match(/^UID:.*$/gm) ?? [];
    expect(new Set(uids).size).toBe(uids.length);
  });
});
