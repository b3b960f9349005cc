/**
 * The benchmark compares `vo check` with ajv-cli on generated registers; the
 * comparison only means something when both find the data valid, and the
 * numbers are only comparable between runs when the data is the same.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runVo, tempDir } from '../helpers/run-cli.js';
import { generateSyntheticRegister } from './synthetic-register.js';

function contents(root: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else result[relative(root, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(root);
  return result;
}

describe('the benchmark register generator (bench/generate.js)', () => {
  it('writes the same register for the same size (seeded)', async () => {
    const a = await generateSyntheticRegister(tempDir('vo-bench-a-'), 12);
    const b = await generateSyntheticRegister(tempDir('vo-bench-b-'), 12);
    expect(contents(a)).toEqual(contents(b));
  });

  it('writes data that vo and ajv-cli both find valid, with quoted dates, and some compliance findings', async () => {
    const root = await generateSyntheticRegister(tempDir('vo-bench-'), 25);
    const check = await runVo(['-C', root, 'check', '--format', 'json', '--as-of', '2026-10-01']);
    const rules = (JSON.parse(check.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule);
    expect(rules.filter((rule) => ['yaml-syntax', 'schema', 'duplicate-id', 'id-mismatch', 'unknown-reference'].includes(rule))).toEqual([]);
    expect(rules.length).toBeGreaterThan(0); // a realistic register is not spotless

    for (const kind of ['agreement', 'evaluation', 'incident']) {
      const ajv = spawnSync(
        process.execPath,
        [join(REPO_ROOT, 'node_modules', 'ajv-cli', 'dist', 'index.js'), 'validate', '-s', join(REPO_ROOT, 'schemas', `${kind}.schema.json`), '-d', `${root}/${kind}s/**/*.yaml`, '--spec=draft7', '-c', 'ajv-formats', '--all-errors', '--strict=false'],
        { cwd: REPO_ROOT, encoding: 'utf8' },
      );
      expect(ajv.stderr).not.toMatch(/invalid/);
      expect(ajv.status).toBe(0);
    }
  });

  it('times the same work as vo check in bench/phases.js: as many files and findings', async () => {
    const root = await generateSyntheticRegister(tempDir('vo-bench-phases-'), 25);
    const check = await runVo(['-C', root, 'check', '--format', 'json', '--as-of', '2026-10-01']);
    const findings = (JSON.parse(check.stdout) as { findings: unknown[] }).findings.length;
    const phases = spawnSync(process.execPath, [join(REPO_ROOT, 'bench', 'phases.js'), root, '--as-of', '2026-10-01', '--runs', '2'], { encoding: 'utf8' });
    expect(phases.stderr).toBe('');
    const lines = phases.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).toMatch(/^run \d: load \d+ ms, assess \d+ ms /);
      expect(line).toContain(`(${Object.keys(contents(root)).filter((f) => f.endsWith('.yaml') && f !== 'vo.config.yaml').length} files, ${findings} findings)`);
    }
  });

  it('reads and parses every record file on two threads in bench/parse-floor.js, also validating them with --validate', async () => {
    const root = await generateSyntheticRegister(tempDir('vo-bench-floor-'), 25);
    const records = Object.keys(contents(root)).filter((f) => f.endsWith('.yaml') && f !== 'vo.config.yaml').length;
    for (const [args, done] of [
      [[], 'read and parsed'],
      [['--validate'], 'read and parsed and validated'],
    ] as const) {
      const floor = spawnSync(process.execPath, [join(REPO_ROOT, 'bench', 'parse-floor.js'), root, ...args], { encoding: 'utf8' });
      expect(floor.stderr).toBe('');
      expect(floor.stdout).toBe(`${records} files ${done} on two threads\n`);
    }
  });
});
