import type { AgreementAssessment } from '../assessment/assess.js';
import { subjectId, subprocessorSubjects } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { CHECKLIST_ITEMS, CLAUSE_KEYS, MAPGOOD_COMPONENTS, type Level } from '../register/types.js';
import { CLAUSE_LETTER } from '../register/types.js';
import { daysBetween, isDueSoon, isOverdue } from '../rules/dates.js';
import type { Clock } from '../rules/schedule.js';
import { needsTransferMechanism } from '../rules/transfer.js';
import {
  actionModels,
  agreementRef,
  contactModel,
  departmentName,
  dueItems,
  evaluationModel,
  findingModel,
  incidentModels,
  timeline,
} from './agreement-records.js';
import type { AgreementModel, AssuranceModel, ClockModel, ObligationModel, RiskModel } from './model-types.js';
import { obligationRow, shownObligationStatus } from './obligation-rows.js';
import { extend } from '../util/extend.js';

const MATRIX: Record<Level, Record<Level, Level>> = {
  low: { low: 'low', medium: 'low', high: 'medium' },
  medium: { low: 'low', medium: 'medium', high: 'high' },
  high: { low: 'medium', medium: 'high', high: 'high' },
};

/**
 * The one view model of an agreement: `vo show --format json` prints it, the
 * report templates and the site pages receive it. Built from the assessment
 * (its state and its findings) and only for the agreements in scope.
 */
export function agreementModel(a: AgreementAssessment, lang: Lang): AgreementModel {
  const { agreement: r, config, asOf, state } = a;
  const next = a.live ? state.nextEvaluation : undefined;
  const last = state.nextEvaluation?.last?.value;
  const checklistSource = [...a.evaluations].reverse().find((e) => (e.value.checklist ?? []).length > 0)?.value;
  const subprocessors = subprocessorSubjects(r.subprocessors ?? []);
  return {
    asOf,
    id: a.id,
    title: r.title,
    file: a.record.file,
    department: r.department,
    departmentName: departmentName(config, r.department),
    phase: r.phase,
    status: a.status,
    errors: a.errors,
    warnings: a.warnings,
    evaluation: a.evaluation,
    service: r.service ?? null,
    processOwner: { name: r.process_owner.name, email: r.process_owner.email ?? null, function: r.process_owner.function ?? null },
    processor: { name: r.processor.name, kvk: r.processor.kvk ?? null, contact: contactModel(r.processor.contact), breachContact: contactModel(r.processor.breach_contact) },
    template: r.template
      ? { name: r.template.name, version: r.template.version !== undefined ? String(r.template.version) : null, deviations: r.template.deviations ?? [] }
      : null,
    dates: { signed: r.dates?.signed ?? null, start: r.dates?.start ?? null, end: r.dates?.end ?? null },
    signing: {
      signedBy: r.signing?.signed_by ? { name: r.signing.signed_by.name, function: r.signing.signed_by.function ?? null } : null,
      mandate: r.signing?.mandate ?? null,
      fgAdvice: r.signing?.fg_advice ?? null,
    },
    risk: riskModel(a),
    dpia: r.risk?.dpia
      ? {
          required: r.risk.dpia.required,
          date: r.risk.dpia.date ?? null,
          ref: r.risk.dpia.ref ?? null,
          outcome: r.risk.dpia.outcome ?? null,
          acceptedBy: r.risk.dpia.accepted_by ?? null,
          accepted: r.risk.dpia.accepted ?? null,
          priorConsultation: r.risk.dpia.prior_consultation ?? null,
        }
      : null,
    reviewInterval: extend(state.interval, { policyMonths: config.policy.review_months[state.risk.level] }),
    breachNoticeHours: r.breach_notice_hours ?? null,
    lastEvaluation: last ? { id: last.id, date: last.date, type: last.type, outcome: last.outcome ?? null } : null,
    nextEvaluation: next
      ? {
          due: next.due,
          base: next.base,
          baseSource: next.baseSource,
          months: next.months,
          reason: next.reason,
          // Late exactly when `vo check` reports evaluation-overdue (not when that rule is off); else days left, negative once past.
          daysLate: a.evaluation === 'overdue' ? daysBetween(next.due, asOf) : null,
          daysLeft: a.evaluation === 'overdue' ? null : daysBetween(asOf, next.due),
        }
      : null,
    processing: r.processing
      ? {
          purposes: r.processing.purposes ?? [],
          dataSubjects: r.processing.data_subjects ?? [],
          dataCategories: r.processing.data_categories ?? [],
          specialCategories: r.processing.special_categories ?? [],
          criminalData: r.processing.criminal_data ?? null,
          bsn: r.processing.bsn ?? null,
          nature: r.processing.nature ?? null,
          approxSubjects: r.processing.approx_subjects ?? null,
          activities: r.processing.activities ?? [],
        }
      : null,
    clauses: CLAUSE_KEYS.map((key) => ({ key, letter: CLAUSE_LETTER[key], reference: r.clauses?.[key] ?? null })),
    subprocessors: (r.subprocessors ?? []).map((s, index) => ({
      name: s.name,
      service: s.service ?? null,
      country: s.country,
      needsTransferMechanism: needsTransferMechanism(s.country, config, asOf),
      transfer: s.transfer ?? null,
      tia: s.tia ?? null,
      approved: s.approved === undefined ? null : s.approved !== false,
      approvedOn: typeof s.approved === 'string' ? s.approved : null,
      change: s.change
        ? { notified: s.change.notified, objectionDeadline: s.change.objection_deadline ?? null, decision: s.change.decision ?? null, decided: s.change.decided ?? null }
        : null,
      findings: a.about('subprocessor', subjectId(subprocessors[index] ?? { id: s.name })).map(findingModel),
    })),
    assurance: assuranceModels(a),
    obligations: obligationModels(a),
    monitoring: { meetings: clockModel(a, 'meetings', state.monitoring.meetings), training: clockModel(a, 'training', state.monitoring.training) },
    evaluations: a.evaluations.map(evaluationModel).reverse(),
    checklist: CHECKLIST_ITEMS.map((item) => {
      const answer = (checklistSource?.checklist ?? []).filter((c) => c.item === item).at(-1);
      return { item, answer: answer?.answer ?? null, note: answer?.note ?? null };
    }),
    checklistEvaluation: checklistSource ? { id: checklistSource.id, date: checklistSource.date, type: checklistSource.type, outcome: checklistSource.outcome ?? null } : null,
    incidents: incidentModels(a),
    actions: actionModels(a),
    timeline: timeline(a),
    upcoming: dueItems(a, lang),
    findings: a.findings.map(findingModel),
    documents: r.documents ?? [],
    notes: r.notes ?? null,
    exit: r.exit ? { plan: r.exit.plan ?? null, deletionConfirmed: r.exit.deletion_confirmed ?? null, method: r.exit.method ?? null } : null,
  };
}

