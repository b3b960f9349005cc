/** Texts of `vo show`: the dossier's labels and the reasons behind its risk level, interval and next evaluation. */
import { DOMAIN_LABELS } from './labels.js';
import { longDate } from './message-format.js';

export interface ShowMessages {
  heading(asOf: string): string;
  /** A monitoring activity and how often: `overleg per kwartaal`, `quarterly meeting`. */
  cadence(what: string, frequency: string): string;
  labels: Record<
    | 'department' | 'status' | 'phase' | 'service' | 'processOwner' | 'processor' | 'kvk' | 'contact' | 'template' | 'signed' | 'start' | 'end'
    | 'signing' | 'fgAdvice' | 'risk' | 'components' | 'missingComponents' | 'dpia' | 'interval' | 'nextEvaluation' | 'breachTerm'
    | 'monitoring' | 'assurance' | 'subprocessors' | 'exitPlan' | 'file',
    string
  >;
  sections: Record<'obligations' | 'timeline' | 'upcoming' | 'findings', string>;
  indefinite: string;
  none: string;
  riskWhy: { level: string; matrix(impact: string, likelihood: string): string; components: string; missing: string };
  counts(errors: number, warnings: number): string;
  component: Record<string, string>;
  impactLikelihood(impact: string, likelihood: string): string;
  dpiaOutcome: Record<string, string>;
  accepted(date: string, by: string | null): string;
  priorConsultation(date: string): string;
  assuranceState: Record<string, string>;
  opinion: Record<string, string>;
  exceptions(n: number): string;
  transfer: Record<string, string>;
  notApproved: string;
  change(notified: string, deadline: string | null, decision: string | null): string;
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
  /** `vo show` of an agreement whose own file cannot be read (completely). */
  unreadable: string;
}

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const showNl: ShowMessages = {
  heading: (asOf) => `stand op ${longDate(asOf, 'nl')}`,
  cadence: (what, frequency) => `${what} ${frequency}`,
  labels: {
    department: 'Afdeling',
    status: 'Status',
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
    signing: 'Ondertekend door',
    fgAdvice: 'Advies FG',
    risk: 'Risico',
    components: 'MAPGOOD',
    missingComponents: 'MAPGOOD ontbreekt',
    dpia: 'DPIA',
    interval: 'Evaluatietermijn',
    nextEvaluation: 'Volgende evaluatie',
    breachTerm: 'Meldtermijn datalek',
    monitoring: 'Monitoring',
    assurance: 'Assurance',
    subprocessors: 'Subverwerkers',
    exitPlan: 'Exitplan',
    file: 'Bestand',
  },
  sections: { obligations: 'Verplichtingen', timeline: 'Tijdlijn', upcoming: 'Wat eraan komt', findings: 'Huidige bevindingen' },
  indefinite: 'onbepaalde tijd',
  none: '—',
  riskWhy: {
    level: 'vastgesteld',
    matrix: (impact, likelihood) => `impact ${impact} × kans ${likelihood}`,
    components: 'hoogste van de MAPGOOD-componenten',
    missing: 'de regels rekenen met hoog',
  },
  counts: (e, w) => `${n(e, 'fout', 'fouten')}, ${n(w, 'waarschuwing', 'waarschuwingen')}`,
  component: DOMAIN_LABELS.nl.component,
  impactLikelihood: (impact, likelihood) => `impact ${impact}, kans ${likelihood}`,
  dpiaOutcome: DOMAIN_LABELS.nl.dpiaOutcome,
  accepted: (date, by) => `restrisico geaccepteerd op ${date}${by ? ` door ${by}` : ''}`,
  priorConsultation: (date) => `AP vooraf geraadpleegd op ${date}`,
  assuranceState: DOMAIN_LABELS.nl.assuranceState,
  opinion: DOMAIN_LABELS.nl.opinion,
  exceptions: (count) => n(count, 'uitzondering', 'uitzonderingen'),
  transfer: DOMAIN_LABELS.nl.transfer,
  notApproved: 'niet goedgekeurd',
  change: (notified, deadline, decision) =>
    `wijziging gemeld op ${notified}${deadline ? `, bezwaar uiterlijk ${deadline}` : ''}${decision ? `, besluit: ${decision === 'accepted' ? 'akkoord' : 'bezwaar'}` : ', nog geen besluit'}`,
  intervalWhy: (months, source, level, policy) =>
    source === 'agreement'
      ? `${n(months, 'maand', 'maanden')} (eigen termijn; beleid voor risico ${level}: ${n(policy, 'maand', 'maanden')})`
      : `${n(months, 'maand', 'maanden')} (beleid voor risico ${level})`,
  nextWhy: (base, source, months, reason) =>
    reason === 'next-review'
      ? `vervroegd in de evaluatie van ${base}`
      : `${{ evaluation: 'laatste evaluatie', start: 'ingangsdatum', signed: 'ondertekend' }[source]} ${base} + ${n(months, 'maand', 'maanden')}` +
        (reason === 'non-compliant' ? ", hercontrole na 'voldoet niet'" : ''),
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
  unreadable:
    'Het bestand van deze overeenkomst is niet (helemaal) te lezen. Hierboven staat wat er wel uit te lezen is; de bevindingen hieronder zeggen wat eraan schort. Als het bestand hersteld is, toont vo show het hele dossier.',

};

