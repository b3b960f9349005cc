import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { basename, relative, resolve, sep } from 'node:path';
import { commentOut, comments, fileText, yamlString } from '../authoring/yaml-text.js';
import type { Io } from '../session.js';
import { UsageError } from '../errors.js';
import type { ColumnType, Sheet } from '../format/xlsx/sheet.js';
import { workbookBytes } from '../format/xlsx/workbook.js';
import { importText } from '../i18n/import.js';
import { FileExistsError, writeFileAtomic } from '../util/write-file.js';
import type { Lang } from '../i18n/lang.js';
import { fieldOf, FIELDS, SHEET_KINDS, SHEET_NAMES, type FieldSpec } from './fields.js';
import { templateData } from './template-data.js';

/**
 * `vo import --template DIR`: an example workbook (one sheet per kind, the usual
 * headers of the language, example rows) and a mapping file that names every
 * column, with the other fields as comments. Both are new files; nothing is
 * overwritten. Importing them into a new register works as they are.
 */
export async function writeTemplate(io: Io, dir: string, lang: Lang): Promise<void> {
  const data = templateData(lang);
  const root = resolve(io.cwd, dir);
  const today = io.now().toISOString().slice(0, 10);
  const workbook = await workbookBytes(templateSheets(lang), { lang, asOf: today });
  const files = [
    { path: data.files.sheet, content: workbook },
    { path: data.files.mapping, content: mappingText(lang) },
  ];
  const shown = (name: string) => relative(io.cwd, resolve(root, name)).split(sep).join('/');
  const taken = files.filter((f) => existsSync(resolve(root, f.path)));
  if (taken.length > 0) throw new UsageError(importText(lang).filesExist(taken.map((f) => shown(f.path))));
  mkdirSync(root, { recursive: true });
  const written: string[] = [];
  try {
    for (const file of files) {
      writeFileAtomic(resolve(root, file.path), file.content);
      written.push(resolve(root, file.path));
    }
  } catch (error) {
    // Both or neither, as vo init and vo new.
    for (const path of written) rmSync(path, { force: true });
    if (error instanceof FileExistsError) throw new UsageError(importText(lang).filesExist([shown(basename(error.path))]));
    throw error;
  }
  const t = importText(lang).template;
  io.stdout.write(`${t.wrote}\n${files.map((f) => `  ${shown(f.path)}`).join('\n')}\n\n${t.next(shown(data.files.sheet), shown(data.files.mapping))}\n`);
}

export function templateSheets(lang: Lang): Sheet[] {
  const data = templateData(lang);
  return SHEET_KINDS.map((kind) => {
    const fields = data.columns[kind].map((path) => fieldOf(kind, path) as FieldSpec);
    return {
      name: SHEET_NAMES[kind][lang][0] ?? kind,
      columns: fields.map((field) => ({ header: header(field, lang), type: columnType(field) })),
      rows: data.rows[kind].map((row) => ({ cells: fields.map((field) => row[field.path] ?? null) })),
    };
  });
}

function header(field: FieldSpec, lang: Lang): string {
  return field.headers[lang][0] ?? field.path;
}

function columnType(field: FieldSpec): ColumnType {
  if (field.kind === 'date') return 'date';
  return field.kind === 'integer' || field.kind === 'number' ? 'number' : 'text';
}

/** The mapping file: every column of the example sheet, the other fields commented out. */
export function mappingText(lang: Lang): string {
  const data = templateData(lang);
  const c = data.mappingComments;
  const lines = [...comments(0, ...c.header)];
  for (const kind of SHEET_KINDS) {
    const used = new Set(data.columns[kind]);
    const entry = (field: FieldSpec) => `    ${field.path}: ${yamlString(header(field, lang))}`;
    lines.push(
      '',
      `${kind}:`,
      ...comments(2, c.sheet[kind]),
      `  sheet: ${yamlString(SHEET_NAMES[kind][lang][0] ?? kind)}`,
      ...comments(2, c.headerRow),
      '  # header_row: 1',
      '  columns:',
      ...data.columns[kind].map((path) => entry(fieldOf(kind, path) as FieldSpec)),
    );
    const others = FIELDS[kind].filter((field) => !used.has(field.path));
    if (others.length > 0) lines.push(...comments(4, c.more), ...others.map((field) => `    # ${entry(field).trimStart()}`));
    if (kind === 'agreements') lines.push(...comments(2, c.values[0]!), ...commentOut(c.values.slice(1)).map((l) => `  ${l}`), ...comments(2, c.defaults[0]!), ...commentOut(c.defaults.slice(1)).map((l) => `  ${l}`));
  }
  return fileText(lines);
}

