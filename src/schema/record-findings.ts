import type { Finding } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { registerText } from '../i18n/register.js';
import { MAX_FINDINGS_PER_FILE, type SourceFile } from '../register/parse.js';
import { schemaFindings } from './schema-findings.js';
import { validateAgainst, type SchemaKind } from './schemas.js';
import { duplicateComponentFindings } from './unique-components.js';

/**
 * The `schema` findings of one record: its JSON Schema, plus the checks a JSON
 * Schema cannot express (a MAPGOOD component listed twice). Empty means valid.
 * At most MAX_FINDINGS_PER_FILE of them, then one finding that says there are
 * more: a file of 128 000 unknown keys gets a readable answer, not 128 000 lines
 * (and no quadratic "did you mean" over all of them).
 */
export function recordSchemaFindings(kind: SchemaKind, value: unknown, source: SourceFile, lang: Lang): Finding[] {
  const errors = validateAgainst(kind, value);
  // ajv may report one problem twice (schemaFindings merges those), so look at a few more errors than are shown.
  const findings = errors.length > 0 ? schemaFindings(errors.slice(0, 2 * MAX_FINDINGS_PER_FILE), source, lang) : [];
  if (kind === 'agreement') for (const finding of duplicateComponentFindings(value, source, lang)) findings.push(finding);
  if (findings.length <= MAX_FINDINGS_PER_FILE && errors.length <= 2 * MAX_FINDINGS_PER_FILE) return findings;
  const shown = findings.slice(0, MAX_FINDINGS_PER_FILE);
  shown.push({ rule: 'schema', severity: 'error', message: registerText(lang).moreFindings(MAX_FINDINGS_PER_FILE), file: source.file, line: 1, column: 1 });
  return shown;
}
