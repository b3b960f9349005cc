/** Helpers for the format version 2 schema tests: validate a text the way the loader does. */
import { expect } from 'vitest';
import type { Lang } from '../../src/i18n/lang.js';
import { parseYamlFile } from '../../src/register/parse.js';
import { recordSchemaFindings } from '../../src/schema/record-findings.js';
import { schemaFindings } from '../../src/schema/schema-findings.js';
import { validateAgainst, type SchemaKind } from '../../src/schema/schemas.js';

/** The loader's `schema` findings for `text` as `line:column message` (the config as loadConfig checks it). */
export function check(kind: SchemaKind, text: string, lang: Lang = 'nl'): string[] {
  const parsed = parseYamlFile(`${kind}.yaml`, Buffer.from(text, 'utf8'), lang);
  if (!parsed.ok) throw new Error(`test input does not parse: ${JSON.stringify(parsed.findings)}`);
  const findings =
    kind === 'config'
      ? schemaFindings(validateAgainst('config', parsed.value), parsed.source, lang)
      : recordSchemaFindings(kind, parsed.value, parsed.source, lang);
  for (const finding of findings) {
    expect(finding).toMatchObject({ rule: 'schema', severity: 'error', file: `${kind}.yaml` });
  }
  return findings.map((f) => `${f.line}:${f.column} ${f.message}`);
}

/** Replace exactly one occurrence of `from`, so a typo in a test fails loudly instead of testing nothing. */
export function mutate(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`\`${from}\` must occur exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** ajv's own words, which must never reach a user. */
export const RAW_AJV = /must match|must have required|must NOT|must be equal to one of|must pass|"then"|"else"|anyOf|oneOf/;
