import type { AgreementStatus, EvaluationStatus } from '../assessment/agreement-status.js';
import type { SubjectKind } from '../findings.js';
import type {
  AssessmentStatus,
  AssuranceType,
  Cadence,
  DpiaOutcome,
  EvaluationType,
  Level,
  MapgoodComponent,
  Opinion,
  Outcome,
  Phase,
  TransferMechanism,
} from '../register/types.js';
import type { RiskSource } from '../rules/schedule.js';
import type { AgendaKind } from './agenda-items.js';
import type { ObligationRow, ShownObligationStatus } from './obligation-rows.js';

/**
 * What could be read of an agreement file with integrity errors (broken YAML, or a schema error):
 * the `broken` list of a report and the site, and the heart of `vo show` of such an agreement.
 * Each field is null when it could not be read.
 */
export interface BrokenAgreementModel {
  /** From the file name when the file has none. */
  id: string;
  title: string | null;
  file: string;
  department: string | null;
  departmentName: string | null;
  /** The processor's name. */
  processor: string | null;
  phase: Phase | null;
  /** The risk level when its `risk` block reads whole, else null (not known: the file is broken). */
  risk: Level | null;
  /** Always `invalid`. */
  status: AgreementStatus;
  errors: number;
  warnings: number;
}

/**
 * `vo show --format json` of an agreement whose own file cannot be read (completely): what could be
 * read, as the report's `broken` list has it, with D, `unreadable: true` (so a script tells it from
 * the full dossier) and the findings `vo check --agreement ID` reports.
 */
export interface BrokenDossierModel extends BrokenAgreementModel {
  asOf: string;
  unreadable: true;
  findings: FindingModel[];
}

/**
 * One agreement as `vo show --format json` prints it and every report
 * template and site page receives it: plain data from the assessment, code
 * values as in the register (templates label them), dates `YYYY-MM-DD`,
 * absent values `null`, lists never absent. docs/templates.md documents every field.
 */
export interface AgreementModel {
  asOf: string;
  id: string;
  title: string;
  file: string;
  department: string;
  departmentName: string;
  phase: Phase;
  /** From all its findings, as `vo list`: invalid, error, warning or ok. */
  status: AgreementStatus;
  errors: number;
  warnings: number;
  /** The periodic evaluation clock as `vo check` reports it; null when not live. */
  evaluation: EvaluationStatus | null;
  service: string | null;
  processOwner: { name: string; email: string | null; function: string | null };
  processor: { name: string; kvk: string | null; contact: ContactModel | null; breachContact: ContactModel | null };
  template: { name: string; version: string | null; deviations: { clause: string; reason: string }[] } | null;
  dates: { signed: string | null; start: string | null; end: string | null };
  signing: { signedBy: { name: string; function: string | null } | null; mandate: string | null; fgAdvice: string | null };
  risk: RiskModel;
  dpia: DpiaModel | null;
  reviewInterval: { months: number; source: 'agreement' | 'policy'; policyMonths: number };
  breachNoticeHours: number | null;
  lastEvaluation: EvaluationRef | null;
  /** Live agreements only. */
  nextEvaluation: NextEvaluationModel | null;
  processing: ProcessingModel | null;
  clauses: { key: string; letter: string; reference: string | null }[];
  subprocessors: SubprocessorModel[];
  assurance: AssuranceModel[];
  obligations: ObligationModel[];
  monitoring: { meetings: ClockModel | null; training: ClockModel | null };
  /** Newest first. */
  evaluations: EvaluationModel[];
  /** Every checklist item with the answer of the latest evaluation that has a checklist (null where it had none). */
  checklist: { item: string; answer: 'yes' | 'no' | 'partial' | 'n/a' | null; note: string | null }[];
  checklistEvaluation: EvaluationRef | null;
  /** Incidents that exist on D, newest first. */
  incidents: IncidentModel[];
  /** Findings of its evaluations still open on D. */
  actions: ActionModel[];
  timeline: TimelineEntry[];
  /** Its items of `vo agenda`, overdue or not, in date order. */
  upcoming: DueItem[];
  findings: FindingModel[];
  documents: { title: string; ref: string }[];
  notes: string | null;
  exit: { plan: string | null; deletionConfirmed: string | null; method: string | null } | null;
}

