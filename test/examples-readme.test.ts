import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRegister } from '../src/register/load.js';
import { assess } from '../src/assessment/assess.js';
import { COMPLIANCE_RULE_IDS } from '../src/rules/catalogue.js';

/**
 * examples/README.md documents, rule by rule, what `vo check --as-of 2026-10-01`
 * reports on the example register (issue #3). This keeps that table honest.
 */
const AS_OF = '2026-10-01';
const root = new URL('../examples/', import.meta.url).pathname;

function documentedRows(): string[] {
  const readme = readFileSync(new URL('README.md', `file://${root}`), 'utf8');
  const section = readme.slice(readme.indexOf('## Wat `vo check --as-of 2026-10-01` meldt'));
  const table = section.slice(0, section.indexOf('Per overeenkomst'));
  return [...table.matchAll(/^\| `([a-z-]+)` \| (error|warning) \| ([a-z0-9.-]+) \| `([^`]+)` \|/gm)]
    .map((m) => `${m[1]} ${m[2]} ${m[3]} ${m[4]}`)
    .sort();
}

describe('the example register at its documented as-of date', () => {
  const register = loadRegister(root, { lang: 'nl' });
  const findings = assess(register, AS_OF, 'nl').findings.filter((f) => f.subject !== undefined);

  it('validates clean', () => {
    expect(register.findings).toEqual([]);
  });

  it('fires every compliance rule at least once', () => {
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(COMPLIANCE_RULE_IDS));
  });

  it('reports exactly what examples/README.md documents', () => {
    const actual = findings.map((f) => `${f.rule} ${f.severity} ${f.agreement} ${f.file}`).sort();
    expect(actual).toEqual(documentedRows());
  });

  it('gives no finding for the agreements documented as in good order', () => {
    const good = ['zaaksysteem', 'salarisadministratie', 'arbodienst-verzuim', 'belastingen-woz', 'afvalpassen', 'e-formulieren', 'afsprakenplanner', 'burgerpeiling-2024'];
    expect(findings.filter((f) => good.includes(f.agreement ?? ''))).toEqual([]);
  });
});
