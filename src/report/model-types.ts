import type { AgreementStatus, EvaluationStatus } from '../assessment/agreement-status.js';
import type { ChangesModel } from '../diff/report-changes.js';
import type { Lang } from '../i18n/lang.js';
import type { EvaluationType, Level, Outcome, Phase } from '../register/types.js';
import type {
  ActionModel,
  AgreementModel,
  BrokenAgreementModel,
  DueItem,
  FindingModel,
  IncidentModel,
  ObligationModel,
} from '../views/model-types.js';
import type { Trend } from '../trend/trend.js';

export type * from '../views/model-types.js';

/**
 * The view model every report template receives: plain data from the one
 * assessment of the register, so every number is one `vo check` would give.
 * Every field is documented in docs/templates.md; change both together (a
 * test checks that the docs name every field). Dates are `YYYY-MM-DD`,
 * absent values `null`, lists never absent.
 */
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
  /** Integrity findings in scope: files that could not be read or fail their schema. Listed at the top of every built-in report. */
  problems: ProblemModel[];
  summary: SummaryModel;
  departments: DepartmentModel[];
  /** The agreements that could be read, sorted by id. */
  agreements: AgreementModel[];
  /** Agreement files that could not be read: they still count, as `invalid`. */
  broken: BrokenAgreementModel[];
  inPreparation: AgreementModel[];
  obligations: ObligationModel[];
  overdue: DueItem[];
  upcoming: DueItem[];
  actions: ActionModel[];
  /** Incidents of the last `incidentMonths` months, and older ones still open; newest first. */
  incidents: IncidentModel[];
  kpis: KpiModel[];
  checklists: ChecklistModel[];
  /** Answers `no` and `partial` of those checklists. */
  checklistAttention: ChecklistAttentionModel[];
  findings: FindingModel[];
  /** Only with `vo report --compare REF`: what changed since the previous report (src/diff/report-changes.ts). */
  changes?: ChangesModel;
  /** Only with `vo report --trend DATE`: the register per month since DATE (src/trend/trend.ts). */
  trend?: Trend;
}

export interface ProblemModel {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
  agreement: string | null;
}

export interface Count<K extends string> {
  key: K;
  total: number;
}

export type RiskKey = Level | 'none';

export interface SummaryModel {
  /** Agreements read and agreement files that could not be read. */
  agreements: number;
  /** `unknown`: broken agreement files of the phase whose risk level could not be read. */
  byPhase: (Count<Phase> & Record<RiskKey | 'unknown', number>)[];
  byRisk: Count<RiskKey>[];
  byStatus: Count<AgreementStatus>[];
  byEvaluation: Count<EvaluationStatus>[];
  evaluationsOverdue: number;
  evaluationsDueSoon: number;
  assuranceExpired: number;
  assuranceExpiring: number;
  assuranceMissing: number;
  obligationsOverdue: number;
  actionsOpen: number;
  actionsOverdue: number;
  /** The rows of the incidents section. */
  incidents: number;
  lateNotifications: number;
  errors: number;
  warnings: number;
  /** Integrity findings, and the files they are in. */
  problems: number;
  problemFiles: number;
}

export interface DepartmentModel {
  id: string;
  name: string;
  manager: string | null;
  agreements: number;
  byStatus: Record<AgreementStatus, number>;
  /** Agreements whose periodic evaluation is overdue. */
  evaluationsOverdue: number;
  obligations: number;
  /** Items of the agenda past their date and reported by `vo check` (evaluations, obligations, actions, deadlines). */
  overdueItems: number;
  upcoming: number;
  actionsOpen: number;
}

export interface KpiModel {
  agreement: string;
  agreementTitle: string;
  department: string;
  departmentName: string;
  obligation: string;
  title: string;
  metric: string;
  comparison: '>=' | '<=';
  target: number;
  unit: string | null;
  value: number | null;
  date: string | null;
  /** false exactly when `vo check` reports `kpi-missed`; null without a measured value. */
  met: boolean | null;
}

export interface ChecklistModel {
  agreement: string;
  agreementTitle: string;
  department: string;
  departmentName: string;
  evaluation: string;
  date: string;
  type: EvaluationType;
  outcome: Outcome | null;
  answers: { item: string; answer: 'yes' | 'no' | 'partial' | 'n/a'; note: string | null }[];
  yes: number;
  partial: number;
  no: number;
  notApplicable: number;
}

export interface ChecklistAttentionModel {
  agreement: string;
  agreementTitle: string;
  item: string;
  answer: 'no' | 'partial';
  note: string | null;
}
