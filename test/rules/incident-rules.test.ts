import { describe, expect, it } from 'vitest';
import { messageFormat } from '../../src/i18n/message-format.js';
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

describe('incident-authority-late with and without a delay reason', () => {
  const late = (fields: Record<string, unknown>, asOf = '2025-06-10') =>
    check(
      spec({ processor_aware: '2025-06-01T08:00', controller_notified: '2025-06-01T10:00', authority_notification: 'required', ...fields }),
      asOf,
    ).filter((f) => f.rule.startsWith('incident-authority-late'));

  it('a late notification without a reason is an error; with authority_delay_reason a warning, never both', () => {
    expect(late({ authority_notified: '2025-06-04T10:01' }).map((f) => [f.rule, f.severity, f.due])).toEqual([['incident-authority-late', 'error', '2025-06-04']]);
    const explained = late({ authority_notified: '2025-06-04T10:01', authority_delay_reason: 'Omvang pas na onderzoek bekend' });
    expect(explained.map((f) => [f.rule, f.severity, f.due])).toEqual([['incident-authority-late-explained', 'warning', '2025-06-04']]);
    expect(explained[0]?.message).toContain('the reasons for the delay are recorded');
  });

  it('a reason does not matter when the notification was on time', () => {
    expect(late({ authority_notified: '2025-06-04T10:00', authority_delay_reason: 'x' })).toEqual([]);
  });

  it('a missing notification: nothing on the deadline date, the day after late by one day, explained or not', () => {
    expect(late({}, '2025-06-04')).toEqual([]);
    expect(late({}, '2025-06-05').map((f) => [f.rule, f.daysLate])).toEqual([['incident-authority-late', 1]]);
    expect(late({ authority_delay_reason: 'x' }, '2025-06-06').map((f) => [f.rule, f.daysLate])).toEqual([['incident-authority-late-explained', 2]]);
  });
});

describe('incident-authority-undecided: undecided becomes late', () => {
  const undecided = (fields: Record<string, unknown>, asOf: string) =>
    check(spec({ authority_notification: 'undecided', ...fields }), asOf, 'incident-authority-undecided');
  const aware = { processor_aware: '2025-06-01T08:00', controller_notified: '2025-06-01T10:00' };

  it('is silent up to and including the deadline date, an error from the day after, with the deadline date as due', () => {
    expect(undecided(aware, '2025-06-03')).toEqual([]);
    expect(undecided(aware, '2025-06-04')).toEqual([]);
    const [finding] = undecided(aware, '2025-06-05');
    expect(finding).toMatchObject({ severity: 'error', due: '2025-06-04', daysLate: 1, file: 'incidents/i.yaml' });
    expect(finding?.message).toContain('4 June 2025 10:00');
    expect(undecided(aware, '2025-07-04')[0]?.daysLate).toBe(30);
  });

  it('applies to open and closed incidents and whatever the agreement phase', () => {
    expect(undecided({ ...aware, status: 'closed', closed: '2025-06-20' }, '2025-07-01')).toHaveLength(1);
    const ended = spec({ ...aware, authority_notification: 'undecided' }, { phase: 'ended', exit: { deletion_confirmed: '2025-05-01' } });
    expect(check(ended, '2025-07-01', 'incident-authority-undecided')).toHaveLength(1);
  });
});

describe('incident-decision-unexplained', () => {
  it('warns when the AP is not notified without a recorded reason', () => {
    const base = { processor_aware: '2025-06-01T08:00', controller_notified: '2025-06-01T10:00', authority_notification: 'not-required' };
    expect(check(spec(base), '2025-06-02', 'incident-decision-unexplained')).toMatchObject([{ severity: 'warning' }]);
    expect(check(spec({ ...base, decision_reason: 'Versleutelde gegevens, geen risico' }), '2025-06-02', 'incident-decision-unexplained')).toEqual([]);
    expect(check(spec({ ...base, authority_notification: 'required', authority_notified: '2025-06-02T09:00' }), '2025-06-02', 'incident-decision-unexplained')).toEqual([]);
  });
});

