import { readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import * as compiled from './compiled-validators.js';

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

/**
 * The validators are ajv "standalone" code generated from `schemas/` by
 * scripts/generate-validators.js and checked in: `vo` neither loads ajv's
 * compiler nor compiles the schemas on every run (about 0.2 s of each start).
 * A test fails when they drift from the schemas.
 */
const validators = compiled as unknown as Record<SchemaKind, ValidateFunction>;

/** The precompiled validator of a kind (ajv, `allErrors`, `verbose`, non-strict schemas, strict numbers). */
export function validatorFor(kind: SchemaKind): ValidateFunction {
  return validators[kind];
}

export function validateAgainst(kind: SchemaKind, value: unknown): ErrorObject[] {
  const validate = validatorFor(kind);
  return validate(value) ? [] : [...(validate.errors ?? [])];
}
