/**
 * Two incident files, or two evaluation files, that give their records one id (a `duplicate-id`
 * finding of its own) are still two records, and `vo check` assesses each. A view must read each
 * record's own findings: it matched them by id only, so the agenda called the second incident's AP
 * deadline, still two days ahead, "-1 dagen te laat", `vo show` marked both incidents late, and an
 * action of the other evaluation with the same finding id was overdue before its due date.
 */
import { describe, expect, it } from 'vitest';
import { runVo, tempRegister } from '../helpers/run-cli.js';
import { smallAgreement, smallConfig } from '../helpers/small-register.js';

const AS_OF = '2026-04-01';

const CONFIG = smallConfig();

const AGREEMENT = smallAgreement({ signed: '2026-01-05' });

const incident = (title: string, aware: string) => `id: lek
agreement: zaken
title: ${title}
type: data-breach
processor_aware: "${aware}T09:00"
controller_notified: "${aware}T10:00"
authority_notification: required
status: open
`;

const evaluation = (due: string) => `id: overleg
agreement: zaken
date: "2026-02-01"
type: meeting
findings:
  - id: f1
    description: Actie met termijn ${due}
    severity: low
    due: "${due}"
    status: open
`;

type Item = { date: string; kind: string; title: string; overdue: boolean; daysLate: number | null };

describe('records of one id in two files keep their own findings in every view', () => {
  const root = tempRegister({
    'vo.config.yaml': CONFIG,
    'agreements/zaken.yaml': AGREEMENT,
    // Aware 26 March: the AP deadline passed on 29 March. Aware 30 March: it falls on 2 April, after D.
    'incidents/2026/lek.yaml': incident('Laat gemeld', '2026-03-26'),
    'incidents/lek.yaml': incident('Nog binnen de termijn', '2026-03-30'),
    'evaluations/a/overleg.yaml': evaluation('2026-03-15'),
    'evaluations/b/overleg.yaml': evaluation('2026-04-15'),
  });

  it('vo check reports one late AP notification and one overdue action', async () => {
    const check = await runVo(['-C', root, 'check', '--as-of', AS_OF, '--format', 'json', '--fail-on', 'never']);
    const findings = (JSON.parse(check.stdout) as { findings: { rule: string; file: string; due?: string }[] }).findings;
    expect(findings.filter((f) => f.rule === 'incident-authority-late').map((f) => [f.file, f.due])).toEqual([['incidents/2026/lek.yaml', '2026-03-29']]);
    expect(findings.filter((f) => f.rule === 'action-overdue').map((f) => [f.file, f.due])).toEqual([['evaluations/a/overleg.yaml', '2026-03-15']]);
  });

  it('gives every calendar event its own UID, also for two incidents or evaluations of one id', async () => {
    const ics = await runVo(['-C', root, 'agenda', '--as-of', AS_OF, '--days', '366', '--format', 'ics']);
    const events = ics.stdout.split('BEGIN:VEVENT').length - 1;
    const uids = ics.stdout.split(/\r?\n/).filter((line) => line.startsWith('UID:'));
    expect(events).toBeGreaterThanOrEqual(6); // two AP deadlines, two incident reports, two actions, and the agreement's own items
    expect(uids).toHaveLength(events);
    expect(new Set(uids).size).toBe(uids.length);
  });

  it('vo agenda marks only those as overdue, with the days late of vo check', async () => {
    const agenda = await runVo(['-C', root, 'agenda', '--as-of', AS_OF, '--format', 'json']);
    const items = (JSON.parse(agenda.stdout) as Item[]).filter((i) => i.kind === 'incident-authority' || i.kind === 'action');
    expect(items.map((i) => [i.kind, i.date, i.overdue, i.daysLate])).toEqual([
      ['action', '2026-03-15', true, 17],
      ['incident-authority', '2026-03-29', true, 3],
      ['incident-authority', '2026-04-02', false, null],
      ['action', '2026-04-15', false, null],
    ]);
  });

  it('vo show marks only the late incident and the overdue action', async () => {
    const show = await runVo(['-C', root, 'show', 'zaken', '--as-of', AS_OF, '--format', 'json']);
    const model = JSON.parse(show.stdout) as {
      incidents: { file: string; authorityLate: boolean }[];
      actions: { due: string; overdue: boolean; daysLate: number | null }[];
    };
    expect(model.incidents.map((i) => [i.file, i.authorityLate])).toEqual([
      ['incidents/lek.yaml', false],
      ['incidents/2026/lek.yaml', true],
    ]);
    expect(model.actions.map((a) => [a.due, a.overdue, a.daysLate]).sort()).toEqual([
      ['2026-03-15', true, 17],
      ['2026-04-15', false, null],
    ]);
  });
});
