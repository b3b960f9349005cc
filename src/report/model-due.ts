import { compareStrings } from '../findings.js';
import type { LoadedRecord } from '../register/load.js';
import { addDays, daysBetween } from '../rules/dates.js';
import { agreementRef, departmentName, ruleOn, type ModelContext } from './model-context.js';
import type { DueItem, DueKind, IncidentModel } from './model-types.js';

export interface DueLists {
  overdue: DueItem[];
  upcoming: DueItem[];
}

const KIND_ORDER: readonly DueKind[] = ['evaluation', 'obligation', 'meeting', 'training', 'assurance', 'agreement-end', 'action', 'incident'];

/**
 * What is overdue and what falls due within `days` days, for one agreement:
 * the items of `vo agenda` (one computation of every scheduled date, from the
 * shared schedule functions), listed as overdue exactly when their `vo check`
 * rule reports them (grace days included, rule on). An item past its date but
 * within grace is still upcoming, with negative days. Only live agreements have
 * a schedule; incident deadlines count in every phase.
 */
export function dueItems(context: ModelContext, record: LoadedRecord<'agreement'>, incidents: readonly IncidentModel[], days: number): DueLists {
  const a = record.value;
  const { asOf, config, text } = context;
  const horizon = addDays(asOf, days);
  const lists: DueLists = { overdue: [], upcoming: [] };
  const base = { ...agreementRef(config, a), owner: a.process_owner.name as string | null };

  for (const item of context.agenda.get(a.id) ?? []) {
    const subject =
      item.kind === 'obligation' || item.kind === 'action'
        ? item.title
        : item.kind === 'assurance'
          ? (text.labels.assuranceType[item.key] ?? item.key)
          : null;
    const due: DueItem = {
      ...base,
      department: item.department,
      departmentName: departmentName(config, item.department),
      owner: item.owner,
      kind: item.kind,
      rule: item.rule,
      date: item.date,
      subject,
      days: 0,
    };
    if (item.overdue) {
      if (ruleOn(context, item.rule)) lists.overdue.push({ ...due, days: daysBetween(item.lateFrom, asOf) });
    } else if (item.date <= horizon) {
      lists.upcoming.push({ ...due, days: daysBetween(asOf, item.date) });
    }
  }
  lists.overdue.push(...incidentItems(context, record, incidents, base));
  lists.overdue.sort(compareItems);
  lists.upcoming.sort(compareItems);
  return lists;
}

/** Notifications and reports an incident rule reports as late and that are still not done on D. */
function incidentItems(
  context: ModelContext,
  record: LoadedRecord<'agreement'>,
  incidents: readonly IncidentModel[],
  base: Omit<DueItem, 'kind' | 'rule' | 'date' | 'subject' | 'days'>,
): DueItem[] {
  const { text, asOf } = context;
  const items: DueItem[] = [];
  for (const finding of context.findings) {
    if (finding.agreement !== record.value.id || finding.due === undefined) continue;
    const file = context.register.incidents.find((i) => i.file === finding.file);
    const incident = incidents.find((i) => i.id === file?.value.id);
    if (incident === undefined) continue;
    const pending =
      (finding.rule === 'incident-authority-late' && incident.authorityNotified === null) ||
      (finding.rule === 'incident-report-missing' && incident.reportReceived === null);
    if (!pending) continue;
    const what = finding.rule === 'incident-authority-late' ? text.words.authorityNotification : text.words.incidentReport;
    items.push({ ...base, kind: 'incident', rule: finding.rule, date: finding.due, subject: `${incident.title}: ${what}`, days: daysBetween(finding.due, asOf) });
  }
  return items;
}

export function compareItems(x: DueItem, y: DueItem): number {
  return (
    compareStrings(x.date, y.date) ||
    KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) ||
    compareStrings(x.agreement, y.agreement) ||
    compareStrings(x.subject ?? '', y.subject ?? '')
  );
}
