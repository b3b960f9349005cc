/* eslint-disable @typescript-eslint/no-explicit-any -- the oracle reads the generated plain objects as the spec describes them, untyped on purpose: it must not share the register's types with the code it checks */
import type { RegisterSpec } from '../build.js';
import { dateInZone, daysFrom, earlier, instant, plusDays, plusMonths } from './calendar.js';

/**
 * A small, independent reading of the rules table of the register format
 * (version 2): given a generated register and D, the findings `vo check`
 * must report. It is written from the rules' words only and imports nothing
 * from src/, so the rule code is checked against a second implementation.
 */
export interface Expected {
  rule: string;
  severity: 'error' | 'warning';
  agreement: string;
  file: string;
  /** The subject's id: clause, processing part, assurance type, sub-processor, obligation, `<evaluation>/<finding>`, meetings|training, incident; '' for the agreement. */
  subject: string;
  due?: string;
}

/** Default severities, from the rules table. */
export const DEFAULT_SEVERITY: Record<string, 'error' | 'warning'> = {
  'evaluation-overdue': 'error', 'evaluation-due-soon': 'warning', 'risk-missing': 'error', 'risk-underrated': 'warning',
  'mapgood-incomplete': 'warning', 'dpia-missing': 'warning', 'dpia-undetermined': 'warning', 'dpia-unacceptable': 'error',
  'dpia-not-accepted': 'warning', 'review-interval-too-long': 'warning', 'clause-missing': 'error', 'processing-missing': 'error',
  'processing-activity-missing': 'warning', 'signed-date-missing': 'error', 'fg-advice-missing': 'warning', 'breach-term-missing': 'error',
  'breach-term-too-long': 'warning', 'assurance-missing': 'error', 'assurance-expired': 'error', 'assurance-expiring': 'warning',
  'assurance-qualified': 'warning', 'agreement-expired': 'error', 'agreement-expiring': 'warning', 'exit-plan-missing': 'warning',
  'deletion-unconfirmed': 'warning', 'subprocessor-unapproved': 'error', 'subprocessor-transfer-missing': 'error',
  'subprocessor-transfer-invalid': 'error', 'subprocessor-transfer-derogation': 'warning', 'subprocessor-tia-missing': 'warning',
  'subprocessor-change-undecided': 'warning', 'obligation-overdue': 'warning', 'obligation-not-met': 'error',
  'obligation-partially-met': 'warning', 'kpi-missed': 'warning', 'action-overdue': 'error', 'meeting-overdue': 'warning',
  'training-overdue': 'warning', 'incident-processor-late': 'error', 'incident-authority-late': 'error',
  'incident-authority-late-explained': 'warning', 'incident-authority-undecided': 'error', 'incident-decision-unexplained': 'warning',
  'incident-report-missing': 'warning',
};

export const DEFAULT_POLICY = {
  review_months: { high: 6, medium: 12, low: 12 },
  non_compliant_review_months: 3,
  due_soon_days: 30,
  assurance_due_soon_days: 60,
  agreement_end_warning_days: 90,
  grace_days: 14,
  max_breach_notice_hours: 48,
  incident_report_days: 30,
  adequate_countries: ['AD', 'AR', 'BR', 'CA', 'CH', 'FO', 'GB', 'GG', 'IL', 'IM', 'JE', 'JP', 'KR', 'NZ', 'UY'] as (string | { country: string; until?: string })[],
  accepted_assurance: ['iso27001', 'nen7510', 'isae3402-type2', 'soc2-type2', 'tpm'],
  assurance_report_max_age_months: 12,
};

const EEA = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO'.split(' ');
const MAPGOOD = ['people', 'equipment', 'software', 'data', 'organisation', 'environment', 'services'];
const CLAUSES = ['instructions', 'confidentiality', 'security', 'subprocessors', 'data_subject_rights', 'assistance', 'deletion_return', 'audits'];
const CADENCE: Record<string, number> = { monthly: 1, quarterly: 3, 'half-yearly': 6, yearly: 12 };
const RANK: Record<string, number> = { low: 0, medium: 1, high: 2 };
const LEVELS = ['low', 'medium', 'high'];
const matrix = (impact: string, likelihood: string) => LEVELS[[[0, 0, 1], [0, 1, 2], [1, 2, 2]][RANK[impact]!]![RANK[likelihood]!]!]!;
const top = (levels: string[]) => LEVELS[Math.max(...levels.map((l) => RANK[l]!))]!;

