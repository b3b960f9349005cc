import type { Lang } from '../i18n/lang.js';
import { parseYamlFile } from '../register/parse.js';
import { validateAgainst, type SchemaKind } from '../schema/schemas.js';

/**
 * Generated files must validate as written (issue #6). This runs the loader's
 * own parse and schema steps on the text before it is written; a failure is a
 * bug in a template, not the user's doing, so it throws a plain Error (the CLI
 * prints one line and the --debug hint) and nothing is written.
 */
export function assertValid(kind: SchemaKind, file: string, text: string, lang: Lang): void {
  const parsed = parseYamlFile(file, Buffer.from(text, 'utf8'), lang);
  if (!parsed.ok) throw new Error(`generated ${file} does not parse: ${parsed.findings.map((f) => f.message).join('; ')}`);
  const errors = validateAgainst(kind, parsed.value);
  if (errors.length > 0) {
    throw new Error(`generated ${file} fails its schema: ${errors.map((e) => `${e.instancePath} ${e.message ?? ''}`).join('; ')}`);
  }
}
