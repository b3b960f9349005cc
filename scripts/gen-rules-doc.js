// Regenerates docs/rules.md and the `rules` block of schemas/config.schema.json from the built
// rule definitions (run `npm run build` first), then the precompiled validators.
import { readFileSync, writeFileSync } from 'node:fs';
import { configRulesSchema, renderRulesDoc } from '../dist/rules/rules-doc.js';
import { generateValidators, OUTPUT } from './generate-validators.js';

writeFileSync(new URL('../docs/rules.md', import.meta.url), renderRulesDoc());
const schemaFile = new URL('../schemas/config.schema.json', import.meta.url);
const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
schema.properties.rules = configRulesSchema();
writeFileSync(schemaFile, JSON.stringify(schema, null, 2) + '\n');
writeFileSync(OUTPUT, generateValidators());
console.log('wrote docs/rules.md, the rules block of schemas/config.schema.json and src/schema/compiled-validators.ts');