function riskModel(a: AgreementAssessment): RiskModel {
  const risk = a.agreement.risk;
  const assessed = a.state.risk.source !== 'missing';
  const present = new Set((risk?.components ?? []).map((c) => c.component));
  return {
    level: assessed ? a.state.risk.level : null,
    ruleLevel: a.state.risk.level,
    source: a.state.risk.source,
    impact: risk?.impact ?? null,
    likelihood: risk?.likelihood ?? null,
    highestImpact: assessed ? a.state.risk.impact : null,
    assessed: risk?.assessed ?? null,
    method: risk?.method ?? null,
    components: (risk?.components ?? []).map((c) => ({
      component: c.component,
      impact: c.impact,
      likelihood: c.likelihood,
      level: MATRIX[c.impact][c.likelihood],
      threats: c.threats ?? null,
      measures: c.measures ?? null,
    })),
    missingComponents: risk?.method?.toUpperCase() === 'MAPGOOD' ? MAPGOOD_COMPONENTS.filter((c) => !present.has(c)) : [],
  };
}

/** Every assurance item with its state on D; only the latest of each type that is not superseded is checked by the rules. */
function assuranceModels(a: AgreementAssessment): AssuranceModel[] {
  const { asOf, config } = a;
  return a.state.assurance.map((s) => ({
    type: s.item.type,
    validUntil: s.item.valid_until ?? null,
    periodEnd: s.item.period_end ?? null,
    end: s.end,
    standardVersion: s.item.standard_version !== undefined ? String(s.item.standard_version) : null,
    opinion: s.item.opinion ?? null,
    exceptions: s.item.exceptions ?? null,
    superseded: s.item.superseded === true,
    issuer: s.item.issuer ?? null,
    scope: s.item.scope ?? null,
    received: s.item.received ?? null,
    document: s.item.document ?? null,
    state: !s.exists
      ? 'pending'
      : s.item.superseded === true
        ? 'superseded'
        : !s.latest
          ? 'replaced'
          : isOverdue(s.end, asOf)
            ? 'expired'
            : isDueSoon(s.end, asOf, config.policy.assurance_due_soon_days)
              ? 'expiring'
              : 'valid',
  }));
}

export function obligationModels(a: AgreementAssessment): ObligationModel[] {
  const ref = agreementRef(a);
  return a.state.obligations.map((state) => {
    const row = obligationRow(a, state);
    const o = state.obligation;
    const late = a.about('obligation', subjectId(state.subject)).find((f) => f.rule === 'obligation-overdue');
    const status = a.live ? row.status : o.frequency === 'on-event' ? 'on-event' : 'ok';
    return extend(row, {
      // Only live agreements have a schedule: a draft's obligations are not in force yet.
      nextDue: a.live ? row.nextDue : null,
      status,
      shownStatus: shownObligationStatus({ status, kpiMissed: row.kpiMissed }),
      agreementTitle: ref.agreementTitle,
      departmentName: departmentName(a.config, row.department),
      category: o.category ?? null,
      clause: o.clause ?? null,
      kpi: o.kpi ? { metric: o.kpi.metric, target: o.kpi.target, comparison: o.kpi.comparison, unit: o.kpi.unit ?? null } : null,
      lastValue: state.latest?.assessment.value ?? null,
      lastNote: state.latest?.assessment.note ?? null,
      daysLate: late?.daysLate ?? null,
    });
  });
}

function clockModel(a: AgreementAssessment, kind: 'meetings' | 'training', clock: Clock | undefined): ClockModel | null {
  const cadence = a.agreement.monitoring?.[kind];
  if (cadence === undefined || clock === undefined) return null;
  const late = a.about('monitoring', kind)[0];
  return { cadence, last: clock.last?.value.date ?? null, due: clock.due, deadline: clock.deadline, overdue: late !== undefined, daysLate: late?.daysLate ?? null };
}
