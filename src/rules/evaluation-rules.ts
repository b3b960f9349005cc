import type { MessageFormat } from '../i18n/message-format.js';
import { daysBetween, isDueSoon, isOverdue } from './dates.js';
import { complianceRule, result, ruleFamily, type RuleResult } from './define.js';
import type { NextEvaluation } from './schedule.js';

/** How the due date came about, so a reader can check it: "laatste evaluatie 1 december 2025 + 6 maanden". */
type Basis = Pick<NextEvaluation, 'base' | 'baseSource' | 'months' | 'reason'>;

function basisNl(b: Basis, f: MessageFormat): string {
  if (b.reason === 'next-review') return `vervroegd in de evaluatie van ${f.date(b.base)}`;
  const from = { evaluation: 'laatste evaluatie', start: 'ingangsdatum', signed: 'ondertekend' }[b.baseSource];
  return `${from} ${f.date(b.base)} + ${f.months(b.months)}${b.reason === 'non-compliant' ? ", hercontrole na 'voldoet niet'" : ''}`;
}

function basisEn(b: Basis, f: MessageFormat): string {
  if (b.reason === 'next-review') return `brought forward in the evaluation of ${f.date(b.base)}`;
  const from = { evaluation: 'last evaluation', start: 'start date', signed: 'signed' }[b.baseSource];
  return `${from} ${f.date(b.base)} + ${f.months(b.months)}${b.reason === 'non-compliant' ? ", follow-up after 'non-compliant'" : ''}`;
}

export const evaluationOverdue = complianceRule({
  id: 'evaluation-overdue',
  severity: 'error',
  description: {
    nl: 'De periodieke evaluatie van een overeenkomst in beheer is te laat.',
    en: 'The periodic evaluation of an agreement in force is overdue.',
  },
  message: {
    nl: (d: { due: string; days: number; basis: Basis }, f) =>
      `De periodieke evaluatie was uiterlijk ${f.date(d.due)} nodig (${basisNl(d.basis, f)}); ${f.days(d.days)} te laat`,
    en: (d, f) => `The periodic evaluation was due by ${f.date(d.due)} (${basisEn(d.basis, f)}); ${f.days(d.days)} late`,
  },
});

export const evaluationDueSoon = complianceRule({
  id: 'evaluation-due-soon',
  severity: 'warning',
  description: {
    nl: 'De periodieke evaluatie van een overeenkomst in beheer moet binnenkort plaatsvinden.',
    en: 'The periodic evaluation of an agreement in force is due soon.',
  },
  message: {
    nl: (d: { due: string; days: number; basis: Basis }, f) =>
      `De periodieke evaluatie moet uiterlijk ${f.date(d.due)} plaatsvinden (${basisNl(d.basis, f)}); nog ${f.days(d.days)}`,
    en: (d, f) => `The periodic evaluation is due by ${f.date(d.due)} (${basisEn(d.basis, f)}); ${f.days(d.days)} left`,
  },
});

/** `evaluation-overdue` and `evaluation-due-soon`: the clock of the next periodic evaluation, live agreements only. */
export const evaluationRules = ruleFamily([evaluationOverdue, evaluationDueSoon], (context) => {
  const { asOf, config, record, state } = context;
  const next = state.nextEvaluation;
  // Without a base date there is no clock: `signed-date-missing` says enough.
  if (!context.live || next === undefined) return [];
  const at = { record, path: ['id'], subject: { kind: 'agreement' as const }, due: next.due };
  const basis = { base: next.base, baseSource: next.baseSource, months: next.months, reason: next.reason };
  const results: RuleResult[] = [];
  if (isOverdue(next.due, asOf)) results.push(result(evaluationOverdue, at, { due: next.due, days: daysBetween(next.due, asOf), basis }));
  else if (isDueSoon(next.due, asOf, config.policy.due_soon_days)) {
    results.push(result(evaluationDueSoon, at, { due: next.due, days: daysBetween(asOf, next.due), basis }));
  }
  return results;
});
