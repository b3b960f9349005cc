/**
 * The view model says what `vo check` says: the same statuses, the same
 * overdue items with the same days late, the same counts, with the config's
 * rule settings, and a broken file is never left out.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assess.js';
import { loadRegister } from '../../src/register/load.js';
import { buildViewModel } from '../../src/report/view-model.js';
import { REPO_ROOT, tempDir } from '../helpers/run-cli.js';

const EXAMPLES = join(REPO_ROOT, 'examples');
const AS_OF = '2026-10-01';

function modelOf(root: string, options: { department?: string; agreement?: string } = {}) {
  const register = loadRegister(root, { lang: 'nl' });
  const assessment = assess(register, AS_OF, 'nl', options.agreement !== undefined ? { agreement: options.agreement } : {});
  return { findings: assessment.findings, model: buildViewModel(assessment, { template: 'management', reportDate: AS_OF, ...options }) };
}

/** Rules whose findings are things still to be done, each listed as an overdue item. */
const TO_DO = ['evaluation-overdue', 'obligation-overdue', 'meeting-overdue', 'training-overdue', 'assurance-expired', 'agreement-expired', 'action-overdue', 'incident-report-missing', 'incident-authority-undecided', 'subprocessor-change-undecided'];

describe('the view model of the example register', () => {
  const { model, findings } = modelOf(EXAMPLES);

  it('gives every agreement the status and counts of its findings', () => {
    for (const a of model.agreements) {
      const own = findings.filter((f) => f.agreement === a.id);
      const errors = own.filter((f) => f.severity === 'error').length;
      expect({ id: a.id, errors: a.errors, warnings: a.warnings }).toEqual({ id: a.id, errors, warnings: own.length - errors });
      if (errors > 0) expect(a.status).not.toBe('ok');
    }
    const reported = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => f.agreement).sort();
    expect(model.agreements.filter((a) => a.evaluation === 'overdue').map((a) => a.id).sort()).toEqual(reported('evaluation-overdue'));
    expect(model.agreements.filter((a) => a.evaluation === 'due-soon').map((a) => a.id).sort()).toEqual(reported('evaluation-due-soon'));
    expect(model.summary.evaluationsOverdue).toBeGreaterThan(0);
  });

  it('lists one overdue item per finding of a rule about something still to do, with its date and the same days late', () => {
    const late = findings.filter((f) => TO_DO.includes(f.rule) && f.due !== undefined && f.due < AS_OF);
    const expected = late.map((f) => `${f.rule} ${f.agreement} ${f.due} ${f.daysLate}`).sort();
    const items = model.overdue.map((item) => `${item.rule} ${item.agreement} ${item.date} ${item.daysLate}`).sort();
    expect(items).toEqual(expected);
    for (const f of late) expect(f.message).toContain(`${f.daysLate} ${f.daysLate === 1 ? 'dag' : 'dagen'}`);
  });

  it('counts the figures from the same findings', () => {
    const count = (rule: string) => findings.filter((f) => f.rule === rule).length;
    expect(model.summary.assuranceExpired).toBe(count('assurance-expired'));
    expect(model.summary.assuranceExpiring).toBe(count('assurance-expiring'));
    expect(model.summary.actionsOverdue).toBe(count('action-overdue'));
    expect(model.summary.agreements).toBe(model.agreements.length + model.broken.length);
    expect(model.summary.byPhase.reduce((sum, p) => sum + p.total, 0)).toBe(model.agreements.length);
    expect(model.summary.byStatus.reduce((sum, s) => sum + s.total, 0)).toBe(model.summary.agreements);
    expect(model.summary.errors).toBe(findings.filter((f) => f.severity === 'error').length);
    expect(model.summary.incidents).toBe(model.incidents.length);
  });

  it('lists upcoming items from D up to 90 days ahead, oldest first, none of them overdue', () => {
    const horizon = '2026-12-30';
    expect(model.upcoming.length).toBeGreaterThan(0);
    expect(model.upcoming.every((item) => item.date <= horizon && !item.overdue && item.daysLeft !== null)).toBe(true);
    expect(model.upcoming.map((item) => item.date)).toEqual([...model.upcoming.map((item) => item.date)].sort());
  });

  it('shows a risk that was never assessed as not assessed, while the rules count it as high', () => {
    const unassessed = model.agreements.filter((a) => a.risk.source === 'missing');
    for (const a of unassessed) expect([a.risk.level, a.risk.ruleLevel]).toEqual([null, 'high']);
    expect(model.summary.byRisk.find((r) => r.key === 'none')?.total).toBe(unassessed.length);
  });
});

describe('--department', () => {
  it("keeps the department's agreements and the obligations assigned to it under other departments' agreements", () => {
    const { model } = modelOf(EXAMPLES, { department: 'burgerzaken' });
    expect(model.department?.name).toBe('Burgerzaken');
    expect(model.agreements.every((a) => a.department === 'burgerzaken')).toBe(true);
    expect(model.agreements.length).toBeGreaterThan(0);
    const foreign = model.obligations.filter((o) => o.agreement === 'zaaksysteem');
    expect(foreign.map((o) => o.id)).toEqual(['autorisaties-balie']);
    expect(model.obligations.every((o) => o.department === 'burgerzaken')).toBe(true);
    expect(model.overdue.every((item) => item.department === 'burgerzaken')).toBe(true);
    expect(model.departments.map((d) => d.id)).toEqual(['burgerzaken']);
  });
});

describe('--agreement', () => {
  it('builds the model of that agreement only', () => {
    const { model } = modelOf(EXAMPLES, { agreement: 'jeugdhulp-portaal' });
    expect(model.agreements.map((a) => a.id)).toEqual(['jeugdhulp-portaal']);
    expect(model.agreement?.findings.length).toBe(model.agreement!.errors + model.agreement!.warnings);
  });
});

describe('a broken agreement file', () => {
  it('is listed at the top with its line and still counted, as invalid', () => {
    const root = join(tempDir('vo-report-broken-'), 'register');
    cpSync(EXAMPLES, root, { recursive: true });
    const file = join(root, 'agreements', 'zaaksysteem.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('breach_notice_hours:', 'breach_notice_hour:'));
    const { model } = modelOf(root);
    expect(model.problems.map((p) => [p.file, p.rule])).toContainEqual(['agreements/zaaksysteem.yaml', 'schema']);
    expect(model.broken.map((b) => [b.id, b.status, b.title])).toEqual([['zaaksysteem', 'invalid', 'Verwerkersovereenkomst zaaksysteem Zaakwijzer']]);
    // The five deliberately broken example files (examples/README.md) and this one.
    expect(model.summary.problemFiles).toBe(6);
    expect(model.summary.byStatus.find((s) => s.key === 'invalid')?.total).toBe(1);
  });
});

describe('rules switched off in the config', () => {
  it('drop their items, as vo check drops their findings', () => {
    const root = join(tempDir('vo-report-rules-'), 'register');
    cpSync(EXAMPLES, root, { recursive: true });
    const config = join(root, 'vo.config.yaml');
    writeFileSync(config, `${readFileSync(config, 'utf8')}\nrules:\n  meeting-overdue: off\n  evaluation-overdue: off\n`);
    const before = modelOf(EXAMPLES).model;
    const { model } = modelOf(root);
    expect(before.overdue.some((item) => item.kind === 'meeting')).toBe(true);
    expect(model.overdue.some((item) => item.kind === 'meeting' || item.kind === 'evaluation')).toBe(false);
    expect(model.agreements.some((a) => a.evaluation === 'overdue')).toBe(false);
    expect(model.overdue.length).toBeLessThan(before.overdue.length);
  });
});
