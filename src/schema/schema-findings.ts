import type { ErrorObject } from 'ajv';
import type { Finding } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { schemaText, type ConditionalKey, type JsonType } from '../i18n/schema.js';
import { locate, sourceText, type SourceFile, type YamlPath } from '../register/parse.js';
import { RULES } from '../rules/catalogue.js';
import { closest } from '../util/suggest.js';
import { isCountryCodeList, meantCountryCode } from './country-codes.js';
import {
  DATE_PATTERN,
  DATE_TIME_PATTERN,
  DEPARTMENT_ID_PATTERN,
  KVK_PATTERN,
  NON_BLANK_PATTERN,
  RECORD_ID_PATTERN,
} from './patterns.js';
import { jsonType, keyName, lastKey, pathOf } from './schema-paths.js';

export { pathOf } from './schema-paths.js';

const INTEGRITY_RULES: ReadonlySet<string> = new Set(RULES.filter((r) => r.kind === 'integrity').map((r) => r.id));

/** Turn ajv's errors into `schema` findings that point at the offending node and say what to write instead. */
export function schemaFindings(errors: readonly ErrorObject[], source: SourceFile, lang: Lang): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  const inAlternatives = alternativeBranches(errors);
  for (const error of errors) {
    if (inAlternatives(error)) continue;
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
      return undefined; // the `then` or `else` branch reports the missing key itself
    case 'anyOf':
    case 'oneOf':
      return { path, message: alternativesMessage(path, lang) };
    case 'dependencies': {
      const { property, missingProperty } = error.params as { property: string; missingProperty: string };
      return { path: [...path, property], message: text.pairIncomplete(property, missingProperty) };
    }
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
      if (!/\/(then|else)\//.test(error.schemaPath) || !isConditionalKey(missing)) return { path, message: text.missingKey(missing) };
      // `controller_notified` is required because of `discovered_by: controller`: point there.
      const at = missing === 'controller_notified' ? [...path, 'discovered_by'] : path;
      return { path: at, message: text.missingConditional(missing) };
    }
    case 'type': {
      const expected = String((error.params as { type: string }).type).split(',') as JsonType[];
      const actual = jsonType(value);
      if (isAdequateEntry(path)) return { path, message: text.adequateEntry(key) };
      if (typeof value === 'number' && !Number.isFinite(value)) {
        return { path, message: text.notFinite(key, sourceText(source, path) ?? String(value)) };
      }
      if (expected.includes('string') && (actual === 'number' || actual === 'integer' || actual === 'boolean')) {
        const written = sourceText(source, path) ?? String(value);
        const schema = error.parentSchema as { pattern?: string; enum?: unknown[] } | undefined;
        // Quoting helps only where any text will do: a date wants a date, a choice one of its values (its `enum` error names them).
        if (schema?.enum !== undefined && !isCountryCodeList(schema.enum)) return undefined;
        if (schema?.pattern === DATE_PATTERN || schema?.pattern === DATE_TIME_PATTERN) return { path, message: patternMessage(key, written, schema.pattern, lang) };
        return { path, message: text.quoteIt(key, written) };
      }
      return { path, message: text.wrongType(key, expected, actual) };
    }
    case 'enum': {
      const allowedValues = (error.params as { allowedValues?: unknown[] }).allowedValues ?? [];
      // 249 country codes are no list to show: say which code was meant. Not text at all: the `type` error says so.
      if (isCountryCodeList(allowedValues)) {
        return typeof value === 'string' ? { path, message: text.badCountry(key, value, meantCountryCode(value)) } : undefined;
      }
      const allowed = allowedValues.map(String);
      const shown = typeof value === 'string' ? value : JSON.stringify(value);
      return { path, message: text.notInEnum(key, shown, allowed, closest(shown, allowed)) };
    }
    case 'pattern':
      return { path, message: patternMessage(key, String(value), String((error.params as { pattern: string }).pattern), lang) };
    case 'format':
      return { path, message: text.badEmail(key, String(value)) };
    case 'minimum':
      return { path, message: text.tooSmall(key, Number((error.params as { limit: number }).limit)) };
    case 'maximum':
      return { path, message: text.tooLarge(key, Number((error.params as { limit: number }).limit)) };
    case 'minLength':
      return { path, message: text.emptyText(key) };
    case 'minItems':
      return { path, message: text.tooFewItems(key, Number((error.params as { limit: number }).limit)) };
    default:
      return { path, message: text.other(key, error.message ?? error.keyword) };
  }
}

const CONDITIONAL_KEYS: readonly string[] = ['outcome', 'resolved', 'due', 'processor_aware', 'controller_notified'] satisfies ConditionalKey[];

function isConditionalKey(key: string): key is ConditionalKey {
  return CONDITIONAL_KEYS.includes(key);
}

/**
 * ajv reports every failed branch of an `anyOf`/`oneOf` and then the combinator
 * itself; its raw words ("must match a schema in anyOf") never reach the user.
 * The branches are dropped and the combinator gets one message saying what to write.
 */
function alternativeBranches(errors: readonly ErrorObject[]): (error: ErrorObject) => boolean {
  const combinators = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  return (error) =>
    combinators.some((c) => error.schemaPath.startsWith(`${c.schemaPath}/`) && error.instancePath.startsWith(c.instancePath));
}

function alternativesMessage(path: YamlPath, lang: Lang): string {
  const text = schemaText(lang);
  const key = keyName(path);
  if (lastKey(path) === 'risk') return text.riskUnassessed(key);
  if (lastKey(path) === 'assurance') return text.assuranceNoEnd(key);
  return text.noAlternative(key);
}

/** `policy.adequate_countries[n]`: a code or `{country, until}`. */
function isAdequateEntry(path: YamlPath): boolean {
  return path.length === 3 && path[0] === 'policy' && path[1] === 'adequate_countries' && typeof path[2] === 'number';
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
    case NON_BLANK_PATTERN:
      return value === '' ? text.emptyText(key) : text.blankText(key);
    default:
      return text.badPattern(key, value, pattern);
  }
}
