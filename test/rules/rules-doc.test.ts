import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/catalogue.js';
import { renderRulesDoc } from '../../src/rules/rules-doc.js';

describe('docs/rules.md', () => {
  it('is exactly what the rule catalogue generates (run `npm run docs:rules` after changing a rule)', () => {
    expect(readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8')).toBe(renderRulesDoc());
  });

  it('lists every rule of SPEC §6 once per language', () => {
    const doc = renderRulesDoc();
    for (const rule of RULES) expect(doc.split(`| \`${rule.id}\` |`)).toHaveLength(3);
    expect(RULES).toHaveLength(31);
  });
});
