import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { REPO_ROOT, runVo } from '../helpers/run-cli.js';
import { AS_OF, viewRegister } from './fixture.js';

/**
 * The promise of issue #4: a list and a check of the same register at the same
 * date always agree. Each case runs both commands and compares what they say.
 */
interface CheckJson {
  findings: { rule: string; agreement?: string }[];
}

async function json<T>(args: string[]): Promise<T> {
  const result = await runVo(args);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as T;
}

async function compare(register: string, asOf: string) {
  const check = await json<CheckJson>(['-C', register, 'check', '--format', 'json', '--as-of', asOf]);
  const list = await json<{ id: string; status: string; phase: string }[]>(['-C', register, 'list', '--format', 'json', '--as-of', asOf]);
  const obligations = await json<{ agreement: string; status: string; lastStatus: string | null }[]>([
    '-C', register, 'obligations', '--format', 'json', '--as-of', asOf,
  ]);
  const flagged = (rule: string) => check.findings.filter((f) => f.rule === rule).map((f) => f.agreement).sort();
  const count = (rule: string) => {
    const counts: Record<string, number> = {};
    for (const f of check.findings) if (f.rule === rule) counts[f.agreement!] = (counts[f.agreement!] ?? 0) + 1;
    return counts;
  };
  const tally = (rows: { agreement: string }[]) => {
    const counts: Record<string, number> = {};
    for (const row of rows) counts[row.agreement] = (counts[row.agreement] ?? 0) + 1;
    return counts;
  };
  return { check, list, obligations, flagged, count, tally };
}

describe('vo list and vo obligations agree with vo check', () => {
  for (const [name, register, asOf] of [
    ['the example register', join(REPO_ROOT, 'examples'), '2026-10-01'],
    ['the example register a year earlier', join(REPO_ROOT, 'examples'), '2025-10-01'],
    ['the view fixture', viewRegister(), AS_OF],
  ] as const) {
    it(`${name}: list marks exactly the agreements check reports as evaluation-overdue / -due-soon`, async () => {
      const { list, flagged } = await compare(register, asOf);
      expect(list.filter((r) => r.status === 'overdue').map((r) => r.id).sort()).toEqual(flagged('evaluation-overdue'));
      expect(list.filter((r) => r.status === 'due-soon').map((r) => r.id).sort()).toEqual(flagged('evaluation-due-soon'));
      for (const row of list) {
        if (row.phase === 'active') expect(['overdue', 'due-soon', 'ok']).toContain(row.status);
        else expect(row.status).toBe(row.phase);
      }
    });

    it(`${name}: obligations carry exactly the obligation findings of check`, async () => {
      const { obligations, count, tally } = await compare(register, asOf);
      expect(tally(obligations.filter((r) => r.status === 'overdue'))).toEqual(count('obligation-overdue'));
      // `overdue` wins over the assessment's own status; lastStatus keeps it visible.
      expect(tally(obligations.filter((r) => r.lastStatus === 'not-met'))).toEqual(count('obligation-not-met'));
      expect(tally(obligations.filter((r) => r.lastStatus === 'partially-met'))).toEqual(count('obligation-partially-met'));
      const agreements = new Set(obligations.map((r) => r.agreement));
      expect(obligations.filter((r) => r.status === 'not-met').every((r) => r.lastStatus === 'not-met')).toBe(true);
      expect(agreements.size).toBeGreaterThan(0);
    });
  }

  it('the example register as of 2026-10-01 shows the overdue and due-soon agreements the README describes', async () => {
    const { list, obligations } = await compare(join(REPO_ROOT, 'examples'), '2026-10-01');
    // Sanity that the comparisons above compared something.
    expect(list.some((r) => r.status === 'overdue')).toBe(true);
    expect(list.some((r) => r.status === 'due-soon')).toBe(true);
    expect(obligations.some((r) => r.status !== 'ok' && r.status !== 'on-event')).toBe(true);
  });

  it('an obligation both overdue and not met shows overdue, its last assessment not-met; check reports both', async () => {
    // `melden` becomes monthly: assessed not-met 2026-01-20, so also overdue by 2026-03-10 + grace.
    const register = viewRegister();
    const { obligations, count } = await compare(register, '2026-04-01');
    const alpha = obligations.filter((r) => r.agreement === 'alpha');
    expect(alpha.filter((r) => r.lastStatus === 'not-met')).toHaveLength(count('obligation-not-met').alpha ?? 0);
    expect(count('obligation-overdue').alpha).toBe(alpha.filter((r) => r.status === 'overdue').length);
  });

  it('a rule switched off in the config gives no status, as check then reports nothing', async () => {
    const register = viewRegister({
      'vo.config.yaml': `organisation: Gemeente Test
departments:
  - id: burgerzaken
    name: Burgerzaken
  - id: ict
    name: ICT
rules:
  evaluation-overdue: off
  obligation-not-met: off
`,
    });
    const { list, obligations, flagged, count } = await compare(register, AS_OF);
    expect(flagged('evaluation-overdue')).toEqual([]);
    expect(list.find((r) => r.id === 'beta')?.status).toBe('ok');
    expect(count('obligation-not-met')).toEqual({});
    expect(obligations.find((r) => r.agreement === 'alpha' && r.lastStatus === 'not-met')?.status).toBe('on-event');
  });
});
