/**
 * The register's records as TypeScript sees them after schema validation
 * (docs/format.md–5). Only records that passed their schema reach the rules, so these
 * types can be trusted there.
 */
export type Phase = 'draft' | 'signing' | 'active' | 'ended';
export const LEVELS = ['low', 'medium', 'high'] as const;
export type Level = (typeof LEVELS)[number];
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
  /** Codes, or `{country, until}`: the decision counts up to and including `until`. */
  adequate_countries: (string | AdequacyDecision)[];
  /** Assurance types that count for `assurance-missing` on high-risk agreements. */
  accepted_assurance: AssuranceType[];
  /** A report with `period_end` and no `valid_until` is valid until period_end + this. */
  assurance_report_max_age_months: number;
}

export interface AdequacyDecision {
  country: string;
  until?: string;
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

export type Opinion = 'unqualified' | 'qualified' | 'adverse' | 'disclaimer';

/** Every item has `valid_until` or `period_end` (or both); the schema enforces it. */
export interface Assurance {
  type: AssuranceType;
  valid_until?: string;
  period_end?: string;
  /** e.g. "2013" or "2022" for ISO/IEC 27001. */
  standard_version?: string | number;
  opinion?: Opinion;
  exceptions?: number;
  /** No longer expected (e.g. ISAE replaced by SOC 2): exempt from expiry and opinion rules. */
  superseded?: boolean;
  issuer?: string;
  scope?: string;
  received?: string;
  document?: string;
}

export type TransferMechanism = 'adequacy' | 'dpf' | 'scc' | 'bcr' | 'derogation';

/** The processor's notice of a new or changed sub-processor and our decision (GDPR art. 28(2)). */
export interface SubprocessorChange {
  notified: string;
  objection_deadline?: string;
  decision?: 'accepted' | 'objected';
  decided?: string;
}

export interface Subprocessor {
  name: string;
  country: string;
  service?: string;
  transfer?: TransferMechanism;
  /** Date of the transfer impact assessment. */
  tia?: string;
  /** Version 1 registers may hold the approval date instead of `true`. */
  approved?: boolean | string;
  change?: SubprocessorChange;
}

export const MAPGOOD_COMPONENTS = ['people', 'equipment', 'software', 'data', 'organisation', 'environment', 'services'] as const;
export type MapgoodComponent = (typeof MAPGOOD_COMPONENTS)[number];

export interface RiskComponent {
  component: MapgoodComponent;
  impact: Level;
  likelihood: Level;
  threats?: string;
  measures?: string;
}

export type DpiaOutcome = 'acceptable' | 'acceptable-with-measures' | 'unacceptable';

export interface Dpia {
  required: boolean;
  date?: string;
  ref?: string;
  outcome?: DpiaOutcome;
  accepted_by?: string;
  /** The date the process owner accepted the residual risk. */
  accepted?: string;
  /** The date the AP was consulted (GDPR art. 36). */
  prior_consultation?: string;
}

/** `impact` and `likelihood` come together, or at least one component is given (or both). */
export interface Risk {
  impact?: Level;
  likelihood?: Level;
  level?: Level;
  assessed?: string;
  method?: string;
  components?: RiskComponent[];
  dpia?: Dpia;
}

export interface Processing {
  purposes?: string[];
  data_subjects?: string[];
  data_categories?: string[];
  special_categories?: string[];
  criminal_data?: boolean;
  bsn?: boolean;
  nature?: string;
  approx_subjects?: number;
  /** Ids of processing activities in the register of processing (GDPR art. 30). */
  activities?: string[];
}

export interface Signing {
  signed_by?: { name: string; function?: string };
  mandate?: string;
  /** Date of the FG's (DPO's) advice, GDPR art. 38(1). */
  fg_advice?: string;
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

/** GDPR art. 28(3) letter of each clause key. */
export const CLAUSE_LETTER: Record<ClauseKey, 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h'> = {
  instructions: 'a',
  confidentiality: 'b',
  security: 'c',
  subprocessors: 'd',
  data_subject_rights: 'e',
  assistance: 'f',
  deletion_return: 'g',
  audits: 'h',
};

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
  processing?: Processing;
  risk?: Risk;
  signing?: Signing;
  review_months?: number;
  breach_notice_hours?: number;
  clauses?: Partial<Record<ClauseKey, string>>;
  subprocessors?: Subprocessor[];
  assurance?: Assurance[];
  obligations?: Obligation[];
  monitoring?: { meetings?: Cadence; training?: Cadence };
  exit?: { plan?: string; deletion_confirmed?: string; method?: 'deleted' | 'returned' };
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
  /** Default `processor`; with `controller` the municipality found it itself. */
  discovered_by?: 'processor' | 'controller';
  /** Required unless `discovered_by: controller`. */
  processor_aware?: string;
  /** Required with `discovered_by: controller` (then the moment we became aware). */
  controller_notified?: string;
  authority_notification: 'required' | 'not-required' | 'undecided';
  /** Why notifying the AP is not required (GDPR art. 33(5)). */
  decision_reason?: string;
  authority_notified?: string;
  /** The reasons for a late notification (GDPR art. 33(1)). */
  authority_delay_reason?: string;
  /** The AP's reference (meldnummer). */
  authority_reference?: string;
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
