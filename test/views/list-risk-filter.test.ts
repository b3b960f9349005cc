/**
 * `vo list --risk` selects exactly the agreements the list shows with that risk: `none` the ones
 * shown as "niet beoordeeld" (no `risk`, also when `invalid` because of another file), never an
 * agreement file that could not be read, whose risk is unknown (an empty cell) rather than absent.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runVo } from '../helpers/run-cli.js';
import { invalidRiskRegister } from './invalid-risk-register.js';

const AS_OF = '2026-10-01';

describe('vo list --risk', () => {
  let root = '';

  beforeAll(() => {
    // afsprakenplanner (no risk) is invalid through a second file with its id: still "niet beoordeeld".
    // kapot cannot be read at all; half-risk has a risk block whose impact is no level: both have an unknown risk.
    root = invalidRiskRegister('vo-list-risk-filter-');
    writeFileSync(join(root, 'agreements', 'half-risk.yaml'), 'id: half-risk\ntitle: Half\ndepartment: burgerzaken\nphase: active\nrisk:\n  impact: huge\n  likelihood: low\n');
  });

  const ids = async (...args: string[]) => {
    const result = await runVo(['-C', root, 'list', '--as-of', AS_OF, '--format', 'json', ...args]);
    expect(result.code).toBe(0);
    return (JSON.parse(result.stdout) as { id: string }[]).map((row) => row.id);
  };

  /** The ids per risk column of the CSV, as a reader of the list sees them. */
  const shown = async (lang: string) => {
    const csv = (await runVo(['-C', root, 'list', '--as-of', AS_OF, '--format', 'csv', '--lang', lang])).stdout.trimEnd().split('\n').slice(1);
    const byRisk = new Map<string, string[]>();
    for (const line of csv) {
      const [id, , , , , risk] = line.split(',') as string[];
      byRisk.set(risk as string, [...(byRisk.get(risk as string) ?? []), id as string]);
    }
    return byRisk;
  };

  it('none selects exactly the agreements shown as niet beoordeeld, not the files that could not be read', async () => {
    const byRisk = await shown('nl');
    expect(byRisk.get('niet beoordeeld')).toEqual(['afsprakenplanner', 'schuldhulpverlening']);
    expect(byRisk.get('')).toEqual(['half-risk', 'kapot']);
    expect(await ids('--risk', 'none')).toEqual(['afsprakenplanner', 'schuldhulpverlening']);
  });

  it('every level selects exactly the agreements shown with it (English labels too), and no value selects an unknown risk', async () => {
    const byRisk = await shown('en');
    for (const [level, label] of [['low', 'low'], ['medium', 'medium'], ['high', 'high'], ['none', 'not assessed']] as const) {
      expect(await ids('--risk', level), level).toEqual(byRisk.get(label));
    }
    const all = await ids('--risk', 'low,medium,high,none');
    expect(all).not.toContain('kapot');
    expect(all).not.toContain('half-risk');
    expect(await ids('--status', 'invalid')).toEqual(['afsprakenplanner', 'half-risk', 'kapot']);
  });
});
