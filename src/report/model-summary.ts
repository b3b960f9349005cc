import { AGREEMENT_STATUSES, EVALUATION_STATUSES, type AgreementStatus } from '../assessment/agreement-status.js';
import { compareStrings } from '../findings.js';
import type { Config, Phase } from '../register/types.js';
import type {
  ActionModel,
  AgreementModel,
  BrokenAgreementModel,
  DepartmentModel,
  DueItem,
  FindingModel,
  IncidentModel,
  ObligationModel,
  ProblemModel,
  RiskKey,
  SummaryModel,
} from './model-types.js';

const PHASES: readonly Phase[] = ['draft', 'signing', 'active', 'ended'];
const RISKS: readonly RiskKey[] = ['low', 'medium', 'high', 'none'];

export interface ScopedLists {
  agreements: readonly AgreementModel[];
  broken: readonly BrokenAgreementModel[];
  obligations: readonly ObligationModel[];
  overdue: readonly DueItem[];
  upcoming: readonly DueItem[];
  actions: readonly ActionModel[];
  incidents: readonly IncidentModel[];
  findings: readonly FindingModel[];
  problems: readonly ProblemModel[];
}

const riskKey = (a: AgreementModel): RiskKey => a.risk.level ?? 'none';

/**
 * The summary figures of the management report, counted over the lists the
 * report shows, so a figure and its table never disagree. Statuses and
 * assurance figures count `vo check`'s findings.
 */
export function summaryModel(lists: ScopedLists): SummaryModel {
  const { agreements, broken, findings } = lists;
  const rule = (id: string) => findings.filter((f) => f.rule === id).length;
  const statuses: AgreementStatus[] = [...agreements.map((a) => a.status), ...broken.map((b) => b.status)];
  return {
    agreements: agreements.length + broken.length,
    // A broken agreement file counts in its phase when that could be read, under its risk level when that could.
    byPhase: PHASES.map((phase) => {
      const inPhase = agreements.filter((a) => a.phase === phase);
      const brokenInPhase = broken.filter((b) => b.phase === phase);
      const count = (key: RiskKey) => inPhase.filter((a) => riskKey(a) === key).length + brokenInPhase.filter((b) => b.risk === key).length;
      return {
        key: phase,
        total: inPhase.length + brokenInPhase.length,
        low: count('low'),
        medium: count('medium'),
        high: count('high'),
        none: count('none'),
        unknown: brokenInPhase.filter((b) => b.risk === null).length,
      };
    }),
    byRisk: RISKS.map((key) => ({ key, total: agreements.filter((a) => riskKey(a) === key).length + broken.filter((b) => b.risk === key).length })),
    byStatus: AGREEMENT_STATUSES.map((key) => ({ key, total: statuses.filter((s) => s === key).length })),
    byEvaluation: EVALUATION_STATUSES.map((key) => ({ key, total: agreements.filter((a) => a.evaluation === key).length })),
    evaluationsOverdue: agreements.filter((a) => a.evaluation === 'overdue').length,
    evaluationsDueSoon: agreements.filter((a) => a.evaluation === 'due-soon').length,
    assuranceExpired: rule('assurance-expired'),
    assuranceExpiring: rule('assurance-expiring'),
    assuranceMissing: rule('assurance-missing'),
    obligationsOverdue: lists.obligations.filter((o) => o.status === 'overdue').length,
    actionsOpen: lists.actions.length,
    actionsOverdue: lists.actions.filter((a) => a.overdue).length,
    incidents: lists.incidents.length,
    lateNotifications: lists.incidents.filter((i) => i.processorLate || i.authorityLate).length,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    problems: lists.problems.length,
    problemFiles: new Set(lists.problems.map((p) => p.file)).size,
  };
}

/** One row per department of the config, in its order: its agreements by status and its open work. */
export function departmentModels(config: Config, lists: ScopedLists): DepartmentModel[] {
  // An agreement whose department is not in the config (an `unknown-reference` of its own) still counts somewhere:
  // under its id, after the config's departments, so the table adds up to the summary. One whose department
  // could not be read at all is only under the problem files.
  const known = new Set(config.departments.map((d) => d.id));
  const named = [...lists.agreements.map((a) => a.department), ...lists.broken.map((b) => b.department)];
  const unknown = [...new Set(named.filter((id): id is string => typeof id === 'string' && !known.has(id)))].sort(compareStrings);
  const departments: readonly { id: string; name: string; manager?: string }[] = [...config.departments, ...unknown.map((id) => ({ id, name: id }))];
  return departments.map((d) => {
    const statuses = [...lists.agreements.filter((a) => a.department === d.id).map((a) => a.status), ...lists.broken.filter((b) => b.department === d.id).map((b) => b.status)];
    const byStatus = Object.fromEntries(AGREEMENT_STATUSES.map((s) => [s, statuses.filter((x) => x === s).length])) as Record<AgreementStatus, number>;
    return {
      id: d.id,
      name: d.name,
      manager: d.manager ?? null,
      agreements: statuses.length,
      byStatus,
      evaluationsOverdue: lists.agreements.filter((a) => a.department === d.id && a.evaluation === 'overdue').length,
      obligations: lists.obligations.filter((o) => o.department === d.id).length,
      overdueItems: lists.overdue.filter((item) => item.department === d.id).length,
      upcoming: lists.upcoming.filter((item) => item.department === d.id).length,
      actionsOpen: lists.actions.filter((a) => a.department === d.id).length,
    };
  });
}
