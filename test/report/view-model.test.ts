/**
 * The view model says what `vo check` says: the same overdue evaluations,
 * expired assurance and overdue items, with the config's rule settings.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegister } from '../../src/register/load.js';
import { complianceFindings } from '../../src/rules/engine.js';
import { applySeverities, effectiveRules } from '../../src/rules/severity.js';
import { buildViewModel } from '../../src/report/view-model.js';
import { REPO_ROOT, tempDir } from '../helpers/run-cli.js';

const EXAMPLES = join(REPO_ROOT, 'examples');
const AS_OF = '2026-10-01';

function modelOf(root: string, options: { department?: string; agreement?: string } = {}) {
  const register = loadRegister(root, { lang: 'nl' });
  const findings = applySeverities(complianceFindings(register, AS_OF, 'nl'), effectiveRules(register.config));
  return { register, findings, model: buildViewModel(register, AS_OF, 'nl', { template: 'management', reportDate: AS_OF, ...options }) };
}

/** Rules whose findings are things still to be done, each listed as an overdue item. */
const TO_DO = ['evaluation-overdue', 'obligation-overdue', 'meeting-overdue', 'training-overdue', 'assurance-expired', 'agreement-expired', 'action-overdue', 'incident-report-missing'];

describe('the view model of the example register', () => {
  const { model, findings } = modelOf(EXAMPLES);

  it('marks exactly the agreements vo check reports as overdue or due soon', () => {
    const reported = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => f.agreement).sort();
    expect(model.agreements.filter((a) => a.status === 'overdue').map((a) => a.id).sort()).toEqual(reported('evaluation-overdue'));
    expect(model.agreements.filter((a) => a.status === 'due-soon').map((a) => a.id).sort()).toEqual(reported('evaluation-due-soon'));
    expect(model.summary.evaluationsOverdue).toBeGreaterThan(0);
  });

  it('lists one overdue item per finding of a rule about something still to do, with its date', () => {
    const expected = findings.filter((f) => TO_DO.includes(f.rule)).map((f) => `${f.rule} ${f.agreement} ${f.due}`).sort();
    const items = model.overdue.map((item) => `${item.rule} ${item.agreement} ${item.date}`).sort();
    expect(items).toEqual(expected);
    expect(model.overdue.every((item) => item.days > 0 && item.owner !== null)).toBe(true);
  });

  it('counts the figures from the same findings', () => {
    const count = (rule: string) => findings.filter((f) => f.rule === rule).length;
    expect(model.summary.assuranceExpired).toBe(count('assurance-expired'));
    expect(model.summary.assuranceExpiring).toBe(count('assurance-expiring'));
    expect(model.summary.actionsOverdue).toBe(count('action-overdue'));
    expect(model.summary.agreements).toBe(model.agreements.length);
    expect(model.summary.byPhase.reduce((sum, p) => sum + p.total, 0)).toBe(model.agreements.length);
  });

  it('lists upcoming items from D up to 90 days ahead, oldest first, none of them overdue', () => {
    const horizon = '2026-12-30';
    expect(model.upcoming.length).toBeGreaterThan(0);
    expect(model.upcoming.every((item) => item.date <= horizon && (item.date >= AS_OF || item.days < 0))).toBe(true);
    expect(model.upcoming.map((item) => item.date)).toEqual([...model.upcoming.map((item) => item.date)].sort());
    const overdue = new Set(model.overdue.map((item) => `${item.kind} ${item.agreement} ${item.subject}`));
    expect(model.upcoming.some((item) => overdue.has(`${item.kind} ${item.agreement} ${item.subject}`))).toBe(false);
  });
});

describe('--department', () => {
  it('keeps the department\'s agreements and the obligations assigned to it under other departments\' agreements', () => {
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
    expect(model.agreements.some((a) => a.status === 'overdue')).toBe(false);
    expect(model.overdue.length).toBeLessThan(before.overdue.length);
  });
});