export interface RiskModel {
  /** The level; null when never assessed ("niet beoordeeld" / "not assessed"). */
  level: Level | null;
  /** What the rules use: high when never assessed. */
  ruleLevel: Level;
  source: RiskSource;
  impact: Level | null;
  likelihood: Level | null;
  /** The highest impact of the pair and every component; null when never assessed. */
  highestImpact: Level | null;
  assessed: string | null;
  method: string | null;
  components: { component: MapgoodComponent; impact: Level; likelihood: Level; level: Level; threats: string | null; measures: string | null }[];
  /** With `method: MAPGOOD`: the components the analysis lacks. */
  missingComponents: MapgoodComponent[];
}

export interface DpiaModel {
  required: boolean;
  date: string | null;
  ref: string | null;
  outcome: DpiaOutcome | null;
  acceptedBy: string | null;
  accepted: string | null;
  priorConsultation: string | null;
}

export interface NextEvaluationModel {
  due: string;
  base: string;
  baseSource: 'evaluation' | 'start' | 'signed';
  /** What was added to the base: the interval, or the follow-up after a non-compliant outcome. */
  months: number;
  reason: 'interval' | 'non-compliant' | 'next-review';
  /** D − due when overdue (the number `vo check` prints), else null. */
  daysLate: number | null;
  /** due − D when not overdue, else null. */
  daysLeft: number | null;
}

export interface ProcessingModel {
  purposes: string[];
  dataSubjects: string[];
  dataCategories: string[];
  specialCategories: string[];
  criminalData: boolean | null;
  bsn: boolean | null;
  nature: string | null;
  approxSubjects: number | null;
  activities: string[];
}

export interface ContactModel {
  name: string | null;
  email: string | null;
  phone: string | null;
}

export interface SubprocessorModel {
  name: string;
  service: string | null;
  country: string;
  /** Outside the EEA and without a current adequacy decision: a transfer needs a mechanism. */
  needsTransferMechanism: boolean;
  transfer: TransferMechanism | null;
  tia: string | null;
  approved: boolean | null;
  /** A version-1 register may give the approval date instead of `true`. */
  approvedOn: string | null;
  change: { notified: string; objectionDeadline: string | null; decision: 'accepted' | 'objected' | null; decided: string | null } | null;
  /** `vo check`'s findings about this sub-processor. */
  findings: FindingModel[];
}

/** `replaced`: an older item of its type; `superseded`: marked as no longer expected; `pending`: received after D. */
export type AssuranceState = 'valid' | 'expiring' | 'expired' | 'replaced' | 'superseded' | 'pending';

export interface AssuranceModel {
  type: AssuranceType;
  validUntil: string | null;
  periodEnd: string | null;
  /** The last day it counts: `validUntil`, else period end + the policy's maximum age (ISO 27001:2013: no later than 2025-10-31). */
  end: string;
  standardVersion: string | null;
  opinion: Opinion | null;
  exceptions: number | null;
  superseded: boolean;
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
  /** due + grace days: reported as late only after this. */
  deadline: string;
  overdue: boolean;
  daysLate: number | null;
}

export interface ObligationModel extends ObligationRow {
  /** What a view shows as its status: `status`, or `kpi-missed` when `vo check` reports that (shownObligationStatus). */
  shownStatus: ShownObligationStatus;
  agreementTitle: string;
  departmentName: string;
  category: string | null;
  clause: string | null;
  kpi: { metric: string; target: number; comparison: '>=' | '<='; unit: string | null } | null;
  lastValue: number | null;
  lastNote: string | null;
  /** D − nextDue when `vo check` reports it overdue. */
  daysLate: number | null;
}