describe('discovered by the municipality itself', () => {
  it('has no processor notice term, and the 72 hours run from controller_notified', () => {
    const fields = { discovered_by: 'controller', processor_aware: undefined, controller_notified: '2025-06-01T10:00', authority_notification: 'undecided' };
    const findings = check(spec(fields), '2025-06-05');
    expect(findings.map((f) => [f.rule, f.due])).toEqual([['incident-authority-undecided', '2025-06-04']]);
    // A processor_aware long before does not make the processor late when we found it ourselves.
    expect(check(spec({ ...fields, processor_aware: '2025-05-01T10:00' }), '2025-06-05', 'incident-processor-late')).toEqual([]);
  });
});

describe('the AP deadline across a clock change (Europe/Amsterdam)', () => {
  const undecided = (aware: string, asOf: string) =>
    check(spec({ processor_aware: aware, controller_notified: aware, authority_notification: 'undecided' }), asOf, 'incident-authority-undecided');
  const required = (aware: string, notified: string) =>
    check(spec({ processor_aware: aware, controller_notified: aware, authority_notification: 'required', authority_notified: notified }), '2025-12-01', 'incident-authority-late');

  it('spring (2025-03-30): 72 elapsed hours from 23:30 CET end at 00:30 CEST three days on, so the deadline date moves to the 31st', () => {
    expect(undecided('2025-03-27T23:30', '2025-03-31')).toEqual([]);
    expect(undecided('2025-03-27T23:30', '2025-04-01')[0]).toMatchObject({ due: '2025-03-31', daysLate: 1 });
    expect(undecided('2025-03-27T23:30', '2025-04-01')[0]?.message).toContain('31 March 2025 00:30');
    expect(required('2025-03-27T23:30', '2025-03-31T00:30')).toEqual([]);
    expect(required('2025-03-27T23:30', '2025-03-31T00:31')).toHaveLength(1);
  });

  it('autumn (2025-10-26): 72 elapsed hours from 00:30 CEST end at 23:30 CET, so the deadline date stays on the 26th', () => {
    expect(undecided('2025-10-24T00:30', '2025-10-26')).toEqual([]);
    expect(undecided('2025-10-24T00:30', '2025-10-27')[0]).toMatchObject({ due: '2025-10-26', daysLate: 1 });
    expect(required('2025-10-24T00:30', '2025-10-26T23:30')).toEqual([]);
    expect(required('2025-10-24T00:30', '2025-10-26T23:31')).toHaveLength(1);
  });

  it('a local time in the spring gap is read with the offset before the gap; one that occurs twice is the earlier instant', () => {
    // 02:30 on 30 March does not exist: read as 02:30 CET = 03:30 CEST; + 72 h = 2 April 03:30 CEST.
    expect(required('2025-03-30T02:30', '2025-04-02T03:30')).toEqual([]);
    expect(required('2025-03-30T02:30', '2025-04-02T03:31')).toHaveLength(1);
    // 02:30 on 26 October occurs twice: the earlier is 02:30 CEST; + 72 h = 29 October 01:30 CET.
    expect(required('2025-10-26T02:30', '2025-10-29T01:30')).toEqual([]);
    expect(required('2025-10-26T02:30', '2025-10-29T01:31')).toHaveLength(1);
  });

  it('an explicit offset is honoured and the deadline date is taken in the config zone', () => {
    // 22:30Z on 27 March = 23:30 CET: the same incident as above, written in UTC.
    expect(undecided('2025-03-27T22:30Z', '2025-03-31')).toEqual([]);
    expect(undecided('2025-03-27T22:30Z', '2025-04-01')[0]?.due).toBe('2025-03-31');
  });

  it('the processor notice term counts elapsed hours across the autumn change', () => {
    // 00:30 CEST on 26 October to 00:30 CET on 27 October is 25 elapsed hours.
    const late = (notified: string) =>
      check(spec({ processor_aware: '2025-10-26T00:30', controller_notified: notified }, { breach_notice_hours: 24 }), '2025-11-01', 'incident-processor-late');
    expect(late('2025-10-26T23:30')).toEqual([]);
    expect(late('2025-10-27T00:30')[0]).toMatchObject({ data: { minutes: 1500, term: 24 }, due: '2025-10-26' });
  });
});

