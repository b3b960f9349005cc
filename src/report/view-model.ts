import type { Assessment } from '../assessment/assess.js';
import { compareStrings, type Finding } from '../findings.js';
import { addDays, addMonths, dateOf } from '../rules/dates.js';
import { agreementModel, obligationModels } from '../views/agreement-model.js';
import { dueItems, findingModel } from '../views/agreement-records.js';
import { brokenAgreementModel } from '../views/broken-agreement-model.js';
import { checklistModels, kpiModels } from './model-records.js';
import { departmentModels, summaryModel } from './model-summary.js';
import type { AgreementModel, BrokenAgreementModel, DueItem, IncidentModel, ReportModel } from './model-types.js';
import { extend } from '../util/extend.js';

/** "What is due in the next 90 days", the same window as `vo agenda`'s default. */
export const UPCOMING_DAYS = 90;
/** Incidents of the last 12 months are listed (and older ones still open). */
export const INCIDENT_MONTHS = 12;

export interface ViewModelOptions {
  template: string;
  reportDate: string;
  department?: string;
  agreement?: string;
}

/**
 * The documented object every template receives (docs/templates.md), from the
 * one assessment: agreement models are built only for the agreements in scope.
 * `--department` narrows every list; an obligation belongs to its own
 * `department`, so a line manager also sees the checks their team does under
 * another department's agreement. Pure.
 */
export function buildViewModel(assessment: Assessment, options: ViewModelOptions): ReportModel {
  const { config, asOf, lang } = assessment;
  const inDepartment = (department: string | null) => options.department === undefined || department === options.department;
  const scoped = assessment.agreements.filter((a) => inDepartment(a.agreement.department) && (options.agreement === undefined || a.id === options.agreement));
  const agreements = scoped.map((a) => forReaders(agreementModel(a, lang)));
  const brokenInScope = assessment.broken.filter((b) => inDepartment(b.department) && (options.agreement === undefined || b.id === options.agreement));
  const broken: BrokenAgreementModel[] = brokenInScope.map((b) => brokenAgreementModel(b, config));

  // Obligations and dates of other departments' agreements count when they belong to this department. Every
  // phase: an open incident of an ended agreement still has its AP deadline and report (dueItems keeps the
  // clocks to live agreements), as `vo check --department` and `vo agenda` report them.
  const sources = options.department === undefined ? scoped : assessment.agreements;
  const rank = new Map(config.departments.map((d, i) => [d.id, i]));
  const byRank = (x: { department: string }, y: { department: string }) => (rank.get(x.department) ?? rank.size) - (rank.get(y.department) ?? rank.size);
  const obligations = sources
    .filter((a) => a.live)
    .flatMap((a) => obligationModels(a))
    .filter((o) => inDepartment(o.department))
    .sort(byRank);
  const due: DueItem[] = options.department === undefined ? agreements.flatMap((a) => a.upcoming) : sources.flatMap((a) => dueItems(a, lang)).filter((d) => inDepartment(d.department));
  const horizon = addDays(asOf, UPCOMING_DAYS);
  const overdue = due.filter((d) => d.overdue).sort(compareDue);
  const upcoming = due.filter((d) => !d.overdue && d.date <= horizon).sort(compareDue);
  const actions = agreements
    .flatMap((a) => a.actions)
    .sort((x, y) => compareStrings(x.due ?? '9999', y.due ?? '9999') || compareStrings(x.agreement, y.agreement) || compareStrings(x.id, y.id));
  const since = addMonths(asOf, -INCIDENT_MONTHS);
  const incidents = agreements
    .flatMap((a) => a.incidents)
    .filter((i) => i.status === 'open' || dateOf(i.aware, config.timezone) > since)
    .sort(compareIncidents);
  const unscoped = options.department === undefined && options.agreement === undefined;
  // What `vo check` reports in the same scope: the figures count these, so a report never says "1 fout" where the check is clean.
  const findingModels = unscoped
    ? assessment.findings.map((f) => readable(findingModel(f)))
    : [...agreements.flatMap((a) => a.findings), ...brokenInScope.flatMap((b) => b.findings).map((f) => readable(findingModel(f)))].sort(compareFindingModels);
  const problems = [...findingModels, ...unownedProblems(assessment, options).map((f) => readable(findingModel(f)))]
    .sort(compareFindingModels)
    .filter((f) => f.subject.kind === 'file')
    .map((f) => ({ file: f.file, line: f.line, column: f.column, rule: f.rule, message: f.message, agreement: f.agreement }));
  const lists = { agreements, broken, obligations, overdue, upcoming, actions, incidents, findings: findingModels, problems };
  const departments = departmentModels(config, lists).filter((d) => options.department === undefined || d.id === options.department);
  const kpis = kpiModels(obligations, assessment.enabled.has('kpi-missed'));
  const checklists = checklistModels(agreements);
  return {
    organisation: config.organisation,
    lang,
    asOf,
    reportDate: options.reportDate,
    template: options.template,
    upcomingDays: UPCOMING_DAYS,
    incidentMonths: INCIDENT_MONTHS,
    department: departments.find((d) => d.id === options.department) ?? null,
    agreement: agreements.find((a) => a.id === options.agreement) ?? null,
    problems,
    summary: summaryModel(lists),
    departments: options.agreement === undefined ? departments : departments.filter((d) => agreements.some((a) => a.department === d.id)),
    agreements,
    broken,
    inPreparation: agreements.filter((a) => a.phase === 'draft' || a.phase === 'signing'),
    obligations,
    overdue,
    upcoming,
    actions,
    incidents,
    kpis,
    checklists,
    checklistAttention: checklists.flatMap((c) =>
      c.answers.flatMap((a) => (a.answer === 'no' || a.answer === 'partial' ? [{ agreement: c.agreement, agreementTitle: c.agreementTitle, item: a.item, answer: a.answer, note: a.note }] : [])),
    ),
    findings: findingModels,
  };
}

