import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CLAUSES, agreement, check, load } from './build.js';

const D = '2025-06-01';
const one = (overrides: Record<string, unknown>, rule: string, asOf = D) =>
  check({ agreements: { zaak: agreement(overrides) } }, asOf, rule);

describe('risk-missing and dpia-missing', () => {
  it('flags signing and live agreements without risk, not drafts', () => {
    expect(one({ risk: undefined }, 'risk-missing')).toHaveLength(1);
    expect(one({ risk: undefined, phase: 'signing' }, 'risk-missing')).toHaveLength(1);
    expect(one({ risk: undefined, phase: 'draft' }, 'risk-missing')).toEqual([]);
  });

  it('flags a required DPIA without date, at risk.dpia', () => {
    const risk = (dpia: Record<string, unknown>) => ({ risk: { impact: 'high', likelihood: 'low', dpia } });
    const [finding] = one(risk({ required: true }), 'dpia-missing');
    expect(finding?.severity).toBe('warning');
    expect(finding?.line).toBeGreaterThan(1);
    expect(one(risk({ required: true, date: '2024-12-01' }), 'dpia-missing')).toEqual([]);
    expect(one(risk({ required: false }), 'dpia-missing')).toEqual([]);
  });
});

describe('clause-missing', () => {
  it('gives one finding per missing clause, pointing at `clauses`', () => {
    const { audits: _a, security: _s, ...rest } = ALL_CLAUSES;
    const findings = one({ clauses: rest }, 'clause-missing');
    expect(findings.map((f) => f.subject?.id).sort()).toEqual(['audits', 'security']);
    expect(findings.map((f) => f.message).sort()).toEqual([
      'The clause on audits and inspections (GDPR art. 28(3)(h)) is missing',
      'The clause on security (GDPR art. 28(3)(c)) is missing',
    ]);
    const register = load({ agreements: { zaak: agreement({ clauses: rest }) } });
    // The line of `clauses:` as written in the file.
    const written = readFileSync(join(register.root, register.agreements[0]?.file ?? ''), 'utf8').split('\n');
    const clausesLine = written.findIndex((line) => line.startsWith('clauses:')) + 1;
    expect(clausesLine).toBeGreaterThan(0);
    expect(new Set(findings.map((f) => f.line))).toEqual(new Set([clausesLine]));
  });

  it('gives eight findings at the id when `clauses` is absent, for signing too, none for drafts', () => {
    expect(one({ clauses: undefined }, 'clause-missing')).toHaveLength(8);
    expect(one({ clauses: undefined, phase: 'signing' }, 'clause-missing')).toHaveLength(8);
    expect(one({ clauses: undefined, phase: 'draft' }, 'clause-missing')).toEqual([]);
  });
});

describe('dates, breach term, end and deletion', () => {
  it('signed-date-missing for active and ended, not signing', () => {
    expect(one({ dates: { start: '2025-01-01' } }, 'signed-date-missing')).toHaveLength(1);
    expect(one({ dates: undefined, phase: 'ended' }, 'signed-date-missing')).toHaveLength(1);
    expect(one({ dates: undefined, phase: 'signing' }, 'signed-date-missing')).toEqual([]);
  });

  it('breach-term-missing for live agreements; breach-term-too-long above the maximum only', () => {
    expect(one({ breach_notice_hours: undefined }, 'breach-term-missing')).toHaveLength(1);
    expect(one({ breach_notice_hours: undefined, phase: 'signing' }, 'breach-term-missing')).toEqual([]);
    expect(one({ breach_notice_hours: 49 }, 'breach-term-too-long')[0]?.severity).toBe('warning');
    expect(one({ breach_notice_hours: 49, phase: 'signing' }, 'breach-term-too-long')).toHaveLength(1);
    expect(one({ breach_notice_hours: 48 }, 'breach-term-too-long')).toEqual([]);
  });

  it('agreement-expired before D, agreement-expiring from D to D + 90 inclusive', () => {
    const end = (date: string) => ({ dates: { signed: '2025-01-01', start: '2025-01-01', end: date } });
    expect(one(end('2025-05-31'), 'agreement-expired')[0]).toMatchObject({ due: '2025-05-31', severity: 'error' });
    expect(one(end('2025-06-01'), 'agreement-expiring')[0]).toMatchObject({ due: '2025-06-01', severity: 'warning' });
    expect(one(end('2025-08-30'), 'agreement-expiring')).toHaveLength(1);
    expect(one(end('2025-08-31'), 'agreement-expiring')).toEqual([]);
    expect(one({ ...end('2025-05-31'), phase: 'ended', exit: { deletion_confirmed: '2025-05-31' } }, 'agreement-expired')).toEqual([]);
  });

  it('deletion-unconfirmed for ended agreements until the confirmation date has passed', () => {
    expect(one({ phase: 'ended' }, 'deletion-unconfirmed')).toHaveLength(1);
    expect(one({ phase: 'ended', exit: { deletion_confirmed: '2025-06-02' } }, 'deletion-unconfirmed')).toHaveLength(1);
    expect(one({ phase: 'ended', exit: { deletion_confirmed: '2025-06-01' } }, 'deletion-unconfirmed')).toEqual([]);
    expect(one({ phase: 'active' }, 'deletion-unconfirmed')).toEqual([]);
  });
});

