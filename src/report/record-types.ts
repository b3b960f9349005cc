import type { AssessmentStatus, EvaluationType, Level, Outcome } from '../register/types.js';
import type { EvaluationRef } from './model-types.js';

/**
 * The view model's records under the agreements: evaluations, actions,
 * incidents, KPI results, checklists and findings (docs/templates.md).
 */
export interface EvaluationModel extends EvaluationRef {
  agreement: string;
  evaluators: string[];
  summary: string | null;
  checklist: { item: string; answer: 'yes' | 'no' | 'partial' | 'n/a'; note: string | null }[];
  assessments: { id: string; status: AssessmentStatus; value: number | null; note: string | null }[];
  findings: number;
  nextReview: string | null;
}

export interface ActionModel {
  agreement: string;
  agreementTitle: string;
  department: string;
  departmentName: string;
  evaluation: string;
  evaluationDate: string;
  id: string;
  description: string;
  severity: Level;
  action: string | null;
  owner: string | null;
  due: string | null;
  overdue: boolean;
  daysLate: number | null;
}

export interface IncidentModel {
  id: string;
  agreement: string;
  agreementTitle: string;
  department: string;
  departmentName: string;
  title: string;
  type: 'data-breach' | 'security-incident';
  processorAware: string;
  controllerNotified: string | null;
  authorityNotification: 'required' | 'not-required' | 'undecided';
  authorityNotified: string | null;
  subjectsNotified: boolean | null;
  approxSubjects: number | null;
  reportReceived: string | null;
  /** As of the as-of date: a closure dated later does not count yet. */
  status: 'open' | 'closed';
  closed: string | null;
  processorLate: boolean;
  authorityLate: boolean;
  reportMissing: boolean;
  /** The same three as a list, for `{{#each late}}{{label "late" this}}{{/each}}`. */
  late: ('processor' | 'authority' | 'report')[];
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

export interface FindingModel {
  rule: string;
  severity: 'error' | 'warning';
  message: string;
  file: string;
  line: number;
  agreement: string | null;
  due: string | null;
}
