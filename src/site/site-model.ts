import type { Assessment } from '../assessment/assess.js';
import { addDays, daysBetween } from '../rules/dates.js';
import type { AgreementModel, BrokenAgreementModel, DepartmentModel, DueItem, ObligationModel, ActionModel, ReportModel } from '../report/model-types.js';
import { agendaItems, type AgendaItem } from '../views/agenda-items.js';

/** The start page lists this many overdue and upcoming items; the agenda page has them all. */
export const START_PAGE_ITEMS = 25;

export interface DepartmentPage {
  department: DepartmentModel;
  agreements: AgreementModel[];
  broken: BrokenAgreementModel[];
  overdue: DueItem[];
  upcoming: DueItem[];
  obligations: ObligationModel[];
  actions: ActionModel[];
}

export interface SiteModel {
  /** The management report's model: every figure on the site is one of `vo report` and `vo check`. */
  report: ReportModel;
  /** `vo agenda`'s items up to D + 90 days, overdue first: the agenda page and its calendar file. */
  agenda: (AgendaItem & { daysLeft: number | null })[];
  /** The same items in date order: the calendar file, byte for byte `vo agenda --format ics`. */
  calendar: AgendaItem[];
  departments: DepartmentPage[];
}

/**
 * The data of every page, from the one assessment: the report's view model
 * (agreement models, summary, lists) split by department in one pass each, so
 * building the site grows linearly with the register. Pure apart from loading the report modules.
 */
export async function buildSiteModel(assessment: Assessment): Promise<SiteModel> {
  // Imported on use, as every report module: no other command loads them (test/report/lazy-load.test.ts).
  const { buildViewModel, UPCOMING_DAYS } = await import('../report/view-model.js');
  const report = buildViewModel(assessment, { template: 'site', reportDate: assessment.asOf });
  const until = addDays(assessment.asOf, UPCOMING_DAYS);
  const items = agendaItems(assessment).filter((item) => item.date <= until);
  const agenda = [...items.filter((i) => i.overdue), ...items.filter((i) => !i.overdue)].map((i) => ({ ...i, daysLeft: i.overdue ? null : daysBetween(assessment.asOf, i.date) }));
  const pages = new Map<string, DepartmentPage>(
    report.departments.map((department) => [department.id, { department, agreements: [], broken: [], overdue: [], upcoming: [], obligations: [], actions: [] }]),
  );
  const into = <K extends keyof Omit<DepartmentPage, 'department'>>(key: K, list: readonly DepartmentPage[K][number][], department: (x: DepartmentPage[K][number]) => string | null) => {
    for (const x of list) {
      const id = department(x);
      if (id !== null) (pages.get(id)?.[key] as DepartmentPage[K][number][] | undefined)?.push(x);
    }
  };
  into('agreements', report.agreements, (a) => a.department);
  into('broken', report.broken, (b) => b.department);
  into('overdue', report.overdue, (d) => d.department);
  into('upcoming', report.upcoming, (d) => d.department);
  into('obligations', report.obligations, (o) => o.department);
  into('actions', report.actions, (a) => a.department);
  return { report, agenda, calendar: items, departments: [...pages.values()] };
}
