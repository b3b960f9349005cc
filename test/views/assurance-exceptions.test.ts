/**
 * An assurance report's `exceptions: 0` (an auditor's report without exceptions, as
 * zaaksysteem's ISAE 3402 report of 2025 in examples/) is information: the dossier of
 * `vo show`, the agreement report and the site's agreement page show it as 0, not as nothing.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runVo, tempDir } from '../helpers/run-cli.js';
import { buildSite } from '../site/helpers.js';

const EXAMPLES = join(REPO_ROOT, 'examples');
const AS_OF = '2026-10-01';

describe('exceptions: 0 of an assurance report', () => {
  it('vo show says 0 uitzonderingen / 0 exceptions', async () => {
    const nl = await runVo(['-C', EXAMPLES, 'show', 'zaaksysteem', '--as-of', AS_OF, '--format', 'text'], { env: { NO_COLOR: '1', COLUMNS: '200' } });
    expect(nl.stdout).toContain('ISAE 3402 type II → 2027-03-31 (geldig), 0 uitzonderingen, Accountantskantoor Van Lent & Partners');
    const en = await runVo(['-C', EXAMPLES, 'show', 'zaaksysteem', '--as-of', AS_OF, '--lang', 'en'], { env: { NO_COLOR: '1', COLUMNS: '200' } });
    expect(en.stdout).toContain('ISAE 3402 type II → 2027-03-31 (valid), 0 exceptions,');
  });

  it('the agreement report and the site page show it next to the opinion', async () => {
    const report = await runVo(['-C', EXAMPLES, 'report', '--template', 'agreement', '--agreement', 'zaaksysteem', '--as-of', AS_OF]);
    expect(report.stdout).toContain('| ISAE 3402 type II | 31 maart 2027 | goedkeurend, 0 uitzonderingen |');
    const site = await buildSite();
    expect(readFileSync(join(site, 'agreements', 'zaaksysteem.html'), 'utf8')).toContain('<td>goedkeurend, 0 uitzonderingen</td>');
  });

  it('one exception is "1 uitzondering" / "1 exception", in the report, on the site and in vo show', async () => {
    const register = join(tempDir(), 'register');
    cpSync(EXAMPLES, register, { recursive: true });
    const file = join(register, 'agreements', 'zaaksysteem.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('exceptions: 0', 'exceptions: 1'));
    const report = await runVo(['-C', register, 'report', '--template', 'agreement', '--agreement', 'zaaksysteem', '--as-of', AS_OF]);
    expect(report.stdout).toContain('goedkeurend, 1 uitzondering |');
    const en = await runVo(['-C', register, 'report', '--template', 'agreement', '--agreement', 'zaaksysteem', '--as-of', AS_OF, '--lang', 'en']);
    expect(en.stdout).toMatch(/, 1 exception \|/);
    const site = await buildSite([], register);
    expect(readFileSync(join(site, 'agreements', 'zaaksysteem.html'), 'utf8')).toContain('<td>goedkeurend, 1 uitzondering</td>');
    const show = await runVo(['-C', register, 'show', 'zaaksysteem', '--as-of', AS_OF], { env: { NO_COLOR: '1', COLUMNS: '200' } });
    expect(show.stdout).toContain('1 uitzondering,');
  });
});
