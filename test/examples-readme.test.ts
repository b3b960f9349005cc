import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRegister } from '../src/register/load.js';
import { assess } from '../src/assessment/assess.js';
import { RULES } from '../src/rules/catalogue.js';

/**
 * examples/README.md documents, finding by finding, what `vo check --as-of
 * 2026-10-01` reports on the example register (issues #3 and #11), in a Dutch and
 * an English table. This keeps both tables honest.
 */
const AS_OF = '2026-10-01';
const root = new URL('../examples/', import.meta.url).pathname;
const readme = readFileSync(new URL('README.md', `file://${root}`), 'utf8');

/** The rows of the findings table below `heading`: rule, severity, agreement ("—" for none) and file. */
function documentedRows(heading: string): string[] {
  const start = readme.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const section = readme.slice(start);
  const table = section.slice(0, section.indexOf('\n\n', section.indexOf('|---')));
  return [...table.matchAll(/^\| `([a-z-]+)` \| (error|warning) \| ([a-z0-9.-]+|—) \| `([^`]+)` \|/gm)]
    .map((m) => `${m[1]} ${m[2]} ${m[3]} ${m[4]}`)
    .sort();
}

describe('the example register at its documented as-of date', () => {
  const register = loadRegister(root, { lang: 'nl' });
  const findings = assess(register, AS_OF, 'nl').findings;

  it('has integrity findings only in the deliberately broken files, one per file', () => {
    const files = register.findings.map((f) => f.file);
    expect(files.length).toBe(5);
    expect(new Set(files).size).toBe(5);
    for (const file of files) {
      expect(file).toMatch(/^evaluations\/opzettelijk-fout\//);
      expect(readFileSync(`${root}${file}`, 'utf8')).toMatch(/^# OPZETTELIJK FOUT \(regel [a-z-]+\)/);
    }
  });

  it('fires every rule at least once, the five integrity rules included', () => {
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(RULES.map((r) => r.id)));
  });

  it.each(['## Wat `vo check --as-of 2026-10-01` meldt', '## What `vo check --as-of 2026-10-01` reports'])(
    'reports exactly what the table under "%s" documents',
    (heading) => {
      const actual = findings.map((f) => `${f.rule} ${f.severity} ${f.agreement ?? '—'} ${f.file}`).sort();
      expect(actual).toEqual(documentedRows(heading));
    },
  );

  it('gives no finding for the agreements documented as in good order', () => {
    const good = ['zaaksysteem', 'salarisadministratie', 'arbodienst-verzuim', 'belastingen-woz', 'afvalpassen', 'e-formulieren', 'afsprakenplanner', 'burgerpeiling-2024'];
    for (const id of good) expect(readme).toContain(`| ${id} |`);
    expect(findings.filter((f) => good.includes(f.agreement ?? ''))).toEqual([]);
  });

  it('states the totals that vo check prints', () => {
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.length - errors;
    expect(readme).toContain(`${findings.length} meldingen: ${errors} fouten (error) en ${warnings} waarschuwingen (warning)`);
    expect(readme).toContain(`${findings.length} findings: ${errors} errors and ${warnings} warnings`);
  });
});
