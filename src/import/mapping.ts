import { readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { importText } from '../i18n/import.js';
import type { Lang } from '../i18n/lang.js';
import { locate, parseYamlFile, type YamlPath } from '../register/parse.js';
import { closest } from '../util/suggest.js';
import { choiceCodes } from './choices.js';
import { fieldOf, FIELDS, SHEET_KINDS, SHEET_NAMES, type SheetKind } from './fields.js';
import { readValue } from './values.js';

/** How one sheet is read: which worksheet, where its header row is, and the user's own words. */
export interface SheetMapping {
  /** Worksheet names to look for, the first found counts. */
  sheet: string[];
  /** 1-based; found automatically when absent. */
  headerRow?: number;
  /** Field path → the headers it answers to (instead of the defaults); an empty list leaves the field out. */
  columns: Record<string, string[]>;
  /** Field path → sheet word → code value, tried before the built-in words. */
  values: Record<string, Record<string, string>>;
  /** Field path → value for rows whose cell is empty or whose sheet has no such column. */
  defaults: Record<string, string | number | boolean>;
}

export type Mapping = Record<SheetKind, SheetMapping>;

const SHEET_KEYS = ['sheet', 'header_row', 'columns', 'values', 'defaults'] as const;

/** Without `--map`: the default sheet names and headers in Dutch and English. */
export function defaultMapping(): Mapping {
  const entry = (kind: SheetKind): SheetMapping => ({ sheet: [...SHEET_NAMES[kind].nl, ...SHEET_NAMES[kind].en], columns: {}, values: {}, defaults: {} });
  return { agreements: entry('agreements'), obligations: entry('obligations'), subprocessors: entry('subprocessors'), assurance: entry('assurance') };
}

/**
 * Read a mapping file (`vo import --map`, written by `vo import --template`).
 * Every mistake in it is listed with `file:line:column` and ends the command
 * with exit 2: a wrong mapping would put values in the wrong fields.
 */
export function loadMapping(path: string, shown: string, lang: Lang): Mapping {
  const t = importText(lang);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UsageError(t.unreadable(shown, (error as NodeJS.ErrnoException).code ?? (error as Error).message));
  }
  const parsed = parseYamlFile(shown, bytes, lang);
  if (!parsed.ok) throw new UsageError([t.badMapping(shown), ...parsed.findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`)].join('\n'));
  const problems: string[] = [];
  const fail = (path: YamlPath, message: string) => {
    const { line, column } = locate(parsed.source, path);
    problems.push(`${shown}:${line}:${column}: ${message}`);
  };
  const mapping = defaultMapping();
  const root = parsed.value;
  if (!isObject(root)) fail([], t.mapping.notAMap);
  for (const [kind, value] of Object.entries(isObject(root) ? root : {})) {
    if (kind.startsWith('x-')) continue;
    if (!(SHEET_KINDS as readonly string[]).includes(kind)) fail([kind], t.mapping.unknownKey(kind, closest(kind, SHEET_KINDS)));
    else readSheetMapping(kind as SheetKind, value, mapping[kind as SheetKind], fail, lang);
  }
  if (problems.length > 0) throw new UsageError([t.badMapping(shown), ...problems].join('\n'));
  return mapping;
}

type Fail = (path: YamlPath, message: string) => void;

function readSheetMapping(kind: SheetKind, value: unknown, target: SheetMapping, fail: Fail, lang: Lang): void {
  const m = importText(lang).mapping;
  if (!isObject(value)) return fail([kind], m.notAMap);
  for (const key of Object.keys(value)) {
    if (!key.startsWith('x-') && !(SHEET_KEYS as readonly string[]).includes(key)) fail([kind, key], m.unknownKey(key, closest(key, SHEET_KEYS)));
  }
  // In this order, so that `defaults` are read with the sheet's own `values`.
  const { sheet, header_row: headerRow, columns, values, defaults } = value;
  if (sheet !== undefined) {
    const names = typeof sheet === 'string' ? [sheet] : stringList(sheet);
    if (names === undefined || names.length === 0) fail([kind, 'sheet'], m.notText);
    else target.sheet = names;
  }
  if (headerRow !== undefined) {
    if (typeof headerRow === 'number' && Number.isInteger(headerRow) && headerRow >= 1) target.headerRow = headerRow;
    else fail([kind, 'header_row'], m.notRow);
  }
  for (const [path, headers] of fieldEntries(kind, 'columns', columns, fail, lang)) {
    const list = headers === null ? [] : typeof headers === 'string' ? [headers] : stringList(headers);
    if (list === undefined) fail([kind, 'columns', path], m.notText);
    else target.columns[path] = list;
  }
  for (const [path, words] of fieldEntries(kind, 'values', values, fail, lang)) {
    const field = fieldOf(kind, path)!;
    const codes = typeof field.kind === 'object' ? choiceCodes(field.kind.choice) : undefined;
    if (codes === undefined && field.kind !== 'department') fail([kind, 'values', path], m.noWords(path));
    else if (!isObject(words)) fail([kind, 'values', path], m.notAMap);
    else {
      for (const [word, code] of Object.entries(words)) {
        if (typeof code !== 'string' || (codes !== undefined && !codes.includes(code))) fail([kind, 'values', path, word], m.badCode(String(code), codes ?? []));
      }
      target.values[path] = Object.fromEntries(Object.entries(words).map(([word, code]) => [word, String(code)]));
    }
  }
  for (const [path, given] of fieldEntries(kind, 'defaults', defaults, fail, lang)) {
    const field = fieldOf(kind, path)!;
    const scalar = typeof given === 'string' || typeof given === 'number' || typeof given === 'boolean';
    const read = scalar ? readValue(field.kind, given, lang, target.values[path]) : { problem: m.notText };
    if (read !== undefined && 'problem' in read) fail([kind, 'defaults', path], read.problem);
    else if (read !== undefined) target.defaults[path] = given as string | number | boolean;
  }
}

/** The entries of a `columns`, `values` or `defaults` block whose key is a field of the sheet; the others are reported. */
function fieldEntries(kind: SheetKind, section: string, block: unknown, fail: Fail, lang: Lang): [string, unknown][] {
  const m = importText(lang).mapping;
  if (block === undefined) return [];
  if (!isObject(block)) {
    fail([kind, section], m.notAMap);
    return [];
  }
  const fields = FIELDS[kind].map((field) => field.path);
  return Object.entries(block).filter(([path]) => {
    if (fields.includes(path)) return true;
    fail([kind, section, path], m.unknownField(path, closest(path, fields)));
    return false;
  });
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
