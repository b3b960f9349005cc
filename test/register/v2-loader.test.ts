/**
 * The loader reports the version 2 conditionals the way every `schema` finding
 * is reported: per file with line and column, in the register's language, and
 * the record is left out of the rules (it is invalid).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MINIMAL_CONFIG, REPO_ROOT, runVo, tempRegister } from '../helpers/run-cli.js';

const { EXAMPLES } = (await import(pathToFileURL(join(REPO_ROOT, 'scripts/format-doc/examples.js')).href)) as { EXAMPLES: Record<string, string> };

const AGREEMENT = (id: string, extra: string) =>
  `id: ${id}\ntitle: ${id}\ndepartment: ict\nprocess_owner: { name: J. Jansen }\nprocessor: { name: Acme }\nphase: active\n${extra}`;

const register = () =>
  tempRegister({
    'vo.config.yaml': MINIMAL_CONFIG,
    'agreements/dubbel.yaml': AGREEMENT(
      'dubbel',
      'risk:\n  components:\n    - { component: data, impact: high, likelihood: low }\n    - { component: data, impact: low, likelihood: low }\n',
    ),
    'agreements/zonder-einde.yaml': AGREEMENT('zonder-einde', 'assurance:\n  - type: soc2-type2\n    opinion: unqualified\n'),
    'agreements/goed.yaml': AGREEMENT('goed', 'risk:\n  components:\n    - { component: data, impact: high, likelihood: low }\n'),
    'incidents/zelf.yaml':
      'id: zelf\nagreement: goed\ntitle: Zelf ontdekt\ntype: security-incident\ndiscovered_by: controller\nauthority_notification: not-required\nstatus: open\n',
  });

describe('vo validate on version 2 conditionals', () => {
  it('English', async () => {
    // A wide terminal (COLUMNS), so each message stays on one line.
    const { code, stdout, stderr } = await runVo(['-C', register(), 'validate', '--lang', 'en'], { env: { NO_COLOR: '1', COLUMNS: '300' } });
    expect(stderr).toBe('');
    expect(stdout).toContain('agreements/dubbel.yaml\n  10:9  error  component `data` is already in `components` (line 9); each MAPGOOD component is listed once: merge the two  schema');
    expect(stdout).toContain('agreements/zonder-einde.yaml\n  8:5  error  `assurance[0]` has no end date: write `valid_until` (valid up to and including) or `period_end` (end of the period the report covers), or both  schema');
    expect(stdout).toMatch(/incidents\/zelf\.yaml\n {2}5:1 {2}error {2}key `controller_notified` is missing: with `discovered_by: controller` it is the moment the municipality found the incident, e\.g\. `controller_notified: 2025-07-01T09:30` {2}schema/);
    expect(stdout).not.toContain('goed.yaml');
    expect(stdout).toContain('✖ 3 errors, 0 warnings');
    expect(code).toBe(1);
  });

  it('Dutch (the default), as JSON with the agreement of each finding', async () => {
    const { stdout } = await runVo(['-C', register(), 'validate', '--format', 'json', '--as-of', '2026-10-01']);
    const findings = (JSON.parse(stdout) as { findings: { rule: string; file: string; line: number; column: number; message: string }[] }).findings;
    expect(findings.map((f) => `${f.rule} ${f.file}:${f.line}:${f.column} ${f.message.split(':')[0]}`)).toEqual([
      'schema agreements/dubbel.yaml:10:9 onderdeel `data` staat al in `components` (regel 9); elk MAPGOOD-onderdeel komt één keer voor',
      'schema agreements/zonder-einde.yaml:8:5 `assurance[0]` heeft geen einddatum',
      'schema incidents/zelf.yaml:5:1 sleutel `controller_notified` ontbreekt',
    ]);
  });

  it('an invalid record is left out of the rules: only its schema finding, while the valid twin gets compliance findings', async () => {
    const { stdout } = await runVo(['-C', register(), 'check', '--format', 'json', '--as-of', '2026-10-01']);
    const findings = (JSON.parse(stdout) as { findings: { rule: string; file: string }[] }).findings;
    const rules = (file: string) => [...new Set(findings.filter((f) => f.file === file).map((f) => f.rule))];
    expect(rules('agreements/dubbel.yaml')).toEqual(['schema']);
    expect(rules('agreements/goed.yaml')).toContain('signed-date-missing');
  });
});

describe('a register that uses the version 2 forms', () => {
  // The documented examples: a risk of MAPGOOD components only, an assurance item with period_end only,
  // a sub-processor change; plus an incident the municipality found itself (no processor_aware).
  const root = tempRegister({
    'vo.config.yaml': EXAMPLES.config as string,
    'agreements/zaaksysteem.yaml': EXAMPLES.agreement as string,
    'evaluations/zaaksysteem-2026-03.yaml': EXAMPLES.evaluation as string,
    'incidents/2026-05-zaaksysteem-brief.yaml': EXAMPLES.incident as string,
    'incidents/zelf.yaml':
      'id: zelf\nagreement: zaaksysteem\ntitle: Zelf ontdekt\ntype: data-breach\ndiscovered_by: controller\ncontroller_notified: 2026-09-28T10:00\nauthority_notification: undecided\nstatus: open\n',
  });

  it('validates without findings', async () => {
    expect(await runVo(['-C', root, 'validate', '--lang', 'en'])).toMatchObject({ code: 0, stdout: '✔ No findings in 4 files\n', stderr: '' });
  });

  it.each([['check'], ['list'], ['obligations'], ['agenda'], ['show', 'zaaksysteem'], ['report']])('vo %s runs on it without an error', async (...command) => {
    const { code, stderr } = await runVo(['-C', root, ...command, '--as-of', '2026-10-01']);
    expect(stderr).toBe('');
    expect([0, 1]).toContain(code);
  });
});
