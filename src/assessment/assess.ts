import { compareFindings, compareStrings, subjectId as idOf, type Finding, type SubjectKind } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import type { LoadedRecord, Register } from '../register/load.js';
import type { Config } from '../register/types.js';
import { agreementContext, type AgreementContext } from '../rules/agreement-context.js';
import { RULE_FAMILIES } from '../rules/families.js';
import type { RuleId } from '../rules/rule-id.js';
import type { EvaluationRecord } from '../rules/schedule.js';
import { effectiveRules, type EffectiveRule } from '../rules/severity.js';
import { statusOf, type AgreementStatus, type EvaluationStatus } from './agreement-status.js';
import { brokenAgreements, type BrokenAgreement } from './broken-agreements.js';
import { fileOwners } from './file-owners.js';
import { renderFinding } from './render-finding.js';
import { extend } from '../util/extend.js';

/** One agreement as assessed on D: its state (what the rules read) and the findings `vo check` reports about it. */
export interface AgreementAssessment extends AgreementContext {
  id: string;
  /** Every finding with this `agreement`: its compliance findings and the integrity findings in its files, sorted. */
  findings: readonly Finding[];
  errors: number;
  warnings: number;
  status: AgreementStatus;
  /** The periodic evaluation clock as `vo check` reports it; null when not live or without a next date. */
  evaluation: EvaluationStatus | null;
  /**
   * The findings about one subject, e.g. `about('obligation', 'o1')`; `id` as `subjectId` gives it (a second sub-processor
   * of a name carries its number). With `file`, only those in that file: an incident or an evaluation's finding is one
   * record's, and two files may give their records one id (a `duplicate-id` of its own), so the id alone is not enough.
   */
  about(kind: SubjectKind, id?: string, file?: string): readonly Finding[];
  /** Whether `vo check` reports this rule (after the config) about the agreement, or about a subject of it (in `file`, when given). */
  reports(rule: RuleId, subjectId?: string, file?: string): boolean;
}

export interface Scope {
  agreement?: string;
  department?: string;
}

/**
 * The one assessment of a register on D that `vo check`, every view and every
 * report read: the rules run once per agreement in scope, their results are
 * rendered once, and everything is indexed by agreement and subject. Pure.
 */
export interface Assessment {
  register: Register;
  config: Config;
  asOf: string;
  lang: Lang;
  scope: Scope;
  rules: readonly EffectiveRule[];
  /** Rules that report anything with this config (not switched `off`). */
  enabled: ReadonlySet<RuleId>;
  /** What `vo check` reports in scope: integrity and compliance findings, config severities applied, sorted. */
  findings: readonly Finding[];
  /** The integrity findings among them. */
  integrity: readonly Finding[];
  /** The agreements in scope (the first file of each id), sorted by id. */
  agreements: readonly AgreementAssessment[];
  /** Agreement files in scope that could not be loaded, with what could be read of them. */
  broken: readonly BrokenAgreement[];
  /** Record files in scope. */
  fileCount: number;
  agreement(id: string): AgreementAssessment | undefined;
}

export interface AssessOptions {
  /**
   * The run's last assessment of this register (one command, one assessment): the
   * texts of an agreement's files are forgotten once its findings are placed, which
   * at 170 000 files is a sixth of the memory (docs/performance.md). `vo trend`
   * assesses one register on many dates and must not set it.
   */
  last?: boolean;
}

