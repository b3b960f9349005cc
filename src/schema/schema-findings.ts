import type { ErrorObject } from 'ajv';
import { isScalar } from 'yaml';
import type { Finding } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { schemaText, type JsonType } from '../i18n/schema.js';
import { locate, type SourceFile, type YamlPath } from '../register/parse.js';
import { RULES } from '../rules/catalogue.js';
import { closest } from '../util/suggest.js';
import {
  COUNTRY_PATTERN,
  DATE_PATTERN,
  DATE_TIME_PATTERN,
  DEPARTMENT_ID_PATTERN,
  KVK_PATTERN,
  RECORD_ID_PATTERN,
} from './patterns.js';

const INTEGRITY_RULES = new Set(RULES.filter((r) => r.kind === 'integrity').map((r) => r.id));

/** Turn ajv's errors into `schema` findings that point at the offending node and say what to write instead. */
export function schemaFindings(errors: readonly ErrorObject[], source: SourceFile, lang: Lang): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const error of errors) {
    const described = describe(error, source, lang);
    if (described === undefined) continue;
    const key = `${described.path.join('/')}\u0000${described.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({ rule: 'schema', severity: 'error', message: described.message, file: source.file, ...locate(source, described.path) });
  }
  return findings;
}

interface Described {
  path: YamlPath;
  message: string;
}

function describe(error: ErrorObject, source: SourceFile, lang: Lang): Described | undefined {
  const text = schemaText(lang);
  const path = pathOf(error.instancePath);
  const key = keyName(path);
  const value = error.data;
  switch (error.keyword) {
    case 'if':
      return undefined; // the `then` branch reports the missing key itself
    case 'additionalProperties': {
      const extra = String((error.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      if (path.length === 1 && path[0] === 'rules' && INTEGRITY_RULES.has(extra)) {
        return { path: [...path, extra], message: text.integrityRuleFixed(extra) };
      }
      return { path: [...path, extra], message: text.unknownKey(extra, closest(extra, known)) };
    }
    case 'required': {
      const missing = String((error.params as { missingProperty: string }).missingProperty);
      const conditional = error.schemaPath.includes('/then/') ? conditionalMessage(missing, lang) : undefined;
      return { path, message: conditional ?? text.missingKey(missing) };
    }
    case 'type': {
      const expected = String((error.params as { type: string }).type).split(',') as JsonType[];
      const actual = jsonType(value);
      if (typeof value === 'number' && !Number.isFinite(value)) {
        return { path, message: text.notFinite(key, sourceText(source, path) ?? String(value)) };
      }
      if (expected.includes('string') && (actual === 'number' || actual === 'integer' || actual === 'boolean')) {
        return { path, message: text.quoteIt(key, sourceText(source, path) ?? String(value)) };
      }
      return { path, message: text.wrongType(key, expected, actual) };
    }
    case 'enum': {
      const allowed = ((error.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
      const shown = typeof value === 'string' ? value : JSON.stringify(value);
      return { path, message: text.notInEnum(key, shown, allowed, closest(shown, allowed)) };
    }
    case 'pattern':
      return { path, message: patternMessage(key, String(value), String((error.params as { pattern: string }).pattern), lang) };
    case 'format':
      return { path, message: text.badEmail(key, String(value)) };
    case 'minimum':
      return { path, message: text.tooSmall(key, Number((error.params as { limit: number }).limit)) };
    case 'minLength':
      return { path, message: text.emptyText(key) };
    case 'minItems':
      return { path, message: text.tooFewItems(key, Number((error.params as { limit: number }).limit)) };
    default:
      return { path, message: text.other(key, error.message ?? error.keyword) };
  }
}

function conditionalMessage(missing: string, lang: Lang): string | undefined {
  if (missing === 'outcome' || missing === 'resolved' || missing === 'due') return schemaText(lang).missingConditional(missing);
  return undefined;
}

function patternMessage(key: string, value: string, pattern: string, lang: Lang): string {
  const text = schemaText(lang);
  switch (pattern) {
    case DATE_PATTERN:
      return text.badDate(key, value);
    case DATE_TIME_PATTERN:
      return text.badDateTime(key, value);
    case RECORD_ID_PATTERN:
      return text.badRecordId(key, value);
    case DEPARTMENT_ID_PATTERN:
      return text.badDepartmentId(key, value);
    case KVK_PATTERN:
      return text.badKvk(value);
    case COUNTRY_PATTERN:
      return text.badCountry(key, value);
    default:
      return text.badPattern(key, value, pattern);
  }
}

/** JSON Pointer (RFC 6901) to path segments; digits become list indexes. */
export function pathOf(pointer: string): YamlPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The name a user sees for a path: its last key, or `parent[3]` for a list item. */
function keyName(path: YamlPath): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i];
    if (typeof segment === 'string') {
      const indexes = path.slice(i + 1).map((n) => `[${n}]`).join('');
      return segment + indexes;
    }
  }
  return '(document)';
}

function jsonType(value: unknown): JsonType {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'string';
  return 'object';
}

/** The value as written in the file (so `kvk: 012345678` suggests "012345678", not 12345678). */
function sourceText(source: SourceFile, path: YamlPath): string | undefined {
  const node = source.doc.getIn(path, true);
  return isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
}
