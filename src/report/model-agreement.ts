import type { LoadedRecord } from '../register/load.js';
import { CHECKLIST_ITEMS, CLAUSE_KEYS, type Contact } from '../register/types.js';
import { daysBetween } from '../rules/dates.js';
import { nextEvaluation, reviewInterval, riskLevel, type EvaluationRecord } from '../rules/schedule.js';
import { departmentName, evaluationsOf, type ModelContext } from './model-context.js';
import { assuranceModels, clockModel, obligationModels } from './model-obligations.js';
import { actionModels, evaluationModel, incidentModels } from './model-records.js';
import { agreementStatus } from '../views/list-rows.js';
import type { AgreementModel, ContactModel, FindingModel } from './model-types.js';

/** GDPR art. 28(3) (a)–(h), in the order of `CLAUSE_KEYS`. */
const CLAUSE_LETTERS = 'abcdefgh';

/**
 * One agreement with everything a dossier shows. `status` is `vo list`'s:
 * read from `vo check`'s own `evaluation-overdue` / `evaluation-due-soon`
 * findings, `ok` for other live agreements, else the phase.
 */
export function agreementModel(context: ModelContext, record: LoadedRecord<'agreement'>): AgreementModel {
  const a = record.value;
  const { config, asOf, text } = context;
  const live = a.phase === 'active';
  const evaluations = evaluationsOf(context, a.id);
  const next = nextEvaluation(a, evaluations, config);
  const risk = riskLevel(a);
  const findings = findingsOf(context, record);
  const last = next?.last?.value;
  return {
    id: a.id,
    title: a.title,
    department: a.department,
    departmentName: departmentName(config, a.department),
    processOwner: { name: a.process_owner.name, email: a.process_owner.email ?? null, function: a.process_owner.function ?? null },
    processor: {
      name: a.processor.name,
      kvk: a.processor.kvk ?? null,
      contact: contactModel(a.processor.contact),
      breachContact: contactModel(a.processor.breach_contact),
    },
    service: a.service ?? null,
    phase: a.phase,
    status: agreementStatus(a.phase, findings.map((f) => f.rule)),
    risk: {
      level: risk.level,
      source: risk.source,
      impact: a.risk?.impact ?? null,
      likelihood: a.risk?.likelihood ?? null,
      assessed: a.risk?.assessed ?? null,
      method: a.risk?.method ?? null,
      dpiaRequired: a.risk?.dpia?.required ?? null,
      dpiaDate: a.risk?.dpia?.date ?? null,
      dpiaRef: a.risk?.dpia?.ref ?? null,
    },
    template: a.template
      ? { name: a.template.name, version: a.template.version !== undefined ? String(a.template.version) : null, deviations: a.template.deviations ?? [] }
      : null,
    signed: a.dates?.signed ?? null,
    start: a.dates?.start ?? null,
    end: a.dates?.end ?? null,
    reviewMonths: reviewInterval(a, config).months,
    breachNoticeHours: a.breach_notice_hours ?? null,
    lastEvaluation: last ? { id: last.id, date: last.date, type: last.type, outcome: last.outcome ?? null } : null,
    nextEvaluation: live ? (next?.due ?? null) : null,
    nextEvaluationReason: live ? (next?.reason ?? null) : null,
    daysToEvaluation: live && next ? daysBetween(asOf, next.due) : null,
    processing: a.processing
      ? {
          purposes: a.processing.purposes,
          dataSubjects: a.processing.data_subjects,
          dataCategories: a.processing.data_categories,
          specialCategories: a.processing.special_categories ?? [],
          approxSubjects: a.processing.approx_subjects ?? null,
        }
      : null,
    clauses: CLAUSE_KEYS.map((key, i) => ({ key, letter: CLAUSE_LETTERS[i] ?? '', reference: a.clauses?.[key] ?? null })),
    subprocessors: (a.subprocessors ?? []).map((s) => ({
      name: s.name,
      service: s.service ?? null,
      country: s.country,
      transfer: s.transfer ?? null,
      approved: s.approved === undefined ? null : typeof s.approved === 'boolean' ? (text.labels.boolean[String(s.approved)] ?? null) : s.approved,
    })),
    assurance: assuranceModels(context, a),
    obligations: obligationModels(context, record),
    monitoring: { meetings: clockModel(context, a, 'meetings'), training: clockModel(context, a, 'training') },
    evaluations: evaluations.map(evaluationModel).reverse(),
    ...checklistOf(evaluations),
    incidents: incidentModels(context, record),
    actions: actionModels(context, record),
    findings,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    documents: a.documents ?? [],
    notes: a.notes ?? null,
    exit: a.exit ? { deletionConfirmed: a.exit.deletion_confirmed ?? null, method: a.exit.method ?? null } : null,
  };
}

/** All checklist items of SPEC §4 with the answers of the latest evaluation on D that has a checklist. */
function checklistOf(evaluations: readonly EvaluationRecord[]): Pick<AgreementModel, 'checklist' | 'checklistEvaluation'> {
  const latest = evaluations.filter((e) => (e.value.checklist ?? []).length > 0).at(-1)?.value;
  const answers = latest?.checklist ?? [];
  return {
    checklist: CHECKLIST_ITEMS.map((item) => {
      const answer = answers.filter((c) => c.item === item).at(-1);
      return { item, answer: answer?.answer ?? null, note: answer?.note ?? null };
    }),
    checklistEvaluation: latest ? { id: latest.id, date: latest.date, type: latest.type, outcome: latest.outcome ?? null } : null,
  };
}

function contactModel(contact: Contact | undefined): ContactModel | null {
  if (contact === undefined) return null;
  return { name: contact.name ?? null, email: contact.email ?? null, phone: contact.phone ?? null };
}

/** The findings `vo check --agreement <id>` reports: its compliance findings and integrity findings in its files. */
function findingsOf(context: ModelContext, record: LoadedRecord<'agreement'>): FindingModel[] {
  const id = record.value.id;
  const files = new Set([record.file]);
  for (const r of [...context.register.evaluations, ...context.register.incidents]) if (r.value.agreement === id) files.add(r.file);
  return context.findings
    .filter((f) => f.agreement === id || (f.agreement === undefined && files.has(f.file)))
    .map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, file: f.file, line: f.line, agreement: f.agreement ?? null, due: f.due ?? null }));
}