export function assess(register: Register, asOf: string, lang: Lang, scope: Scope = {}, options: AssessOptions = {}): Assessment {
  const { config } = register;
  const rules = effectiveRules(config);
  const severity = new Map(rules.map((rule) => [rule.id as string, rule.severity]));
  const enabled = new Set(rules.filter((rule) => rule.severity !== 'off').map((rule) => rule.id));
  const owners = fileOwners(register);

  const first = new Map<string, LoadedRecord<'agreement'>>();
  for (const record of register.agreements) if (!first.has(record.value.id)) first.set(record.value.id, record);
  const inScope = (id: string, department: string | undefined) =>
    (scope.agreement === undefined || id === scope.agreement) && (scope.department === undefined || department === scope.department);
  const selected = [...first.values()].filter((r) => inScope(r.value.id, r.value.department)).sort((x, y) => compareStrings(x.value.id, y.value.id));
  const broken = brokenAgreements(register, owners, first).filter((b) => inScope(b.id, b.department ?? undefined));
  const ids = new Set([...selected.map((r) => r.value.id), ...broken.map((b) => b.id)]);
  const unscoped = scope.agreement === undefined && scope.department === undefined;

  const evaluations = evaluationsOn(register.evaluations.filter((e) => ids.has(e.value.agreement)), asOf);
  const incidents = groupByAgreement(register.incidents.filter((i) => ids.has(i.value.agreement)));

  const integrity: Finding[] = [];
  for (const finding of register.findings) {
    const agreement = finding.agreement ?? owners.agreementOf.get(finding.file);
    if (!unscoped && (agreement === undefined || !ids.has(agreement))) continue;
    integrity.push(agreement !== undefined && finding.agreement === undefined ? extend(finding, { agreement }) : finding);
  }
  const byAgreement = new Map<string, Finding[]>();
  const add = (finding: Finding) => {
    if (finding.agreement === undefined) return;
    const list = byAgreement.get(finding.agreement);
    if (list) list.push(finding);
    else byAgreement.set(finding.agreement, [finding]);
  };
  integrity.forEach(add);

  const contexts = selected.map((record) => {
    const id = record.value.id;
    const context = agreementContext(record, evaluations.get(id) ?? [], incidents.get(id) ?? [], config, asOf);
    for (const family of RULE_FAMILIES) {
      for (const result of family.check(context)) {
        const setting = severity.get(result.rule.id);
        if (setting === undefined || setting === 'off') continue;
        add(renderFinding(result, id, setting, asOf, lang));
      }
    }
    // Every finding of this agreement is placed: its files' position trees (and, the last time, texts) are not needed any more.
    const done = (source: LoadedRecord['source']) => (options.last === true ? source.forget?.() : source.release?.());
    done(record.source);
    for (const e of context.evaluations) done(e.source);
    for (const s of context.state.incidents) done(s.record.source);
    return context;
  });

  const agreements = contexts.map((context) => assessed(context, byAgreement.get(context.record.value.id) ?? [], owners.agreementFiles));
  const index = new Map(agreements.map((a) => [a.id, a]));
  for (const b of broken) Object.assign(b, statusOf(byAgreement.get(b.id) ?? [], new Set(owners.agreementFiles.get(b.id))), { findings: byAgreement.get(b.id) ?? [] });
  const findings = [...integrity.filter((f) => f.agreement === undefined), ...[...byAgreement.values()].flat()].sort(compareFindings);
  const fileCount = unscoped ? register.files.length : register.files.filter((file) => ids.has(owners.agreementOf.get(file) ?? '\u0000')).length;
  return {
    register,
    config,
    asOf,
    lang,
    scope,
    rules,
    enabled,
    findings,
    integrity: findings.filter((f) => f.subject === undefined),
    agreements,
    broken,
    fileCount,
    agreement: (id) => index.get(id),
  };
}

function assessed(context: AgreementContext, findings: Finding[], agreementFiles: Map<string, string[]>): AgreementAssessment {
  const id = context.record.value.id;
  findings.sort(compareFindings);
  const counts = statusOf(findings, new Set(agreementFiles.get(id)));
  const subjects = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.subject === undefined) continue;
    const key = `${finding.subject.kind}\u0000${idOf(finding.subject)}`;
    const list = subjects.get(key);
    if (list) list.push(finding);
    else subjects.set(key, [finding]);
  }
  const reports = (rule: RuleId, subjectId?: string, file?: string) =>
    findings.some(
      (f) => f.rule === rule && (subjectId === undefined || (f.subject !== undefined && idOf(f.subject) === subjectId)) && (file === undefined || f.file === file),
    );
  const next = context.state.nextEvaluation;
  const evaluation: EvaluationStatus | null = reports('evaluation-overdue')
    ? 'overdue'
    : reports('evaluation-due-soon')
      ? 'due-soon'
      : context.live && next !== undefined
        ? 'scheduled'
        : null;
  return {
    ...context,
    id,
    findings,
    ...counts,
    evaluation,
    about: (kind, subjectId, file) => {
      const about = subjects.get(`${kind}\u0000${subjectId ?? ''}`) ?? [];
      return file === undefined ? about : about.filter((f) => f.file === file);
    },
    reports,
  };
}

function groupByAgreement<R extends LoadedRecord<'evaluation'> | LoadedRecord<'incident'>>(records: readonly R[]): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const record of records) {
    const list = groups.get(record.value.agreement);
    if (list) list.push(record);
    else groups.set(record.value.agreement, [record]);
  }
  return groups;
}

/**
 * The evaluations that exist on D (dated on or before it) per agreement, oldest
 * first; of two on one date, the one whose file path sorts last counts as the latest.
 */
export function evaluationsOn(records: readonly EvaluationRecord[], asOf: string): Map<string, EvaluationRecord[]> {
  const groups = groupByAgreement(records.filter((e) => e.value.date <= asOf));
  for (const list of groups.values()) list.sort(compareEvaluations);
  return groups;
}

function compareEvaluations(x: EvaluationRecord, y: EvaluationRecord): number {
  return compareStrings(x.value.date, y.value.date) || compareStrings(x.file, y.file);
}
