import { importText } from '../i18n/import.js';
import type { Lang } from '../i18n/lang.js';
import type { Department } from '../register/types.js';
import { departmentLines } from './departments.js';
import type { ImportPlan } from './plan.js';
import { address, type Problem } from './problems.js';

export interface Outcome {
  dryRun: boolean;
  /** Nothing is written: there are problems and no `--skip-invalid`. */
  blocked: boolean;
  /** `--add-departments` was given. */
  addDepartments: boolean;
  /** The files (as shown to the user) written, or that would be. */
  files: { shown: string; counts: [number, number, number]; at: string }[];
  /** Departments added to vo.config.yaml, or that would be. */
  departments: readonly Department[];
}

/** A note that holds for many rows is said once, with the first few places. */
const PLACES_SHOWN = 5;

/**
 * What `vo import` prints: every problem at its cell, the notes (grouped), the
 * config lines for departments the config lacks, the files written or that
 * would be, and one closing line that says what happened. Pure.
 */
export function importReport(plan: ImportPlan, outcome: Outcome, lang: Lang): string {
  const t = importText(lang);
  const r = t.report;
  const out: string[] = plan.problems.map((p) => `${address(p.at)}: ${p.message}`);
  for (const [message, places] of groupNotes(plan.notes)) {
    const shown = places.slice(0, PLACES_SHOWN).join(', ') + (places.length > PLACES_SHOWN ? ` ${r.more(places.length - PLACES_SHOWN)}` : '');
    out.push(`${r.note}: ${message} (${shown})`);
  }
  if (!outcome.addDepartments && plan.missingDepartments.length > 0) {
    out.push('', r.missingDepartments, '', ...departmentLines(plan.missingDepartments), '', r.departmentsHint);
  }
  if (outcome.files.length > 0 || outcome.departments.length > 0) {
    out.push('', ...(outcome.dryRun ? [r.dryRun, r.wouldWrite] : [r.wrote]));
    for (const file of outcome.files) {
      const contents = r.contents(...file.counts);
      out.push(`  ${file.shown}  (${file.at}${contents !== '' ? `; ${contents}` : ''})`);
    }
    const ids = outcome.departments.map((d) => d.id);
    if (ids.length > 0) out.push(`  ${outcome.dryRun ? r.wouldAddDepartments(ids) : r.addedDepartments(ids)}`);
  }
  out.push('');
  if (outcome.blocked) out.push(r.blocked(plan.problems.length));
  else if (plan.invalid.length > 0) out.push(r.skipped(outcome.files.length, plan.invalid.length, outcome.dryRun));
  else if (outcome.files.length === 0) out.push(r.nothing);
  else out.push(r.done(outcome.files.length, outcome.dryRun));
  if (plan.existing.length > 0) out.push(r.existing(plan.existing.length));
  return out.join('\n').replace(/^\n+/, '') + '\n';
}

function groupNotes(notes: readonly Problem[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const note of notes) groups.set(note.message, [...(groups.get(note.message) ?? []), address(note.at)]);
  return groups;
}
