// Regenerates docs/rules.md from the built rule catalogue (run `npm run build` first).
import { writeFileSync } from 'node:fs';
import { renderRulesDoc } from '../dist/rules/rules-doc.js';

writeFileSync(new URL('../docs/rules.md', import.meta.url), renderRulesDoc());
console.log('wrote docs/rules.md');
