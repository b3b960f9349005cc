import type { AgreementAssessment, Assessment } from '../assessment/assess.js';
import { actionSubjects, compareStrings, occurrences, subjectId, subprocessorSubjects } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { viewText } from '../i18n/views.js';
import { daysBetween } from '../rules/dates.js';
import type { RuleId } from '../rules/rule-id.js';
import { isOpenOn } from '../rules/schedule.js';

export const AGENDA_KINDS = [
  'evaluation',
  'obligation',
  'meeting',
  'training',
  'assurance',
  'agreement-end',
  'action',
  'subprocessor-change',
  'incident-authority',
  'incident-report',
] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

/** One dated item. `key` tells items of one kind and agreement apart without using the date. */
export interface AgendaItem {
  date: string;
  kind: AgendaKind;
  agreement: string;
  title: string;
  /** Who acts on it: the obligation's or finding's owner, else the process owner. */
  owner: string;
  /** Exactly when `vo check` reports it as late (its rule on). */
  overdue: boolean;
  /** D − `date` for overdue items, the number `vo check` prints; null for the others. */
  daysLate: number | null;
  /** Obligation id, assurance type, `<evaluation id>/<finding id>`, sub-processor name, incident id, or '' where an agreement has one such item. */
  key: string;
  agreementTitle: string;
  /** The file to open for it, relative to the register root. */
  file: string;
  /** The rule of `vo check` that reports it when it is late. */
  rule: RuleId;
  /** The department that acts on it: an obligation's own, else the agreement's. */
  department: string;
}

/**
 * Every scheduled date of the assessed agreements: the clocks and deadlines
 * of live agreements (no rule watches those of other phases), and for open
 * incidents of any phase the AP deadline (while the AP is not notified and the
 * decision is `required` or `undecided`) and the expected evaluation report.
 * Dates come from the assessment's state, lateness from its findings, so an
 * item is overdue exactly when `vo check` reports it. Sorted by date, then kind, agreement and key.
 */
export function agendaItems(assessment: Assessment): AgendaItem[] {
  const items = assessment.agreements.flatMap((agreement) => agreementItems(agreement, assessment.lang));
  return items.sort(compareItems);
}