describe('the elapsed time in an incident message is visibly over the limit it broke', () => {
  // January in Europe/Amsterdam is UTC+1: 09:01Z on the 3rd is 10:01 local, 48 hours and 1 minute after 10:00 on the 1st.
  const processor = (controller_notified: string, lang: 'nl' | 'en' = 'en') =>
    check(spec({ processor_aware: '2026-01-01T10:00', controller_notified }, { breach_notice_hours: undefined }), '2026-02-01', 'incident-processor-late', lang);
  const authority = (authority_notified: string, lang: 'nl' | 'en' = 'en') =>
    check(
      spec({ processor_aware: '2026-01-01T08:00', controller_notified: '2026-01-01T10:00', authority_notification: 'required', authority_notified }),
      '2026-02-01',
      'incident-authority-late',
      lang,
    );

  it('incident-processor-late one minute over the default 48 hours says 48 hours and 1 minute, in both languages', () => {
    const [en] = processor('2026-01-03T09:01:00Z');
    expect(en?.message).toBe('The processor reported the incident after 48 hours and 1 minute; the agreed term is 48 hours');
    expect(en?.data).toEqual({ minutes: 2881, term: 48 });
    expect(processor('2026-01-03T09:01:00Z', 'nl')[0]?.message).toBe('De verwerker meldde het incident na 48 uur en 1 minuut; afgesproken is 48 uur');
  });

  it('incident-processor-late shows whole hours alone and a started minute as a minute, deciding on the number it shows', () => {
    expect(processor('2026-01-03T11:00')[0]?.message).toContain('after 49 hours;');
    expect(processor('2026-01-03T12:30', 'nl')[0]?.message).toContain('na 50 uur en 30 minuten;');
    // 30 seconds over: late, and the message does not say 48 hours.
    expect(processor('2026-01-03T10:00:30')[0]).toMatchObject({ data: { minutes: 2881 } });
    expect(processor('2026-01-03T10:00:30')[0]?.message).toContain('after 48 hours and 1 minute;');
    expect(processor('2026-01-03T10:00:00.000')).toEqual([]);
  });

  it('incident-authority-late one minute over 72 hours says 72 hours and 1 minute, in both languages', () => {
    expect(authority('2026-01-04T10:00')).toEqual([]);
    const [en] = authority('2026-01-04T10:01');
    expect(en?.message).toBe('The supervisory authority was notified after 72 hours and 1 minute; the limit is 72 hours (GDPR art. 33, by 4 January 2026 10:00)');
    expect(en?.data).toMatchObject({ minutes: 4321 });
    expect(authority('2026-01-04T10:01', 'nl')[0]?.message).toBe(
      'De Autoriteit Persoonsgegevens is na 72 uur en 1 minuut ingelicht; de grens is 72 uur (art. 33 AVG, uiterlijk 4 januari 2026 10:00)',
    );
  });

  it('incident-authority-late-explained shows the same elapsed time as incident-authority-late', () => {
    const explained = check(
      spec({ processor_aware: '2026-01-01T08:00', controller_notified: '2026-01-01T10:00', authority_notification: 'required', authority_notified: '2026-01-04T10:00:01', authority_delay_reason: 'x' }),
      '2026-02-01',
      'incident-authority-late-explained',
    );
    expect(explained[0]?.message).toContain('notified after 72 hours and 1 minute;');
  });

  it('the duration format writes hours and minutes in words, never a rounded decimal', () => {
    const nl = messageFormat('nl');
    const en = messageFormat('en');
    expect([2881, 2940, 3330, 61, 30, 1].map(nl.duration)).toEqual(['48 uur en 1 minuut', '49 uur', '55 uur en 30 minuten', '1 uur en 1 minuut', '30 minuten', '1 minuut']);
    expect([2881, 2940, 3330, 60, 1].map(en.duration)).toEqual(['48 hours and 1 minute', '49 hours', '55 hours and 30 minutes', '1 hour', '1 minute']);
  });
});
