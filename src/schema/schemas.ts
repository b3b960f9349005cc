import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/** The four schemas in `schemas/`, the single source for validation, editors and `vo schema`. */
export const SCHEMA_KINDS = ['agreement', 'evaluation', 'incident', 'config'] as const;
export type SchemaKind = (typeof SCHEMA_KINDS)[number];

/** `schemas/` sits beside `src/` and `dist/` in the package, so the same relative URL works from both. */
const schemaDir = new URL('../../schemas/', import.meta.url);

export function schemaFileName(kind: SchemaKind): string {
  return `${kind}.schema.json`;
}

export function readSchemaText(kind: SchemaKind): string {
  return readFileSync(new URL(schemaFileName(kind), schemaDir), 'utf8');
}

// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

let ajv: Ajv | undefined;
const compiled = new Map<SchemaKind, ValidateFunction>();

/** A compiled validator per kind, made on first use so commands that need none pay nothing. */
export function validatorFor(kind: SchemaKind): ValidateFunction {
  let validate = compiled.get(kind);
  if (validate === undefined) {
    ajv ??= addFormats(new Ajv({ allErrors: true, verbose: true, strict: false, strictNumbers: true }));
    validate = ajv.compile(JSON.parse(readSchemaText(kind)) as object);
    compiled.set(kind, validate);
  }
  return validate;
}

export function validateAgainst(kind: SchemaKind, value: unknown): ErrorObject[] {
  const validate = validatorFor(kind);
  return validate(value) ? [] : [...(validate.errors ?? [])];
}
