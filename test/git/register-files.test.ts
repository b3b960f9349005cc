import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runVo, tempDir } from '../helpers/run-cli.js';
import { agreement, AS_OF, BASE_FILES, evaluation, INCIDENT_CLOSED, INCIDENT_OPEN, US_SUBPROCESSOR } from './register-files.js';

/**
 * The history tests count on their fixtures firing exactly the findings they
 * are about; a new rule that fires on them would change what every one of
 * those tests checks. This says what the fixtures give, so such a change
 * shows up here by name.
 */
async function findings(files: Record<string, string>, asOf = AS_OF): Promise<string[]> {
  const dir = join(tempDir('vo-fixture-'), 'r');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  const result = await runVo(['-C', dir, 'check', '--format', 'json', '--fail-on', 'never', '--as-of', asOf]);
  expect(result.stderr).toBe('');
  return (JSON.parse(result.stdout) as { findings: { rule: string; agreement?: string; line: number; column: number }[] }).findings.map((f) => `${f.rule} ${f.agreement} ${f.line}:${f.column}`);
}

describe('the register of the history tests', () => {
  it('has only jeugdzorg overdue and without assurance; an incident handled in time adds nothing, open or closed', async () => {
    expect(await findings(BASE_FILES)).toEqual(['assurance-missing jeugdzorg 1:1', 'evaluation-overdue jeugdzorg 1:1']);
    expect(await findings({ ...BASE_FILES, 'incidents/2026/lek.yaml': INCIDENT_OPEN.replace('id: 2026-05-01-jeugdzorg-lek', 'id: lek') })).toEqual([
      'assurance-missing jeugdzorg 1:1',
      'evaluation-overdue jeugdzorg 1:1',
    ]);
    expect(await findings({ ...BASE_FILES, 'incidents/2026/lek.yaml': INCIDENT_CLOSED.replace('id: 2026-05-01-jeugdzorg-lek', 'id: lek') })).toHaveLength(2);
  });

  it('a sub-processor in the United States without a transfer mechanism is one error, at line 34:5', async () => {
    const afval = agreement({ id: 'afval', department: 'burgerzaken', start: '2025-06-01', subprocessors: US_SUBPROCESSOR });
    expect(await findings({ ...BASE_FILES, 'agreements/afval.yaml': afval })).toEqual([
      'subprocessor-transfer-missing afval 34:5',
      'assurance-missing jeugdzorg 1:1',
      'evaluation-overdue jeugdzorg 1:1',
    ]);
  });

  it('a new low-risk agreement and a recorded evaluation are clean', async () => {
    expect(
      await findings({
        ...BASE_FILES,
        'agreements/bibliotheek.yaml': agreement({ id: 'bibliotheek', department: 'burgerzaken', start: '2026-09-01' }),
        'evaluations/2026/jeugdzorg-2026-09.yaml': evaluation('jeugdzorg-2026-09', 'jeugdzorg', '2026-09-15'),
      }),
    ).toEqual(['assurance-missing jeugdzorg 1:1']);
  });
});
