import { stringify } from 'yaml';

/**
 * A register generated from a seed: agreements in every phase and risk, with
 * obligations, monitoring, assurance, sub-processors, evaluations (assessments
 * and actions), incidents, and a few broken files (a typo in an agreement, a
 * YAML error, an evaluation naming an obligation that does not exist). The
 * same seed always gives the same files, so a failure can be replayed.
 */
export function randomRegister(seed: number): Record<string, string> {
  let state = seed * 2654435761 >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const chance = (p: number) => next() < p;
  const date = (from: number, to: number) => {
    const day = new Date(Date.UTC(from, 0, 1) + Math.floor(next() * (Date.UTC(to, 0, 1) - Date.UTC(from, 0, 1))));
    return day.toISOString().slice(0, 10);
  };
  const levels = ['low', 'medium', 'high'] as const;
  const files: Record<string, string> = {
    'vo.config.yaml': stringify({
      organisation: `Gemeente ${seed}`,
      departments: [
        { id: 'burgerzaken', name: 'Burgerzaken' },
        { id: 'ict', name: 'ICT' },
      ],
      ...(chance(0.5) ? { rules: { 'meeting-overdue': pick(['error', 'warning', 'off']), 'kpi-missed': pick(['error', 'warning', 'off']) } } : {}),
    }),
  };
  const clauses = Object.fromEntries(
    ['instructions', 'confidentiality', 'security', 'subprocessors', 'data_subject_rights', 'assistance', 'deletion_return', 'audits'].map((k, i) => [k, `art. ${i + 1}`]),
  );
  for (let n = 0; n < 14; n++) {
    const id = `a${seed}-${n}`;
    const signed = date(2022, 2026);
    const obligations = Array.from({ length: Math.floor(next() * 4) }, (_, i) => {
      const frequency = pick(['once', 'monthly', 'quarterly', 'half-yearly', 'yearly', 'on-event']);
      return {
        id: `o${i}`,
        title: `Verplichting ${i}`,
        party: pick(['processor', 'controller']),
        frequency,
        ...(frequency === 'once' ? { due: date(2024, 2027) } : {}),
        ...(chance(0.4) ? { owner: pick(['L. Smit', 'K. de Boer']) } : {}),
        ...(chance(0.3) ? { kpi: { metric: 'beschikbaarheid', target: 99.5, comparison: '>=', unit: '%' } } : {}),
      };
    });
    files[`agreements/${id}.yaml`] = stringify({
      id,
      title: `Overeenkomst ${n}`,
      department: pick(['burgerzaken', 'ict']),
      process_owner: { name: pick(['P. Eigenaar', 'J. Jansen']) },
      processor: { name: `Verwerker ${n} B.V.` },
      phase: pick(['draft', 'signing', 'active', 'active', 'active', 'ended']),
      ...(chance(0.85) ? { dates: { signed, ...(chance(0.7) ? { start: signed } : {}), ...(chance(0.3) ? { end: date(2025, 2028) } : {}) } } : {}),
      ...(chance(0.8) ? { risk: { impact: pick(levels), likelihood: pick(levels) } } : {}),
      ...(chance(0.2) ? { review_months: pick([6, 12, 24]) } : {}),
      ...(chance(0.8) ? { breach_notice_hours: pick([24, 48, 72]) } : {}),
      ...(chance(0.8) ? { clauses } : {}),
      ...(obligations.length > 0 ? { obligations } : {}),
      ...(chance(0.5) ? { monitoring: { meetings: pick(['quarterly', 'yearly']), training: pick(['yearly', 'half-yearly']) } } : {}),
      ...(chance(0.6) ? { assurance: [{ type: pick(['iso27001', 'isae3402-type2', 'pentest']), valid_until: date(2024, 2028) }] } : {}),
      ...(chance(0.4) ? { subprocessors: [{ name: 'Sub B.V.', country: pick(['NL', 'US', 'IN', 'CH']), ...(chance(0.5) ? { transfer: pick(['scc', 'dpf']) } : {}) }] } : {}),
      ...(chance(0.3) ? { exit: { deletion_confirmed: date(2024, 2028) } } : {}),
    });
    for (let e = 0; e < Math.floor(next() * 4); e++) {
      const evaluationId = `${id}-e${e}`;
      files[`evaluations/${evaluationId}.yaml`] = stringify({
        id: evaluationId,
        agreement: id,
        date: date(2023, 2027),
        type: pick(['periodic', 'internal-audit', 'meeting', 'training', 'report-review']),
        outcome: pick(['compliant', 'partially-compliant', 'non-compliant']),
        ...(obligations.length > 0 ? { obligations: [{ id: pick(obligations).id, status: pick(['met', 'partially-met', 'not-met', 'not-applicable']), ...(chance(0.5) ? { value: pick([98, 99.9]) } : {}) }] } : {}),
        ...(chance(0.5) ? { findings: [{ id: 'f1', description: 'Logging ontbreekt', severity: 'medium', status: pick(['open', 'resolved']), due: date(2024, 2027), resolved: date(2024, 2027) }] } : {}),
      });
    }
    if (chance(0.5)) {
      const aware = `${date(2024, 2027)}T${pick(['02:30', '09:00', '23:15'])}`;
      files[`incidents/${id}-i.yaml`] = stringify({
        id: `${id}-i`,
        agreement: id,
        title: 'Datalek',
        type: 'data-breach',
        processor_aware: aware,
        ...(chance(0.7) ? { controller_notified: aware.replace(/T\d\d/, 'T23') } : {}),
        authority_notification: pick(['required', 'not-required', 'undecided']),
        ...(chance(0.5) ? { authority_notified: aware.replace(/-(\d\d)T/, (_m, d: string) => `-${String(Math.min(28, Number(d) + 3)).padStart(2, '0')}T`) } : {}),
        status: pick(['open', 'closed']),
      });
    }
  }
  // Broken on purpose: each file must show up as `invalid` or carry its agreement.
  files[`agreements/broken-${seed}.yaml`] = `id: broken-${seed}\ntitle: Kapot\ndepartment: ict\nprocess_owner:\n  name: X\nprocessor:\n  name: Y\nphase: active\nbreach_notice_hour: 24\n`;
  files[`agreements/unreadable-${seed}.yaml`] = `id: unreadable-${seed}\ntitle: "niet afgesloten\n`;
  files[`evaluations/broken-${seed}-e.yaml`] = stringify({ id: `broken-${seed}-e`, agreement: `broken-${seed}`, date: '2025-05-01', type: 'meeting' });
  files[`evaluations/a${seed}-0-x.yaml`] = stringify({ id: `a${seed}-0-x`, agreement: `a${seed}-0`, date: '2025-06-01', type: 'periodic', outcome: 'compliant', obligations: [{ id: 'bestaat-niet', status: 'met' }] });
  return files;
}