/** A "done" date counts only on or before D. */
const done = (date: string | undefined, D: string) => date !== undefined && date <= D;

export function oracle(spec: RegisterSpec, D: string): Expected[] {
  const config: any = spec.config ?? {};
  const policy = { ...DEFAULT_POLICY, ...(config.policy ?? {}), review_months: { ...DEFAULT_POLICY.review_months, ...(config.policy?.review_months ?? {}) } };
  const overrides: Record<string, string> = config.rules ?? {};
  const out: Expected[] = [];
  const evaluations = Object.entries(spec.evaluations ?? {}).map(([key, value]) => ({ file: `evaluations/${key}.yaml`, id: key.split('/').pop()!, e: value as any }));
  const incidents = Object.entries(spec.incidents ?? {}).map(([key, value]) => ({ file: `incidents/${key}.yaml`, id: key.split('/').pop()!, i: value as any }));

  for (const [id, a] of Object.entries(spec.agreements ?? {}) as [string, any][]) {
    const file = `agreements/${id}.yaml`;
    const report = (rule: string, subject = '', due?: string, where = file) => {
      const severity = overrides[rule] ?? DEFAULT_SEVERITY[rule];
      if (severity === 'off' || severity === undefined) return;
      out.push({ rule, severity: severity as Expected['severity'], agreement: id, file: where, subject, ...(due !== undefined ? { due } : {}) });
    };
    const live = a.phase === 'active';
    const signingOrLive = live || a.phase === 'signing';
    const risk = a.risk;
    const pairs: [string, string][] = [
      ...(risk?.impact !== undefined ? [[risk.impact, risk.likelihood] as [string, string]] : []),
      ...((risk?.components ?? []) as any[]).map((c) => [c.impact, c.likelihood] as [string, string]),
    ];
    const impact = risk === undefined ? 'high' : top(pairs.map((p) => p[0]));
    const level = risk === undefined ? 'high' : (risk.level ?? top(pairs.map(([i, l]) => matrix(i, l))));
    const mine = evaluations
      .filter((x) => x.e.agreement === id && x.e.date <= D)
      .sort((x, y) => (x.e.date === y.e.date ? (x.file < y.file ? -1 : 1) : x.e.date < y.e.date ? -1 : 1));
    const fallback: string | undefined = a.dates?.start ?? a.dates?.signed;

    // The periodic evaluation clock.
    if (live) {
      const last = mine.filter((x) => ['periodic', 'internal-audit', 'external-audit'].includes(x.e.type)).at(-1);
      const base: string | undefined = last?.e.date ?? fallback;
      if (base !== undefined) {
        let due = plusMonths(base, a.review_months ?? policy.review_months[level as 'low']);
        if (last?.e.outcome === 'non-compliant') due = earlier(due, plusMonths(base, policy.non_compliant_review_months));
        if (last?.e.next_review !== undefined) due = earlier(due, last.e.next_review);
        if (due < D) report('evaluation-overdue', '', due);
        else if (due <= plusDays(D, policy.due_soon_days)) report('evaluation-due-soon', '', due);
      }
    }

    // Risk and DPIA.
    const special: string[] = a.processing?.special_categories ?? [];
    const sensitive = special.length > 0 || a.processing?.criminal_data === true;
    const dpia = risk?.dpia;
    if (signingOrLive) {
      if (risk === undefined) report('risk-missing');
      if (sensitive && impact !== 'high') report('risk-underrated');
      if (typeof risk?.method === 'string' && risk.method.toUpperCase() === 'MAPGOOD') {
        const present = new Set(((risk.components ?? []) as any[]).map((c) => c.component));
        if (MAPGOOD.some((c) => !present.has(c))) report('mapgood-incomplete');
      }
      if (dpia?.required === true && !done(dpia.date, D)) report('dpia-missing');
      if (sensitive && dpia === undefined) report('dpia-undetermined');
      if (dpia?.outcome === 'unacceptable' && !done(dpia.prior_consultation, D)) report('dpia-unacceptable');
    }
    if (live && done(dpia?.date, D) && !done(dpia?.accepted, D)) report('dpia-not-accepted');
    if (live && a.review_months !== undefined && a.review_months > policy.review_months[level as 'low']) report('review-interval-too-long');

    // The contract.
    if (signingOrLive) {
      for (const clause of CLAUSES) if (a.clauses?.[clause] === undefined) report('clause-missing', clause);
      for (const part of ['purposes', 'data_subjects', 'data_categories']) if ((a.processing?.[part] ?? []).length === 0) report('processing-missing', part);
      if (level === 'high' && !done(a.signing?.fg_advice, D)) report('fg-advice-missing');
      if (a.breach_notice_hours !== undefined && a.breach_notice_hours > policy.max_breach_notice_hours) report('breach-term-too-long');
    }
    if (live && (a.processing?.activities ?? []).length === 0) report('processing-activity-missing');
    if ((a.phase === 'active' || a.phase === 'ended') && a.dates?.signed === undefined) report('signed-date-missing');
    if (live && a.breach_notice_hours === undefined) report('breach-term-missing');

    // Assurance: valid from `received` up to and including its end.
    if (live) {
      const items = ((a.assurance ?? []) as any[]).map((item) => {
        let end: string = item.valid_until ?? plusMonths(item.period_end, policy.assurance_report_max_age_months);
        if (item.type === 'iso27001' && String(item.standard_version) === '2013') end = earlier(end, '2025-10-31');
        const exists = item.received === undefined || item.received <= D;
        return { item, end, exists, valid: exists && D <= end };
      });
      if (level === 'high' && !items.some((x) => x.valid && policy.accepted_assurance.includes(x.item.type))) report('assurance-missing');
      const latest = new Map<string, (typeof items)[number]>();
      for (const x of items) if (x.exists && x.item.superseded !== true && (latest.get(x.item.type)?.end ?? '') <= x.end) latest.set(x.item.type, x);
      for (const [type, x] of latest) {
        if (x.end < D) report('assurance-expired', type, x.end);
        else if (x.end <= plusDays(D, policy.assurance_due_soon_days)) report('assurance-expiring', type, x.end);
        if (x.valid && ['qualified', 'adverse', 'disclaimer'].includes(x.item.opinion)) report('assurance-qualified', type);
      }
    }

    // The end of the agreement.
    const end: string | undefined = a.dates?.end;
    if (live && end !== undefined) {
      if (end < D) report('agreement-expired', '', end);
      else if (end <= plusDays(D, policy.agreement_end_warning_days)) report('agreement-expiring', '', end);
    }
    if (live && level === 'high' && a.exit?.plan === undefined) report('exit-plan-missing');
    if (a.phase === 'ended' && !done(a.exit?.deletion_confirmed, D)) report('deletion-unconfirmed');

    // Sub-processors.
    if (signingOrLive) {
      for (const sub of (a.subprocessors ?? []) as any[]) {
        const adequate = policy.adequate_countries.some((c: any) => (typeof c === 'string' ? c === sub.country : c.country === sub.country && (c.until === undefined || c.until >= D)));
        const needs = !EEA.includes(sub.country) && !adequate;
        if (sub.approved === false) report('subprocessor-unapproved', sub.name);
        if (needs && sub.transfer === undefined) report('subprocessor-transfer-missing', sub.name);
        if ((sub.transfer === 'dpf' && sub.country !== 'US') || (sub.transfer === 'adequacy' && needs)) report('subprocessor-transfer-invalid', sub.name);
        if (needs && sub.transfer === 'derogation') report('subprocessor-transfer-derogation', sub.name);
        if (needs && ['scc', 'bcr'].includes(sub.transfer) && !done(sub.tia, D)) report('subprocessor-tia-missing', sub.name);
        const change = sub.change;
        const decided = change?.decision !== undefined && (change.decided === undefined || change.decided <= D);
        const deadline: string | undefined = change?.objection_deadline;
        if (live && change !== undefined && change.notified <= D && !decided && deadline !== undefined && deadline <= plusDays(D, policy.due_soon_days)) {
          report('subprocessor-change-undecided', sub.name, deadline);
        }
      }
    }

    // Obligations, actions, meetings and training: live agreements only.
    if (live) {
      for (const o of (a.obligations ?? []) as any[]) {
        const assessed = mine.flatMap((x) => ((x.e.obligations ?? []) as any[]).filter((s) => s.id === o.id).map((s) => ({ x, s })));
        const latest = assessed.at(-1);
        if (o.frequency === 'once') {
          if (o.due < D && !assessed.some((y) => y.s.status === 'met')) report('obligation-overdue', o.id, o.due);
        } else if (o.frequency !== 'on-event') {
          const base: string | undefined = latest?.x.e.date ?? fallback;
          if (base !== undefined) {
            const due = plusMonths(base, CADENCE[o.frequency]!);
            if (plusDays(due, policy.grace_days) < D) report('obligation-overdue', o.id, due);
          }
        }
        if (latest === undefined) continue;
        if (latest.s.status === 'not-met') report('obligation-not-met', o.id, undefined, latest.x.file);
        if (latest.s.status === 'partially-met') report('obligation-partially-met', o.id, undefined, latest.x.file);
        const value = latest.s.value;
        if (o.kpi !== undefined && value !== undefined && (o.kpi.comparison === '>=' ? value < o.kpi.target : value > o.kpi.target)) {
          report('kpi-missed', o.id, undefined, latest.x.file);
        }
      }
      for (const x of mine) {
        for (const f of (x.e.findings ?? []) as any[]) {
          const open = f.status === 'open' || f.resolved > D;
          if (open && f.due !== undefined && f.due < D) report('action-overdue', `${x.id}/${f.id}`, f.due, x.file);
        }
      }
      for (const [kind, type, rule] of [['meetings', 'meeting', 'meeting-overdue'], ['training', 'training', 'training-overdue']] as const) {
        const cadence = a.monitoring?.[kind];
        if (cadence === undefined) continue;
        const base: string | undefined = mine.filter((x) => x.e.type === type).at(-1)?.e.date ?? fallback;
        if (base === undefined) continue;
        const due = plusMonths(base, CADENCE[cadence]!);
        if (plusDays(due, policy.grace_days) < D) report(rule, kind, due);
      }
    }

    // Incidents: whatever the phase, when they exist on D.
    for (const { file: where, id: incidentId, i } of incidents.filter((x) => x.i.agreement === id)) {
      const happened = (value: string | undefined) => (value !== undefined && dateInZone(instant(value)) <= D ? value : undefined);
      const times = [i.processor_aware, i.controller_notified].filter((t) => t !== undefined).map(instant);
      if (dateInZone(Math.min(...times)) > D) continue;
      const told = happened(i.controller_notified);
      const aware = instant(told ?? i.processor_aware);
      const deadline = aware + 72 * 3_600_000;
      const deadlineDate = dateInZone(deadline);
      const at = (rule: string, due?: string) => report(rule, incidentId, due, where);
      if ((i.discovered_by ?? 'processor') === 'processor' && told !== undefined && happened(i.processor_aware) !== undefined) {
        const term = a.breach_notice_hours ?? policy.max_breach_notice_hours;
        const from = instant(i.processor_aware);
        if (instant(told) - from > term * 3_600_000) at('incident-processor-late', dateInZone(from + term * 3_600_000));
      }
      if (i.authority_notification === 'required') {
        const notified = happened(i.authority_notified);
        const late = notified !== undefined ? instant(notified) > deadline : deadlineDate < D;
        if (late) at(i.authority_delay_reason !== undefined ? 'incident-authority-late-explained' : 'incident-authority-late', deadlineDate);
      }
      if (i.authority_notification === 'undecided' && deadlineDate < D) at('incident-authority-undecided', deadlineDate);
      if (i.authority_notification === 'not-required' && i.decision_reason === undefined) at('incident-decision-unexplained');
      const reportDue = plusDays(dateInZone(aware), policy.incident_report_days);
      if (!done(i.evaluation_report?.received, D) && daysFrom(dateInZone(aware), D) > policy.incident_report_days) at('incident-report-missing', reportDue);
    }
  }
  return out;
}
