import type { RegisterSpec } from '../build.js';
import { instant, plusDays, plusMonths, wallClock } from './calendar.js';
import { DEFAULT_POLICY, DEFAULT_SEVERITY } from './oracle.js';

/**
 * Seeded random registers that use every field of format version 2, with
 * dates clustered on the boundaries of the rules: D itself, the day before
 * and after, the due-soon windows, whole months before D (so clocks fall due
 * on D), and date-times around the clock changes of Europe/Amsterdam.
 */
export class Random {
  constructor(private state: number) {}

  /** mulberry32: small, fast and the same on every machine. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** `value()` with probability p, else undefined (the key is then left out of the YAML). */
  maybe<T>(p: number, value: () => T): T | undefined {
    return this.chance(p) ? value() : undefined;
  }

  subset<T>(items: readonly T[]): T[] {
    return items.filter(() => this.chance(0.5));
  }
}

/** D: around the clock changes and month ends, or any day of 2025–2027. */
const AS_OF = ['2025-03-31', '2025-04-01', '2025-10-26', '2025-10-27', '2025-10-31', '2025-11-01', '2026-02-28', '2026-03-30', '2026-03-31', '2026-10-26', '2026-10-27', '2026-12-31'];
const OFFSETS = [-400, -200, -91, -90, -61, -60, -31, -30, -29, -2, -1, -1, 0, 0, 0, 1, 1, 2, 29, 30, 31, 59, 60, 61, 89, 90, 91, 400];
const COUNTRIES = ['NL', 'DE', 'GR', 'NO', 'US', 'US', 'IN', 'CN', 'BR', 'GB', 'GB', 'JP', 'CH'];
const ASSURANCE = ['iso27001', 'iso27001', 'nen7510', 'isae3402-type1', 'isae3402-type2', 'soc2-type1', 'soc2-type2', 'tpm', 'pentest', 'other'];
const LEVEL = ['low', 'medium', 'high'] as const;
const CADENCES = ['monthly', 'quarterly', 'half-yearly', 'yearly'] as const;
const MAPGOOD = ['people', 'equipment', 'software', 'data', 'organisation', 'environment', 'services'];
const CLAUSES = ['instructions', 'confidentiality', 'security', 'subprocessors', 'data_subject_rights', 'assistance', 'deletion_return', 'audits'];
/** Local times in the spring gap and in the repeated autumn hour. */
const ODD_TIMES = ['2025-03-30T02:30', '2025-10-26T02:30', '2026-03-29T02:30', '2026-10-25T02:30'];

const compact = <T extends Record<string, unknown>>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

export interface Generated {
  spec: RegisterSpec;
  asOf: string;
}