export const showEn: ShowMessages = {
  heading: (asOf) => `as of ${longDate(asOf, 'en')}`,
  cadence: (what, frequency) => `${frequency} ${what}`,
  labels: {
    department: 'Department',
    status: 'Status',
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
    signing: 'Signed by',
    fgAdvice: 'DPO advice',
    risk: 'Risk',
    components: 'MAPGOOD',
    missingComponents: 'MAPGOOD lacks',
    dpia: 'DPIA',
    interval: 'Review interval',
    nextEvaluation: 'Next evaluation',
    breachTerm: 'Breach notice term',
    monitoring: 'Monitoring',
    assurance: 'Assurance',
    subprocessors: 'Sub-processors',
    exitPlan: 'Exit plan',
    file: 'File',
  },
  sections: { obligations: 'Obligations', timeline: 'Timeline', upcoming: 'Coming up', findings: 'Current findings' },
  indefinite: 'indefinite',
  none: '—',
  riskWhy: {
    level: 'set',
    matrix: (impact, likelihood) => `impact ${impact} × likelihood ${likelihood}`,
    components: 'highest of the MAPGOOD components',
    missing: 'the rules count it as high',
  },
  counts: (e, w) => `${n(e, 'error', 'errors')}, ${n(w, 'warning', 'warnings')}`,
  component: DOMAIN_LABELS.en.component,
  impactLikelihood: (impact, likelihood) => `impact ${impact}, likelihood ${likelihood}`,
  dpiaOutcome: DOMAIN_LABELS.en.dpiaOutcome,
  accepted: (date, by) => `residual risk accepted on ${date}${by ? ` by ${by}` : ''}`,
  priorConsultation: (date) => `authority consulted on ${date}`,
  assuranceState: DOMAIN_LABELS.en.assuranceState,
  opinion: DOMAIN_LABELS.en.opinion,
  exceptions: (count) => n(count, 'exception', 'exceptions'),
  transfer: DOMAIN_LABELS.en.transfer,
  notApproved: 'not approved',
  change: (notified, deadline, decision) =>
    `change notified on ${notified}${deadline ? `, objections by ${deadline}` : ''}${decision ? `, decision: ${decision === 'accepted' ? 'accepted' : 'objected'}` : ', no decision yet'}`,
  intervalWhy: (months, source, level, policy) =>
    source === 'agreement'
      ? `${n(months, 'month', 'months')} (own interval; policy for ${level} risk: ${n(policy, 'month', 'months')})`
      : `${n(months, 'month', 'months')} (policy for ${level} risk)`,
  nextWhy: (base, source, months, reason) =>
    reason === 'next-review'
      ? `brought forward in the evaluation of ${base}`
      : `${{ evaluation: 'last evaluation', start: 'start date', signed: 'signed' }[source]} ${base} + ${n(months, 'month', 'months')}` +
        (reason === 'non-compliant' ? ', follow-up after a non-compliant outcome' : ''),
  dpia: (required, date) => (required ? (date ? `done ${date}` : 'required, not done yet') : 'not required'),
  hours: (h) => n(h, 'hour', 'hours'),
  deviations: (count) => n(count, 'deviation', 'deviations'),
  outcome: DOMAIN_LABELS.en.outcome,
  evaluationType: DOMAIN_LABELS.en.evaluationType,
  incidentType: DOMAIN_LABELS.en.incidentType,
  findingStatus: { open: 'open', resolved: 'resolved', closed: 'closed' },
  due: (date) => `due ${date}`,
  noFindings: 'No findings.',
  expired: 'expired',
  notLive: (phase) => `phase ${phase}: no evaluation schedule (only agreements in force are monitored)`,
  unreadable:
    'The file of this agreement cannot be read (completely). Above is what could be read from it; the findings below say what is wrong with it. Once the file is fixed, vo show shows the whole dossier.',

};