const KIND_ORDER = ['evaluation', 'obligation', 'meeting', 'training', 'assurance', 'agreement-end', 'action', 'subprocessor-change', 'incident-authority', 'incident-report'];

/**
 * In a department report, the integrity findings of files that belong to no department: of no
 * agreement of the register, or of an agreement whose department could not be read or is not in
 * the config. They are listed among its problem files, so that no file with a problem is left out
 * silently, but not counted as its findings, since `vo check --department` does not report them.
 */
function unownedProblems(assessment: Assessment, options: ViewModelOptions): Finding[] {
  if (options.department === undefined) return [];
  const departments = new Set(assessment.config.departments.map((d) => d.id));
  const owned = new Set(
    [...assessment.agreements.map((a) => ({ id: a.id, department: a.agreement.department })), ...assessment.broken]
      .filter((a) => a.department !== null && departments.has(a.department))
      .map((a) => a.id),
  );
  return assessment.integrity.filter((f) => f.agreement === undefined || !owned.has(f.agreement));
}

function compareFindingModels(x: { file: string; line: number; column: number; rule: string }, y: { file: string; line: number; column: number; rule: string }): number {
  return compareStrings(x.file, y.file) || x.line - y.line || x.column - y.column || compareStrings(x.rule, y.rule);
}

/**
 * Messages of the loader quote keys and values in backticks, which a terminal
 * reader needs; a report reader gets quotation marks instead.
 */
function readable<T extends { message: string }>(finding: T): T {
  return extend(finding, { message: finding.message.replace(/`([^`]*)`/g, '‘$1’') }) as T;
}

/**
 * The model with its findings made readable, in place: the model is fresh
 * from agreementModel and nothing else holds it. (A copy with Object.assign
 * of its 45 properties lands in dictionary mode: about 1.5 kB per agreement
 * instead of a few hundred bytes, 40 MB at 33 000 agreements.)
 */
function forReaders(model: AgreementModel): AgreementModel {
  const fresh = model as { -readonly [K in keyof AgreementModel]: AgreementModel[K] };
  fresh.findings = model.findings.map(readable);
  for (const s of model.subprocessors) (s as { findings: typeof s.findings }).findings = s.findings.map(readable);
  return fresh;
}

export function compareDue(x: DueItem, y: DueItem): number {
  return compareStrings(x.date, y.date) || KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) || compareStrings(x.agreement, y.agreement) || compareStrings(x.title, y.title);
}

function compareIncidents(x: IncidentModel, y: IncidentModel): number {
  return compareStrings(y.aware, x.aware) || compareStrings(x.id, y.id);
}

export type { AgreementModel };
