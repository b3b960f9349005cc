import { compareStrings } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { viewText } from '../i18n/views.js';
import type { Register } from '../register/load.js';
import type { Agreement } from '../register/types.js';
import { isOverdue } from '../rules/dates.js';
import {
  indexEvaluations,
  isOpenOn,
  latestAssurancePerType,
  monitoringClock,
  nextEvaluation,
  obligationState,
  type EvaluationRecord,
} from '../rules/schedule.js';

export const AGENDA_KINDS = ['evaluation', 'obligation', 'meeting', 'training', 'assurance', 'agreement-end', 'action'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

/** One dated item. `key` tells items of one kind and agreement apart without using the date. */
export interface AgendaItem {
  date: string;
  kind: AgendaKind;
  agreement: string;
  title: string;
  overdue: boolean;
  /** Obligation id, assurance type, `<evaluation id>/<finding id>`, or '' where an agreement has one such item. */
  key: string;
  agreementTitle: string;
  /** Who acts on it: the obligation's or finding's owner, else the process owner. */
  owner: string;
  /** The file to open for it, relative to the register root. */
  file: string;
  /** The rule of `vo check` that watches this date. */
  rule: string;
  /** The date days late count from: the deadline after `grace_days` for clocks, else `date`. */
  lateFrom: string;
  /** The department that acts on it: an obligation's own, else the agreement's. */
  department: string;
}

/**
 * Every scheduled date of the live agreements (draft, signing and ended ones have
 * no schedule: no rule watches them), from the same schedule functions `vo check`
 * uses. `overdue` is the rule's own condition: for obligations, meetings and training
 * that includes `grace_days`, so an item a few days past its date but still within
 * grace is listed, not overdue, exactly as `vo check` stays quiet about it.
 * Sorted by date, then kind, agreement and key.
 */
export function agendaItems(register: Register, asOf: string, lang: Lang): AgendaItem[] {
  const t = viewText(lang);
  const index = indexEvaluations(register, asOf);
  const { config } = register;
  const items: AgendaItem[] = [];
  for (const { value: a, file } of register.agreements) {
    if (a.phase !== 'active') continue;
    const evaluations = index.get(a.id) ?? [];
    const add = (date: string, kind: AgendaKind, rule: string, title: string, overdue: boolean, extra: Partial<AgendaItem> = {}) =>
      items.push({
        date,
        kind,
        agreement: a.id,
        title,
        overdue,
        key: '',
        agreementTitle: a.title,
        owner: a.process_owner.name,
        file,
        rule,
        lateFrom: date,
        department: a.department,
        ...extra,
      });

    const next = nextEvaluation(a, evaluations, config);
    if (next) add(next.due, 'evaluation', 'evaluation-overdue', t.agendaTitle.evaluation, isOverdue(next.due, asOf));
    for (const obligation of a.obligations ?? []) {
      const state = obligationState(a, obligation, evaluations, config, asOf);
      if (state.nextDue === undefined) continue;
      add(state.nextDue, 'obligation', 'obligation-overdue', obligation.title, state.overdue, {
        key: obligation.id,
        department: obligation.department ?? a.department,
        ...(state.clock ? { lateFrom: state.clock.deadline } : {}),
        ...(obligation.owner ? { owner: obligation.owner } : {}),
      });
    }
    for (const kind of ['meetings', 'training'] as const) {
      const clock = monitoringClock(a, kind, evaluations, config);
      if (clock === undefined) continue;
      const [itemKind, rule] = kind === 'meetings' ? (['meeting', 'meeting-overdue'] as const) : (['training', 'training-overdue'] as const);
      add(clock.due, itemKind, rule, t.agendaTitle[kind], clock.deadline < asOf, { lateFrom: clock.deadline });
    }
    for (const { item } of latestAssurancePerType(a)) {
      const title = t.agendaTitle.assurance(t.assuranceType(item.type));
      add(item.valid_until, 'assurance', 'assurance-expired', title, isOverdue(item.valid_until, asOf), { key: item.type });
    }
    if (a.dates?.end !== undefined) add(a.dates.end, 'agreement-end', 'agreement-expired', t.agendaTitle.end, isOverdue(a.dates.end, asOf));
    items.push(...actionItems(a, evaluations, asOf));
  }
  return items.sort(compareItems);
}

/** Open findings (as of D) with a `due` date; a resolution dated after D does not exist yet. */
function actionItems(a: Agreement, evaluations: readonly EvaluationRecord[], asOf: string): AgendaItem[] {
  const items: AgendaItem[] = [];
  for (const evaluation of evaluations) {
    for (const finding of evaluation.value.findings ?? []) {
      if (!isOpenOn(finding, asOf) || finding.due === undefined) continue;
      items.push({
        date: finding.due,
        kind: 'action',
        agreement: a.id,
        title: finding.action ?? finding.description,
        overdue: isOverdue(finding.due, asOf),
        key: `${evaluation.value.id}/${finding.id}`,
        agreementTitle: a.title,
        owner: finding.owner ?? a.process_owner.name,
        file: evaluation.file,
        rule: 'action-overdue',
        lateFrom: finding.due,
        department: a.department,
      });
    }
  }
  return items;
}

export function compareItems(x: AgendaItem, y: AgendaItem): number {
  return (
    compareStrings(x.date, y.date) ||
    AGENDA_KINDS.indexOf(x.kind) - AGENDA_KINDS.indexOf(y.kind) ||
    compareStrings(x.agreement, y.agreement) ||
    compareStrings(x.key, y.key)
  );
}

/** The JSON shape of SPEC §7. */
export function agendaJson(item: AgendaItem): { date: string; kind: AgendaKind; agreement: string; title: string; overdue: boolean } {
  return { date: item.date, kind: item.kind, agreement: item.agreement, title: item.title, overdue: item.overdue };
}
