/**
 * docs/format.md and docs/format.en.md, the users' format reference, are
 * generated from the schemas by `npm run docs:format`: they must not drift, must
 * document every property, and their examples must be files vo accepts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCHEMA_KINDS, type SchemaKind } from '../../src/schema/schemas.js';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { check } from './v2-helpers.js';

interface Generator {
  renderFormatDoc(lang: 'nl' | 'en'): string;
}
const script = (path: string) => import(pathToFileURL(join(REPO_ROOT, 'scripts', path)).href);
const generator = (await script('gen-format-doc.js')) as Generator;
const { EXAMPLES } = (await script('format-doc/examples.js')) as { EXAMPLES: Record<SchemaKind, string> };

const FILES = { nl: 'docs/format.md', en: 'docs/format.en.md' } as const;
const read = (file: string) => readFileSync(join(REPO_ROOT, file), 'utf8');

describe('the format reference', () => {
  it.each(Object.entries(FILES) as ['nl' | 'en', string][])('%s: %s is what `npm run docs:format` writes', (lang, file) => {
    expect(read(file)).toBe(generator.renderFormatDoc(lang));
  });

  it.each(SCHEMA_KINDS)('the %s example is valid as documented', (kind) => {
    expect(check(kind, EXAMPLES[kind])).toEqual([]);
    expect(read(FILES.nl)).toContain(EXAMPLES[kind].trimEnd());
  });

  it('documents every new field of version 2, with its meaning in the language of the page', () => {
    const nl = read(FILES.nl);
    const en = read(FILES.en);
    for (const key of [
      'policy.accepted_assurance', 'policy.assurance_report_max_age_months', 'policy.adequate_countries[].until',
      'processing.activities', 'processing.criminal_data', 'processing.bsn', 'processing.nature', 'risk.components[].component',
      'risk.dpia.prior_consultation', 'signing.signed_by.name', 'signing.fg_advice', 'subprocessors[].tia',
      'subprocessors[].change.objection_deadline', 'assurance[].period_end', 'assurance[].opinion', 'assurance[].superseded',
      'exit.plan', 'discovered_by', 'decision_reason', 'authority_delay_reason', 'authority_reference',
    ]) {
      expect(nl, key).toContain(`| \`${key}\` |`);
      expect(en, key).toContain(`| \`${key}\` |`);
    }
    expect(nl).toContain('| `processor_aware` | tijdstip | ja, tenzij `discovered_by: controller` | Moment waarop de verwerker');
    expect(en).toContain('| `processor_aware` | date-time | yes, unless `discovered_by: controller` | Moment the processor became aware');
    expect(nl).toContain('| vo.config.yaml | `policy.review_months.low` | 1 | 1200 |');
    expect(en).toContain('| agreements/ | `breach_notice_hours` | 1 | 8760 |');
  });

  it('links to the rules and to the other language', () => {
    expect(read(FILES.nl)).toContain('[rules.md](rules.md)');
    expect(read(FILES.nl)).toContain('[English](format.en.md)');
    expect(read(FILES.en)).toContain('[Nederlands](format.md)');
  });
});
