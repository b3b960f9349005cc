import type { Lang } from '../i18n/lang.js';
import type {
  AssessmentStatus,
  Cadence,
  EvaluationType,
  Frequency,
  Level,
  Outcome,
  Phase,
} from '../register/types.js';
import type { RiskSource } from '../rules/schedule.js';
import type { ActionModel, ChecklistModel, EvaluationModel, FindingModel, IncidentModel, KpiModel } from './record-types.js';

export type { ActionModel, ChecklistModel, EvaluationModel, FindingModel, IncidentModel, KpiModel };

/**
 * The view model every report template receives: plain data, computed once by
 * src/report/view-model.ts with the same computations as `vo check`. Every
 * field is documented in docs/templates.md; change both together (a test
 * checks that the docs name every field). Dates are `YYYY-MM-DD`, absent
 * values are `null`, lists are never absent.
 */
export type AgreementStatus = 'overdue' | 'due-soon' | 'ok' | 'draft' | 'signing' | 'ended';
export type ObligationStatus = 'overdue' | 'not-met' | 'partially-met' | 'ok' | 'on-event';
export type DueKind =
  | 'evaluation'
  | 'obligation'
  | 'meeting'
  | 'training'
  | 'assurance'
  | 'agreement-end'
  | 'action'
  | 'incident';
export type AssuranceState = 'valid' | 'expiring' | 'expired' | 'superseded';

export interface ReportModel {
  organisation: string;
  lang: Lang;
  asOf: string;
  reportDate: string;
  /** The built-in template's name, or `custom`. */
  template: string;
  upcomingDays: number;
  incidentMonths: number;
  /** Set with `--department`: every list below is limited to it. */
  department: DepartmentModel | null;
  /** Set with `--agreement`: every list below is limited to it. */
  agreement: AgreementModel | null;
  summary: SummaryModel;
  departments: DepartmentModel[];
  agreements: AgreementModel[];
  inPreparation: AgreementModel[];
  obligations: ObligationModel[];
  overdue: DueItem[];
  upcoming: DueItem[];
  actions: ActionModel[];
  incidents: IncidentModel[];
  kpis: KpiModel[];
  checklists: ChecklistModel[];
  findings: FindingModel[];
}

export interface Count<K extends string> {
  key: K;
  total: number;
}

export interface SummaryModel {
  agreements: number;
  byPhase: (Count<Phase> & Record<Level, number>)[];
  byRisk: Count<Level>[];
  byStatus: Count<AgreementStatus>[];
  evaluationsOverdue: number;
  evaluationsDueSoon: number;
  assuranceExpired: number;
  assuranceExpiring: number;
  assuranceMissing: number;
  obligationsOverdue: number;
  actionsOpen: number;
  actionsOverdue: number;
  incidents: number;
  lateNotifications: number;
  errors: number;
  warnings: number;
}

export interface DepartmentModel {
  id: string;
  name: string;
  manager: string | null;
  agreements: number;
  byStatus: Record<'draft' | 'signing' | 'ok' | 'dueSoon' | 'overdue' | 'ended', number>;
  obligations: number;
  overdue: number;
  upcoming: number;
  actionsOpen: number;
}

export interface EvaluationRef {
  id: string;
  date: string;
  type: EvaluationType;
  outcome: Outcome | null;
}

export interface AgreementModel {
  id: string;
  title: string;
  department: string;
  departmentName: string;
  processOwner: { name: string; email: string | null; function: string | null };
  processor: {
    name: string;
    kvk: string | null;
    contact: ContactModel | null;
    breachContact: ContactModel | null;
  };
  service: string | null;
  phase: Phase;
  status: AgreementStatus;
  risk: {
    level: Level;
    source: RiskSource;
    impact: Level | null;
    likelihood: Level | null;
    assessed: string | null;
    method: string | null;
    dpiaRequired: boolean | null;
    dpiaDate: string | null;
    dpiaRef: string | null;
  };
  template: { name: string; version: string | null; deviations: { clause: string; reason: string }[] } | null;
  signed: string | null;
  start: string | null;
  end: string | null;
  reviewMonths: number;
  breachNoticeHours: number | null;
  lastEvaluation: EvaluationRef | null;
  nextEvaluation: string | null;
  nextEvaluationReason: 'interval' | 'non-compliant' | 'next-review' | null;
  /** Days from the as-of date to `nextEvaluation`; negative when late. */
  daysToEvaluation: number | null;
  processing: {
    purposes: string[];
    dataSubjects: string[];
    dataCategories: string[];
    specialCategories: string[];
    approxSubjects: number | null;
  } | null;
  clauses: { key: string; letter: string; reference: string | null }[];
  subprocessors: {
    name: string;
    service: string | null;
    country: string;
    transfer: string | null;
    approved: string | null;
  }[];
  assurance: AssuranceModel[];
  obligations: ObligationModel[];
  monitoring: { meetings: ClockModel | null; training: ClockModel | null };
  evaluations: EvaluationModel[];
  /** Every checklist item, with the answer of the latest evaluation that has a checklist (null where it had none). */
  checklist: { item: string; answer: 'yes' | 'no' | 'partial' | 'n/a' | null; note: string | null }[];
  checklistEvaluation: EvaluationRef | null;
  incidents: IncidentModel[];
  actions: ActionModel[];
  findings: FindingModel[];
  errors: number;
  warnings: number;
  documents: { title: string; ref: string }[];
  notes: string | null;
  exit: { deletionConfirmed: string | null; method: string | null } | null;
}

export interface ContactModel {
  name: string | null;
  email: string | null;
  phone: string | null;
}

export interface AssuranceModel {
  type: string;
  typeLabel: string;
  validUntil: string;
  issuer: string | null;
  scope: string | null;
  received: string | null;
  document: string | null;
  state: AssuranceState;
}

export interface ClockModel {
  cadence: Cadence;
  last: string | null;
  due: string;
  deadline: string;
  overdue: boolean;
}

export interface ObligationModel {
  agreement: string;
  agreementTitle: string;
  id: string;
  title: string;
  party: 'processor' | 'controller';
  frequency: Frequency;
  category: string | null;
  owner: string | null;
  department: string;
  departmentName: string;
  clause: string | null;
  kpi: { metric: string; target: number; comparison: '>=' | '<='; unit: string | null } | null;
  lastAssessed: string | null;
  lastStatus: AssessmentStatus | null;
  lastValue: number | null;
  lastNote: string | null;
  nextDue: string | null;
  status: ObligationStatus;
}

export interface DueItem {
  kind: DueKind;
  date: string;
  agreement: string;
  agreementTitle: string;
  department: string;
  departmentName: string;
  /** What is due, in the report's language (an obligation's title, an assurance type, an action); null for the evaluation itself. */
  subject: string | null;
  owner: string | null;
  /** Overdue: days late (after the grace days where they apply); upcoming: days left (negative while in grace). */
  days: number;
  /** The `vo check` rule that reports it when overdue. */
  rule: string;
}
