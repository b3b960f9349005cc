import type { AgreementModel, ChecklistModel, KpiModel, ObligationModel } from './model-types.js';

/**
 * The latest measured value of every obligation with a KPI; `met` is false exactly when `kpi-missed` reports it, null
 * when that rule is off. Read from the obligation itself: a department report lists obligations of other departments'
 * agreements, whose findings are not among its agreements'.
 */
export function kpiModels(obligations: readonly ObligationModel[], ruleOn: boolean): KpiModel[] {
  return obligations.flatMap((o): KpiModel[] => {
    if (o.kpi === null) return [];
    const value = o.lastValue;
    return [
      {
        agreement: o.agreement,
        agreementTitle: o.agreementTitle,
        department: o.department,
        departmentName: o.departmentName,
        obligation: o.id,
        title: o.title,
        metric: o.kpi.metric,
        comparison: o.kpi.comparison,
        target: o.kpi.target,
        unit: o.kpi.unit,
        value,
        date: value !== null ? o.lastAssessed : null,
        met: value === null || !ruleOn ? null : !o.kpiMissed,
      },
    ];
  });
}

/** The checklist of each live agreement's latest evaluation on D that has one. */
export function checklistModels(agreements: readonly AgreementModel[]): ChecklistModel[] {
  return agreements.flatMap((a): ChecklistModel[] => {
    if (a.phase !== 'active') return [];
    const latest = a.evaluations.find((e) => e.checklist.length > 0);
    if (latest === undefined) return [];
    const count = (answer: string) => latest.checklist.filter((c) => c.answer === answer).length;
    return [
      {
        agreement: a.id,
        agreementTitle: a.title,
        department: a.department,
        departmentName: a.departmentName,
        evaluation: latest.id,
        date: latest.date,
        type: latest.type,
        outcome: latest.outcome,
        answers: latest.checklist,
        yes: count('yes'),
        partial: count('partial'),
        no: count('no'),
        notApplicable: count('n/a'),
      },
    ];
  });
}
