/**
 * The obligation table of the agreement report gives the latest measured value of a KPI with its
 * unit, as the KPI table of the management report and `vo check`'s kpi-missed message do, and also
 * when that value is 0 (a value of 0 that misses the target is still a kpi-missed finding).
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runVo, tempDir } from '../helpers/run-cli.js';

const AS_OF = '2026-10-01';
const ARGS = ['report', '--as-of', AS_OF, '--template', 'agreement', '--agreement', 'wmo-registratie'];

describe('the measured KPI value in the agreement report', () => {
  it.each([
    ['nl', '(beschikbaarheid ten minste 99,5 %; gemeten 99,12 %)'],
    ['en', '(beschikbaarheid at least 99.5 %; measured 99.12 %)'],
  ])('%s: with its unit, and "gemeten" / "measured" in lower case in the middle of the sentence', async (lang, text) => {
    const report = await runVo(['-C', join(REPO_ROOT, 'examples'), ...ARGS, '--lang', lang]);
    expect(report.stdout).toContain(text);
  });

  it('a measured 0 is shown, as vo check reports it', async () => {
    const root = join(tempDir('vo-kpi-zero-'), 'register');
    cpSync(join(REPO_ROOT, 'examples'), root, { recursive: true });
    const file = join(root, 'evaluations', '2026', 'rapportages', '2026-09-08-wmo-registratie-rapportage.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('value: 99.12', 'value: 0'));
    const check = await runVo(['-C', root, 'check', '--as-of', AS_OF, '--format', 'json', '--agreement', 'wmo-registratie']);
    expect(check.stdout).toContain('gemeten 0 %');
    const report = await runVo(['-C', root, ...ARGS]);
    expect(report.stdout).toContain('(beschikbaarheid ten minste 99,5 %; gemeten 0 %)');
  });
});
