import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runVo, tempDir } from '../helpers/run-cli.js';

/**
 * docs/handleiding.md works through examples from the example register as of
 * 2026-10-01. These tests redo them, so the guide fails here, not in front of a
 * reader, when the register or vo's messages change.
 */
const GUIDE = readFileSync(join(REPO_ROOT, 'docs', 'handleiding.md'), 'utf8');
const AS_OF = ['--as-of', '2026-10-01'];

function examplesCopy(): string {
  const root = join(tempDir(), 'examples');
  cpSync(join(REPO_ROOT, 'examples'), root, { recursive: true });
  return root;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

async function errorCount(root: string): Promise<number> {
  const result = await runVo(['-C', root, 'check', ...AS_OF, '--format', 'json', '--fail-on', 'never']);
  return (JSON.parse(result.stdout) as { summary: { errors: number } }).summary.errors;
}

describe('docs/handleiding.md', () => {
  it('quotes vo check output lines that vo check prints for the example register', async () => {
    const output = squash((await runVo(['-C', join(REPO_ROOT, 'examples'), 'check', ...AS_OF])).stdout);
    const quoted = GUIDE.split('\n').filter((line) => /^\s+\d+:\d+\s+(fout|waarschuwing)\s/.test(line));
    expect(quoted.length).toBeGreaterThanOrEqual(2);
    for (const line of quoted) expect(output).toContain(squash(line));
  });

  it('chapter 2: the recorded evaluation takes the errors from 27 to 25 and moves the next one to 2027-09-29', async () => {
    const root = examplesCopy();
    const before = await errorCount(root);
    const created = await runVo(['new', 'evaluation', 'klantcontactcentrum', '--date', '2026-09-29'], { cwd: root });
    expect(created.stdout).toBe('evaluations/2026/2026-09-29-klantcontactcentrum.yaml\n');
    const path = join(root, 'evaluations', '2026', '2026-09-29-klantcontactcentrum.yaml');
    const generated = readFileSync(path, 'utf8');
    // The excerpt in the guide is the generated file, line for line.
    for (const line of ['outcome: non-compliant  # VUL IN', '  - id: opnames-verwijderen', '    status: not-met  # VUL IN']) {
      expect(generated).toContain(`${line}\n`);
      expect(GUIDE).toContain(`${line}\n`);
    }
    const filled = generated
      .replace('outcome: non-compliant  # VUL IN', 'outcome: partially-compliant')
      .replaceAll('answer: "no"  # VUL IN', 'answer: "yes"')
      .replaceAll('status: not-met  # VUL IN', 'status: met');
    writeFileSync(path, filled);
    // The filled-in file is valid: the only integrity findings left are those of the deliberately broken example files.
    const validated = JSON.parse((await runVo(['-C', root, 'validate', '--format', 'json'])).stdout) as { findings: { file: string }[] };
    expect(validated.findings.length).toBeGreaterThan(0);
    for (const finding of validated.findings) expect(finding.file).toMatch(/^evaluations\/opzettelijk-fout\//);
    const after = await errorCount(root);
    expect(after).toBe(before - 2); // evaluation-overdue and obligation-not-met are gone
    expect(GUIDE).toContain(`telt ${after} fouten in plaats van ${before}`);
    const list = await runVo(['-C', root, 'list', ...AS_OF]);
    const row = list.stdout.split('\n').find((line) => line.startsWith('klantcontactcentrum')) ?? '';
    expect(GUIDE).toContain(row.trimEnd());
    expect(row).toContain('2027-09-29');
  });

  it('chapter 3: the incident header in the guide is what vo new incident writes', async () => {
    const root = examplesCopy();
    const created = await runVo(
      ['new', 'incident', 'jeugdhulp-portaal', '--title', 'Overzicht met cliëntgegevens naar verkeerde gemeente gestuurd', '--aware', '2026-09-28T14:10'],
      { cwd: root },
    );
    expect(created.stdout).toBe('incidents/2026/2026-09-28-jeugdhulp-portaal.yaml\n');
    const text = readFileSync(join(root, 'incidents', '2026', '2026-09-28-jeugdhulp-portaal.yaml'), 'utf8');
    const block = /```yaml\n(# Termijnen voor dit incident:\n[\s\S]*?)```/.exec(GUIDE)?.[1];
    expect(block).toBeDefined();
    expect(text).toContain(block as string);
  });
});
