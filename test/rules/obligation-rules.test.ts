import { describe, expect, it } from 'vitest';
import { agreement, check } from './build.js';

const obligations = [
  { id: 'rapportage', title: 'Kwartaalrapportage', party: 'processor', frequency: 'quarterly' },
  { id: 'beschikbaarheid', title: 'Beschikbaarheid', party: 'processor', frequency: 'monthly', kpi: { metric: 'uptime', target: 99.5, comparison: '>=', unit: '%' } },
  { id: 'incidenten', title: 'Incidenten', party: 'processor', frequency: 'monthly', kpi: { metric: 'count', target: 2, comparison: '<=' } },
  { id: 'exitplan', title: 'Exitplan', party: 'processor', frequency: 'once', due: '2025-03-01' },
  { id: 'meldingen', title: 'Meldingen', party: 'processor', frequency: 'on-event' },
];

const assess = (date: string, list: Record<string, unknown>[], type = 'report-review') => ({ agreement: 'zaak', date, type, obligations: list });

/** Only one obligation matters per test; the others are assessed recently enough. */
const spec = (evaluations: Record<string, Record<string, unknown>>, overrides: Record<string, unknown> = {}) => ({
  agreements: { zaak: agreement({ obligations, ...overrides }) },
  evaluations: {
    'e-2026-periodic': { agreement: 'zaak', date: '2025-01-02', type: 'periodic', outcome: 'compliant' },
    ...evaluations,
  },
});

describe('obligation-overdue', () => {
  it('a recurring obligation is overdue only when base + cadence + grace is before D', () => {
    // Clock from dates.start 2025-01-01: quarterly → 2025-04-01, + 14 days grace → 2025-04-15.
    const at = (asOf: string) => check(spec({}), asOf, 'obligation-overdue').filter((f) => f.subject?.id === 'rapportage');
    expect(at('2025-04-15')).toEqual([]);
    const [finding] = at('2025-04-16');
    expect(finding).toMatchObject({ severity: 'warning', due: '2025-04-01', daysLate: 15, agreement: 'zaak', file: 'agreements/zaak.yaml' });
    // Format version 2: "days late" is D − due everywhere; the grace only delays the finding (was 1 = D − due − grace).
    expect(finding?.message).toContain('15 days late (the grace period of 14 days has passed)');
  });

  it('the latest assessment of any status restarts the clock', () => {
    const findings = check(spec({ r1: assess('2025-03-20', [{ id: 'rapportage', status: 'not-met' }]) }), '2025-07-04', 'obligation-overdue');
    expect(findings.filter((f) => f.subject?.id === 'rapportage')).toEqual([]);
    const late = check(spec({ r1: assess('2025-03-20', [{ id: 'rapportage', status: 'not-met' }]) }), '2025-07-05', 'obligation-overdue');
    expect(late.filter((f) => f.subject?.id === 'rapportage')[0]?.due).toBe('2025-06-20');
  });

  it('a once obligation is overdue past its due date until assessed met', () => {
    const once = (evaluations: Record<string, Record<string, unknown>>, asOf: string) =>
      check(spec(evaluations), asOf, 'obligation-overdue').filter((f) => f.subject?.id === 'exitplan');
    expect(once({}, '2025-03-01')).toEqual([]);
    expect(once({}, '2025-03-02')[0]).toMatchObject({ due: '2025-03-01' });
    expect(once({ x: assess('2025-02-01', [{ id: 'exitplan', status: 'partially-met' }]) }, '2025-03-02')).toHaveLength(1);
    expect(once({ x: assess('2025-02-01', [{ id: 'exitplan', status: 'met' }]) }, '2025-03-02')).toEqual([]);
    // An assessment dated after D does not exist yet.
    expect(once({ x: assess('2025-04-01', [{ id: 'exitplan', status: 'met' }]) }, '2025-03-02')).toHaveLength(1);
  });

  it('on-event obligations have no clock, and only live agreements count', () => {
    expect(check(spec({}), '2026-01-01', 'obligation-overdue').some((f) => f.subject?.id === 'meldingen')).toBe(false);
    expect(check(spec({}, { phase: 'signing' }), '2026-01-01', 'obligation-overdue')).toEqual([]);
  });
});

