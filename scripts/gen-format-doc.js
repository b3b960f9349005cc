// Regenerates the format reference docs/format.md (Dutch) and docs/format.en.md
// (English) from the schemas' descriptions, the hand-written text in
// scripts/format-doc/ and its examples. test/schema/format-doc.test.ts fails
// when the checked-in files drift from this output.
//
//   npm run docs:format
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXAMPLES } from './format-doc/examples.js';
import { TEXT } from './format-doc/text.js';

export const KINDS = ['config', 'agreement', 'evaluation', 'incident'];
export const OUTPUTS = { nl: new URL('../docs/format.md', import.meta.url), en: new URL('../docs/format.en.md', import.meta.url) };

const schemas = Object.fromEntries(
  KINDS.map((kind) => [kind, JSON.parse(readFileSync(new URL(`../schemas/${kind}.schema.json`, import.meta.url), 'utf8'))]),
);

/** The Dutch or English half of a "Dutch\nEN: English" description. */
function describe(schema, lang) {
  const [nl, en] = String(schema.description ?? '').split('\nEN: ');
  return cell((lang === 'nl' ? nl : en) ?? '');
}

/** Markdown table cells: no pipes, no line breaks. */
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The 249 country codes (src/schema/country-codes.ts) are a kind of value, not a list to print. */
const COUNTRY_CODES = JSON.stringify(schemas.config.definitions.country_code.enum);

function typeOf(schema, t) {
  if (JSON.stringify(schema.enum) === COUNTRY_CODES) return t.country;
  if (schema.enum) return `${t.oneOf} ${schema.enum.map((v) => `\`${v}\``).join(', ')}`;
  const types = [].concat(schema.type ?? []);
  const one = (type) => {
    if (type === 'string' && schema.then?.$ref === '#/definitions/country_code') return t.country; // a code, or {country, until}
    if (type === 'string' && schema.pattern) {
      if (schema.pattern.includes('02-29')) return schema.pattern.includes('T(?:') ? t.dateTime : t.date;
      if (schema.pattern === '\\S') return t.nonBlank;
      if (schema.pattern === '^[0-9]{8}$') return t.kvk;
      return t.id;
    }
    if (type === 'string' && schema.format === 'email') return t.email;
    if (type === 'array') {
      return `${t.listOf} ${typeOf(resolveAny(schema.items ?? {}), t)}`;
    }
    if ((type === 'integer' || type === 'number') && schema.maximum !== undefined) {
      return schema.minimum === undefined ? `${t[type]}, ${t.atMost} ${schema.maximum}` : `${t[type]} ${schema.minimum}–${schema.maximum}`;
    }
    return t[type] ?? type;
  };
  return types.map(one).join(` ${t.or} `);
}

/** `$ref`s only point into the agreement's definitions (`contact`). */
function resolveAny(schema) {
  return schema.$ref?.startsWith('#/definitions/') ? schemas.agreement.definitions[schema.$ref.slice(14)] : schema;
}

function resolve(kind, schema) {
  const ref = schema.$ref;
  return ref?.startsWith('#/definitions/') ? schemas[kind].definitions[ref.slice(14)] : schema;
}

/** One row per property at every depth: `risk.components[].impact`. */
function rows(kind, schema, path, t, out, limits) {
  const required = new Set(schema.required ?? []);
  for (const [name, raw] of Object.entries(schema.properties ?? {})) {
    const property = resolve(kind, raw);
    const here = path === '' ? name : `${path}.${name}`;
    const conditional = t.conditional[`${kind}:${here}`];
    const needed = required.has(name) ? (conditional ?? t.yes) : (conditional ?? t.no);
    out.push(`| \`${here}\` | ${cell(typeOf(property, t))} | ${needed} | ${describe(property, t.lang)} |`);
    for (const node of [property, property.items ?? {}]) {
      if (node.maximum !== undefined) limits.push([here + (node === property ? '' : '[]'), node.minimum ?? '', node.maximum]);
    }
    if (property.properties) rows(kind, property, here, t, out, limits);
    const items = property.items ? resolve(kind, property.items) : undefined;
    if (items?.properties) rows(kind, items, `${here}[]`, t, out, limits);
  }
}

/** The Markdown of the format reference in `lang`. */
export function renderFormatDoc(lang) {
  const text = TEXT[lang];
  const t = { ...text.types, conditional: text.conditional, yes: text.yes, no: text.no, lang };
  const out = [
    `<!-- Generated from schemas/*.schema.json and scripts/format-doc/ by \`npm run docs:format\`; do not edit by hand. -->`,
    `# ${text.title}`,
    '',
    text.other,
    '',
    ...text.intro,
  ];
  const limits = [];
  for (const kind of KINDS) {
    const about = text.kinds[kind];
    // `rules` lists every rule id; docs/rules.md describes them.
    const schema = kind === 'config' ? { ...schemas.config, properties: { ...schemas.config.properties, rules: { ...schemas.config.properties.rules, properties: {} } } } : schemas[kind];
    const table = [];
    const kindLimits = [];
    rows(kind, schema, '', t, table, kindLimits);
    limits.push(...kindLimits.map(([key, min, max]) => [kind, key, min, max]));
    out.push('', `## ${about.title}`, '', about.intro, '', `### ${text.exampleTitle}`, '', '```yaml', EXAMPLES[kind].trimEnd(), '```');
    out.push('', `### ${text.fieldsTitle}`, '', `| ${text.columns.join(' | ')} |`, '|---|---|---|---|', ...table);
    out.push('', `### ${text.conditionsTitle}`, '', ...about.conditions.map((c) => `- ${c}`));
  }
  out.push('', `## ${text.limitsTitle}`, '', text.limitsIntro, '', `| ${text.limitColumns.join(' | ')} |`, '|---|---|---|---|');
  const files = { config: 'vo.config.yaml', agreement: 'agreements/', evaluation: 'evaluations/', incident: 'incidents/' };
  for (const [kind, key, min, max] of limits) out.push(`| ${files[kind]} | \`${key}\` | ${min} | ${max} |`);
  return `${out.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [lang, url] of Object.entries(OUTPUTS)) {
    writeFileSync(url, renderFormatDoc(lang));
    console.log(`wrote ${fileURLToPath(url)}`);
  }
}
