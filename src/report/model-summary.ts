import type { Level, Phase } from '../register/types.js';
import type { ModelContext } from './model-context.js';
import type {
  ActionModel,
  AgreementModel,
  AgreementStatus,
  DepartmentModel,
  DueItem,
  FindingModel,
  IncidentModel,
  ObligationModel,
  SummaryModel,
} from './model-types.js';

const PHASES: readonly Phase[] = ['draft', 'signing', 'active', 'ended'];
const LEVELS: readonly Level[] = ['low', 'medium', 'high'];
const STATUSES: readonly AgreementStatus[] = ['overdue', 'due-soon', 'ok', 'draft', 'signing', 'ended'];

export interface ScopedLists {
  agreements: readonly AgreementModel[];
  obligations: readonly ObligationModel[];
  overdue: readonly DueItem[];
  upcoming: readonly DueItem[];
  actions: readonly ActionModel[];
  incidents: readonly IncidentModel[];
  findings: readonly FindingModel[];
}

/**
 * The summary figures of the management report, counted over the lists the
 * report shows, so a figure and its table never disagree. Assurance figures
 * count `vo check`'s findings; `incidents` are those of the look-back window.
 */
export function summaryModel(lists: ScopedLists): SummaryModel {
  const { agreements, findings } = lists;
  const rule = (id: string) => findings.filter((f) => f.rule === id).length;
  return {
    agreements: agreements.length,
    byPhase: PHASES.map((phase) => {
      const inPhase = agreements.filter((a) => a.phase === phase);
      return { key: phase, total: inPhase.length, low: levelCount(inPhase, 'low'), medium: levelCount(inPhase, 'medium'), high: levelCount(inPhase, 'high') };
    }),
    byRisk: LEVELS.map((level) => ({ key: level, total: levelCount(agreements, level) })),
    byStatus: STATUSES.map((status) => ({ key: status, total: agreements.filter((a) => a.status === status).length })),
    evaluationsOverdue: agreements.filter((a) => a.status === 'overdue').length,
    evaluationsDueSoon: agreements.filter((a) => a.status === 'due-soon').length,
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
  };
}

function levelCount(agreements: readonly AgreementModel[], level: Level): number {
  return agreements.filter((a) => a.risk.level === level).length;
}

/** One row per department of the config, in its order: its agreements by status and its open work. */
export function departmentModels(context: ModelContext, lists: ScopedLists): DepartmentModel[] {
  return context.config.departments.map((d) => {
    const own = lists.agreements.filter((a) => a.department === d.id);
    const status = (s: AgreementStatus) => own.filter((a) => a.status === s).length;
    return {
      id: d.id,
      name: d.name,
      manager: d.manager ?? null,
      agreements: own.length,
      byStatus: {
        draft: status('draft'),
        signing: status('signing'),
        ok: status('ok'),
        dueSoon: status('due-soon'),
        overdue: status('overdue'),
        ended: status('ended'),
      },
      obligations: lists.obligations.filter((o) => o.department === d.id).length,
      overdue: lists.overdue.filter((item) => item.department === d.id).length,
      upcoming: lists.upcoming.filter((item) => item.department === d.id).length,
      actionsOpen: lists.actions.filter((a) => a.department === d.id).length,
    };
  });
}
