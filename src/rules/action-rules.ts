import { daysBetween, isOverdue } from './dates.js';
import { complianceRule, result, ruleFamily, type RuleResult } from './define.js';
import { isOpenOn } from './schedule.js';
import { actionSubjects, type Subject } from '../findings.js';

export const actionOverdue = complianceRule({
  id: 'action-overdue',
  severity: 'error',
  description: { nl: 'Een open bevinding uit een evaluatie is over haar termijn.', en: 'An open finding from an evaluation is past its due date.' },
  message: {
    nl: (d: { description: string; due: string; days: number; owner: string | null }, f) =>
      `De actie op de bevinding '${d.description}' had uiterlijk ${f.date(d.due)} klaar moeten zijn; ${f.days(d.days)} te laat` + (d.owner ? ` (eigenaar: ${d.owner})` : ''),
    en: (d, f) => `The action on the finding '${d.description}' was due by ${f.date(d.due)}; ${f.days(d.days)} late` + (d.owner ? ` (owner: ${d.owner})` : ''),
  },
});

/** `action-overdue`: a finding still open on D (a resolution dated after D does not exist yet) whose `due` is before D. Live agreements. */
export const actionRules = ruleFamily([actionOverdue], (context) => {
  const { asOf } = context;
  if (!context.live) return [];
  const results: RuleResult[] = [];
  for (const evaluation of context.evaluations) {
    // Numbered only for an evaluation with an overdue action: most have none, and this runs for every evaluation.
    let subjects: Subject[] | undefined;
    (evaluation.value.findings ?? []).forEach((item, index) => {
      if (!isOpenOn(item, asOf) || item.due === undefined || !isOverdue(item.due, asOf)) return;
      subjects ??= actionSubjects(evaluation.value.id, evaluation.value.findings ?? []);
      const subject = subjects[index] ?? { kind: 'action' as const, id: `${evaluation.value.id}/${item.id}` };
      results.push(
        result(actionOverdue, { record: evaluation, path: ['findings', index, 'due'], subject, due: item.due }, {
          description: item.description,
          due: item.due,
          days: daysBetween(item.due, asOf),
          owner: item.owner ?? null,
        }),
      );
    });
  }
  return results;
});