export function generateRegister(seed: number): Generated {
  const r = new Random(seed);
  const D = r.chance(0.5) ? r.pick(AS_OF) : plusDays('2025-01-01', r.int(0, 900));
  const near = () => plusDays(D, r.pick(OFFSETS));
  /** A date whose clock of `months` falls due near D. */
  const monthsBefore = (months: number) => plusMonths(near(), -months);
  const maxAge = r.pick([6, 12, 12, 18]);
  const policy = compact({
    review_months: r.maybe(0.3, () => ({ [r.pick(LEVEL)]: r.pick([3, 6, 12, 24]) })),
    non_compliant_review_months: r.maybe(0.2, () => r.pick([2, 3])),
    due_soon_days: r.maybe(0.3, () => r.pick([14, 30, 45])),
    assurance_due_soon_days: r.maybe(0.3, () => r.pick([30, 60])),
    agreement_end_warning_days: r.maybe(0.3, () => r.pick([60, 90])),
    grace_days: r.maybe(0.3, () => r.pick([0, 14, 30])),
    max_breach_notice_hours: r.maybe(0.3, () => r.pick([24, 48])),
    incident_report_days: r.maybe(0.3, () => r.pick([14, 30])),
    adequate_countries: r.maybe(0.5, () => [
      ...DEFAULT_POLICY.adequate_countries.filter((c) => c !== 'GB' && (c !== 'BR' || r.chance(0.7))),
      { country: 'GB', until: plusDays(D, r.pick([-1, 0, 0, 1, 400])) },
      ...(r.chance(0.5) ? [{ country: 'US' }] : []),
    ]),
    accepted_assurance: r.maybe(0.3, () => r.subset(ASSURANCE.slice(1))),
    assurance_report_max_age_months: maxAge === 12 ? undefined : maxAge,
  });
  const rules = r.maybe(0.4, () => Object.fromEntries([0, 1, 2].map(() => [r.pick(Object.keys(DEFAULT_SEVERITY)), r.pick(['off', 'warning', 'error'])])));
  const config = compact({
    organisation: 'Gemeente Gegenereerd',
    departments: [{ id: 'ict', name: 'ICT' }],
    timezone: r.maybe(0.3, () => 'Europe/Amsterdam'),
    policy: Object.keys(policy).length > 0 ? policy : undefined,
    rules,
  });

  const spec: Required<RegisterSpec> = { config, agreements: {}, evaluations: {}, incidents: {} };
  const count = r.int(4, 7);
  for (let n = 1; n <= count; n += 1) {
    const id = `a${n}`;
    const obligations = Array.from({ length: r.int(0, 3) }, (_, k) => {
      const frequency = r.pick(['once', ...CADENCES, 'on-event']);
      return compact({
        id: `o${k + 1}`,
        title: `Verplichting ${k + 1}`,
        party: r.pick(['processor', 'controller']),
        frequency,
        due: frequency === 'once' ? near() : r.maybe(0.1, near),
        owner: r.maybe(0.3, () => 'Functioneel beheer'),
        kpi: r.maybe(0.3, () => ({ metric: 'waarde', target: r.pick([2, 99.5]), comparison: r.pick(['>=', '<=']) })),
      });
    });
    const components = r.subset(MAPGOOD).map((component) =>
      compact({ component, impact: r.pick(LEVEL), likelihood: r.pick(LEVEL), threats: r.maybe(0.3, () => 'Uitval'), measures: r.maybe(0.3, () => 'Back-up') }),
    );
    const riskMode = r.pick(['pair', 'components', 'both']);
    const useComponents = riskMode !== 'pair' && components.length > 0;
    const usePair = riskMode !== 'components' || !useComponents;
    spec.agreements[id] = compact({
      title: `Overeenkomst ${n}`,
      department: 'ict',
      process_owner: { name: 'P. Eigenaar' },
      processor: { name: 'Verwerker B.V.' },
      phase: r.pick(['active', 'active', 'active', 'signing', 'draft', 'ended']),
      dates: r.maybe(0.95, () =>
        compact({ signed: r.maybe(0.85, () => monthsBefore(r.pick([6, 12, 24]))), start: r.maybe(0.7, () => monthsBefore(r.pick([1, 3, 6, 12]))), end: r.maybe(0.35, near) }),
      ),
      processing: r.maybe(0.9, () =>
        compact({
          purposes: r.maybe(0.9, () => (r.chance(0.9) ? ['Dienstverlening'] : [])),
          data_subjects: r.maybe(0.9, () => (r.chance(0.9) ? ['Inwoners'] : [])),
          data_categories: r.maybe(0.9, () => (r.chance(0.9) ? ['NAW-gegevens'] : [])),
          special_categories: r.maybe(0.25, () => (r.chance(0.8) ? ['gezondheid'] : [])),
          criminal_data: r.maybe(0.25, () => r.chance(0.5)),
          bsn: r.maybe(0.4, () => r.chance(0.5)),
          nature: r.maybe(0.4, () => 'Opslag en raadpleging'),
          approx_subjects: r.maybe(0.3, () => r.int(0, 100_000)),
          activities: r.maybe(0.8, () => (r.chance(0.9) ? ['vwa-001'] : [])),
        }),
      ),
      risk: r.maybe(0.85, () =>
        compact({
          ...(usePair ? { impact: r.pick(LEVEL), likelihood: r.pick(LEVEL) } : {}),
          components: useComponents ? components : undefined,
          level: r.maybe(0.15, () => r.pick(LEVEL)),
          assessed: r.maybe(0.3, near),
          method: r.maybe(0.4, () => r.pick(['MAPGOOD', 'mapgood', 'BIV'])),
          dpia: r.maybe(0.5, () =>
            compact({
              required: r.chance(0.6),
              date: r.maybe(0.6, near),
              ref: r.maybe(0.3, () => 'DPIA-2025-01'),
              outcome: r.maybe(0.5, () => r.pick(['acceptable', 'acceptable-with-measures', 'unacceptable'])),
              accepted_by: r.maybe(0.3, () => 'P. Eigenaar'),
              accepted: r.maybe(0.5, near),
              prior_consultation: r.maybe(0.3, near),
            }),
          ),
        }),
      ),
      signing: r.maybe(0.6, () =>
        compact({ signed_by: r.maybe(0.7, () => compact({ name: 'Wethouder', function: r.maybe(0.5, () => 'portefeuillehouder') })), mandate: r.maybe(0.5, () => 'Mandaatbesluit'), fg_advice: r.maybe(0.6, near) }),
      ),
      review_months: r.maybe(0.2, () => r.pick([3, 6, 12, 13, 24])),
      breach_notice_hours: r.maybe(0.85, () => r.pick([24, 36, 48, 49, 72])),
      clauses: r.maybe(0.85, () => Object.fromEntries(CLAUSES.filter(() => r.chance(0.93)).map((c) => [c, `art. ${c.length}`]))),
      subprocessors: r.maybe(0.7, () =>
        Array.from({ length: r.int(1, 3) }, (_, k) =>
          compact({
            name: `Sub ${k + 1}`,
            service: r.maybe(0.3, () => 'Hosting'),
            country: r.pick(COUNTRIES),
            transfer: r.maybe(0.7, () => r.pick(['adequacy', 'dpf', 'scc', 'bcr', 'derogation'])),
            tia: r.maybe(0.4, near),
            approved: r.pick([true, false, undefined, '2024-05-01']),
            change: r.maybe(0.4, () => {
              const decision = r.maybe(0.4, () => r.pick(['accepted', 'objected']));
              return compact({ notified: near(), objection_deadline: r.maybe(0.8, near), decision, decided: decision ? r.maybe(0.6, near) : undefined });
            }),
          }),
        ),
      ),
      assurance: r.maybe(0.7, () => withTie(r, Array.from({ length: r.int(1, 3) }, () => {
          const type = r.pick(ASSURANCE);
          const ends = r.pick(['valid_until', 'period_end', 'both']);
          return compact({
            type,
            valid_until: ends !== 'period_end' ? near() : undefined,
            period_end: ends !== 'valid_until' ? monthsBefore(maxAge) : undefined,
            standard_version: type === 'iso27001' ? r.pick(['2013', '2022', 2013, undefined]) : undefined,
            opinion: r.maybe(0.5, () => r.pick(['unqualified', 'qualified', 'adverse', 'disclaimer'])),
            exceptions: r.maybe(0.3, () => r.int(0, 4)),
            superseded: r.maybe(0.2, () => r.chance(0.7)),
            issuer: r.maybe(0.3, () => 'Auditor B.V.'),
            received: r.maybe(0.3, near),
          });
        })),
      ),
      obligations: obligations.length > 0 ? obligations : undefined,
      monitoring: r.maybe(0.4, () => compact({ meetings: r.maybe(0.7, () => r.pick(CADENCES)), training: r.maybe(0.6, () => r.pick(CADENCES)) })),
      exit: r.maybe(0.5, () => compact({ plan: r.maybe(0.6, () => 'Exitplan'), deletion_confirmed: r.maybe(0.5, near), method: r.maybe(0.5, () => r.pick(['deleted', 'returned'])) })),
    });

    const evaluationCount = r.int(0, 3);
    for (let k = 1; k <= evaluationCount; k += 1) {
      const type = r.pick(['periodic', 'periodic', 'internal-audit', 'external-audit', 'meeting', 'training', 'report-review']);
      const periodic = ['periodic', 'internal-audit', 'external-audit'].includes(type);
      const assessments = r.subset(obligations).map((o) => compact({ id: o.id as string, status: r.pick(['met', 'partially-met', 'not-met', 'not-applicable']), value: r.maybe(0.5, () => r.pick([1, 2, 3, 99.4, 99.5, 99.6])) }));
      spec.evaluations[`${r.pick(['2025', '2026'])}/${id}-e${k}`] = compact({
        agreement: id,
        date: r.chance(0.5) ? monthsBefore(r.pick([1, 3, 6, 12])) : near(),
        type,
        outcome: periodic ? r.pick(['compliant', 'partially-compliant', 'non-compliant']) : undefined,
        next_review: periodic ? r.maybe(0.2, near) : undefined,
        obligations: assessments.length > 0 ? assessments : undefined,
        findings: r.maybe(0.4, () =>
          Array.from({ length: r.int(1, 2) }, (_, f) => {
            const status = r.pick(['open', 'resolved']);
            return compact({ id: `f${f + 1}`, description: 'Logging ontbreekt', severity: r.pick(LEVEL), owner: r.maybe(0.5, () => 'CISO'), due: r.maybe(0.8, near), status, resolved: status === 'resolved' ? near() : undefined });
          }),
        ),
      });
    }

    const incidentCount = r.int(0, 2);
    for (let k = 1; k <= incidentCount; k += 1) spec.incidents[`${id}-i${k}`] = incident(r, D, id);
  }
  return { spec, asOf: D };
}

