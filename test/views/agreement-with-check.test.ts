import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { REPO_ROOT, runVo, tempRegister } from '../helpers/run-cli.js';
import { AS_OF, viewRegister } from './fixture.js';
import { randomRegister } from './random-register.js';

/**
 * The promise of "findings as data": every view reads the one assessment `vo
 * check` reports from, so they can never contradict each other. Each case runs
 * the commands on one register and date and compares what they say.
 */
interface CheckFinding {
  rule: string;
  severity: 'error' | 'warning';
  message: string;
  file: string;
  agreement?: string;
  due?: string;
}

interface ListRow {
  id: string;
  evaluation: string | null;
  errors: number;
  warnings: number;
  status: string;
}

interface AgendaRow {
  date: string;
  kind: string;
  agreement: string;
  overdue: boolean;
  daysLate: number | null;
}

async function json<T>(args: string[]): Promise<T> {
  const result = await runVo(args);
  expect(result.code, result.stderr).toBeLessThan(2);
  return JSON.parse(result.stdout) as T;
}

function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Everything the contract says about one register on one date. */
async function expectAgreement(register: string, asOf: string): Promise<{ list: ListRow[]; findings: CheckFinding[] }> {
  const { findings } = await json<{ findings: CheckFinding[] }>(['-C', register, 'check', '--format', 'json', '--as-of', asOf]);
  const list = await json<ListRow[]>(['-C', register, 'list', '--format', 'json', '--as-of', asOf]);
  const agenda = await json<AgendaRow[]>(['-C', register, 'agenda', '--format', 'json', '--as-of', asOf, '--days', '3660']);

  for (const row of list) {
    const own = findings.filter((f) => f.agreement === row.id);
    const errors = own.filter((f) => f.severity === 'error').length;
    const warnings = own.length - errors;
    expect({ id: row.id, errors: row.errors, warnings: row.warnings }).toEqual({ id: row.id, errors, warnings });
    const ownFile = own.some((f) => f.file.startsWith('agreements/') && ['yaml-syntax', 'schema', 'duplicate-id', 'id-mismatch', 'unknown-reference'].includes(f.rule));
    const status = ownFile ? 'invalid' : errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'ok';
    expect({ id: row.id, status: row.status }).toEqual({ id: row.id, status });
    // No view calls an agreement in order while check reports an error for it.
    if (errors > 0) expect(row.status).not.toBe('ok');
    const reported = own.some((f) => f.rule === 'evaluation-overdue') ? 'overdue' : own.some((f) => f.rule === 'evaluation-due-soon') ? 'due-soon' : undefined;
    if (reported !== undefined) expect({ id: row.id, evaluation: row.evaluation }).toEqual({ id: row.id, evaluation: reported });
    else expect(['scheduled', null]).toContain(row.evaluation);
  }
  // Every finding about an agreement belongs to a row of the list.
  const ids = new Set(list.map((r) => r.id));
  for (const f of findings) if (f.agreement !== undefined && f.file.startsWith('agreements/')) expect(ids.has(f.agreement), f.agreement).toBe(true);

  // One "days late": D − date in the agenda, the same number in check's message.
  for (const item of agenda) {
    if (!item.overdue) {
      expect(item.daysLate).toBeNull();
      continue;
    }
    expect(item.daysLate).toBe(daysFrom(item.date, asOf));
    const finding = findings.find((f) => f.agreement === item.agreement && f.due === item.date);
    expect(finding, `${item.kind} ${item.agreement} ${item.date}`).toBeDefined();
    expect(finding!.message).toContain(`${item.daysLate} ${item.daysLate === 1 ? 'dag' : 'dagen'}`);
  }
  return { list, findings };
}

describe('vo list, vo agenda and vo check give one answer', () => {
  it.each([
    ['the example register', join(REPO_ROOT, 'examples'), '2026-10-01'],
    ['the example register a year earlier', join(REPO_ROOT, 'examples'), '2025-10-01'],
    ['the view fixture', '', AS_OF],
  ])('%s: counts, status, evaluation clock and days late agree for every agreement', async (_name, root, asOf) => {
    const { list } = await expectAgreement(root === '' ? viewRegister() : root, asOf);
    expect(list.length).toBeGreaterThan(3);
  });

  it.each([1, 2, 3, 4, 5, 6])('a generated register (seed %i) with broken files, at three dates', async (seed) => {
    const register = tempRegister(randomRegister(seed));
    for (const asOf of ['2025-03-01', '2026-01-15', '2027-06-30']) {
      const { list } = await expectAgreement(register, asOf);
      expect(list.some((row) => row.status === 'invalid')).toBe(true);
    }
  });

  it('a rule switched off in the config gives no status, as check then reports nothing', async () => {
    const register = viewRegister({ 'vo.config.yaml': 'organisation: Gemeente Test\ndepartments:\n  - id: burgerzaken\n    name: Burgerzaken\n  - id: ict\n    name: ICT\nrules:\n  evaluation-overdue: off\n  evaluation-due-soon: off\n' });
    const { list, findings } = await expectAgreement(register, AS_OF);
    expect(findings.some((f) => f.rule.startsWith('evaluation-'))).toBe(false);
    expect(list.filter((r) => r.evaluation === 'overdue' || r.evaluation === 'due-soon')).toEqual([]);
  });
});
