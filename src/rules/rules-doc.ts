import { RULES } from './catalogue.js';

/**
 * docs/rules.md, generated from the rule catalogue so the reference never
 * drifts from `vo rules` (a test compares the file with this output).
 * Regenerate with `npm run docs:rules`.
 */
export function renderRulesDoc(): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const table = (lang: 'nl' | 'en', heads: string[], severity: Record<string, string>, kinds: Record<string, string>) =>
    [
      `| ${heads.join(' | ')} |`,
      `|${heads.map(() => '---').join('|')}|`,
      ...RULES.map((r) => `| \`${r.id}\` | ${kinds[r.kind]} | ${severity[r.defaultSeverity]} | ${cell(r.description[lang])} |`),
    ].join('\n');
  return [
    '<!-- Generated from src/rules/catalogue.ts by `npm run docs:rules`; do not edit by hand. -->',
    '# Regels / Rules',
    '',
    'De regels van `vo check` (SPEC §6). Integriteitsregels zijn altijd een fout en kunnen niet uit;',
    'de ernst van nalevingsregels is aan te passen in `vo.config.yaml` onder `rules:` (`error`, `warning` of `off`).',
    '`vo rules` toont de ernst na die aanpassingen.',
    '',
    table('nl', ['regel', 'soort', 'standaard', 'omschrijving'], { error: 'fout', warning: 'waarschuwing' }, { integrity: 'integriteit', compliance: 'naleving' }),
    '',
    '## English',
    '',
    'The rules of `vo check` (SPEC §6). Integrity rules are always errors and cannot be switched off;',
    'the severity of compliance rules can be changed in `vo.config.yaml` under `rules:` (`error`, `warning` or `off`).',
    '`vo rules` shows the severities after those changes.',
    '',
    table('en', ['rule', 'kind', 'default', 'description'], { error: 'error', warning: 'warning' }, { integrity: 'integrity', compliance: 'compliance' }),
    '',
  ].join('\n');
}
