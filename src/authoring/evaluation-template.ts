import type { Lang } from '../i18n/lang.js';
import { CHECKLIST_ITEMS, type Agreement, type EvaluationType, type Outcome } from '../register/types.js';
import { evaluationNotes } from './evaluation-notes.js';
import { schemaModeline } from './register-layout.js';
import { commentInPlace, commentOut, comments, entry, fileText, oneLine, yamlDate, yamlString } from './yaml-text.js';

export interface EvaluationValues {
  id: string;
  /** Where it is written, relative to the root (for the modeline). */
  file: string;
  agreement: Agreement;
  date: string;
  type: EvaluationType;
  /** The policy's `non_compliant_review_months`, named in the comment on `outcome`. */
  followUpMonths: number;
  /** Given with `--outcome`; otherwise the cautious placeholder below. */
  outcome?: Outcome;
}

/** The types for which the schema requires an outcome: the evaluations proper (docs/format.md). */
export const OUTCOME_TYPES: ReadonlySet<EvaluationType> = new Set(['periodic', 'internal-audit', 'external-audit']);

/**
 * Placeholders that validate but claim nothing good. A file committed without
 * filling them in shows up in `vo check` (not-met obligations are errors) and
 * brings the next evaluation forward (non-compliant), never back: the opposite
 * mistake, a forgotten "compliant", would hide a problem.
 */
const CAUTIOUS = { outcome: 'non-compliant', answer: 'no', status: 'not-met' } as const;

/** The text of a new evaluation file (docs/format.md). Pure. */
export function evaluationYaml(values: EvaluationValues, lang: Lang): string {
  const t = evaluationNotes(lang);
  const agreement = values.agreement;
  const proper = OUTCOME_TYPES.has(values.type);
  // Checklist and obligations are live for evaluations proper, and ready to un-comment for meetings and the like.
  const live = (lines: string[]) => (proper ? lines : commentOut(lines));
  const todo = t.fillIn;

  const lines = [
    schemaModeline(values.file, 'evaluation'),
    ...comments(0, '', ...t.header(agreement.id, agreement.title)),
    '',
    ...comments(0, t.id),
    entry(0, 'id', values.id),
    ...comments(0, t.agreement),
    entry(0, 'agreement', agreement.id),
    ...comments(0, t.date),
    entry(0, 'date', yamlDate(values.date)),
    ...comments(0, t.type),
    entry(0, 'type', values.type),
    ...comments(0, ...t.outcome(values.followUpMonths)),
  ];
  if (values.outcome !== undefined) lines.push(entry(0, 'outcome', values.outcome));
  else if (proper) lines.push(entry(0, 'outcome', CAUTIOUS.outcome, todo));
  else lines.push(...commentOut([entry(0, 'outcome', 'compliant')]));
  lines.push(
    ...comments(0, t.evaluators),
    ...commentOut(['evaluators:', `  - ${yamlString(t.exampleEvaluator(agreement.process_owner.name))}`]),
    ...comments(0, t.summary),
    ...commentOut([entry(0, 'summary', yamlString(t.exampleSummary))]),
    '',
    ...comments(0, ...(proper ? t.checklist : t.checklistOptional)),
    ...live(['checklist:']),
  );
  for (const item of CHECKLIST_ITEMS) {
    // The question above a live item; beside a commented-out one, so un-commenting the block keeps it a comment.
    if (proper) lines.push(...comments(2, t.questions[item]), `  - item: ${item}`, entry(4, 'answer', yamlString(CAUTIOUS.answer), todo));
    else lines.push(...commentOut([`  - item: ${item}  # ${oneLine(t.questions[item])}`, entry(4, 'answer', yamlString(CAUTIOUS.answer), todo)]));
  }

  const recurring = (agreement.obligations ?? []).filter((o) => o.frequency !== 'once' && o.frequency !== 'on-event');
  lines.push('');
  if (recurring.length === 0) {
    lines.push(...comments(0, t.noObligations));
  } else {
    lines.push(...comments(0, ...(proper ? t.obligations : t.obligationsOptional)), ...live(['obligations:']));
    for (const obligation of recurring) {
      const about = t.obligation(obligation.title, obligation.party, obligation.frequency);
      if (proper) lines.push(...comments(2, about), `  - id: ${yamlString(obligation.id)}`, entry(4, 'status', CAUTIOUS.status, todo));
      else lines.push(...commentOut([`  - id: ${yamlString(obligation.id)}  # ${oneLine(about)}`, entry(4, 'status', CAUTIOUS.status, todo)]));
      const kpi = obligation.kpi;
      if (kpi !== undefined) {
        lines.push(...(proper ? commentInPlace : commentOut)([entry(4, 'value', String(kpi.target), t.value(kpi.metric, kpi.comparison, kpi.target, kpi.unit ?? ''))]));
      }
    }
  }

  lines.push(
    '',
    ...comments(0, ...t.findings),
    ...commentOut([
      'findings:',
      '  - id: f1',
      entry(4, 'description', yamlString(t.exampleFinding.description)),
      entry(4, 'severity', 'medium'),
      entry(4, 'action', yamlString(t.exampleFinding.action)),
      entry(4, 'owner', yamlString(agreement.process_owner.name)),
      entry(4, 'due', yamlDate(values.date)),
      entry(4, 'status', 'open'),
    ]),
    ...comments(0, t.nextReview),
    ...commentOut([entry(0, 'next_review', yamlDate(values.date))]),
    ...comments(0, t.documents),
    ...commentOut(['documents:', `  - title: ${yamlString(t.exampleDocument)}`, entry(4, 'ref', 'https://')]),
  );
  return fileText(lines);
}
