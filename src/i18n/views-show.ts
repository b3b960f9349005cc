/** Texts of `vo show`: the dossier's labels and the reasons behind its risk level, interval and next evaluation. */
import { DOMAIN_LABELS } from './labels.js';

export interface ShowMessages {
  heading(asOf: string): string;
  labels: Record<
    | 'department' | 'phase' | 'service' | 'processOwner' | 'processor' | 'kvk' | 'contact' | 'template' | 'signed' | 'start' | 'end'
    | 'risk' | 'dpia' | 'interval' | 'nextEvaluation' | 'breachTerm' | 'monitoring' | 'assurance' | 'subprocessors' | 'file',
    string
  >;
  sections: Record<'obligations' | 'timeline' | 'upcoming' | 'findings', string>;
  indefinite: string;
  none: string;
  riskWhy: { level: string; matrix(impact: string, likelihood: string): string; missing: string };
  intervalWhy(months: number, source: 'agreement' | 'policy', level: string, policyMonths: number): string;
  nextWhy(base: string, source: 'evaluation' | 'start' | 'signed', months: number, reason: 'interval' | 'non-compliant' | 'next-review'): string;
  dpia(required: boolean, date: string | null): string;
  hours(n: number): string;
  deviations(n: number): string;
  outcome: Record<string, string>;
  evaluationType: Record<string, string>;
  incidentType: Record<string, string>;
  findingStatus: Record<'open' | 'resolved' | 'closed', string>;
  due(date: string): string;
  noFindings: string;
  expired: string;
  notLive(phase: string): string;
}

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const showNl: ShowMessages = {
  heading: (asOf) => `stand op ${asOf}`,
  labels: {
    department: 'Afdeling',
    phase: 'Fase',
    service: 'Dienst',
    processOwner: 'Proceseigenaar',
    processor: 'Verwerker',
    kvk: 'KvK',
    contact: 'Contact',
    template: 'Model',
    signed: 'Ondertekend',
    start: 'Ingang',
    end: 'Einde',
    risk: 'Risico',
    dpia: 'DPIA',
    interval: 'Evaluatietermijn',
    nextEvaluation: 'Volgende evaluatie',
    breachTerm: 'Meldtermijn datalek',
    monitoring: 'Monitoring',
    assurance: 'Assurance',
    subprocessors: 'Subverwerkers',
    file: 'Bestand',
  },
  sections: { obligations: 'Verplichtingen', timeline: 'Tijdlijn', upcoming: 'Wat eraan komt', findings: 'Huidige bevindingen' },
  indefinite: 'onbepaalde tijd',
  none: '—',
  riskWhy: {
    level: 'vastgesteld in risk.level',
    matrix: (impact, likelihood) => `impact ${impact} × kans ${likelihood}`,
    missing: 'geen risicobeoordeling, dus behandeld als hoog',
  },
  intervalWhy: (months, source, level, policy) =>
    source === 'agreement'
      ? `${n(months, 'maand', 'maanden')} (eigen review_months; beleid voor risico ${level}: ${policy})`
      : `${n(months, 'maand', 'maanden')} (beleid voor risico ${level})`,
  nextWhy: (base, source, months, reason) =>
    reason === 'next-review'
      ? `vervroegd met next_review in de evaluatie van ${base}`
      : `${{ evaluation: 'laatste evaluatie', start: 'ingangsdatum', signed: 'ondertekend' }[source]} ${base} + ${n(months, 'maand', 'maanden')}` +
        (reason === 'non-compliant' ? ', vervolg na uitkomst voldoet niet' : ''),
  dpia: (required, date) => (required ? (date ? `uitgevoerd ${date}` : 'vereist, nog niet uitgevoerd') : 'niet vereist'),
  hours: (h) => `${h} uur`,
  deviations: (count) => n(count, 'afwijking', 'afwijkingen'),
  outcome: DOMAIN_LABELS.nl.outcome,
  evaluationType: DOMAIN_LABELS.nl.evaluationType,
  incidentType: DOMAIN_LABELS.nl.incidentType,
  findingStatus: { open: 'open', resolved: 'opgelost', closed: 'gesloten' },
  due: (date) => `uiterlijk ${date}`,
  noFindings: 'Geen bevindingen.',
  expired: 'verlopen',
  notLive: (phase) => `fase ${phase}: geen evaluatieschema (alleen overeenkomsten in beheer worden bewaakt)`,

};

export const showEn: ShowMessages = {
  heading: (asOf) => `as of ${asOf}`,
  labels: {
    department: 'Department',
    phase: 'Phase',
    service: 'Service',
    processOwner: 'Process owner',
    processor: 'Processor',
    kvk: 'KvK',
    contact: 'Contact',
    template: 'Template',
    signed: 'Signed',
    start: 'Start',
    end: 'End',
    risk: 'Risk',
    dpia: 'DPIA',
    interval: 'Review interval',
    nextEvaluation: 'Next evaluation',
    breachTerm: 'Breach notice term',
    monitoring: 'Monitoring',
    assurance: 'Assurance',
    subprocessors: 'Sub-processors',
    file: 'File',
  },
  sections: { obligations: 'Obligations', timeline: 'Timeline', upcoming: 'Coming up', findings: 'Current findings' },
  indefinite: 'indefinite',
  none: '—',
  riskWhy: {
    level: 'set in risk.level',
    matrix: (impact, likelihood) => `impact ${impact} × likelihood ${likelihood}`,
    missing: 'no risk assessment, so treated as high',
  },
  intervalWhy: (months, source, level, policy) =>
    source === 'agreement'
      ? `${n(months, 'month', 'months')} (own review_months; policy for risk ${level}: ${policy})`
      : `${n(months, 'month', 'months')} (policy for risk ${level})`,
  nextWhy: (base, source, months, reason) =>
    reason === 'next-review'
      ? `brought forward by next_review in the evaluation of ${base}`
      : `${{ evaluation: 'last evaluation', start: 'start date', signed: 'signed' }[source]} ${base} + ${n(months, 'month', 'months')}` +
        (reason === 'non-compliant' ? ', follow-up after a non-compliant outcome' : ''),
  dpia: (required, date) => (required ? (date ? `done ${date}` : 'required, not done yet') : 'not required'),
  hours: (h) => `${h} hours`,
  deviations: (count) => n(count, 'deviation', 'deviations'),
  outcome: DOMAIN_LABELS.en.outcome,
  evaluationType: DOMAIN_LABELS.en.evaluationType,
  incidentType: DOMAIN_LABELS.en.incidentType,
  findingStatus: { open: 'open', resolved: 'resolved', closed: 'closed' },
  due: (date) => `due ${date}`,
  noFindings: 'No findings.',
  expired: 'expired',
  notLive: (phase) => `phase ${phase}: no evaluation schedule (only active agreements are monitored)`,

};
