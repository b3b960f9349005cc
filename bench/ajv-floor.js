// The schema-validation floor when ajv-cli is not installed: ajv itself compiles the
// three record schemas, and every file is read, parsed (yaml) and validated.
//
//   node bench/ajv-floor.js <register>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
let invalid = 0;
for (const [kind, folder] of [['agreement', 'agreements'], ['evaluation', 'evaluations'], ['incident', 'incidents']]) {
  const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', `${kind}.schema.json`), 'utf8')));
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.yaml') && !validate(parse(readFileSync(path, 'utf8')))) invalid++;
    }
  };
  try {
    walk(join(process.argv[2] ?? '.', folder));
  } catch {
    // a register without this folder
  }
}
process.exitCode = invalid > 0 ? 1 : 0;
