/**
 * src/register/types.ts and schemas/*.schema.json describe the same records:
 * for every object in every schema, the TypeScript interface has the same
 * property names, and a property is optional (`?`) exactly when the schema does
 * not require it. A field added to one and not the other fails here. Read with
 * the TypeScript compiler API, so the test sees the types as the compiler does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { SCHEMA_KINDS, type SchemaKind } from '../../src/schema/schemas.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

interface Schema {
  $ref?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  definitions?: Record<string, Schema>;
}

const ROOT_TYPES: Record<SchemaKind, string> = { agreement: 'Agreement', evaluation: 'Evaluation', incident: 'Incident', config: 'Config' };

/**
 * Where types.ts and the schemas differ on purpose. `Config` is the config with
 * every default filled in by loadConfig, so keys the file may leave out are
 * always there in the type; and `rules` is typed as a record of any rule id.
 */
const KNOWN_EXCEPTIONS = [
  ...['locale', 'timezone', 'policy', 'rules'].map((key) => `config: ${key}: optional in the schema, required in types.ts`),
  ...[
    'review_months', 'non_compliant_review_months', 'due_soon_days', 'assurance_due_soon_days', 'agreement_end_warning_days',
    'grace_days', 'max_breach_notice_hours', 'incident_report_days', 'adequate_countries', 'accepted_assurance',
    'assurance_report_max_age_months',
  ].map((key) => `config: policy.${key}: optional in the schema, required in types.ts`),
  ...['high', 'medium', 'low'].map((key) => `config: policy.review_months.${key}: optional in the schema, required in types.ts`),
];

const program = ts.createProgram([join(REPO_ROOT, 'src/register/types.ts')], { strict: true, noEmit: true });
const checker = program.getTypeChecker();
const typesFile = program.getSourceFile(join(REPO_ROOT, 'src/register/types.ts'));

function rootType(name: string): ts.Type {
  const declaration = typesFile?.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === name);
  if (declaration === undefined) throw new Error(`types.ts has no interface ${name}`);
  return checker.getTypeAtLocation(declaration);
}

/** The object part of a property's type: `undefined` dropped, arrays unwrapped to their element. */
function objectPart(type: ts.Type): ts.Type | undefined {
  for (const part of type.isUnion() ? type.types : [type]) {
    if ((part.flags & ts.TypeFlags.Object) === 0) continue;
    if (checker.isArrayType(part)) {
      const element = checker.getTypeArguments(part as ts.TypeReference)[0];
      const found = element === undefined ? undefined : objectPart(element);
      if (found !== undefined) return found;
    } else if (checker.getPropertiesOfType(part).length > 0) return part;
  }
  return undefined;
}

interface Comparison {
  differences: string[];
  objects: number;
}

function compare(kind: SchemaKind): Comparison {
  const root = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', `${kind}.schema.json`), 'utf8')) as Schema;
  const resolve = (schema: Schema): Schema =>
    schema.$ref?.startsWith('#/definitions/') ? (root.definitions?.[schema.$ref.slice(14)] ?? schema) : schema;
  const result: Comparison = { differences: [], objects: 0 };
  const walk = (schema: Schema, type: ts.Type, path: string): void => {
    if (schema.properties === undefined) return;
    result.objects++;
    const at = (key: string) => (path === '' ? key : `${path}.${key}`);
    const symbols = new Map(checker.getPropertiesOfType(type).map((s) => [s.name, s]));
    const required = new Set(schema.required ?? []);
    for (const name of symbols.keys()) {
      if (!(name in schema.properties)) result.differences.push(`${kind}: ${at(name)}: in types.ts, not in the schema`);
    }
    for (const [name, raw] of Object.entries(schema.properties)) {
      const symbol = symbols.get(name);
      if (symbol === undefined) {
        result.differences.push(`${kind}: ${at(name)}: in the schema, not in types.ts`);
        continue;
      }
      const optional = (symbol.flags & ts.SymbolFlags.Optional) !== 0;
      if (optional === required.has(name)) {
        result.differences.push(`${kind}: ${at(name)}: ${required.has(name) ? 'required' : 'optional'} in the schema, ${optional ? 'optional' : 'required'} in types.ts`);
      }
      if (kind === 'config' && path === '' && name === 'rules') continue; // a record of any rule id
      const child = resolve(raw);
      const childType = objectPart(checker.getTypeOfSymbol(symbol));
      if (childType === undefined) continue;
      if (child.items !== undefined) walk(resolve(child.items), childType, `${at(name)}[]`);
      else walk(child, childType, at(name));
    }
  };
  walk(root, rootType(ROOT_TYPES[kind]), '');
  return result;
}

describe('src/register/types.ts matches the schemas', () => {
  const results = Object.fromEntries(SCHEMA_KINDS.map((kind) => [kind, compare(kind)])) as Record<SchemaKind, Comparison>;

  it('compares every nested object (guards against a walker that sees nothing)', () => {
    expect(results.agreement.objects).toBeGreaterThanOrEqual(20);
    expect(results.evaluation.objects).toBeGreaterThanOrEqual(5);
    expect(results.incident.objects).toBeGreaterThanOrEqual(2);
    expect(results.config.objects).toBeGreaterThanOrEqual(4);
  });

  it('property names and required/optional agree, apart from the listed exceptions', () => {
    const differences = SCHEMA_KINDS.flatMap((kind) => results[kind].differences);
    expect(differences.filter((d) => !KNOWN_EXCEPTIONS.includes(d))).toEqual([]);
    // An exception that no longer applies is removed from the list.
    expect(KNOWN_EXCEPTIONS.filter((e) => !differences.includes(e))).toEqual([]);
  });
});
