import type { AgreementAssessment } from '../assessment/assess.js';
import { actionSubjects, compareStrings, subjectId, type Finding } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import type { Config, Contact } from '../register/types.js';
import { dateOf, daysBetween } from '../rules/dates.js';
import { isOpenOn, type EvaluationRecord } from '../rules/schedule.js';
import { extend } from '../util/extend.js';
import { agreementItems, compareItems } from './agenda-items.js';
import type { ActionModel, AgreementRef, ContactModel, DueItem, EvaluationModel, FindingModel, IncidentModel, TimelineEntry } from './model-types.js';

/**
 * The records under one agreement as they stand on D, for its view model:
 * evaluations, open actions, incidents, the timeline and its agenda items.
 * Lateness is read from the assessment's findings, never worked out again.
 */
export function departmentName(config: Config, id: string): string {
  return config.departments.find((d) => d.id === id)?.name ?? id;
}

export function agreementRef(a: AgreementAssessment): AgreementRef {
  const { agreement, config } = a;
  return { agreement: agreement.id, agreementTitle: agreement.title, department: agreement.department, departmentName: departmentName(config, agreement.department) };
}

export function findingModel(f: Finding): FindingModel {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    agreement: f.agreement ?? null,
    due: f.due ?? null,
    daysLate: f.daysLate ?? null,
    subject: { kind: f.subject?.kind ?? 'file', id: f.subject?.id ?? (f.subject === undefined ? f.file : null) },
  };
}

export function contactModel(contact: Contact | undefined): ContactModel | null {
  if (contact === undefined) return null;
  return { name: contact.name ?? null, email: contact.email ?? null, phone: contact.phone ?? null };
}

export function evaluationModel(record: EvaluationRecord): EvaluationModel {
  const e = record.value;
  return {
    id: e.id,
    agreement: e.agreement,
    file: record.file,
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

/** Findings of the agreement's evaluations still open on D; `overdue` exactly when `action-overdue` reports it. */
export function actionModels(a: AgreementAssessment): ActionModel[] {
  const ref = agreementRef(a);
  const actions: ActionModel[] = [];
  for (const evaluation of a.evaluations) {
    const subjects = actionSubjects(evaluation.value.id, evaluation.value.findings ?? []);
    for (const [index, item] of (evaluation.value.findings ?? []).entries()) {
      if (!isOpenOn(item, a.asOf)) continue;
      const subject = subjectId(subjects[index] ?? { id: `${evaluation.value.id}/${item.id}` });
      const late = a.about('action', subject, evaluation.file).find((f) => f.rule === 'action-overdue');
      actions.push(
        extend(ref, {
        evaluation: evaluation.value.id,
        evaluationDate: evaluation.value.date,
        id: item.id,
        description: item.description,
        severity: item.severity,
        action: item.action ?? null,
        owner: item.owner ?? null,
        due: item.due ?? null,
        overdue: late !== undefined,
        daysLate: late?.daysLate ?? null,
        }),
      );
    }
  }
  return actions;
}

/** Incidents that exist on D, newest first, with their lateness as the incident rules report it. */
export function incidentModels(a: AgreementAssessment): IncidentModel[] {
  const ref = agreementRef(a);
  return a.state.incidents.map((s): IncidentModel => {
    const i = s.record.value;
    const rules = new Set(a.about('incident', i.id, s.record.file).map((f) => f.rule));
    const processorLate = rules.has('incident-processor-late');
    const authorityLate = rules.has('incident-authority-late') || rules.has('incident-authority-late-explained') || rules.has('incident-authority-undecided');
    const reportMissing = rules.has('incident-report-missing');
    return extend(ref, {
      id: i.id,
      file: s.record.file,
      title: i.title,
      type: i.type,
      discoveredBy: s.discoveredBy,
      processorAware: i.processor_aware ?? null,
      controllerNotified: s.controllerNotified ?? null,
      aware: s.aware,
      authorityDeadline: s.deadlineLocal,
      authorityNotification: i.authority_notification,
      authorityNotified: s.authorityNotified ?? null,
      authorityReference: i.authority_reference ?? null,
      decisionReason: i.decision_reason ?? null,
      authorityDelayReason: i.authority_delay_reason ?? null,
      subjectsNotified: i.subjects_notified ?? null,
      approxSubjects: i.approx_subjects ?? null,
      reportDue: s.reportDue,
      reportReceived: s.reportReceived ?? null,
      status: s.open ? 'open' : 'closed',
      closed: s.closed ?? null,
      processorLate,
      authorityLate,
      reportMissing,
      late: [...(processorLate ? ['processor' as const] : []), ...(authorityLate ? ['authority' as const] : []), ...(reportMissing ? ['report' as const] : [])],
    });
  });
}

/** Evaluations with their findings right after them, then incidents, in date order. Records dated after D do not exist yet. */
export function timeline(a: AgreementAssessment): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const { value: e, file } of a.evaluations) {
    entries.push({ date: e.date, kind: 'evaluation', id: e.id, type: e.type, outcome: e.outcome ?? null, summary: e.summary ?? null, file });
    for (const f of e.findings ?? []) {
      entries.push({
        date: e.date,
        kind: 'finding',
        id: f.id,
        evaluation: e.id,
        severity: f.severity,
        status: isOpenOn(f, a.asOf) ? 'open' : 'resolved',
        due: f.due ?? null,
        description: f.description,
        owner: f.owner ?? null,
      });
    }
  }
  for (const s of a.state.incidents) {
    const i = s.record.value;
    entries.push({ date: dateOf(s.aware, a.config.timezone), kind: 'incident', id: i.id, type: i.type, title: i.title, status: s.open ? 'open' : 'closed', file: s.record.file });
  }
  // Evaluations come oldest first with their findings right after them; the sort is stable.
  return entries.sort((x, y) => compareStrings(x.date, y.date) || Number(x.kind === 'incident') - Number(y.kind === 'incident'));
}

/** The agreement's items of `vo agenda`, as reports and the dossier list them. */
export function dueItems(a: AgreementAssessment, lang: Lang): DueItem[] {
  const ref = agreementRef(a);
  return agreementItems(a, lang)
    .sort(compareItems)
    .map((item) =>
      extend(ref, {
    department: item.department,
    departmentName: departmentName(a.config, item.department),
    kind: item.kind,
    date: item.date,
    title: item.title,
    owner: item.owner,
    overdue: item.overdue,
    daysLate: item.daysLate,
    daysLeft: item.overdue ? null : daysBetween(a.asOf, item.date),
    rule: item.rule,
      }),
    );
}