export function agreementItems(agreement: AgreementAssessment, lang: Lang): AgendaItem[] {
  const t = viewText(lang);
  const a = agreement.agreement;
  const { asOf, state } = agreement;
  const items: AgendaItem[] = [];
  const add = (date: string, kind: AgendaKind, rule: RuleId, title: string, late: boolean, extra: Partial<AgendaItem> = {}) =>
    items.push({
      date,
      kind,
      agreement: agreement.id,
      title,
      owner: a.process_owner.name,
      overdue: late,
      daysLate: late ? daysBetween(date, asOf) : null,
      key: '',
      agreementTitle: a.title,
      file: agreement.record.file,
      rule,
      department: a.department,
      ...extra,
    });

  if (agreement.live) {
    const next = state.nextEvaluation;
    if (next) add(next.due, 'evaluation', 'evaluation-overdue', t.agendaTitle.evaluation, agreement.reports('evaluation-overdue'));
    for (const s of state.obligations) {
      if (s.nextDue === undefined) continue;
      const o = s.obligation;
      add(s.nextDue, 'obligation', 'obligation-overdue', o.title, agreement.reports('obligation-overdue', subjectId(s.subject)), {
        // A second obligation of an id (a duplicate-id of its own) gets its number, so each keeps a UID of its own.
        key: subjectId(s.subject),
        department: o.department ?? a.department,
        ...(o.owner ? { owner: o.owner } : {}),
      });
    }
    for (const kind of ['meetings', 'training'] as const) {
      const clock = state.monitoring[kind];
      if (clock === undefined) continue;
      const [itemKind, rule] = kind === 'meetings' ? (['meeting', 'meeting-overdue'] as const) : (['training', 'training-overdue'] as const);
      add(clock.due, itemKind, rule, t.agendaTitle[kind], agreement.reports(rule, kind));
    }
    for (const s of state.assurance) {
      if (!s.latest) continue;
      add(s.end, 'assurance', 'assurance-expired', t.agendaTitle.assurance(t.assuranceType(s.item.type)), agreement.reports('assurance-expired', s.item.type), {
        key: s.item.type,
      });
    }
    const end = a.dates?.end;
    if (end !== undefined) add(end, 'agreement-end', 'agreement-expired', t.agendaTitle.end, agreement.reports('agreement-expired'));
    // A second evaluation file of an id (a duplicate-id of its own) gets its number in the items' keys, so its UIDs are its own.
    const copies = occurrences(agreement.evaluations.map((e) => e.value.id));
    for (const [number, evaluation] of agreement.evaluations.entries()) {
      // A second finding of an id in one evaluation gets its number in the key, as a second sub-processor of a name does.
      const subjects = actionSubjects(evaluation.value.id, evaluation.value.findings ?? []);
      const copy = copies[number] as number;
      for (const [index, finding] of (evaluation.value.findings ?? []).entries()) {
        if (!isOpenOn(finding, asOf) || finding.due === undefined) continue;
        const key = subjectId(subjects[index] ?? { id: `${evaluation.value.id}/${finding.id}` });
        add(finding.due, 'action', 'action-overdue', finding.action ?? finding.description, agreement.reports('action-overdue', key, evaluation.file), {
          key: copy > 1 ? `${key}\n@${copy}` : key,
          file: evaluation.file,
          ...(finding.owner ? { owner: finding.owner } : {}),
        });
      }
    }
    // Names need not be unique (one company, two services): a second one of a name gets its number in the key,
    // so each keeps a UID of its own (RFC 5545 §3.8.4.7), and the first keeps the key it always had; the
    // same key tells their findings apart (findingKey).
    const subjects = subprocessorSubjects(a.subprocessors ?? []);
    for (const [index, sub] of (a.subprocessors ?? []).entries()) {
      const key = subjectId(subjects[index] ?? { id: sub.name });
      const change = sub.change;
      const deadline = change?.objection_deadline;
      const decided = change?.decision !== undefined && (change.decided === undefined || change.decided <= asOf);
      if (change === undefined || deadline === undefined || change.notified > asOf || decided) continue;
      const late = deadline < asOf && agreement.reports('subprocessor-change-undecided', key);
      add(deadline, 'subprocessor-change', 'subprocessor-change-undecided', t.agendaTitle.objection(sub.name), late, { key });
    }
  }
  // Counted over closed ones too, so an incident's key does not change when another of its id is closed.
  const incidentCopies = occurrences(state.incidents.map((s) => s.record.value.id));
  for (const [number, s] of state.incidents.entries()) {
    const i = s.record.value;
    const occurrence = incidentCopies[number] as number;
    if (!s.open) continue;
    const extra = { key: subjectId({ id: i.id, occurrence }), file: s.record.file };
    const pending = i.authority_notification === 'required' || i.authority_notification === 'undecided';
    if (pending && s.authorityNotified === undefined) {
      const rule = i.authority_notification === 'undecided' ? 'incident-authority-undecided' : i.authority_delay_reason !== undefined ? 'incident-authority-late-explained' : 'incident-authority-late';
      add(s.deadlineDate, 'incident-authority', rule, t.agendaTitle.authority(i.title), agreement.reports(rule, i.id, s.record.file), extra);
    }
    if (s.reportReceived === undefined) {
      add(s.reportDue, 'incident-report', 'incident-report-missing', t.agendaTitle.report(i.title), agreement.reports('incident-report-missing', i.id, s.record.file), extra);
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

/** The JSON shape of `vo agenda --format json`. */
export function agendaJson(item: AgendaItem): Pick<AgendaItem, 'date' | 'kind' | 'agreement' | 'title' | 'owner' | 'overdue' | 'daysLate'> {
  return { date: item.date, kind: item.kind, agreement: item.agreement, title: item.title, owner: item.owner, overdue: item.overdue, daysLate: item.daysLate };
}
