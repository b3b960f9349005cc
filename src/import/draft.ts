import type { Lang } from '../i18n/lang.js';
import { FIELDS } from './fields.js';
import type { CellRef, Problem } from './problems.js';
import { label, setPath, type MappedSheet, type ReadRow } from './sheet-rows.js';

/** Where a value of the record came from, and what the user calls it: for every message about it. */
export interface Place {
  at: CellRef;
  label: string;
}

/** An agreement on its way from rows to a file: its record, and where every part of it is in the workbook. */
export interface Draft {
  /** The agreement's row. */
  at: CellRef;
  id: string;
  title: string;
  record: Record<string, unknown>;
  /** JSON pointer (`/processor/kvk`, `/obligations/0/due`, `/obligations/0`) → place. */
  places: Map<string, Place>;
  problems: Problem[];
  notes: Problem[];
  /** The rows of other sheets that belong to it: it is written with all of them or not at all. */
  children: CellRef[];
}

/**
 * Put a read row's values into `target` (the record, or one item of a list in it)
 * and remember where each came from under `pointer`. Fields in `skip` are the
 * caller's to place (references, departments, documents).
 */
export function placeRow(draft: Draft, target: Record<string, unknown>, pointer: string, mapped: MappedSheet, row: ReadRow, lang: Lang, skip: readonly string[] = []): void {
  draft.places.set(pointer, { at: row.at, label: '' });
  for (const field of FIELDS[mapped.kind]) {
    const at = row.places.get(field.path);
    const fieldPointer = `${pointer}/${field.path.replace(/\./g, '/')}`;
    if (at !== undefined || row.values.has(field.path)) {
      draft.places.set(fieldPointer, { at: at ?? row.at, label: label(mapped, field, mapped.columns.columns.get(field.path), lang) });
    }
    if (!skip.includes(field.path) && row.values.has(field.path)) setPath(target, field.path, row.values.get(field.path));
  }
}

/** The place of a pointer, or of its nearest parent that has one (the agreement's row at the least). */
export function placeOf(draft: Draft, pointer: string): Place {
  for (let p = pointer; ; p = p.slice(0, Math.max(0, p.lastIndexOf('/')))) {
    const place = draft.places.get(p);
    if (place !== undefined) return place;
    if (p === '') return { at: draft.at, label: '' };
  }
}
