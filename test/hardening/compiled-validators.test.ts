/**
 * src/schema/compiled-validators.ts is generated from schemas/ by
 * scripts/generate-validators.js. It must not drift from the schemas or from
 * ajv, and it must report exactly the errors ajv's runtime compiler reports
 * (schema findings are built from them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYamlFile } from '../../src/register/parse.js';
import { readSchemaText, SCHEMA_KINDS, validateAgainst, type SchemaKind } from '../../src/schema/schemas.js';
import { FIXTURES, REPO_ROOT } from '../helpers/run-cli.js';

interface Generator {
  generateValidators(): string;
  AJV_OPTIONS: Record<string, unknown>;
}
const generator = (await import(pathToFileURL(join(REPO_ROOT, 'scripts', 'generate-validators.js')).href)) as Generator;

// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;
const runtime = addFormats(new Ajv(generator.AJV_OPTIONS));
const compiledAtRuntime = Object.fromEntries(SCHEMA_KINDS.map((kind) => [kind, runtime.compile(JSON.parse(readSchemaText(kind)) as object)]));

function runtimeErrors(kind: SchemaKind, value: unknown) {
  const validate = compiledAtRuntime[kind];
  if (validate === undefined) throw new Error(kind);
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

describe('the precompiled schema validators', () => {
  it('are what scripts/generate-validators.js makes of schemas/ (run it after changing a schema)', () => {
    expect(readFileSync(join(REPO_ROOT, 'src', 'schema', 'compiled-validators.ts'), 'utf8')).toBe(generator.generateValidators());
  });

  it('report the same errors as ajv compiling the schemas at run time, on every invalid fixture', () => {
    const files = ['verkeerde-types', 'onbekende-sleutels', 'onmogelijke-datum', 'verkeerd-id', 'goed'].map((name) => join(FIXTURES, 'bad-input', 'agreements', `${name}.yaml`));
    let compared = 0;
    for (const file of files) {
      const parsed = parseYamlFile(file, readFileSync(file), 'en');
      if (!parsed.ok) continue;
      expect(validateAgainst('agreement', parsed.value)).toEqual(runtimeErrors('agreement', parsed.value));
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(4);
  });

  it('report the same errors on random values, for every kind', () => {
    const json = fc.jsonValue({ maxDepth: 3 });
    const recordLike = fc.dictionary(
      fc.constantFrom('id', 'title', 'date', 'type', 'agreement', 'phase', 'department', 'kvk', 'email', 'x-eigen', 'onbekend', 'organisation', 'departments', 'obligations', 'risk'),
      json,
    );
    fc.assert(
      fc.property(fc.constantFrom(...SCHEMA_KINDS), fc.oneof(recordLike, json), (kind, value) => {
        expect(validateAgainst(kind, value)).toEqual(runtimeErrors(kind, value));
      }),
      { numRuns: 500, seed: 5 },
    );
  });
});
