/**
 * `vo rules` reads only the config: inside a register the severities after its
 * `rules:`, outside any register the defaults with a note, so a newcomer can
 * read the rules before making a register.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runVo, tempDir, tempRegister } from '../helpers/run-cli.js';

interface RuleRow {
  id: string;
  severity: string;
  defaultSeverity: string;
}

describe('vo rules', () => {
  it('outside a register lists all 49 rules at their default severity, with a note on stderr', async () => {
    const result = await runVo(['rules', '--format', 'json'], { cwd: tempDir() });
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as RuleRow[];
    expect(rows).toHaveLength(49);
    expect(rows.every((r) => r.severity === r.defaultSeverity || r.severity === 'error')).toBe(true);
    expect(result.stderr).toMatch(/^vo: geen register gevonden; dit zijn de regels met hun standaardernst/);
  });

  it('inside a register applies its rules: block', async () => {
    const root = tempRegister({});
    writeFileSync(join(root, 'vo.config.yaml'), 'organisation: Test\ndepartments:\n  - id: algemeen\n    name: Algemeen\nrules:\n  evaluation-due-soon: off\n  kpi-missed: error\n');
    const result = await runVo(['rules', '--format', 'json', '--lang', 'en'], { cwd: root });
    expect(result.stderr).toBe('');
    const rows = JSON.parse(result.stdout) as RuleRow[];
    expect(rows.find((r) => r.id === 'evaluation-due-soon')?.severity).toBe('off');
    expect(rows.find((r) => r.id === 'kpi-missed')).toMatchObject({ severity: 'error', defaultSeverity: 'warning' });
  });

  it('-C to a folder without a register is still an error, and an unknown format is refused', async () => {
    expect((await runVo(['-C', tempDir(), 'rules'])).code).toBe(2);
    const wrong = await runVo(['rules', '--format', 'csv'], { cwd: tempDir() });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--format');
  });
});
