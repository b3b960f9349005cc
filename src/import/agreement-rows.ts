import { importText } from '../i18n/import.js';
import type { Lang } from '../i18n/lang.js';
import { headerKey } from './columns.js';
import type { Departments } from './departments.js';
import { placeRow, type Draft } from './draft.js';
import { chooseId, slug } from './ids.js';
import type { CellRef, Problem } from './problems.js';
import { dataRows, readRow, type MappedSheet, type ReadRow } from './sheet-rows.js';

/** What the rows are read against: the language, the config's departments and the ids in the register. */
export interface ReadContext {
  lang: Lang;
  departments: Departments;
  /** `--add-departments`: a department the config lacks is added, not a problem. */
  addDepartments: boolean;
  /** Agreement ids in use: files in the register, and rows read so far. */
  taken: Set<string>;
  /** Id → title of the register's readable agreements. */
  titles: ReadonlyMap<string, string>;
  /** Register agreements already matched by a row. */
  claimed: Set<string>;
}

/** A row that is an agreement the register already has (same id, same title): left alone. */
export interface Existing {
  at: CellRef;
  id: string;
  title: string;
}

/** Every agreement row as a draft (also the ones with problems, so their other rows find them). */
export function readAgreements(mapped: MappedSheet, context: ReadContext): { drafts: Draft[]; existing: Existing[] } {
  const drafts: Draft[] = [];
  const existing: Existing[] = [];
  const sheetIds = new Set<string>();
  for (const raw of dataRows(mapped)) {
    const row = readRow(mapped, raw, context.lang);
    const title = row.values.get('title') as string | undefined;
    const draft: Draft = { at: row.at, id: '', title: title ?? '', record: {}, places: new Map(), problems: [...row.problems], notes: [], children: [] };
    placeRow(draft, draft.record, '', mapped, row, context.lang, ['id', 'department', 'documents.ref']);
    department(draft, row, context);
    completeRecord(draft, row, context.lang);
    if (title === undefined) {
      drafts.push(draft);
      continue;
    }
    const choice = idOf(draft, row, title, sheetIds, context);
    if (choice !== undefined && 'existing' in choice) {
      existing.push({ at: row.at, id: choice.existing, title });
      continue;
    }
    draft.id = choice?.id ?? '';
    if (draft.id !== '') {
      sheetIds.add(draft.id);
      context.taken.add(draft.id);
    }
    draft.record = { id: draft.id, ...draft.record };
    drafts.push(draft);
  }
  return { drafts, existing };
}

/** The department's id: known in the config, or new (a problem unless `--add-departments`). */
function department(draft: Draft, row: ReadRow, context: ReadContext): void {
  const text = row.values.get('department') as string | undefined;
  if (text === undefined) return;
  const p = importText(context.lang).problem;
  const at = row.places.get('department') ?? row.at;
  const resolved = context.departments.resolve(text);
  if (resolved === undefined) draft.problems.push({ at, message: p.badDepartment(text) });
  else {
    if (!resolved.known && !context.addDepartments) draft.problems.push({ at, message: p.unknownDepartment(text, resolved.id) });
    draft.record.department = resolved.id;
  }
}

/**
 * What the sheet leaves implicit: a link to the contract becomes a document; no
 * phase means `draft` (as `vo new agreement`); a risk level without impact and
 * likelihood sets both to that level, since today's format needs them (noted, so
 * the user can refine it).
 */
function completeRecord(draft: Draft, row: ReadRow, lang: Lang): void {
  const t = importText(lang);
  const record = draft.record;
  const link = row.values.get('documents.ref');
  if (link !== undefined) {
    record.documents = [{ title: t.yaml.documentTitle, ref: link }];
    const place = draft.places.get('/documents/ref');
    if (place !== undefined) draft.places.set('/documents/0/ref', place);
  }
  if (!row.values.has('phase')) {
    record.phase = 'draft';
    draft.notes.push({ at: row.at, message: t.note.defaultPhase });
  }
  const risk = record.risk as Record<string, unknown> | undefined;
  if (risk?.level !== undefined && risk.impact === undefined && risk.likelihood === undefined) {
    risk.impact = risk.level;
    risk.likelihood = risk.level;
    draft.notes.push({ at: row.places.get('risk.level') ?? row.at, message: t.note.derivedRisk });
  }
}

/** The row's id (ids.ts has the rule); undefined after a problem. */
function idOf(draft: Draft, row: ReadRow, title: string, sheetIds: Set<string>, context: ReadContext): { id: string } | { existing: string } | undefined {
  const p = importText(context.lang).problem;
  const own = row.values.get('id') as string | undefined;
  const fail = (problem: Problem) => (draft.problems.push(problem), undefined);
  if (own === undefined) return chooseId(slug(title) || 'overeenkomst', title, context.taken, context.titles, context.claimed);
  const at = row.places.get('id') ?? row.at;
  if (sheetIds.has(own)) return fail({ at, message: p.idTwice(own) });
  if (!context.taken.has(own)) return { id: own };
  const existingTitle = context.titles.get(own);
  if (existingTitle === undefined || context.claimed.has(own) || headerKey(existingTitle) !== headerKey(title)) return fail({ at, message: p.idTaken(own) });
  context.claimed.add(own);
  return { existing: own };
}
