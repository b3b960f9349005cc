/**
 * The JSON Schemas in schemas/ are the single source (STYLE.md). These tests
 * keep them in line with src/schema/patterns.ts, so messages can name what a
 * failed pattern means, and check that every property is documented in both
 * languages for the editor's hover text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COUNTRY_CODES } from '../../src/schema/country-codes.js';
import * as patterns from '../../src/schema/patterns.js';
import { SCHEMA_KINDS, validateAgainst, type SchemaKind } from '../../src/schema/schemas.js';
import { FIXTURES, REPO_ROOT } from '../helpers/run-cli.js';

interface Schema {
  type?: string | string[];
  pattern?: string;
  enum?: unknown[];
  minLength?: number;
  then?: Schema;
  description?: string;
  $ref?: string;
  properties?: Record<string, Schema>;
  patternProperties?: Record<string, Schema>;
  items?: Schema;
  definitions?: Record<string, Schema>;
}

function load(kind: SchemaKind): Schema {
  return JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', `${kind}.schema.json`), 'utf8')) as Schema;
}

interface Property {
  kind: SchemaKind;
  /** e.g. `obligations[].due`. */
  path: string;
  name: string;
  schema: Schema;
}

/** Every property at every depth (list items as `[]`, definitions by name), with `$ref` resolved. */
function properties(kind: SchemaKind): Property[] {
  const root = load(kind);
  const found: Property[] = [];
  const resolve = (schema: Schema): Schema =>
    schema.$ref?.startsWith('#/definitions/') ? (root.definitions?.[schema.$ref.slice(14)] ?? schema) : schema;
  const walk = (schema: Schema, path: string, seen: Set<Schema>): void => {
    if (seen.has(schema)) return;
    const next = new Set(seen).add(schema);
    for (const [name, raw] of Object.entries(schema.properties ?? {})) {
      const property = resolve(raw);
      const here = path === '' ? name : `${path}.${name}`;
      found.push({ kind, path: here, name, schema: property });
      walk(property, here, next);
      if (property.items) walk(resolve(property.items), `${here}[]`, next);
    }
  };
  walk(root, '', new Set());
  return found;
}

const ALL = SCHEMA_KINDS.flatMap(properties);

/** Which pattern each property must use, by its name (SPEC §1–5). */
const DATE_KEYS = [
  'signed', 'start', 'end', 'assessed', 'date', 'valid_until', 'received', 'due',
  'deletion_confirmed', 'next_review', 'resolved', 'closed',
];
const DATE_TIME_KEYS = ['processor_aware', 'controller_notified', 'authority_notified'];

function expectedPattern(property: Property): string | undefined {
  const { kind, name, path } = property;
  if (DATE_KEYS.includes(name)) return patterns.DATE_PATTERN;
  if (DATE_TIME_KEYS.includes(name)) return patterns.DATE_TIME_PATTERN;
  if (name === 'kvk') return patterns.KVK_PATTERN;
  if (name === 'department' || (kind === 'config' && path === 'departments[].id')) return patterns.DEPARTMENT_ID_PATTERN;
  if ((name === 'id' && path === 'id') || (name === 'agreement' && path === 'agreement')) return patterns.RECORD_ID_PATTERN;
  return undefined;
}