export interface EvaluationRef {
  id: string;
  date: string;
  type: EvaluationType;
  outcome: Outcome | null;
}

export interface EvaluationModel extends EvaluationRef {
  agreement: string;
  file: string;
  evaluators: string[];
  summary: string | null;
  checklist: { item: string; answer: 'yes' | 'no' | 'partial' | 'n/a'; note: string | null }[];
  assessments: { id: string; status: AssessmentStatus; value: number | null; note: string | null }[];
  findings: number;
  nextReview: string | null;
}

/** Fields that place a record under its agreement in every list. */
export interface AgreementRef {
  agreement: string;
  agreementTitle: string;
  department: string;
  departmentName: string;
}

export interface ActionModel extends AgreementRef {
  evaluation: string;
  evaluationDate: string;
  id: string;
  description: string;
  severity: Level;
  action: string | null;
  owner: string | null;
  due: string | null;
  /** Exactly when `vo check` reports `action-overdue` for it. */
  overdue: boolean;
  daysLate: number | null;
}

export interface IncidentModel extends AgreementRef {
  id: string;
  file: string;
  title: string;
  type: 'data-breach' | 'security-incident';
  discoveredBy: 'processor' | 'controller';
  /** When the processor discovered it (the processor's awareness). */
  processorAware: string | null;
  /** When the processor told the municipality (or, discovered by the municipality, when it became aware); null until D. */
  controllerNotified: string | null;
  /** The moment of awareness the AP deadline counts from. */
  aware: string;
  /** aware + 72 hours, `YYYY-MM-DDTHH:mm` in the register's time zone. */
  authorityDeadline: string;
  authorityNotification: 'required' | 'not-required' | 'undecided';
  authorityNotified: string | null;
  authorityReference: string | null;
  decisionReason: string | null;
  authorityDelayReason: string | null;
  subjectsNotified: boolean | null;
  approxSubjects: number | null;
  reportDue: string;
  reportReceived: string | null;
  /** As of D: a closure dated later does not count yet. */
  status: 'open' | 'closed';
  closed: string | null;
  /** `vo check` reports `incident-processor-late`. */
  processorLate: boolean;
  /** `vo check` reports `incident-authority-late`, `-late-explained` or `-undecided`. */
  authorityLate: boolean;
  /** `vo check` reports `incident-report-missing`. */
  reportMissing: boolean;
  /** The same three as a list, for `{{#each late}}{{label "late" this}}{{/each}}`. */
  late: ('processor' | 'authority' | 'report')[];
}

export type TimelineEntry =
  | { date: string; kind: 'evaluation'; id: string; type: EvaluationType; outcome: Outcome | null; summary: string | null; file: string }
  | { date: string; kind: 'finding'; id: string; evaluation: string; severity: Level; status: 'open' | 'resolved'; due: string | null; description: string; owner: string | null }
  | { date: string; kind: 'incident'; id: string; type: string; title: string; status: 'open' | 'closed'; file: string };

/** An item of `vo agenda`, as reports list what is overdue and what is coming. */
export interface DueItem extends AgreementRef {
  kind: AgendaKind;
  date: string;
  /** What is due, in the run's language. */
  title: string;
  owner: string;
  overdue: boolean;
  /** D − date for overdue items, else null. */
  daysLate: number | null;
  /** date − D for items not overdue (negative while within the grace days), else null. */
  daysLeft: number | null;
  /** The `vo check` rule that reports it when overdue. */
  rule: string;
}

export interface FindingModel {
  rule: string;
  severity: 'error' | 'warning';
  message: string;
  file: string;
  line: number;
  column: number;
  agreement: string | null;
  due: string | null;
  daysLate: number | null;
  subject: { kind: SubjectKind; id: string | null };
}
