import { describe, expect, it } from 'vitest';
import { agreement, check } from './build.js';

const incident = (fields: Record<string, unknown>) => ({
  agreement: 'zaak',
  title: 'Datalek',
  type: 'data-breach',
  authority_notification: 'not-required',
  status: 'open',
  evaluation_report: { received: '2025-01-01' },
  ...fields,
});

const spec = (fields: Record<string, unknown>, overrides: Record<string, unknown> = {}) => ({
  agreements: { zaak: agreement(overrides) },
  evaluations: { p: { agreement: 'zaak', date: '2025-01-02', type: 'periodic', outcome: 'compliant' } },
  incidents: { i: incident(fields) },
});

describe('incident-processor-late', () => {
  it('compares elapsed hours with the agreed term', () => {
    const late = check(spec({ processor_aware: '2025-06-01T10:00', controller_notified: '2025-06-02T10:01' }), '2025-06-10', 'incident-processor-late');
    expect(late[0]).toMatchObject({ severity: 'error', file: 'incidents/i.yaml', due: '2025-06-02', agreement: 'zaak' });
    expect(check(spec({ processor_aware: '2025-06-01T10:00', controller_notified: '2025-06-02T10:00' }), '2025-06-10', 'incident-processor-late')).toEqual([]);
  });

  it('falls back to max_breach_notice_hours when the agreement sets no term', () => {
    const fields = { processor_aware: '2025-06-01T10:00', controller_notified: '2025-06-03T10:00' };
    expect(check(spec(fields, { breach_notice_hours: undefined }), '2025-06-10', 'incident-processor-late')).toEqual([]);
    expect(check(spec({ ...fields, controller_notified: '2025-06-03T10:30' }, { breach_notice_hours: undefined }), '2025-06-10', 'incident-processor-late')).toHaveLength(1);
  });

  it('counts real hours across the spring clock change (Europe/Amsterdam, 2025-03-30)', () => {
    // 10:00 CET on the 28th to 11:00 CEST on the 30th is 48 elapsed hours, though the wall clock says 49.
    const fields = { processor_aware: '2025-03-28T10:00', controller_notified: '2025-03-30T11:00' };
    expect(check(spec(fields, { breach_notice_hours: 48 }), '2025-04-10', 'incident-processor-late')).toEqual([]);
    expect(check(spec({ ...fields, controller_notified: '2025-03-30T11:01' }, { breach_notice_hours: 48 }), '2025-04-10', 'incident-processor-late')).toHaveLength(1);
  });

  it('reads an explicit offset as written', () => {
    const fields = { processor_aware: '2025-06-01T10:00Z', controller_notified: '2025-06-02T12:00+02:00' };
    expect(check(spec(fields), '2025-06-10', 'incident-processor-late')).toEqual([]);
  });

  it('a notification dated after D does not exist yet', () => {
    const fields = { processor_aware: '2025-06-01T10:00', controller_notified: '2025-06-20T10:00' };
    expect(check(spec(fields), '2025-06-10', 'incident-processor-late')).toEqual([]);
    expect(check(spec(fields), '2025-06-20', 'incident-processor-late')).toHaveLength(1);
  });
});

describe('incident-authority-late', () => {
  const required = (fields: Record<string, unknown>) =>
    spec({ processor_aware: '2025-06-01T08:00', controller_notified: '2025-06-01T10:00', authority_notification: 'required', ...fields });

  it('allows exactly 72 hours after the controller was told', () => {
    expect(check(required({ authority_notified: '2025-06-04T10:00' }), '2025-06-10', 'incident-authority-late')).toEqual([]);
    const [finding] = check(required({ authority_notified: '2025-06-04T10:01' }), '2025-06-10', 'incident-authority-late');
    expect(finding).toMatchObject({ due: '2025-06-04', severity: 'error' });
    expect(finding?.message).toContain('72 hours');
  });

  it('flags a missing notification once the deadline date is before D', () => {
    expect(check(required({}), '2025-06-04', 'incident-authority-late')).toEqual([]);
    expect(check(required({}), '2025-06-05', 'incident-authority-late')[0]).toMatchObject({ due: '2025-06-04' });
    // Notified after D: still missing on D.
    expect(check(required({ authority_notified: '2025-06-06T09:00' }), '2025-06-05', 'incident-authority-late')).toHaveLength(1);
  });

  it('does not apply when notification is not required or undecided', () => {
    for (const authority_notification of ['not-required', 'undecided']) {
      expect(check(required({ authority_notification }), '2025-07-01', 'incident-authority-late')).toEqual([]);
    }
  });

  it('counts 72 real hours across the autumn clock change (2025-10-26)', () => {
    // 12:00 CEST on the 24th + 72 h = 11:00 CET on the 27th.
    const fields = { processor_aware: '2025-10-24T11:00', controller_notified: '2025-10-24T12:00' };
    expect(check(required({ ...fields, authority_notified: '2025-10-27T11:00' }), '2025-11-01', 'incident-authority-late')).toEqual([]);
    expect(check(required({ ...fields, authority_notified: '2025-10-27T11:30' }), '2025-11-01', 'incident-authority-late')).toHaveLength(1);
  });
});

describe('incident-report-missing', () => {
  const report = (fields: Record<string, unknown>) =>
    spec({ processor_aware: '2025-06-01T08:00', controller_notified: '2025-06-01T10:00', evaluation_report: undefined, ...fields });

  it('expects the report within incident_report_days of the controller notification date', () => {
    expect(check(report({}), '2025-07-01', 'incident-report-missing')).toEqual([]);
    expect(check(report({}), '2025-07-02', 'incident-report-missing')[0]).toMatchObject({ due: '2025-07-01', severity: 'warning' });
    expect(check(report({ evaluation_report: { received: '2025-07-01' } }), '2025-07-02', 'incident-report-missing')).toEqual([]);
    expect(check(report({ evaluation_report: { received: '2025-07-05' } }), '2025-07-02', 'incident-report-missing')).toHaveLength(1);
  });

  it('falls back to processor_aware, and applies whatever the agreement phase', () => {
    const fields = { processor_aware: '2025-05-01T08:00', controller_notified: undefined };
    expect(check(report(fields), '2025-06-01', 'incident-report-missing')[0]?.due).toBe('2025-05-31');
    const ended = spec({ ...fields, evaluation_report: undefined }, { phase: 'ended', exit: { deletion_confirmed: '2025-01-01' } });
    expect(check(ended, '2025-06-01', 'incident-report-missing')).toHaveLength(1);
  });

  it('an incident the processor learnt of after D does not exist yet', () => {
    expect(check(report({ processor_aware: '2025-08-01T08:00', controller_notified: '2025-08-01T10:00' }), '2025-07-31')).toEqual([]);
  });
});
