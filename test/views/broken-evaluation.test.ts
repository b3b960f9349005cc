/**
 * An evaluation file with a YAML error that still names its agreement plainly
 * counts under that agreement: its finding carries the `agreement`, `vo list`
 * does not call the agreement in order, and `vo check --agreement` reports it.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runVo, tempDir } from '../helpers/run-cli.js';

const AS_OF = '2026-10-01';
const FILE = 'evaluations/2026/2026-09-02-afvalpassen-overleg.yaml';

interface Finding {
  rule: string;
  file: string;
  agreement?: string;
}

describe('an evaluation with a duplicate key that names its agreement', () => {
  const root = join(tempDir('vo-broken-evaluation-'), 'register');

  beforeAll(() => {
    cpSync(join(REPO_ROOT, 'examples'), root, { recursive: true });
    rmSync(join(root, 'evaluations', 'opzettelijk-fout'), { recursive: true });
    const text = [
      'id: 2026-09-02-afvalpassen-overleg',
      'agreement: afvalpassen',
      'type: meeting',
      'date: "2026-09-02"',
      'summary: Overleg',
      'summary: Nog eens',
      '',
    ].join('\n');
    writeFileSync(join(root, ...FILE.split('/')), text);
  });

  it('gives a yaml-syntax finding that carries the agreement', async () => {
    const result = await runVo(['-C', root, 'check', '--as-of', AS_OF, '--format', 'json']);
    const findings = (JSON.parse(result.stdout) as { findings: Finding[] }).findings.filter((f) => f.file === FILE);
    expect(findings).toEqual([expect.objectContaining({ rule: 'yaml-syntax', agreement: 'afvalpassen' })]);
  });

  it('makes `vo list` count it as an error of that agreement', async () => {
    const result = await runVo(['-C', root, 'list', '--as-of', AS_OF, '--format', 'json']);
    const row = (JSON.parse(result.stdout) as { id: string; errors: number; status: string }[]).find((r) => r.id === 'afvalpassen');
    expect(row?.status).toBe('error');
    expect(row?.errors).toBeGreaterThan(0);
  });

  it('is reported by `vo check --agreement` of that agreement, with exit 1', async () => {
    const result = await runVo(['-C', root, 'check', '--as-of', AS_OF, '--agreement', 'afvalpassen']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(FILE);
  });

  it('counts the file among the agreement\'s files, as when it was valid', async () => {
    const files = (stdout: string) => /in (\d+) bestanden\n$/.exec(stdout)?.[1];
    const broken = await runVo(['-C', root, 'check', '--as-of', AS_OF, '--agreement', 'afvalpassen']);
    const copy = join(tempDir('vo-broken-evaluation-fixed-'), 'register');
    cpSync(root, copy, { recursive: true });
    const file = join(copy, ...FILE.split('/'));
    writeFileSync(file, readFileSync(file, 'utf8').replace('summary: Nog eens\n', ''));
    const valid = await runVo(['-C', copy, 'check', '--as-of', AS_OF, '--agreement', 'afvalpassen']);
    expect(files(valid.stdout)).toBeDefined();
    expect(files(broken.stdout)).toBe(files(valid.stdout));
  });

  it('names no agreement when the agreement key itself is in doubt (written twice)', async () => {
    const copy = join(tempDir('vo-broken-evaluation-twice-'), 'register');
    cpSync(root, copy, { recursive: true });
    const file = join(copy, ...FILE.split('/'));
    writeFileSync(file, readFileSync(file, 'utf8').replace('agreement: afvalpassen\n', 'agreement: afvalpassen\nagreement: zaaksysteem\n'));
    const result = await runVo(['-C', copy, 'check', '--as-of', AS_OF, '--format', 'json']);
    const findings = (JSON.parse(result.stdout) as { findings: Finding[] }).findings.filter((f) => f.file === FILE);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.agreement === undefined)).toBe(true);
  });
});