describe('subprocessor-transfer-missing', () => {
  const subs = (...list: Record<string, unknown>[]) => ({ subprocessors: list.map((s, i) => ({ name: `S${i}`, ...s })) });

  it('flags each sub-processor outside the EEA without adequacy or a transfer mechanism', () => {
    // Format version 2 split the rule: `transfer: adequacy` where there is none is `subprocessor-transfer-invalid`.
    const spec = subs({ country: 'US' }, { country: 'US', transfer: 'adequacy' }, { country: 'IN' });
    expect(one(spec, 'subprocessor-transfer-missing').map((f) => [f.subject?.id, f.data?.country])).toEqual([
      ['S0', 'US'],
      ['S2', 'IN'],
    ]);
    expect(one(spec, 'subprocessor-transfer-invalid').map((f) => f.subject?.id)).toEqual(['S1']);
    expect(one(spec, 'subprocessor-transfer-missing')[0]?.message).toContain('S0 (United States, US)');
  });

  it('accepts the EEA (GR, IS, LI, NO), adequate countries and dpf/scc/bcr/derogation', () => {
    const ok = subs(
      { country: 'GR' },
      { country: 'IS' },
      { country: 'NO' },
      { country: 'LI' },
      { country: 'CH' },
      { country: 'JP' },
      { country: 'US', transfer: 'dpf' },
      { country: 'US', transfer: 'scc' },
      { country: 'IN', transfer: 'bcr' },
      { country: 'IN', transfer: 'derogation' },
    );
    expect(one(ok, 'subprocessor-transfer-missing')).toEqual([]);
  });

  it('uses the configured adequate countries', () => {
    const config = { organisation: 'G', departments: [{ id: 'ict', name: 'ICT' }], policy: { adequate_countries: ['US'] } };
    const findings = check({ config, agreements: { zaak: agreement(subs({ country: 'US' }, { country: 'JP' })) } }, D);
    expect(findings.filter((f) => f.rule === 'subprocessor-transfer-missing').map((f) => f.data?.country)).toEqual(['JP']);
  });
});

describe('assurance', () => {
  const high = (assurance?: Record<string, unknown>[]) => ({ risk: { impact: 'high', likelihood: 'high' }, ...(assurance ? { assurance } : {}) });

  it('assurance-missing for high risk without an item valid on D', () => {
    expect(one(high(), 'assurance-missing')).toHaveLength(1);
    expect(one(high([{ type: 'iso27001', valid_until: '2025-05-31' }]), 'assurance-missing')).toHaveLength(1);
    expect(one(high([{ type: 'iso27001', valid_until: '2025-06-01' }]), 'assurance-missing')).toEqual([]);
    expect(one({ assurance: undefined }, 'assurance-missing')).toEqual([]); // medium risk
  });

  it('judges each type by its latest valid_until', () => {
    const items = [
      { type: 'iso27001', valid_until: '2024-12-31' },
      { type: 'iso27001', valid_until: '2026-12-31' },
      { type: 'pentest', valid_until: '2025-05-31' },
    ];
    const findings = one(high(items), 'assurance-expired');
    expect(findings.map((f) => [f.due, f.subject?.id])).toEqual([['2025-05-31', 'pentest']]);
  });

  it('assurance-expiring from D to D + 60 inclusive', () => {
    expect(one(high([{ type: 'iso27001', valid_until: '2025-06-01' }]), 'assurance-expiring')).toHaveLength(1);
    expect(one(high([{ type: 'iso27001', valid_until: '2025-07-31' }]), 'assurance-expiring')).toHaveLength(1);
    expect(one(high([{ type: 'iso27001', valid_until: '2025-08-01' }]), 'assurance-expiring')).toEqual([]);
  });
});
