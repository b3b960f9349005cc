/**
 * A scoped report counts what the same scope of `vo check` reports: "Controlemeldingen: N fouten"
 * of `vo report --department D` is `vo check --department D`'s summary. A file that belongs to no
 * agreement (an evaluation of an agreement that does not exist) is still listed among a
 * department report's problem files, so nothing is left out silently, but it is no finding of
 * that department: a department whose `vo check` is clean must not read "1 fout" next to "op orde".
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runVo, tempDir } from '../helpers/run-cli.js';

const EXAMPLES = join(REPO_ROOT, 'examples');
const AS_OF = '2026-10-01';
const DEPARTMENTS = ['burgerzaken', 'sociaal-domein', 'belastingen', 'bedrijfsvoering', 'informatievoorziening', 'openbare-ruimte', 'veiligheid'];

const template = join(tempDir(), 'counts.md.hbs');
writeFileSync(template, '{{summary.errors}} {{summary.warnings}} {{summary.problemFiles}}\n{{#each problems}}{{file}}\n{{/each}}');

async function checkSummary(args: string[]): Promise<string> {
  const result = await runVo(['-C', EXAMPLES, 'check', '--as-of', AS_OF, '--format', 'json', '--fail-on', 'never', ...args]);
  const { summary } = JSON.parse(result.stdout) as { summary: { errors: number; warnings: number } };
  return `${summary.errors} ${summary.warnings}`;
}

describe('a scoped report counts the findings of the same scope of vo check', () => {
  it.each(DEPARTMENTS)('--department %s', async (department) => {
    const report = await runVo(['-C', EXAMPLES, 'report', '--as-of', AS_OF, '--template', template, '--department', department]);
    expect(report.code).toBe(0);
    const [counts = '', ...files] = report.stdout.split('\n');
    expect(counts.split(' ').slice(0, 2).join(' ')).toBe(await checkSummary(['--department', department]));
    // The evaluation of the agreement that does not exist is still listed in every department's report.
    expect(files).toContain('evaluations/opzettelijk-fout/2026-09-17-parkeervergunning-overleg.yaml');
  });

  it('the management report of a clean department says no error, in Dutch and in English', async () => {
    for (const lang of ['nl', 'en']) {
      const report = await runVo(['-C', EXAMPLES, 'report', '--as-of', AS_OF, '--lang', lang, '--department', 'belastingen']);
      expect(report.stdout).toMatch(lang === 'nl' ? /^\| Controlemeldingen \| 0 fouten, 0 waarschuwingen \|$/m : /^\| Check findings \| 0 errors, 0 warnings \|$/m);
      expect(report.stdout).toMatch(lang === 'nl' ? /^\| Bestanden met problemen \| 1 \|$/m : /^\| Files with problems \| 1 \|$/m);
    }
  });

  it('the unscoped report still counts every finding of vo check', async () => {
    const report = await runVo(['-C', EXAMPLES, 'report', '--as-of', AS_OF, '--template', template]);
    expect(report.stdout.split('\n')[0]?.split(' ').slice(0, 2).join(' ')).toBe(await checkSummary([]));
  });

  it('an agreement file whose department cannot be read is listed in every department report, and not counted there', async () => {
    const root = join(tempDir('vo-report-no-department-'), 'register');
    cpSync(EXAMPLES, root, { recursive: true });
    writeFileSync(join(root, 'agreements', 'kapot.yaml'), 'id: kapot\ntitle: "Kapot\n  : [\n');
    for (const department of ['burgerzaken', 'belastingen']) {
      const report = await runVo(['-C', root, 'report', '--as-of', AS_OF, '--template', template, '--department', department]);
      const [counts = '', ...files] = report.stdout.split('\n');
      expect(files).toContain('agreements/kapot.yaml');
      const check = await runVo(['-C', root, 'check', '--as-of', AS_OF, '--format', 'json', '--fail-on', 'never', '--department', department]);
      const { summary } = JSON.parse(check.stdout) as { summary: { errors: number; warnings: number } };
      expect(counts.split(' ').slice(0, 2).join(' ')).toBe(`${summary.errors} ${summary.warnings}`);
    }
  });
});
