/**
 * Two obligations of one id in one agreement (a `duplicate-id` finding of its own) are two
 * obligations with two clocks, and `vo check` reports each one's lateness on its own. The views
 * matched `obligation-overdue` by id only: the yearly one, due in ten months, was "te laat" in
 * `vo obligations`, and `vo agenda` gave it -305 days late.
 */
import { describe, expect, it } from 'vitest';
import { runVo, tempRegister } from '../helpers/run-cli.js';
import { smallAgreement, smallConfig } from '../helpers/small-register.js';

const AS_OF = '2026-04-01';

const CONFIG = smallConfig();

const AGREEMENT = smallAgreement({ extra: `obligations:
  - id: rapport
    title: Maandrapportage
    party: processor
    frequency: monthly
  - id: rapport
    title: Jaarrapportage
    party: processor
    frequency: yearly
` });

describe('two obligations of one id keep their own status', () => {
  const root = tempRegister({ 'vo.config.yaml': CONFIG, 'agreements/zaken.yaml': AGREEMENT });

  it('vo check reports the monthly one overdue (31 Jan + 1 month = 28 Feb, past its grace), not the yearly one', async () => {
    const check = await runVo(['-C', root, 'check', '--as-of', AS_OF, '--format', 'json', '--fail-on', 'never']);
    const findings = (JSON.parse(check.stdout) as { findings: { rule: string; due?: string }[] }).findings;
    expect(findings.filter((f) => f.rule === 'obligation-overdue').map((f) => f.due)).toEqual(['2026-02-28']);
  });

  it('vo obligations, vo agenda and vo show say the same', async () => {
    const obligations = await runVo(['-C', root, 'obligations', '--as-of', AS_OF, '--format', 'json']);
    expect((JSON.parse(obligations.stdout) as { title: string; nextDue: string; status: string }[]).map((o) => [o.title, o.nextDue, o.status])).toEqual([
      ['Maandrapportage', '2026-02-28', 'overdue'],
      ['Jaarrapportage', '2027-01-31', 'ok'],
    ]);
    const agenda = await runVo(['-C', root, 'agenda', '--as-of', AS_OF, '--days', '366', '--format', 'json']);
    const items = (JSON.parse(agenda.stdout) as { kind: string; title: string; overdue: boolean; daysLate: number | null }[]).filter((i) => i.kind === 'obligation');
    expect(items.map((i) => [i.title, i.overdue, i.daysLate])).toEqual([
      ['Maandrapportage', true, 32],
      ['Jaarrapportage', false, null],
    ]);
    const show = await runVo(['-C', root, 'show', 'zaken', '--as-of', AS_OF, '--format', 'json']);
    const model = JSON.parse(show.stdout) as { obligations: { title: string; status: string; daysLate: number | null }[] };
    expect(model.obligations.map((o) => [o.title, o.status, o.daysLate])).toEqual([
      ['Maandrapportage', 'overdue', 32],
      ['Jaarrapportage', 'ok', null],
    ]);
  });

  it('gives each obligation its own calendar UID', async () => {
    const ics = await runVo(['-C', root, 'agenda', '--as-of', AS_OF, '--days', '366', '--format', 'ics']);
    const uids = ics.stdout.split(/\r?\n/).filter((line) => line.startsWith('UID:'));
    expect(uids.length).toBeGreaterThanOrEqual(2);
    expect(new Set(uids).size).toBe(uids.length);
  });
});
