import { uniqueId } from '../authoring/record-ids.js';
import { importText } from '../i18n/import.js';
import type { ReadContext, Existing } from './agreement-rows.js';
import { headerKey } from './columns.js';
import { placeRow, type Draft } from './draft.js';
import type { SheetKind } from './fields.js';
import { slug } from './ids.js';
import type { Problem } from './problems.js';
import { dataRows, readRow, type MappedSheet, type ReadRow } from './sheet-rows.js';

/** The list in the agreement each child sheet fills. */
const LIST_OF: Record<Exclude<SheetKind, 'agreements'>, string> = { obligations: 'obligations', subprocessors: 'subprocessors', assurance: 'assurance' };

/**
 * Add the rows of an obligations, sub-processors or assurance sheet to the
 * agreements they name (by the id or the title used in the agreements sheet).
 * A row that names no agreement of this import is a problem of its own; a row of
 * an agreement the register already has is skipped with it.
 */
export function readChildren(mapped: MappedSheet, drafts: readonly Draft[], existing: readonly Existing[], context: ReadContext): { problems: Problem[]; notes: Problem[] } {
  const kind = mapped.kind as Exclude<SheetKind, 'agreements'>;
  const t = importText(context.lang);
  const problems: Problem[] = [];
  const notes: Problem[] = [];
  const owners = ownerIndex(drafts);
  for (const raw of dataRows(mapped)) {
    const row = readRow(mapped, raw, context.lang);
    const reference = row.values.get('agreement') as string | undefined;
    if (reference === undefined) {
      problems.push(...row.problems);
      continue;
    }
    const at = row.places.get('agreement') ?? row.at;
    const found = owners(reference);
    if (found.length !== 1) {
      const before = existing.find((e) => matches(reference, e.id, e.title));
      if (before !== undefined) notes.push({ at, message: t.note.skippedWithExisting(before.id) });
      else if (context.titles.has(reference.trim().toLowerCase())) problems.push({ at, message: t.problem.onlyThisImport(reference) });
      else problems.push({ at, message: found.length === 0 ? t.problem.unknownAgreement(reference) : t.problem.ambiguousAgreement(reference) });
      continue;
    }
    const draft = found[0]!;
    const list = (draft.record[LIST_OF[kind]] ??= []) as Record<string, unknown>[];
    const item: Record<string, unknown> = {};
    const pointer = `/${LIST_OF[kind]}/${list.length}`;
    placeRow(draft, item, pointer, mapped, row, context.lang, ['agreement', 'id', 'department']);
    draft.problems.push(...row.problems);
    draft.children.push(row.at);
    if (kind === 'obligations') obligationExtras(draft, item, list, row, context);
    list.push(kind === 'obligations' ? { id: item.id, ...item } : item);
  }
  return { problems, notes };
}

/** A row names its agreement by the id (given or made) or by the title, ignoring case and accents. */
function matches(reference: string, id: string, title: string): boolean {
  return (id !== '' && reference.trim().toLowerCase() === id) || headerKey(reference) === headerKey(title);
}

/** The drafts a reference names, looked up by id and by title (an index: a sheet has thousands of rows). */
function ownerIndex(drafts: readonly Draft[]): (reference: string) => Draft[] {
  const byId = new Map<string, Draft>();
  const byTitle = new Map<string, Draft[]>();
  for (const draft of drafts) {
    if (draft.id !== '') byId.set(draft.id, draft);
    const key = headerKey(draft.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), draft]);
  }
  return (reference) => {
    const byOwnId = byId.get(reference.trim().toLowerCase());
    const titled = byTitle.get(headerKey(reference)) ?? [];
    return byOwnId === undefined ? titled : [byOwnId, ...titled.filter((draft) => draft !== byOwnId)];
  };
}

/** An obligation's id (given, else from its title, unique within the agreement) and its own department. */
function obligationExtras(draft: Draft, item: Record<string, unknown>, list: readonly Record<string, unknown>[], row: ReadRow, context: ReadContext): void {
  const p = importText(context.lang).problem;
  const taken = new Set(list.map((other) => String(other.id)));
  const own = row.values.get('id') as string | undefined;
  const title = (row.values.get('title') as string | undefined) ?? '';
  if (own !== undefined && taken.has(own)) draft.problems.push({ at: row.places.get('id') ?? row.at, message: p.idTwice(own) });
  item.id = own ?? uniqueId(slug(title) || 'verplichting', taken);
  const department = row.values.get('department') as string | undefined;
  if (department === undefined) return;
  const at = row.places.get('department') ?? row.at;
  const resolved = context.departments.resolve(department);
  if (resolved === undefined) draft.problems.push({ at, message: p.badDepartment(department) });
  else {
    if (!resolved.known && !context.addDepartments) draft.problems.push({ at, message: p.unknownDepartment(department, resolved.id) });
    item.department = resolved.id;
  }
}
