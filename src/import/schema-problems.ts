import type { ErrorObject } from 'ajv';
import { importText } from '../i18n/import.js';
import type { Lang } from '../i18n/lang.js';
import { validateAgainst } from '../schema/schemas.js';
import { placeOf, type Draft } from './draft.js';
import { fieldOf, type SheetKind } from './fields.js';
import type { Problem } from './problems.js';

/**
 * Validate a draft against the agreement schema, in memory, before anything is
 * written, and say what is wrong in the sheet's words at the sheet's cell. Values
 * were read and checked cell by cell already, so what is left is mostly a part
 * given without the rest it needs (impact without likelihood, purposes without
 * data subjects, a one-off obligation without a due date).
 */
export function schemaProblems(draft: Draft, lang: Lang): Problem[] {
  const errors = validateAgainst('agreement', draft.record).filter((e) => e.keyword !== 'if');
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const error of errors) {
    const problem = toProblem(draft, error, lang);
    const key = `${problem.at.sheet}!${problem.at.row}:${problem.at.column ?? ''}:${problem.message}`;
    if (!seen.has(key)) problems.push(problem);
    seen.add(key);
  }
  return problems;
}

function toProblem(draft: Draft, error: ErrorObject, lang: Lang): Problem {
  const p = importText(lang).problem;
  if (error.keyword === 'required') {
    const missing = String((error.params as { missingProperty?: string }).missingProperty ?? '');
    const pointer = `${error.instancePath}/${missing}`;
    const place = placeOf(draft, pointer);
    const name = place.label !== '' && draft.places.has(pointer) ? place.label : defaultLabel(pointer, lang);
    return { at: place.at, message: missing === 'due' ? p.dueForOnce(name) : p.requiredWith(name) };
  }
  const place = placeOf(draft, error.instancePath);
  return { at: place.at, message: p.invalid(place.label !== '' ? place.label : defaultLabel(error.instancePath, lang)) };
}

/** The usual header of the field at a pointer (`/obligations/0/due` is "Uiterste datum"), for a field without a column. */
function defaultLabel(pointer: string, lang: Lang): string {
  const child = /^\/(obligations|subprocessors|assurance)\/\d+\/(.+)$/.exec(pointer);
  const kind: SheetKind = child ? (child[1] as SheetKind) : 'agreements';
  const path = (child ? child[2]! : pointer.slice(1)).replace(/\//g, '.');
  return fieldOf(kind, path)?.headers[lang][0] ?? path;
}
