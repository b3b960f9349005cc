/**
 * An agreement file with broken YAML gets its own `yaml-syntax` finding. Its evaluations
 * and incidents name it correctly, so they get no `unknown-reference` on top of it: every
 * view already takes the file as the agreement its name names.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runVo, tempDir } from '../helpers/run-cli.js';

type JsonFinding = { rule: string; file: string; agreement?: string; message: string };

async function findings(root: string): Promise<JsonFinding[]> {
  const result = await runVo(['-C', root, 'check', '--format', 'json', '--as-of', '2026-10-01', '--fail-on', 'never']);
  expect(result.code, result.stderr).toBe(0);
  return (JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings;
}

describe('the evaluations of an agreement whose file has broken YAML', () => {
  it('get no unknown-reference: the broken file has its own finding', async () => {
    const root = join(tempDir('vo-broken-agreement-'), 'register');
    cpSync(join(REPO_ROOT, 'examples'), root, { recursive: true });
    const before = await findings(root);
    const file = join(root, 'agreements', 'afvalpassen.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: (.*)$/m, 'title: [$1'));
    const after = await findings(root);
    expect(after.filter((f) => f.file === 'agreements/afvalpassen.yaml').map((f) => f.rule)).toEqual(['yaml-syntax']);
    const others = (list: JsonFinding[]) => list.filter((f) => f.file !== 'agreements/afvalpassen.yaml' && f.agreement === 'afvalpassen').map((f) => f.rule);
    // The files about afvalpassen did have findings (its evaluations are not spotless), but none says the agreement is unknown.
    expect(others(after)).not.toContain('unknown-reference');
    expect(after.filter((f) => f.rule === 'unknown-reference').length).toBe(before.filter((f) => f.rule === 'unknown-reference').length);
  });

  it('an evaluation that names an agreement with no file at all is still an unknown reference', async () => {
    const root = join(tempDir('vo-broken-agreement-'), 'register');
    cpSync(join(REPO_ROOT, 'examples'), root, { recursive: true });
    const before = (await findings(root)).filter((f) => f.rule === 'unknown-reference').length;
    const model = readFileSync(join(root, 'evaluations', '2026', '2026-03-24-afvalpassen-periodiek.yaml'), 'utf8');
    const evaluation = join(root, 'evaluations', '2026', 'nog-niet-bestaand.yaml');
    writeFileSync(evaluation, model.replace(/^id: .*$/m, 'id: nog-niet-bestaand').replace(/^agreement: .*$/m, 'agreement: bestaat-niet'));
    const after = await findings(root);
    expect(after.filter((f) => f.rule === 'unknown-reference' && f.file === 'evaluations/2026/nog-niet-bestaand.yaml')).toHaveLength(1);
    expect(after.filter((f) => f.rule === 'unknown-reference').length).toBe(before + 1);
  });
});