describe('schemas use exactly the patterns of src/schema/patterns.ts', () => {
  it('finds the properties it checks (guards against a walker that sees nothing)', () => {
    const names = new Set(ALL.map((p) => p.name));
    for (const name of [...DATE_KEYS, ...DATE_TIME_KEYS, 'kvk', 'country', 'department', 'id', 'agreement']) {
      expect(names, name).toContain(name);
    }
    expect(ALL.filter((p) => p.schema.pattern === patterns.DATE_PATTERN).length).toBeGreaterThan(15);
  });

  it.each(ALL.filter((p) => expectedPattern(p) !== undefined).map((p) => [`${p.kind}: ${p.path}`, p] as const))(
    '%s',
    (_label, property) => {
      expect(property.schema.pattern).toBe(expectedPattern(property));
    },
  );

  it('every country is exactly the assigned codes of src/schema/country-codes.ts, as an enum editors offer', () => {
    const countries = ALL.filter((p) => p.name === 'country');
    expect(countries.map((p) => `${p.kind}: ${p.path}`)).toEqual(['agreement: subprocessors[].country', 'config: policy.adequate_countries[].country']);
    for (const { schema } of countries) expect(schema.enum).toEqual(COUNTRY_CODES);
  });

  it('an adequate_countries item written as a code is one of the same codes', () => {
    const config = load('config');
    const item = ALL.find((p) => p.kind === 'config' && p.name === 'adequate_countries')?.schema.items;
    expect(item?.then?.$ref).toBe('#/definitions/country_code');
    expect(config.definitions?.country_code?.enum).toEqual(COUNTRY_CODES);
  });

  it('text that must not be empty must not be blank either: no schema uses minLength, every such text the non-blank pattern', () => {
    for (const kind of SCHEMA_KINDS) expect(JSON.stringify(load(kind)), kind).not.toContain('"minLength"');
    const nonBlank = new Set(ALL.filter((p) => p.schema.pattern === patterns.NON_BLANK_PATTERN).map((p) => `${p.kind}: ${p.path}`));
    for (const clause of ['instructions', 'confidentiality', 'security', 'subprocessors', 'data_subject_rights', 'assistance', 'deletion_return', 'audits']) {
      expect(nonBlank).toContain(`agreement: clauses.${clause}`);
    }
    for (const path of ['agreement: template.deviations[].reason', 'agreement: template.deviations[].clause', 'agreement: title', 'agreement: processor.name', 'incident: decision_reason', 'config: organisation']) {
      expect(nonBlank).toContain(path);
    }
  });

  it('no schema uses a pattern string that patterns.ts does not export', () => {
    const exported = new Set(Object.values(patterns));
    const used = SCHEMA_KINDS.flatMap((kind) => [...JSON.stringify(load(kind)).matchAll(/"pattern":("(?:[^"\\]|\\.)*")/g)])
      .map((match) => JSON.parse(match[1] as string) as string);
    expect(used.length).toBeGreaterThan(20);
    for (const pattern of used) expect(exported).toContain(pattern);
  });
});

describe('every property has a Dutch and an English description', () => {
  it.each(ALL.map((p) => [`${p.kind}: ${p.path}`, p] as const))('%s', (_label, property) => {
    expect(property.schema.description).toMatch(/\S[\s\S]*\nEN: \S/);
  });

  it.each(SCHEMA_KINDS)('%s is draft-07 and documented at the root', (kind) => {
    const schema = load(kind) as Schema & { $schema?: string };
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.description).toContain('\nEN: ');
  });
});

describe('the date patterns', () => {
  const date = new RegExp(patterns.DATE_PATTERN);
  const dateTime = new RegExp(patterns.DATE_TIME_PATTERN);

  /** The calendar's answer: does this day exist (proleptic Gregorian, as ISO 8601)? */
  function exists(year: number, month: number, day: number): boolean {
    const d = new Date(0);
    d.setUTCFullYear(year, month - 1, day);
    return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
  }
  const iso = (y: number, m: number, d: number) =>
    `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

  it('accept exactly the days that exist, in the years around every leap-year exception', () => {
    for (const year of [1900, 1996, 1999, 2000, 2023, 2024, 2025, 2100, 2400]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const expected = month >= 1 && month <= 12 && day >= 1 && exists(year, month, day);
          expect(date.test(iso(year, month, day)), iso(year, month, day)).toBe(expected);
        }
      }
    }
  });

  it('agree with the calendar for any year 0000–9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        expect(date.test(iso(y, m, d))).toBe(exists(y, m, d));
        expect(dateTime.test(`${iso(y, m, d)}T12:00`)).toBe(exists(y, m, d));
      }),
      { seed: 20261001, numRuns: 2000 },
    );
  });

  it.each(['2025-07-01T09:30', '2025-07-01T09:30:15', '2025-07-01T09:30:15.250', '2025-07-01T09:30Z', '2025-07-01T23:59:59+02:00', '2024-02-29T00:00-05:30'])(
    'date-time accepts %s',
    (value) => expect(dateTime.test(value)).toBe(true),
  );

  it.each(['2025-07-01', '2025-07-01 09:30', '2025-07-01T9:30', '2025-07-01T09', '2025-07-01T24:00', '2025-07-01T09:60', '2025-02-30T09:30', '2025-07-01T09:30+24:00', '2025-07-01t09:30'])(
    'date-time rejects %s',
    (value) => expect(dateTime.test(value)).toBe(false),
  );
});

describe('x- keys are accepted in every object at every depth', () => {
  /** A deep copy with `x-extra` added to every object (lists of objects included). */
  function withXKeys(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(withXKeys);
    if (value === null || typeof value !== 'object') return value;
    const copy: Record<string, unknown> = { 'x-extra': { nested: [1, 'two'] } };
    for (const [key, child] of Object.entries(value)) copy[key] = withXKeys(child);
    return copy;
  }
  const countObjects = (value: unknown): number =>
    Array.isArray(value)
      ? value.reduce((sum: number, item) => sum + countObjects(item), 0)
      : value !== null && typeof value === 'object'
        ? 1 + Object.values(value).reduce((sum: number, item) => sum + countObjects(item), 0)
        : 0;

  const files: [SchemaKind, string][] = [
    ['config', 'vo.config.yaml'],
    ['agreement', 'agreements/zaaksysteem.yaml'],
    ['evaluation', 'evaluations/2025/q1/zaaksysteem-2025-03.yaml'],
    ['incident', 'incidents/2025/zaaksysteem-lek.yaml'],
  ];
  it.each(files)('%s: test/fixtures/valid/%s with x-extra in every object', (kind, file) => {
    const value = parse(readFileSync(join(FIXTURES, 'valid', file), 'utf8')) as unknown;
    expect(validateAgainst(kind, value)).toEqual([]);
    const extended = withXKeys(value);
    expect(countObjects(extended)).toBeGreaterThan(3);
    expect(validateAgainst(kind, extended)).toEqual([]);
  });

  it.each(files)('%s: a key without the x- prefix in the same places is rejected', (kind, file) => {
    const value = parse(readFileSync(join(FIXTURES, 'valid', file), 'utf8')) as Record<string, unknown>;
    expect(validateAgainst(kind, { ...value, 'y-extra': 1 }).map((e) => e.keyword)).toContain('additionalProperties');
  });
});
