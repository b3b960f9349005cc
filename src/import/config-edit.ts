import { chmodSync, readFileSync, statSync } from 'node:fs';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { Department } from '../register/types.js';
import { validateAgainst } from '../schema/schemas.js';
import { writeFileAtomic } from '../util/write-file.js';
import { departmentLines } from './departments.js';

/**
 * vo.config.yaml with new departments at the end of its `departments:` list, and
 * every other byte as it was: the lines go in after the last department (and the
 * comment lines that belong to it, as `vo init` writes one), in its indentation
 * and line endings. Undefined when the list is not a plain block list (flow style,
 * an alias, no list at all) or the result would not be a valid config: then
 * the user gets the lines to add by hand.
 */
export function withDepartments(text: string, departments: readonly Department[]): string | undefined {
  if (departments.length === 0) return text;
  // logLevel silent here and below: nothing from eemeli/yaml may reach stderr (it warns there about keys that are lists or maps).
  const doc = parseDocument(text, { keepSourceTokens: false, logLevel: 'silent' });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((item) => isScalar(item.key) && item.key.value === 'departments');
  const list = pair?.value;
  if (!isSeq(list) || list.flow === true || list.items.length === 0 || list.range === undefined || list.range === null) return undefined;
  const last = list.items[list.items.length - 1] as Node | undefined;
  if (last?.range === undefined || last.range === null) return undefined;

  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const dashColumn = list.range[0] - (text.lastIndexOf('\n', list.range[0] - 1) + 1);
  let at = text.indexOf('\n', Math.max(0, last.range[1] - 1));
  at = at === -1 ? text.length : at + 1;
  for (;;) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end === -1 ? text.length : end + 1);
    const comment = /^( *)#/.exec(line);
    if (line === '' || comment === null || (comment[1] ?? '').length <= dashColumn) break;
    at += line.length;
  }
  const insert = departmentLines(departments, ' '.repeat(dashColumn)).join(eol) + eol;
  const before = text.slice(0, at);
  const result = `${before}${at === text.length && !before.endsWith('\n') && before !== '' ? eol : ''}${insert}${text.slice(at)}`;

  const check = parseDocument(result, { logLevel: 'silent' });
  if (check.errors.length > 0 || validateAgainst('config', check.toJS()).length > 0) return undefined;
  const ids = ((check.toJS() as { departments?: { id: string }[] }).departments ?? []).map((d) => d.id);
  return departments.every((d) => ids.includes(d.id)) ? result : undefined;
}

/**
 * Replace the config atomically (temporary file, then rename) with its mode kept,
 * unless it changed since it was read: then nothing is written.
 */
export function replaceConfig(path: string, expected: string, next: string): boolean {
  const { mode } = statSync(path);
  if (readFileSync(path, 'utf8') !== expected) return false;
  writeFileAtomic(path, next, { force: true });
  chmodSync(path, mode & 0o7777);
  return true;
}
