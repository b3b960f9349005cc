import { compareStrings, sortFindings, type Finding } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import type { LoadedRecord, Register } from '../register/load.js';
import type { Agreement, Level } from '../register/types.js';
import { dateOf } from '../rules/dates.js';
import { indexEvaluations, nextEvaluation, reviewInterval, riskLevel, type NextEvaluation, type RiskSource } from '../rules/schedule.js';
import { agendaItems, agendaJson } from './agenda-items.js';
import { obligationRows, type ObligationRow } from './obligation-rows.js';

export type TimelineEntry =
  | { date: string; kind: 'evaluation'; id: string; type: string; outcome: string | null; summary: string | null; file: string }
  | { date: string; kind: 'finding'; id: string; evaluation: string; severity: Level; status: 'open' | 'resolved'; due: string | null; description: string; owner: string | null }
  | { date: string; kind: 'incident'; id: string; type: string; title: string; status: 'open' | 'closed'; file: string };

/** `vo show <agreement>`: everything one agreement's dossier holds on D, in a shape both text and JSON print. */
export interface Dossier {
  asOf: string;
  id: string;
  title: string;
  file: string;
  department: { id: string; name: string };
  phase: Agreement['phase'];
  service: string | null;
  processOwner: Agreement['process_owner'];
  processor: Agreement['processor'];
  template: Agreement['template'] | null;
  dates: { signed: string | null; start: string | null; end: string | null };
  risk: { level: Level; source: RiskSource; impact: Level | null; likelihood: Level | null; method: string | null; assessed: string | null };
  dpia: { required: boolean; date: string | null; ref: string | null } | null;
  reviewInterval: { months: number; source: 'agreement' | 'policy'; policyMonths: number };
  /** `months` is what was added to the base: the interval, or the follow-up after a non-compliant outcome. */
  nextEvaluation: { due: string; base: string; baseSource: NextEvaluation['baseSource']; months: number; reason: NextEvaluation['reason'] } | null;
  breachNoticeHours: number | null;
  monitoring: Agreement['monitoring'] | null;
  assurance: { type: string; validUntil: string; issuer: string | null }[];
  subprocessors: { name: string; country: string; transfer: string | null }[];
  obligations: ObligationRow[];
  timeline: TimelineEntry[];
  upcoming: ReturnType<typeof agendaJson>[];
  findings: Finding[];
}

/**
 * Build the dossier from the same schedule functions as `vo check`. `findings` are
 * check's findings already narrowed to this agreement (its file and its evaluations'
 * and incidents' files). Records dated after D do not exist yet, so they are left out.
 */
export function dossier(
  register: Register,
  record: LoadedRecord<'agreement'>,
  asOf: string,
  lang: Lang,
  findings: readonly Finding[],
  enabled: ReadonlySet<string>,
): Dossier {
  const a = record.value;
  const { config } = register;
  const evaluations = indexEvaluations(register, asOf).get(a.id) ?? [];
  const risk = riskLevel(a);
  const interval = reviewInterval(a, config);
  const next = a.phase === 'active' ? nextEvaluation(a, evaluations, config) : undefined;
  return {
    asOf,
    id: a.id,
    title: a.title,
    file: record.file,
    department: { id: a.department, name: config.departments.find((d) => d.id === a.department)?.name ?? a.department },
    phase: a.phase,
    service: a.service ?? null,
    processOwner: a.process_owner,
    processor: a.processor,
    template: a.template ?? null,
    dates: { signed: a.dates?.signed ?? null, start: a.dates?.start ?? null, end: a.dates?.end ?? null },
    risk: {
      level: risk.level,
      source: risk.source,
      impact: a.risk?.impact ?? null,
      likelihood: a.risk?.likelihood ?? null,
      method: a.risk?.method ?? null,
      assessed: a.risk?.assessed ?? null,
    },
    dpia: a.risk?.dpia ? { required: a.risk.dpia.required, date: a.risk.dpia.date ?? null, ref: a.risk.dpia.ref ?? null } : null,
    reviewInterval: { ...interval, policyMonths: config.policy.review_months[risk.level] },
    nextEvaluation: next
      ? {
          due: next.due,
          base: next.base,
          baseSource: next.baseSource,
          months: next.reason === 'non-compliant' ? config.policy.non_compliant_review_months : next.interval.months,
          reason: next.reason,
        }
      : null,
    breachNoticeHours: a.breach_notice_hours ?? null,
    monitoring: a.monitoring ?? null,
    assurance: (a.assurance ?? []).map((item) => ({ type: item.type, validUntil: item.valid_until, issuer: item.issuer ?? null })),
    subprocessors: (a.subprocessors ?? []).map((s) => ({ name: s.name, country: s.country, transfer: s.transfer ?? null })),
    obligations: obligationRows(register, asOf, enabled).filter((row) => row.agreement === a.id),
    timeline: timeline(register, a.id, evaluations, asOf),
    upcoming: agendaItems(register, asOf, lang)
      .filter((item) => item.agreement === a.id)
      .map(agendaJson),
    findings: sortFindings(findings),
  };
}

function timeline(register: Register, id: string, evaluations: readonly LoadedRecord<'evaluation'>[], asOf: string): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const { value: e, file } of evaluations) {
    entries.push({ date: e.date, kind: 'evaluation', id: e.id, type: e.type, outcome: e.outcome ?? null, summary: e.summary ?? null, file });
    for (const f of e.findings ?? []) {
      // A resolution dated after D has not happened yet on D.
      const resolved = f.status === 'resolved' && (f.resolved === undefined || f.resolved <= asOf);
      entries.push({
        date: e.date,
        kind: 'finding',
        id: f.id,
        evaluation: e.id,
        severity: f.severity,
        status: resolved ? 'resolved' : 'open',
        due: f.due ?? null,
        description: f.description,
        owner: f.owner ?? null,
      });
    }
  }
  const timezone = register.config.timezone;
  for (const { value: incident, file } of register.incidents) {
    if (incident.agreement !== id) continue;
    const date = dateOf(incident.processor_aware, timezone);
    if (date > asOf) continue;
    const closed = incident.status === 'closed' && (incident.closed === undefined || incident.closed <= asOf);
    entries.push({ date, kind: 'incident', id: incident.id, type: incident.type, title: incident.title, status: closed ? 'closed' : 'open', file });
  }
  // Evaluations come oldest first (ties in file order) with their findings right after them;
  // the sort is stable, so only the date and "incidents after evaluations" need saying.
  return entries.sort((x, y) => compareStrings(x.date, y.date) || Number(x.kind === 'incident') - Number(y.kind === 'incident'));
}