/** Sometimes a second item of the first one's type with the same end and another opinion: of the two, the one listed last counts. */
function withTie(r: Random, items: Record<string, unknown>[]): Record<string, unknown>[] {
  const first = items[0];
  if (first === undefined || !r.chance(0.3)) return items;
  return [...items, { ...first, opinion: first.opinion === 'adverse' ? 'unqualified' : 'adverse', superseded: undefined, received: undefined }];
}

/** An incident whose moments lie a few hours or days before D, sometimes written in UTC or with an offset, sometimes in a clock-change hour. */
function incident(r: Random, D: string, agreement: string): Record<string, unknown> {
  const HOUR = 3_600_000;
  const write = (ms: number) => {
    const style = r.pick(['local', 'local', 'local', 'utc', 'offset']);
    if (style === 'utc') return new Date(ms).toISOString().slice(0, 16) + 'Z';
    if (style === 'offset') return new Date(ms + 2 * HOUR).toISOString().slice(0, 16) + '+02:00';
    return wallClock(ms);
  };
  const start = r.chance(0.1)
    ? r.pick(ODD_TIMES)
    : wallClock(instant(`${plusDays(D, -r.pick([0, 1, 2, 3, 4, 5, 29, 30, 31, 32, 60]))}T00:00`) + (r.pick([0, 1, 2, 9, 10, 23]) * 60 + r.pick([0, 30])) * 60_000);
  const discovered = r.pick([undefined, 'processor', 'controller']);
  const hasProcessorAware = discovered !== 'controller' || r.chance(0.3);
  const processorAware = hasProcessorAware ? start : undefined;
  const told = discovered === 'controller' || r.chance(0.85) ? write(instant(start) + r.pick([0, 1, 24, 47, 48, 49, 73, 200]) * HOUR) : undefined;
  const aware = instant(told ?? start);
  const status = r.pick(['open', 'closed']);
  return compact({
    agreement,
    title: 'Incident',
    type: r.pick(['data-breach', 'security-incident']),
    discovered_by: discovered,
    processor_aware: processorAware,
    controller_notified: told,
    authority_notification: r.pick(['required', 'required', 'not-required', 'undecided']),
    decision_reason: r.maybe(0.4, () => 'Geen risico voor betrokkenen'),
    authority_notified: r.maybe(0.5, () => write(aware + r.pick([10, 71, 72, 73, 100]) * HOUR + r.pick([0, 0, 60_000]))),
    authority_delay_reason: r.maybe(0.3, () => 'Omvang pas later bekend'),
    authority_reference: r.maybe(0.3, () => 'AP-2025-123'),
    subjects_notified: r.maybe(0.3, () => r.chance(0.5)),
    evaluation_report: r.maybe(0.5, () => compact({ received: r.maybe(0.8, () => plusDays(D, r.pick([-40, -1, 0, 1]))), ref: r.maybe(0.3, () => 'rapport.pdf') })),
    status,
    closed: status === 'closed' ? r.maybe(0.8, () => plusDays(D, r.pick([-5, 0, 5]))) : undefined,
  });
}