describe('obligation-not-met, obligation-partially-met, kpi-missed', () => {
  it('judge the latest assessment on or before D and point into the evaluation file', () => {
    const evaluations = {
      a: assess('2025-02-01', [{ id: 'rapportage', status: 'met' }]),
      b: assess('2025-03-01', [
        { id: 'beschikbaarheid', status: 'met', value: 99.6 },
        { id: 'rapportage', status: 'not-met' },
      ]),
    };
    const [finding] = check(spec(evaluations), '2025-03-10', 'obligation-not-met');
    expect(finding).toMatchObject({ file: 'evaluations/b.yaml', agreement: 'zaak', severity: 'error' });
    expect(finding?.line).toBeGreaterThan(1);
    const later = { ...evaluations, c: assess('2025-03-05', [{ id: 'rapportage', status: 'partially-met' }]) };
    expect(check(spec(later), '2025-03-10', 'obligation-not-met')).toEqual([]);
    expect(check(spec(later), '2025-03-10', 'obligation-partially-met')[0]).toMatchObject({ file: 'evaluations/c.yaml', severity: 'warning' });
    expect(check(spec(later), '2025-03-04', 'obligation-partially-met')).toEqual([]);
  });

  it('kpi-missed compares the latest value with the target in the agreed direction', () => {
    const kpi = (values: Record<string, number>) =>
      check(spec({ k: assess('2025-03-01', Object.entries(values).map(([id, value]) => ({ id, status: 'met', value }))) }), '2025-03-10', 'kpi-missed');
    expect(kpi({ beschikbaarheid: 99.5, incidenten: 2 })).toEqual([]);
    const findings = kpi({ beschikbaarheid: 99.4, incidenten: 3 });
    // The messages say the target in words ("at most"), not as a code comparison ("<=").
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('measured 99.4 %, agreed at least 99.5 %'), expect.stringContaining('measured 3, agreed at most 2')]);
    expect(findings[0]?.file).toBe('evaluations/k.yaml');
  });

  it('an older missed value does not count when the latest assessment has none', () => {
    const evaluations = {
      k1: assess('2025-02-01', [{ id: 'beschikbaarheid', status: 'met', value: 90 }]),
      k2: assess('2025-03-01', [{ id: 'beschikbaarheid', status: 'met' }]),
    };
    expect(check(spec(evaluations), '2025-03-10', 'kpi-missed')).toEqual([]);
  });
});

describe('action-overdue', () => {
  const withFinding = (finding: Record<string, unknown>) =>
    spec({ p: { agreement: 'zaak', date: '2025-02-01', type: 'periodic', outcome: 'partially-compliant', findings: [{ id: 'f1', description: 'Logging', severity: 'medium', ...finding }] } });

  it('flags an open finding past its due date, at `due`', () => {
    expect(check(withFinding({ status: 'open', due: '2025-03-01' }), '2025-03-01', 'action-overdue')).toEqual([]);
    const [finding] = check(withFinding({ status: 'open', due: '2025-03-01', owner: 'CISO' }), '2025-03-02', 'action-overdue');
    expect(finding).toMatchObject({ due: '2025-03-01', file: 'evaluations/p.yaml', severity: 'error' });
    expect(finding?.message).toContain('(owner: CISO)');
  });

  it('a resolution counts only from its date', () => {
    const resolved = (date: string) => withFinding({ status: 'resolved', due: '2025-03-01', resolved: date });
    expect(check(resolved('2025-03-05'), '2025-03-04', 'action-overdue')).toHaveLength(1);
    expect(check(resolved('2025-03-05'), '2025-03-05', 'action-overdue')).toEqual([]);
  });

  it('findings of evaluations after D or of agreements not live do not count', () => {
    expect(check(withFinding({ status: 'open', due: '2025-03-01' }), '2025-01-15', 'action-overdue')).toEqual([]);
    const ended = { ...withFinding({ status: 'open', due: '2025-03-01' }) };
    ended.agreements = { zaak: agreement({ obligations, phase: 'ended', exit: { deletion_confirmed: '2025-01-01' } }) };
    expect(check(ended, '2025-04-01', 'action-overdue')).toEqual([]);
  });
});

describe('meeting-overdue and training-overdue', () => {
  const monitored = (evaluations: Record<string, Record<string, unknown>> = {}) => ({
    agreements: { zaak: agreement({ monitoring: { meetings: 'quarterly', training: 'yearly' } }) },
    evaluations: { p: { agreement: 'zaak', date: '2025-01-02', type: 'periodic', outcome: 'compliant' }, ...evaluations },
  });

  it('run from the latest meeting or training, else the start, with grace', () => {
    expect(check(monitored(), '2025-04-15', 'meeting-overdue')).toEqual([]);
    expect(check(monitored(), '2025-04-16', 'meeting-overdue')[0]).toMatchObject({ due: '2025-04-01', severity: 'warning' });
    const met = monitored({ m: { agreement: 'zaak', date: '2025-03-31', type: 'meeting' } });
    // 2025-03-31 + 3 months = 2025-06-30 (clamped), + 14 days = 2025-07-14.
    expect(check(met, '2025-07-14', 'meeting-overdue')).toEqual([]);
    expect(check(met, '2025-07-15', 'meeting-overdue')[0]?.due).toBe('2025-06-30');
    expect(check(monitored(), '2026-01-16', 'training-overdue')[0]).toMatchObject({ due: '2026-01-01' });
    expect(check(monitored({ t: { agreement: 'zaak', date: '2025-12-01', type: 'training' } }), '2026-01-16', 'training-overdue')).toEqual([]);
  });
});
