import { compareStrings } from '../findings.js';
import type { LoadedRecord } from '../register/load.js';
import { addMonths, dateOf, daysBetween, isOverdue } from '../rules/dates.js';
import { isOpenOn, type EvaluationRecord } from '../rules/schedule.js';
import { missesKpi } from '../rules/obligation-rules.js';
import { agreementRef, evaluationsOf, ruleOn, type ModelContext } from './model-context.js';
import type { ActionModel, ChecklistModel, EvaluationModel, IncidentModel, KpiModel, ObligationModel } from './model-types.js';

/**
 * The records under the agreements as they stand on D: evaluations, their
 * open findings (actions), incidents, KPI results and the latest checklists.
 * Records dated after D do not exist yet (SPEC §6).
 */
export function evaluationModel(record: EvaluationRecord): EvaluationModel {
  const e = record.value;
  return {
    id: e.id,
    agreement: e.agreement,
    date: e.date,
    type: e.type,
    outcome: e.outcome ?? null,
    evaluators: e.evaluators ?? [],
    summary: e.summary ?? null,
    checklist: (e.checklist ?? []).map((c) => ({ item: c.item, answer: c.answer, note: c.note ?? null })),
    assessments: (e.obligations ?? []).map((o) => ({ id: o.id, status: o.status, value: o.value ?? null, note: o.note ?? null })),
    findings: (e.findings ?? []).length,
    nextReview: e.next_review ?? null,
  };
}

/** Findings still open on D, of every agreement; `overdue` exactly when `action-overdue` reports it (live agreements). */
export function actionModels(context: ModelContext, record: LoadedRecord<'agreement'>): ActionModel[] {
  const a = record.value;
  const { asOf } = context;
  const reported = a.phase === 'active' && ruleOn(context, 'action-overdue');
  const actions: ActionModel[] = [];
  for (const evaluation of evaluationsOf(context, a.id)) {
    for (const item of evaluation.value.findings ?? []) {
      if (!isOpenOn(item, asOf)) continue;
      const overdue = reported && item.due !== undefined && isOverdue(item.due, asOf);
      actions.push({
        ...agreementRef(context.config, a),
        evaluation: evaluation.value.id,
        evaluationDate: evaluation.value.date,
        id: item.id,
        description: item.description,
        severity: item.severity,
        action: item.action ?? null,
        owner: item.owner ?? null,
        due: item.due ?? null,
        overdue,
        daysLate: overdue && item.due !== undefined ? daysBetween(item.due, asOf) : null,
      });
    }
  }
  return actions;
}

const LATENESS = [
  ['processor', 'incident-processor-late'],
  ['authority', 'incident-authority-late'],
  ['report', 'incident-report-missing'],
] as const;

/** Incidents that exist on D (from `processor_aware`), newest first; lateness as the incident rules report it. */
export function incidentModels(context: ModelContext, record: LoadedRecord<'agreement'>): IncidentModel[] {
  const a = record.value;
  const zone = context.config.timezone;
  const { asOf } = context;
  const done = (value: string | undefined): string | null => (value !== undefined && dateOf(value, zone) <= asOf ? value : null);
  return context.register.incidents
    .filter((incident) => incident.value.agreement === a.id && dateOf(incident.value.processor_aware, zone) <= asOf)
    .map((incident): IncidentModel => {
      const i = incident.value;
      const rules = new Set(context.findings.filter((f) => f.file === incident.file).map((f) => f.rule));
      const closed = i.status === 'closed' && i.closed !== undefined && i.closed <= asOf ? i.closed : null;
      return {
        id: i.id,
        ...agreementRef(context.config, a),
        title: i.title,
        type: i.type,
        processorAware: i.processor_aware,
        controllerNotified: done(i.controller_notified),
        authorityNotification: i.authority_notification,
        authorityNotified: done(i.authority_notified),
        subjectsNotified: i.subjects_notified ?? null,
        approxSubjects: i.approx_subjects ?? null,
        reportReceived: done(i.evaluation_report?.received),
        status: closed !== null ? 'closed' : 'open',
        closed,
        processorLate: rules.has('incident-processor-late'),
        authorityLate: rules.has('incident-authority-late'),
        reportMissing: rules.has('incident-report-missing'),
        late: LATENESS.filter(([, rule]) => rules.has(rule)).map(([kind]) => kind),
      };
    })
    .sort((x, y) => compareStrings(y.processorAware, x.processorAware) || compareStrings(x.id, y.id));
}

/** Whether an incident falls in the report's look-back window (the last `months` months up to D). */
export function isRecent(context: ModelContext, incident: IncidentModel, months: number): boolean {
  return dateOf(incident.processorAware, context.config.timezone) > addMonths(context.asOf, -months);
}

/** The latest measured value of every obligation with a KPI; `met` is false exactly when `kpi-missed` reports it. */
export function kpiModels(context: ModelContext, obligations: readonly ObligationModel[], live: boolean): KpiModel[] {
  return obligations.flatMap((o): KpiModel[] => {
    if (o.kpi === null) return [];
    const value = o.lastValue;
    const measured = value !== null && live;
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
        met: measured && ruleOn(context, 'kpi-missed') ? !missesKpi(value, { metric: o.kpi.metric, target: o.kpi.target, comparison: o.kpi.comparison }) : null,
      },
    ];
  });
}

/** The checklist of the agreement's latest evaluation on D that has one. */
export function checklistModel(context: ModelContext, record: LoadedRecord<'agreement'>): ChecklistModel | null {
  const a = record.value;
  const latest = evaluationsOf(context, a.id).filter((e) => (e.value.checklist ?? []).length > 0).at(-1);
  if (latest === undefined) return null;
  const e = evaluationModel(latest);
  const count = (answer: string) => e.checklist.filter((c) => c.answer === answer).length;
  return {
    ...agreementRef(context.config, a),
    evaluation: e.id,
    date: e.date,
    type: e.type,
    outcome: e.outcome,
    answers: e.checklist,
    yes: count('yes'),
    partial: count('partial'),
    no: count('no'),
    notApplicable: count('n/a'),
  };
}
