import type { Kpi } from '../register/types.js';
import { daysBetween } from './dates.js';
import { complianceRule, result, ruleFamily, type RuleResult } from './define.js';

/** True when `value` misses the target: below it for `>=`, above it for `<=`. */
export function missesKpi(value: number, kpi: Pick<Kpi, 'target' | 'comparison'>): boolean {
  return kpi.comparison === '>=' ? value < kpi.target : value > kpi.target;
}

export const obligationOverdue = complianceRule({
  id: 'obligation-overdue',
  severity: 'warning',
  description: {
    nl: 'Een verplichting is niet binnen haar frequentie (plus marge) beoordeeld, of een eenmalige verplichting is na haar datum niet nagekomen.',
    en: 'An obligation was not assessed within its cadence (plus grace), or a one-off obligation is past its date and not met.',
  },
  message: {
    nl: (d: { title: string; due: string; days: number; grace: number | null }, f) =>
      d.grace === null
        ? `De eenmalige verplichting '${d.title}' had uiterlijk ${f.date(d.due)} nagekomen moeten zijn; ${f.days(d.days)} te laat`
        : `De verplichting '${d.title}' had uiterlijk ${f.date(d.due)} beoordeeld moeten zijn; ${f.days(d.days)} te laat (de marge van ${f.days(d.grace)} is verstreken)`,
    en: (d, f) =>
      d.grace === null
        ? `The one-off obligation '${d.title}' was due by ${f.date(d.due)}; ${f.days(d.days)} late`
        : `The obligation '${d.title}' was due for assessment by ${f.date(d.due)}; ${f.days(d.days)} late (the grace period of ${f.days(d.grace)} has passed)`,
  },
});

export const obligationNotMet = complianceRule({
  id: 'obligation-not-met',
  severity: 'error',
  description: { nl: 'De laatste beoordeling van een verplichting is "niet nagekomen".', en: 'The latest assessment of an obligation is "not met".' },
  message: {
    nl: (d: { title: string; date: string }, f) => `De verplichting '${d.title}' is niet nagekomen (beoordeling van ${f.date(d.date)})`,
    en: (d, f) => `The obligation '${d.title}' was not met (assessment of ${f.date(d.date)})`,
  },
});

export const obligationPartiallyMet = complianceRule({
  id: 'obligation-partially-met',
  severity: 'warning',
  description: { nl: 'De laatste beoordeling van een verplichting is "deels nagekomen".', en: 'The latest assessment of an obligation is "partially met".' },
  message: {
    nl: (d: { title: string; date: string }, f) => `De verplichting '${d.title}' is deels nagekomen (beoordeling van ${f.date(d.date)})`,
    en: (d, f) => `The obligation '${d.title}' was partially met (assessment of ${f.date(d.date)})`,
  },
});

export const kpiMissed = complianceRule({
  id: 'kpi-missed',
  severity: 'warning',
  description: { nl: 'De laatst gemeten waarde haalt de afgesproken norm van de verplichting niet.', en: "The latest measured value misses the obligation's agreed target." },
  message: {
    nl: (d: { title: string; value: number; comparison: '>=' | '<='; target: number; unit: string | null }, f) => {
      const unit = d.unit ? ` ${d.unit}` : '';
      return `De verplichting '${d.title}' haalt de norm niet: gemeten ${f.number(d.value)}${unit}, afgesproken ${d.comparison === '>=' ? 'ten minste' : 'ten hoogste'} ${f.number(d.target)}${unit}`;
    },
    en: (d, f) => {
      const unit = d.unit ? ` ${d.unit}` : '';
      return `The obligation '${d.title}' misses its target: measured ${f.number(d.value)}${unit}, agreed ${d.comparison === '>=' ? 'at least' : 'at most'} ${f.number(d.target)}${unit}`;
    },
  },
});

/**
 * `obligation-overdue` (pointing at the obligation in the agreement's file) and
 * `obligation-not-met`, `obligation-partially-met`, `kpi-missed` (pointing at
 * the latest assessment in the evaluation's file). Live agreements only.
 */
export const obligationRules = ruleFamily([obligationOverdue, obligationNotMet, obligationPartiallyMet, kpiMissed], (context) => {
  const { record, asOf, config, state } = context;
  if (!context.live) return [];
  const results: RuleResult[] = [];
  for (const s of state.obligations) {
    const { obligation } = s;
    const { subject } = s;
    const title = obligation.title;
    if (s.overdue) {
      const once = obligation.frequency === 'once';
      const due = once ? (obligation.due as string) : (s.clock?.due as string);
      results.push(
        result(obligationOverdue, { record, path: ['obligations', s.index, 'id'], subject, due }, { title, due, days: daysBetween(due, asOf), grace: once ? null : config.policy.grace_days }),
      );
    }
    const latest = s.latest;
    if (latest === undefined) continue;
    const at = { record: latest.evaluation, path: ['obligations', latest.index], subject };
    const date = latest.evaluation.value.date;
    if (latest.assessment.status === 'not-met') results.push(result(obligationNotMet, at, { title, date }));
    else if (latest.assessment.status === 'partially-met') results.push(result(obligationPartiallyMet, at, { title, date }));
    const value = latest.assessment.value;
    const kpi = obligation.kpi;
    if (kpi !== undefined && value !== undefined && missesKpi(value, kpi)) {
      results.push(
        result(kpiMissed, { ...at, path: [...at.path, 'value'] }, { title, value, comparison: kpi.comparison, target: kpi.target, unit: kpi.unit ?? null }),
      );
    }
  }
  return results;
});
