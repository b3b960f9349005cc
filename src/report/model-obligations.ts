import type { LoadedRecord } from '../register/load.js';
import type { Agreement } from '../register/types.js';
import { isDueSoon, isOverdue } from '../rules/dates.js';
import { latestAssurancePerType, monitoringClock, obligationState, type ObligationState } from '../rules/schedule.js';
import { departmentName, evaluationsOf, ruleOn, type ModelContext } from './model-context.js';
import type { AssuranceModel, ClockModel, ObligationModel, ObligationStatus } from './model-types.js';

/**
 * Obligations, assurance and monitoring clocks of one agreement, from the
 * shared schedule computations. Only live agreements have a schedule (the
 * rules watch no other phase), so a draft's obligations carry no due date.
 */
export function obligationModels(context: ModelContext, record: LoadedRecord<'agreement'>): ObligationModel[] {
  const a = record.value;
  const live = a.phase === 'active';
  const evaluations = evaluationsOf(context, a.id);
  return (a.obligations ?? []).map((obligation) => {
    const state = obligationState(a, obligation, evaluations, context.config, context.asOf);
    const department = obligation.department ?? a.department;
    const latest = state.latest;
    return {
      agreement: a.id,
      agreementTitle: a.title,
      id: obligation.id,
      title: obligation.title,
      party: obligation.party,
      frequency: obligation.frequency,
      category: obligation.category ?? null,
      owner: obligation.owner ?? null,
      department,
      departmentName: departmentName(context.config, department),
      clause: obligation.clause ?? null,
      kpi: obligation.kpi ? { ...obligation.kpi, unit: obligation.kpi.unit ?? null } : null,
      lastAssessed: latest?.evaluation.value.date ?? null,
      lastStatus: latest?.assessment.status ?? null,
      lastValue: latest?.assessment.value ?? null,
      lastNote: latest?.assessment.note ?? null,
      nextDue: live ? (state.nextDue ?? null) : null,
      status: live ? obligationStatus(context, state) : obligation.frequency === 'on-event' ? 'on-event' : 'ok',
    };
  });
}

/**
 * The status `vo check` gives an obligation, as `vo obligations` shows it: when
 * two apply, `overdue` wins and the stale assessment stays visible as `lastStatus`.
 */
export function obligationStatus(context: ModelContext, state: ObligationState): ObligationStatus {
  if (state.overdue && ruleOn(context, 'obligation-overdue')) return 'overdue';
  const last = state.latest?.assessment.status;
  if (last === 'not-met' && ruleOn(context, 'obligation-not-met')) return 'not-met';
  if (last === 'partially-met' && ruleOn(context, 'obligation-partially-met')) return 'partially-met';
  return state.obligation.frequency === 'on-event' ? 'on-event' : 'ok';
}

/** Every assurance item; only the latest of each type counts for the rules, older ones are `superseded`. */
export function assuranceModels(context: ModelContext, a: Agreement): AssuranceModel[] {
  const latest = new Set(latestAssurancePerType(a).map(({ index }) => index));
  const { asOf, config, text } = context;
  return (a.assurance ?? []).map((item, index) => ({
    type: item.type,
    typeLabel: text.labels.assuranceType[item.type] ?? item.type,
    validUntil: item.valid_until,
    issuer: item.issuer ?? null,
    scope: item.scope ?? null,
    received: item.received ?? null,
    document: item.document ?? null,
    state: !latest.has(index)
      ? 'superseded'
      : isOverdue(item.valid_until, asOf)
        ? 'expired'
        : isDueSoon(item.valid_until, asOf, config.policy.assurance_due_soon_days)
          ? 'expiring'
          : 'valid',
  }));
}

/** The meeting or training clock; overdue as `meeting-overdue` / `training-overdue` report it. */
export function clockModel(context: ModelContext, a: Agreement, kind: 'meetings' | 'training'): ClockModel | null {
  const cadence = a.monitoring?.[kind];
  const clock = monitoringClock(a, kind, evaluationsOf(context, a.id), context.config);
  if (cadence === undefined || clock === undefined) return null;
  const rule = kind === 'meetings' ? 'meeting-overdue' : 'training-overdue';
  return {
    cadence,
    last: clock.last?.value.date ?? null,
    due: clock.due,
    deadline: clock.deadline,
    overdue: a.phase === 'active' && clock.deadline < context.asOf && ruleOn(context, rule),
  };
}
