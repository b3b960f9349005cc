import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/catalogue.js';
import { configRulesSchema, renderRulesDoc } from '../../src/rules/rules-doc.js';

describe('generated from the rule definitions (run `npm run docs:rules` after changing a rule)', () => {
  it('docs/rules.md is exactly what the definitions give', () => {
    expect(readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8')).toBe(renderRulesDoc());
  });

  it('the rules block of the config schema lists every compliance rule with its default, and nothing else', () => {
    const schema = JSON.parse(readFileSync(new URL('../../schemas/config.schema.json', import.meta.url), 'utf8'));
    expect(schema.properties.rules).toEqual(configRulesSchema());
    const compliance = RULES.filter((r) => r.kind === 'compliance').map((r) => r.id);
    expect(Object.keys(schema.properties.rules.properties)).toEqual(compliance);
  });

  it('lists every rule once per language: 5 integrity and 44 compliance rules', () => {
    const doc = renderRulesDoc();
    for (const rule of RULES) expect(doc.split(`| \`${rule.id}\` |`)).toHaveLength(3);
    expect(RULES.filter((r) => r.kind === 'integrity')).toHaveLength(5);
    expect(RULES.filter((r) => r.kind === 'compliance')).toHaveLength(44);
  });
});
