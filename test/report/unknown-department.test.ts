/**
 * A report never leaves a record out silently: an agreement whose department is not in
 * vo.config.yaml (an `unknown-reference` of its own) was counted in the summary but in none
 * of the management report's department rows, so the table added up to one less.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runVo, tempDir } from '../helpers/run-cli.js';

describe('the management report with an agreement of an unknown department', () => {
  const root = join(tempDir('vo-report-unknown-department-'), 'register');
  cpSync(join(REPO_ROOT, 'examples'), root, { recursive: true });
  const file = join(root, 'agreements', 'zaaksysteem.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^department: informatievoorziening$/m, 'department: ict-typo'));

  it('counts it under its department id, so the department table adds up to every agreement', async () => {
    const result = await runVo(['-C', root, 'report', '--format', 'md', '--as-of', '2026-10-01']);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.split('\n');
    const head = lines.findIndex((line) => line.startsWith('| Afdeling | '));
    expect(head).toBeGreaterThan(0);
    const rows = [];
    for (let i = head + 2; lines[i]?.startsWith('|'); i++) rows.push(lines[i]!.split('|').map((cell) => cell.trim()));
    // | name | manager | agreements | …
    expect(rows.map((cells) => cells[1]).at(-1)).toBe('ict-typo');
    expect(rows.at(-1)![3]).toBe('1');
    const total = rows.reduce((sum, cells) => sum + Number(cells[3]), 0);
    expect(total).toBe(19);
    // Its own section lists it, as a section does for every department.
    const section = result.stdout.slice(result.stdout.indexOf('### ict-typo'));
    expect(section).toMatch(/^### ict-typo\n\n\| Overeenkomst \|[^\n]*\n\|[^\n]*\n\| [^\n]*\| Zaakwijzer Software B\.V\. \|/);
  });
});
