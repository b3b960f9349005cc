import { RULES } from './catalogue.js';

/**
 * docs/rules.md and the `rules` block of schemas/config.schema.json, both
 * generated from the rule definitions so neither drifts from `vo rules` (tests
 * compare the files with this output). Regenerate with `npm run docs:rules`.
 */
export function renderRulesDoc(): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const table = (lang: 'nl' | 'en', heads: string[], severity: Record<string, string>, kinds: Record<string, string>) =>
    [
      `| ${heads.join(' | ')} |`,
      `|${heads.map(() => '---').join('|')}|`,
      ...RULES.map((r) => `| \`${r.id}\` | ${kinds[r.kind]} | ${severity[r.defaultSeverity]} | ${cell(r.description[lang])} |`),
    ].join('\n');
  const integrity = RULES.filter((r) => r.kind === 'integrity').length;
  const compliance = RULES.length - integrity;
  return [
    '<!-- Generated from the rule definitions in src/rules/*-rules.ts by `npm run docs:rules`; do not edit by hand. -->',
    '# Regels / Rules',
    '',
    `De ${RULES.length} regels van \`vo check\`: ${integrity} integriteitsregels en ${compliance} nalevingsregels. Integriteitsregels zijn altijd een fout en kunnen`,
    'niet uit; de ernst van nalevingsregels is aan te passen in `vo.config.yaml` onder `rules:` (`error`, `warning` of `off`).',
    '`vo rules` toont de ernst na die aanpassingen. Welke velden een regel leest, staat in [format.md](format.md).',
    '',
    table('nl', ['regel', 'soort', 'standaard', 'omschrijving'], { error: 'fout', warning: 'waarschuwing' }, { integrity: 'integriteit', compliance: 'naleving' }),
    '',
    '## English',
    '',
    `The ${RULES.length} rules of \`vo check\`: ${integrity} integrity rules and ${compliance} compliance rules. Integrity rules are always errors and cannot be`,
    'switched off; the severity of compliance rules can be changed in `vo.config.yaml` under `rules:` (`error`, `warning` or `off`).',
    '`vo rules` shows the severities after those changes. Which fields a rule reads is in [format.en.md](format.en.md).',
    '',
    table('en', ['rule', 'kind', 'default', 'description'], { error: 'error', warning: 'warning' }, { integrity: 'integrity', compliance: 'compliance' }),
    '',
  ].join('\n');
}

/** The `rules` property of the config schema: every compliance rule, with its default and description in both languages. */
export function configRulesSchema(): Record<string, unknown> {
  return {
    description:
      'Pas de ernst van nalevingsregels aan: error, warning of off (uit). Integriteitsregels (zoals schema en duplicate-id) zijn altijd error en staan hier niet.\nEN: Override the severity of compliance rules: error, warning or off. Integrity rules (such as schema and duplicate-id) are always error and cannot be listed here.',
    type: 'object',
    properties: Object.fromEntries(
      RULES.filter((r) => r.kind === 'compliance').map((r) => [
        r.id,
        {
          enum: ['error', 'warning', 'off'],
          default: r.defaultSeverity,
          description: `${r.description.nl} Standaard: ${r.defaultSeverity}; kies error, warning of off.\nEN: ${r.description.en} Default: ${r.defaultSeverity}; choose error, warning or off.`,
        },
      ]),
    ),
    patternProperties: { '^x-': {} },
    additionalProperties: false,
  };
}
