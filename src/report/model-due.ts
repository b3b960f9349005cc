import { compareStrings } from '../findings.js';
import type { LoadedRecord } from '../register/load.js';
import { addDays, daysBetween, isOverdue } from '../rules/dates.js';
import { latestAssurancePerType, monitoringClock, nextEvaluation, obligationState, type Clock } from '../rules/schedule.js';
import { agreementRef, departmentName, evaluationsOf, ruleOn, type ModelContext } from './model-context.js';
import type { ActionModel, DueItem, DueKind, IncidentModel } from './model-types.js';

export interface DueLists {
  overdue: DueItem[];
  upcoming: DueItem[];
}

const KIND_ORDER: readonly DueKind[] = ['evaluation', 'obligation', 'meeting', 'training', 'assurance', 'agreement-end', 'action', 'incident'];

/**
 * What is overdue and what falls due within `days` days, for one agreement.
 * The dates come from the shared schedule computations; an item is overdue
 * exactly when its `vo check` rule reports it (grace days included, rule on).
 * An item past its date but within grace is still upcoming, with negative days.
 * Only live agreements have a schedule; incident deadlines count in every phase.
 */
export function dueItems(
  context: ModelContext,
  record: LoadedRecord<'agreement'>,
  actions: readonly ActionModel[],
  incidents: readonly IncidentModel[],
  days: number,
): DueLists {
  const a = record.value;
  const { asOf, config, text } = context;
  const horizon = addDays(asOf, days);
  const lists: DueLists = { overdue: [], upcoming: [] };
  const base = { ...agreementRef(config, a), owner: a.process_owner.name as string | null };

  /** `late` is the rule's own condition; `lateFrom` the date days late count from (the deadline after grace). */
  const add = (kind: DueKind, rule: string, date: string, late: boolean, lateFrom: string, extra: Partial<DueItem> = {}) => {
    const item = { ...base, kind, rule, date, subject: null, ...extra };
    if (late) {
      if (ruleOn(context, rule)) lists.overdue.push({ ...item, days: daysBetween(lateFrom, asOf) });
    } else if (date <= horizon) {
      lists.upcoming.push({ ...item, days: daysBetween(asOf, date) });
    }
  };
  const clocked = (kind: DueKind, rule: string, clock: Clock, extra: Partial<DueItem> = {}) =>
    add(kind, rule, clock.due, clock.deadline < asOf, clock.deadline, extra);

  if (a.phase === 'active') {
    const evaluations = evaluationsOf(context, a.id);
    const next = nextEvaluation(a, evaluations, config);
    if (next) add('evaluation', 'evaluation-overdue', next.due, isOverdue(next.due, asOf), next.due);
    for (const obligation of a.obligations ?? []) {
      const state = obligationState(a, obligation, evaluations, config, asOf);
      const department = obligation.department ?? a.department;
      const extra = {
        subject: obligation.title,
        owner: obligation.owner ?? a.process_owner.name,
        department,
        departmentName: departmentName(config, department),
      };
      if (state.clock) clocked('obligation', 'obligation-overdue', state.clock, extra);
      else if (state.nextDue !== undefined) add('obligation', 'obligation-overdue', state.nextDue, state.overdue, state.nextDue, extra);
    }
    for (const [kind, rule] of [['meetings', 'meeting-overdue'], ['training', 'training-overdue']] as const) {
      const clock = monitoringClock(a, kind, evaluations, config);
      if (clock) clocked(kind === 'meetings' ? 'meeting' : 'training', rule, clock);
    }
    for (const { item } of latestAssurancePerType(a)) {
      const subject = text.labels.assuranceType[item.type] ?? item.type;
      add('assurance', 'assurance-expired', item.valid_until, isOverdue(item.valid_until, asOf), item.valid_until, { subject });
    }
    const end = a.dates?.end;
    if (end !== undefined) add('agreement-end', 'agreement-expired', end, isOverdue(end, asOf), end);
    for (const action of actions) {
      if (action.due === null) continue;
      const extra = { subject: action.action ?? action.description, owner: action.owner ?? a.process_owner.name };
      add('action', 'action-overdue', action.due, isOverdue(action.due, asOf), action.due, extra);
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
