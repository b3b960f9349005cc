import { posix } from 'node:path';
import type { RecordKind } from '../register/types.js';
import type { SchemaKind } from '../schema/schemas.js';
import { schemaFileName } from '../schema/schemas.js';

/**
 * Where `vo init` puts things inside a register, and where `vo new` writes
 * records. The schema copies live in a dot-folder, which the loader ignores
 * (docs/format.md), so they can never be mistaken for records.
 */
export const SCHEMA_COPY_DIR = '.vo/schemas';

/** The schema copy of a kind, relative to the register root. */
export function schemaCopyPath(kind: SchemaKind): string {
  return `${SCHEMA_COPY_DIR}/${schemaFileName(kind)}`;
}

/**
 * The first line of a generated record: the yaml-language-server modeline,
 * with a path relative to the file so it works wherever the register is cloned.
 */
export function schemaModeline(file: string, kind: SchemaKind): string {
  const relative = posix.relative(posix.dirname(file), schemaCopyPath(kind));
  return `# yaml-language-server: $schema=${relative}`;
}

/**
 * The path of a new record. Evaluations and incidents go into a folder per
 * year, as in the example register, so a busy register stays browsable; any
 * depth below the kind's folder is allowed (docs/format.md).
 */
export function recordPath(kind: RecordKind, id: string, date?: string): string {
  if (kind === 'agreement') return `agreements/${id}.yaml`;
  const folder = kind === 'evaluation' ? 'evaluations' : 'incidents';
  return `${folder}/${(date ?? '').slice(0, 4)}/${id}.yaml`;
}
