import { compareStrings } from '../findings.js';
import type { JsonFinding } from '../format/json.js';
import type { Register } from '../register/load.js';
import type { Agreement, Evaluation, EvaluationType, Outcome, Phase } from '../register/types.js';
import type { RecordChange } from './record-changes.js';
import type { RegisterDiff } from './register-diff.js';

/**
 * `changes` in the report's view model (`vo report --compare REF`, docs/templates.md):
 * what happened since the previous report, whose state is the commit REF.
 */
export interface ChangesModel {
  ref: string;
  commit: string;
  /** The date of that commit in the register's time zone: when the previous report was made. */
  since: string;
  summary: { findingsResolved: number; findingsIntroduced: number; agreementsAdded: number; agreementsEnded: number; evaluations: number };
  findingsResolved: ChangeFindingModel[];
  findingsIntroduced: ChangeFindingModel[];
  agreementsAdded: ChangeAgreementModel[];
  agreementsEnded: ChangeAgreementModel[];
  /** Evaluations, audits, meetings and training recorded since REF, dated on or before the as-of date, oldest first. */
  evaluations: ChangeEvaluationModel[];
}

export interface ChangeFindingModel {
  rule: string;
  severity: 'error' | 'warning';
  message: string;
  file: string;
  agreement: string | null;
  agreementTitle: string | null;
}

export interface ChangeAgreementModel {
  id: string;
  title: string;
  department: string;
  departmentName: string;
  phase: Phase;
  end: string | null;
}

export interface ChangeEvaluationModel {
  id: string;
  agreement: string;
  agreementTitle: string;
  date: string;
  type: EvaluationType;
  outcome: Outcome | null;
}

export interface ChangesScope {
  department?: string;
  agreement?: string;
}

/** Build `changes` from a diff of REF against the working tree (both assessed as of D), limited like every list of the report. */
export function changesModel(diff: RegisterDiff, base: Register, head: Register, since: string, scope: ChangesScope): ChangesModel {
  const agreements = new Map<string, Agreement>();
  for (const register of [base, head]) for (const record of register.agreements) agreements.set(record.value.id, record.value);
  const names = new Map(head.config.departments.map((d) => [d.id, d.name]));
  const inScope = (id: string | null) => {
    if (scope.agreement === undefined && scope.department === undefined) return true;
    const agreement = id !== null ? agreements.get(id) : undefined;
    return agreement !== undefined && (scope.agreement === undefined || agreement.id === scope.agreement) && (scope.department === undefined || agreement.department === scope.department);
  };
  const agreementModel = (id: string): ChangeAgreementModel[] => {
    const a = agreements.get(id);
    return a ? [{ id, title: a.title, department: a.department, departmentName: names.get(a.department) ?? a.department, phase: a.phase, end: a.dates?.end ?? null }] : [];
  };
  const finding = (f: JsonFinding): ChangeFindingModel => ({
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    file: f.file,
    agreement: f.agreement ?? null,
    agreementTitle: f.agreement !== undefined ? (agreements.get(f.agreement)?.title ?? null) : null,
  });
  const records = diff.records.filter((r) => r.kind !== 'config' && inScope(r.agreement));
  const evaluations = head.evaluations
    .filter((e) => records.some((r) => r.kind === 'evaluation' && r.change === 'added' && r.id === e.value.id) && e.value.date <= diff.asOf)
    .map(({ value }: { value: Evaluation }) => ({
      id: value.id,
      agreement: value.agreement,
      agreementTitle: agreements.get(value.agreement)?.title ?? value.agreement,
      date: value.date,
      type: value.type,
      outcome: value.outcome ?? null,
    }))
    .sort((x, y) => compareStrings(x.date, y.date) || compareStrings(x.id, y.id));
  const model = {
    ref: diff.base.ref ?? '',
    commit: diff.base.commit ?? '',
    since,
    findingsResolved: diff.findings.resolved.filter((f) => inScope(f.agreement ?? null)).map(finding),
    findingsIntroduced: diff.findings.introduced.filter((f) => inScope(f.agreement ?? null)).map(finding),
    agreementsAdded: records.filter((r) => r.kind === 'agreement' && r.change === 'added').flatMap((r) => agreementModel(r.id)),
    agreementsEnded: records.filter(isEnded).flatMap((r) => agreementModel(r.id)),
    evaluations,
  };
  return {
    ...model,
    summary: {
      findingsResolved: model.findingsResolved.length,
      findingsIntroduced: model.findingsIntroduced.length,
      agreementsAdded: model.agreementsAdded.length,
      agreementsEnded: model.agreementsEnded.length,
      evaluations: evaluations.length,
    },
  };
}

/** An agreement whose phase became `ended` since REF. */
function isEnded(record: RecordChange): boolean {
  return record.kind === 'agreement' && record.change === 'changed' && record.fields.some((f) => f.type === 'phase' && f.new === 'ended');
}
