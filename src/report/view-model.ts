import { compareStrings } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import type { Register } from '../register/load.js';
import { agreementModel } from './model-agreement.js';
import { modelContext, type ModelContext } from './model-context.js';
import { compareItems, dueItems } from './model-due.js';
import { checklistModel, isRecent, kpiModels } from './model-records.js';
import { departmentModels, summaryModel } from './model-summary.js';
import type { AgreementModel, ChecklistModel, FindingModel, ReportModel } from './model-types.js';

/** "What is due in the next 90 days" (issue #5), the same window as `vo agenda`'s default. */
export const UPCOMING_DAYS = 90;
/** Incidents of the last 12 months count in the summary. */
export const INCIDENT_MONTHS = 12;

export interface ViewModelOptions {
  template: string;
  reportDate: string;
  department?: string;
  agreement?: string;
}

/**
 * The documented object every template receives (docs/templates.md). Pure:
 * the loaded register and D in, plain data out. `--department` and
 * `--agreement` narrow every list; an obligation belongs to its own
 * `department`, so a line manager also sees the checks their team does
 * under another department's agreement.
 */
export function buildViewModel(register: Register, asOf: string, lang: Lang, options: ViewModelOptions): ReportModel {
  const context = modelContext(register, asOf, lang);
  const all = context.agreements.map((record) => {
    const model = agreementModel(context, record);
    return { model, due: dueItems(context, record, model.incidents, UPCOMING_DAYS), checklist: checklistModel(context, record) };
  });
  const inScope = (agreement: string, department: string) =>
    (options.agreement === undefined || agreement === options.agreement) && (options.department === undefined || department === options.department);
  const scoped = all.filter(({ model }) => inScope(model.id, model.department));
  const agreements = scoped.map(({ model }) => model);
  const live = all.filter(({ model }) => model.phase === 'active');

  const rank = (id: string) => register.config.departments.findIndex((d) => d.id === id) >>> 0;
  // Grouped by department in the config's order (an unknown id last), then agreement, then the agreement's own order.
  const obligations = live
    .flatMap(({ model }) => model.obligations)
    .filter((o) => inScope(o.agreement, o.department))
    .sort((x, y) => rank(x.department) - rank(y.department));
  const overdue = all.flatMap(({ due }) => due.overdue).filter((d) => inScope(d.agreement, d.department)).sort(compareItems);
  const upcoming = all.flatMap(({ due }) => due.upcoming).filter((d) => inScope(d.agreement, d.department)).sort(compareItems);
  const actions = agreements.flatMap((a) => a.actions).sort((x, y) => compareStrings(x.due ?? '9999', y.due ?? '9999') || compareStrings(x.agreement, y.agreement) || compareStrings(x.id, y.id));
  const incidents = agreements
    .flatMap((a) => a.incidents)
    .filter((i) => isRecent(context, i, INCIDENT_MONTHS) || i.status === 'open')
    .sort((x, y) => compareStrings(y.processorAware, x.processorAware) || compareStrings(x.id, y.id));
  const checklists = scoped.flatMap(({ model, checklist }): ChecklistModel[] => (model.phase === 'active' && checklist ? [checklist] : []));
  const findings = options.agreement === undefined && options.department === undefined ? allFindings(context) : agreements.flatMap((a) => a.findings).sort(compareFindingModels);

  const lists = { agreements, obligations, overdue, upcoming, actions, incidents, findings };
  const departments = departmentModels(context, lists).filter((d) => options.department === undefined || d.id === options.department);
  return {
    organisation: register.config.organisation,
    lang,
    asOf,
    reportDate: options.reportDate,
    template: options.template,
    upcomingDays: UPCOMING_DAYS,
    incidentMonths: INCIDENT_MONTHS,
    department: departments.find((d) => d.id === options.department) ?? null,
    agreement: agreements.find((a) => a.id === options.agreement) ?? null,
    summary: summaryModel({ ...lists, incidents: incidents.filter((i) => isRecent(context, i, INCIDENT_MONTHS)) }),
    departments: options.agreement === undefined ? departments : departments.filter((d) => agreements.some((a) => a.department === d.id)),
    agreements,
    inPreparation: agreements.filter((a) => a.phase === 'draft' || a.phase === 'signing'),
    obligations,
    overdue,
    upcoming,
    actions,
    incidents,
    kpis: kpiModels(context, obligations, true),
    checklists,
    findings,
  };
}

function compareFindingModels(x: FindingModel, y: FindingModel): number {
  return compareStrings(x.file, y.file) || x.line - y.line || compareStrings(x.rule, y.rule) || compareStrings(x.message, y.message);
}

function allFindings(context: ModelContext): AgreementModel['findings'] {
  return context.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, file: f.file, line: f.line, agreement: f.agreement ?? null, due: f.due ?? null }));
}
