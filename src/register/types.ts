/**
 * The register's records as TypeScript sees them after schema validation
 * (SPEC §2–5). Only records that passed their schema reach the rules, so these
 * types can be trusted there.
 */
export type Phase = 'draft' | 'signing' | 'active' | 'ended';
export type Level = 'low' | 'medium' | 'high';
export type Cadence = 'monthly' | 'quarterly' | 'half-yearly' | 'yearly';
export type Frequency = 'once' | Cadence | 'on-event';
export type RuleSetting = 'error' | 'warning' | 'off';

export interface Department {
  id: string;
  name: string;
  manager?: string;
}

export interface Policy {
  review_months: Record<Level, number>;
  non_compliant_review_months: number;
  due_soon_days: number;
  assurance_due_soon_days: number;
  agreement_end_warning_days: number;
  grace_days: number;
  max_breach_notice_hours: number;
  incident_report_days: number;
  adequate_countries: string[];
}

/** The config with every default filled in. */
export interface Config {
  organisation: string;
  locale: 'nl' | 'en';
  timezone: string;
  departments: Department[];
  policy: Policy;
  rules: Record<string, RuleSetting>;
}

export interface Person {
  name: string;
  email?: string;
  function?: string;
}

export interface Contact {
  name?: string;
  email?: string;
  phone?: string;
}

export interface Kpi {
  metric: string;
  target: number;
  comparison: '>=' | '<=';
  unit?: string;
}

export interface Obligation {
  id: string;
  title: string;
  party: 'processor' | 'controller';
  frequency: Frequency;
  category?: string;
  owner?: string;
  department?: string;
  due?: string;
  clause?: string;
  kpi?: Kpi;
}

export type AssuranceType =
  | 'iso27001'
  | 'nen7510'
  | 'isae3402-type1'
  | 'isae3402-type2'
  | 'soc2-type1'
  | 'soc2-type2'
  | 'tpm'
  | 'pentest'
  | 'other';

export interface Assurance {
  type: AssuranceType;
  valid_until: string;
  issuer?: string;
  scope?: string;
  received?: string;
  document?: string;
}

export interface Subprocessor {
  name: string;
  country: string;
  service?: string;
  transfer?: 'adequacy' | 'dpf' | 'scc' | 'bcr' | 'derogation';
  approved?: boolean | string;
}

export interface DocumentRef {
  title: string;
  ref: string;
}

export const CLAUSE_KEYS = [
  'instructions',
  'confidentiality',
  'security',
  'subprocessors',
  'data_subject_rights',
  'assistance',
  'deletion_return',
  'audits',
] as const;
export type ClauseKey = (typeof CLAUSE_KEYS)[number];

export interface Agreement {
  id: string;
  title: string;
  department: string;
  process_owner: Person;
  processor: { name: string; kvk?: string; contact?: Contact; breach_contact?: Contact };
  service?: string;
  phase: Phase;
  template?: { name: string; version?: string | number; deviations?: { clause: string; reason: string }[] };
  dates?: { signed?: string; start?: string; end?: string };
  processing?: {
    purposes: string[];
    data_subjects: string[];
    data_categories: string[];
    special_categories?: string[];
    approx_subjects?: number;
  };
  risk?: {
    impact: Level;
    likelihood: Level;
    level?: Level;
    assessed?: string;
    method?: string;
    dpia?: { required: boolean; date?: string; ref?: string };
  };
  review_months?: number;
  breach_notice_hours?: number;
  clauses?: Partial<Record<ClauseKey, string>>;
  subprocessors?: Subprocessor[];
  assurance?: Assurance[];
  obligations?: Obligation[];
  monitoring?: { meetings?: Cadence; training?: Cadence };
  exit?: { deletion_confirmed?: string; method?: 'deleted' | 'returned' };
  documents?: DocumentRef[];
  notes?: string;
}

export type EvaluationType =
  | 'periodic'
  | 'internal-audit'
  | 'external-audit'
  | 'meeting'
  | 'report-review'
  | 'incident-review'
  | 'training';
export type Outcome = 'compliant' | 'partially-compliant' | 'non-compliant';
export type AssessmentStatus = 'met' | 'partially-met' | 'not-met' | 'not-applicable';

export interface Assessment {
  id: string;
  status: AssessmentStatus;
  value?: number;
  note?: string;
}

export interface EvaluationFinding {
  id: string;
  description: string;
  severity: Level;
  action?: string;
  owner?: string;
  due?: string;
  status: 'open' | 'resolved';
  resolved?: string;
}

export const CHECKLIST_ITEMS = [
  'monitoring',
  'security-measures',
  'reports-received',
  'assurance-current',
  'incidents-handled',
  'subprocessors-current',
  'service-changes',
  'roles-assigned',
  'staff-aware',
  'meetings-held',
  'improvements',
] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

export interface Evaluation {
  id: string;
  agreement: string;
  date: string;
  type: EvaluationType;
  outcome?: Outcome;
  evaluators?: string[];
  summary?: string;
  checklist?: { item: ChecklistItem; answer: 'yes' | 'no' | 'partial' | 'n/a'; note?: string }[];
  obligations?: Assessment[];
  findings?: EvaluationFinding[];
  next_review?: string;
  documents?: DocumentRef[];
}

export interface Incident {
  id: string;
  agreement: string;
  title: string;
  type: 'data-breach' | 'security-incident';
  processor_aware: string;
  controller_notified?: string;
  authority_notification: 'required' | 'not-required' | 'undecided';
  authority_notified?: string;
  subjects_notified?: boolean;
  approx_subjects?: number;
  data_categories?: string[];
  description?: string;
  measures?: string;
  evaluation_report?: { received?: string; ref?: string };
  status: 'open' | 'closed';
  closed?: string;
}

export type RecordKind = 'agreement' | 'evaluation' | 'incident';

export interface RecordTypes {
  agreement: Agreement;
  evaluation: Evaluation;
  incident: Incident;
}
