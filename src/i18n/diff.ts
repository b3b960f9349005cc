import { defineMessages } from './lang.js';

/** Texts of `vo diff` and `vo check --new-since`: what a change does to the register, in words. */
export interface DiffTexts {
  cmd: string;
  arg: { base: string; head: string };
  opt: { format: string; newSince: string; compare: string };
  examples: string[];
  checkExamples: string[];
  workingTree: string;
  heading: (base: string, head: string) => string;
  asOf: (date: string) => string;
  summary: (added: number, changed: number, removed: number, introduced: number, resolved: number) => string;
  nothing: string;
  sections: { records: string; introduced: string; resolved: string };
  kinds: Record<'agreement' | 'evaluation' | 'incident' | 'config', string>;
  change: Record<'added' | 'removed' | 'changed', string>;
  record: {
    agreementAdded: (title: string, phase: string, risk: string) => string;
    agreementRemoved: (title: string) => string;
    evaluationAdded: (type: string, date: string, agreement: string, outcome: string | undefined) => string;
    evaluationRemoved: (type: string, date: string) => string;
    incidentAdded: (type: string, title: string) => string;
    incidentRemoved: (title: string) => string;
    unreadableNow: string;
    readableAgain: string;
  };
  field: {
    phase: (from: string, to: string) => string;
    riskRaised: (from: string, to: string) => string;
    riskLowered: (from: string, to: string) => string;
    riskAssessed: (level: string) => string;
    riskRemoved: string;
    subprocessorAdded: (name: string, where: string) => string;
    subprocessorRemoved: (name: string) => string;
    outsideEea: (country: string) => string;
    outsideEeaAdequate: (country: string) => string;
    riskComponentAssessed: (component: string, impact: string, likelihood: string) => string;
    riskComponentRemoved: (component: string) => string;
    riskComponentReassessed: (component: string, before: string, after: string) => string;
    impactAndLikelihood: (impact: string, likelihood: string) => string;
    dpiaRequired: (required: boolean) => string;
    dpiaHeld: (date: string) => string;
    dpiaOutcome: (from: string | undefined, to: string) => string;
    dpiaAccepted: (date: string, by: string | undefined) => string;
    dpiaPriorConsultation: (date: string) => string;
    signedBy: (name: string, role: string | undefined, mandate: string | undefined) => string;
    fgAdvice: (date: string) => string;
    subprocessorTransfer: (name: string, transfer: string) => string;
    subprocessorTia: (name: string, date: string) => string;
    subprocessorChangeNotified: (name: string, date: string, deadline: string | undefined) => string;
    subprocessorChangeDecided: (name: string, decision: string, date: string | undefined) => string;
    validUntil: (date: string) => string;
    periodEnd: (date: string) => string;
    opinion: (opinion: string) => string;
    exceptions: (count: number) => string;
    assuranceAdded: (type: string, details: string) => string;
    assuranceRemoved: (type: string, details: string) => string;
    assuranceOpinion: (type: string, validity: string, from: string | undefined, to: string) => string;
    assuranceSuperseded: (type: string, validity: string) => string;
    obligationAdded: (id: string, title: string) => string;
    obligationRemoved: (id: string) => string;
    actionAdded: (id: string, description: string) => string;
    actionResolved: (id: string, date: string) => string;
    actionReopened: (id: string) => string;
    incidentClosed: (date: string) => string;
    incidentReopened: string;
    authorityNotified: (moment: string, reference: string | undefined) => string;
    discoveredBy: (who: string) => string;
    authorityDecision: (decision: string, reason: string | undefined) => string;
    added: (path: string, value: string) => string;
    removed: (path: string, value: string) => string;
    changed: (path: string, from: string, to: string) => string;
  };
  none: string;
  newSince: {
    existingHeading: (ref: string, count: number) => string;
    newHeading: (ref: string) => string;
    existingTitle: string;
  };
}

export const diffText = defineMessages<DiffTexts>(
  {
    cmd: 'wat een wijziging met het register doet: overeenkomsten, evaluaties en incidenten erbij, eraf en gewijzigd, en nieuwe en opgeloste meldingen',
    arg: { base: 'de vergelijkingsbasis: een tak, tag of commit (bijv. origin/main)', head: 'vergelijk met deze tak, tag of commit in plaats van met de werkmap' },
    opt: {
      format: 'uitvoer: text, markdown of json',
      newSince: 'laat alleen meldingen die nieuw zijn sinds deze tak, tag of commit de controle laten mislukken (voor pull requests)',
      compare: 'voeg het hoofdstuk "sinds de vorige rapportage" toe, vergeleken met deze tak, tag of commit (de stand van het vorige overleg)',
    },
    examples: [
      'vo diff origin/main                     de werkmap tegenover de hoofdtak',
      'vo diff v2026-q1 v2026-q2               twee vastgelegde standen tegenover elkaar',
      'vo diff origin/main --format markdown >> "$GITHUB_STEP_SUMMARY"',
      'vo diff HEAD~1 --format json --as-of 2026-10-01',
    ],
    checkExamples: [
      'vo check --new-since origin/main --format github     alleen nieuwe meldingen laten de pull request mislukken',
      'vo check --format gitlab --output gl-code-quality-report.json',
    ],
    workingTree: 'werkmap',
    heading: (base, head) => `Wijzigingen in het register: ${base} → ${head}`,
    asOf: (date) => `meldingen per ${date}`,
    summary: (added, changed, removed, introduced, resolved) =>
      `${added} erbij, ${changed} gewijzigd, ${removed} eraf; ${introduced} ${introduced === 1 ? 'nieuwe melding' : 'nieuwe meldingen'}, ${resolved} opgelost`,
    nothing: 'Geen wijzigingen in overeenkomsten, evaluaties, incidenten of meldingen.',
    sections: { records: 'Vastleggingen', introduced: 'Nieuwe meldingen', resolved: 'Opgeloste meldingen' },
    kinds: { agreement: 'Overeenkomst', evaluation: 'Evaluatie', incident: 'Incident', config: 'Instellingen' },
    change: { added: 'nieuw', removed: 'verwijderd', changed: 'gewijzigd' },
    record: {
      agreementAdded: (title, phase, risk) => `nieuwe overeenkomst: ${title} (${phase}, risico ${risk})`,
      agreementRemoved: (title) => `overeenkomst verwijderd: ${title}`,
      evaluationAdded: (type, date, agreement, outcome) =>
        `${type} van ${date} vastgelegd bij ${agreement}${outcome !== undefined ? `, uitkomst: ${outcome}` : ''}`,
      evaluationRemoved: (type, date) => `${type} van ${date} verwijderd`,
      incidentAdded: (type, title) => `${type} gemeld: ${title}`,
      incidentRemoved: (title) => `incident verwijderd: ${title}`,
      unreadableNow: 'het bestand kan niet meer gelezen worden (zie de nieuwe meldingen)',
      readableAgain: 'het bestand kan weer gelezen worden',
    },
    field: {
      phase: (from, to) => `fase gewijzigd van ${from} naar ${to}`,
      riskRaised: (from, to) => `risico verhoogd van ${from} naar ${to}`,
      riskLowered: (from, to) => `risico verlaagd van ${from} naar ${to}`,
      riskAssessed: (level) => `risico beoordeeld: ${level}`,
      riskRemoved: 'risicobeoordeling verwijderd (de overeenkomst geldt nu als hoog risico)',
      subprocessorAdded: (name, where) => `subverwerker ${name} toegevoegd (${where})`,
      subprocessorRemoved: (name) => `subverwerker ${name} verwijderd`,
      outsideEea: (country) => `${country}, buiten de EER zonder adequaatheidsbesluit`,
      outsideEeaAdequate: (country) => `${country}, buiten de EER met adequaatheidsbesluit`,
      riskComponentAssessed: (component, impact, likelihood) => `MAPGOOD-onderdeel ${component} beoordeeld: impact ${impact}, kans ${likelihood}`,
      riskComponentRemoved: (component) => `MAPGOOD-onderdeel ${component} verwijderd`,
      riskComponentReassessed: (component, before, after) => `MAPGOOD-onderdeel ${component} opnieuw beoordeeld: was ${before}, nu ${after}`,
      impactAndLikelihood: (impact, likelihood) => `impact ${impact} en kans ${likelihood}`,
      dpiaRequired: (required) => (required ? 'DPIA nodig' : 'geen DPIA nodig'),
      dpiaHeld: (date) => `DPIA uitgevoerd op ${date}`,
      dpiaOutcome: (from, to) => (from === undefined ? `uitkomst van de DPIA: ${to}` : `uitkomst van de DPIA gewijzigd van ${from} naar ${to}`),
      dpiaAccepted: (date, by) => `restrisico uit de DPIA aanvaard${by !== undefined ? ` door ${by}` : ''} op ${date}`,
      dpiaPriorConsultation: (date) => `Autoriteit Persoonsgegevens vooraf geraadpleegd op ${date} (art. 36 AVG)`,
      signedBy: (name, role, mandate) => `ondertekend door ${name}${role !== undefined ? ` (${role})` : ''}${mandate !== undefined ? `, mandaat: ${mandate}` : ''}`,
      fgAdvice: (date) => `advies van de functionaris gegevensbescherming van ${date} vastgelegd`,
      subprocessorTransfer: (name, transfer) => `doorgiftegrondslag van subverwerker ${name}: ${transfer}`,
      subprocessorTia: (name, date) => `doorgiftetoets (TIA) voor subverwerker ${name} van ${date} vastgelegd`,
      subprocessorChangeNotified: (name, date, deadline) =>
        `wijziging bij subverwerker ${name} gemeld op ${date}${deadline !== undefined ? `; bezwaar kan tot en met ${deadline}` : ''}`,
      subprocessorChangeDecided: (name, decision, date) => `wijziging bij subverwerker ${name}: ${decision}${date !== undefined ? ` op ${date}` : ''}`,
      validUntil: (date) => `geldig tot ${date}`,
      periodEnd: (date) => `periode tot en met ${date}`,
      opinion: (opinion) => `oordeel: ${opinion}`,
      exceptions: (count) => `${count} ${count === 1 ? 'uitzondering' : 'uitzonderingen'}`,
      assuranceAdded: (type, details) => `assurance ${type} toegevoegd (${details})`,
      assuranceRemoved: (type, details) => `assurance ${type} (${details}) verwijderd`,
      assuranceOpinion: (type, validity, from, to) =>
        from === undefined ? `oordeel bij assurance ${type} (${validity}): ${to}` : `oordeel bij assurance ${type} (${validity}) gewijzigd van ${from} naar ${to}`,
      assuranceSuperseded: (type, validity) => `assurance ${type} (${validity}) wordt niet meer verwacht`,
      obligationAdded: (id, title) => `verplichting ${id} toegevoegd: ${title}`,
      obligationRemoved: (id) => `verplichting ${id} verwijderd`,
      actionAdded: (id, description) => `actie ${id} toegevoegd: ${description}`,
      actionResolved: (id, date) => `actie ${id} afgerond${date !== '' ? ` op ${date}` : ''}`,
      actionReopened: (id) => `actie ${id} weer open`,
      incidentClosed: (date) => `incident afgesloten${date !== '' ? ` op ${date}` : ''}`,
      incidentReopened: 'incident weer geopend',
      authorityNotified: (moment, reference) =>
        `gemeld bij de Autoriteit Persoonsgegevens op ${moment}${reference !== undefined ? ` (meldnummer ${reference})` : ''}`,
      discoveredBy: (who) => `ontdekt door ${who}`,
      authorityDecision: (decision, reason) => `besluit over melden bij de Autoriteit Persoonsgegevens: ${decision}${reason !== undefined ? ` (reden: ${reason})` : ''}`,
      added: (path, value) => `${path} toegevoegd: ${value}`,
      removed: (path, value) => `${path} verwijderd (was: ${value})`,
      changed: (path, from, to) => `${path} gewijzigd van ${from} naar ${to}`,
    },
    none: 'geen',
    newSince: {
      existingHeading: (ref, count) => `Al aanwezig op ${ref} (${count}; tellen niet mee voor de uitslag):`,
      newHeading: (ref) => `Nieuw sinds ${ref}:`,
      existingTitle: 'al aanwezig',
    },
  },
  {
    cmd: 'what a change does to the register: agreements, evaluations and incidents added, removed and changed, and findings introduced and resolved',
    arg: { base: 'what to compare with: a branch, tag or commit (e.g. origin/main)', head: 'compare with this branch, tag or commit instead of the working tree' },
    opt: {
      format: 'output: text, markdown or json',
      newSince: 'fail only on findings that are new since this branch, tag or commit (for pull requests)',
      compare: 'add the section "since the previous report", compared with this branch, tag or commit (the state at the previous meeting)',
    },
    examples: [
      'vo diff origin/main                     the working tree against the main branch',
      'vo diff v2026-q1 v2026-q2               two committed states against each other',
      'vo diff origin/main --format markdown >> "$GITHUB_STEP_SUMMARY"',
      'vo diff HEAD~1 --format json --as-of 2026-10-01',
    ],
    checkExamples: [
      'vo check --new-since origin/main --format github     only new findings fail the pull request',
      'vo check --format gitlab --output gl-code-quality-report.json',
    ],
    workingTree: 'working tree',
    heading: (base, head) => `Changes to the register: ${base} → ${head}`,
    asOf: (date) => `findings as of ${date}`,
    summary: (added, changed, removed, introduced, resolved) =>
      `${added} added, ${changed} changed, ${removed} removed; ${introduced} ${introduced === 1 ? 'finding' : 'findings'} introduced, ${resolved} resolved`,
    nothing: 'No changes to agreements, evaluations, incidents or findings.',
    sections: { records: 'Records', introduced: 'Findings introduced', resolved: 'Findings resolved' },
    kinds: { agreement: 'Agreement', evaluation: 'Evaluation', incident: 'Incident', config: 'Settings' },
    change: { added: 'added', removed: 'removed', changed: 'changed' },
    record: {
      agreementAdded: (title, phase, risk) => `new agreement: ${title} (${phase}, risk ${risk})`,
      agreementRemoved: (title) => `agreement removed: ${title}`,
      evaluationAdded: (type, date, agreement, outcome) =>
        `${type} of ${date} recorded for ${agreement}${outcome !== undefined ? `, outcome: ${outcome}` : ''}`,
      evaluationRemoved: (type, date) => `${type} of ${date} removed`,
      incidentAdded: (type, title) => `${type} reported: ${title}`,
      incidentRemoved: (title) => `incident removed: ${title}`,
      unreadableNow: 'the file can no longer be read (see the findings introduced)',
      readableAgain: 'the file can be read again',
    },
    field: {
      phase: (from, to) => `phase changed from ${from} to ${to}`,
      riskRaised: (from, to) => `risk raised from ${from} to ${to}`,
      riskLowered: (from, to) => `risk lowered from ${from} to ${to}`,
      riskAssessed: (level) => `risk assessed: ${level}`,
      riskRemoved: 'risk assessment removed (the agreement now counts as high risk)',
      subprocessorAdded: (name, where) => `sub-processor ${name} added (${where})`,
      subprocessorRemoved: (name) => `sub-processor ${name} removed`,
      outsideEea: (country) => `${country}, outside the EEA without an adequacy decision`,
      outsideEeaAdequate: (country) => `${country}, outside the EEA with an adequacy decision`,
      riskComponentAssessed: (component, impact, likelihood) => `MAPGOOD component ${component} assessed: impact ${impact}, likelihood ${likelihood}`,
      riskComponentRemoved: (component) => `MAPGOOD component ${component} removed`,
      riskComponentReassessed: (component, before, after) => `MAPGOOD component ${component} reassessed: was ${before}, now ${after}`,
      impactAndLikelihood: (impact, likelihood) => `impact ${impact} and likelihood ${likelihood}`,
      dpiaRequired: (required) => (required ? 'DPIA required' : 'no DPIA required'),
      dpiaHeld: (date) => `DPIA carried out on ${date}`,
      dpiaOutcome: (from, to) => (from === undefined ? `outcome of the DPIA: ${to}` : `outcome of the DPIA changed from ${from} to ${to}`),
      dpiaAccepted: (date, by) => `residual risk of the DPIA accepted${by !== undefined ? ` by ${by}` : ''} on ${date}`,
      dpiaPriorConsultation: (date) => `Dutch Data Protection Authority consulted beforehand on ${date} (GDPR art. 36)`,
      signedBy: (name, role, mandate) => `signed by ${name}${role !== undefined ? ` (${role})` : ''}${mandate !== undefined ? `, mandate: ${mandate}` : ''}`,
      fgAdvice: (date) => `advice of the data protection officer of ${date} recorded`,
      subprocessorTransfer: (name, transfer) => `transfer mechanism of sub-processor ${name}: ${transfer}`,
      subprocessorTia: (name, date) => `transfer impact assessment for sub-processor ${name} of ${date} recorded`,
      subprocessorChangeNotified: (name, date, deadline) =>
        `change of sub-processor ${name} notified on ${date}${deadline !== undefined ? `; objections possible up to and including ${deadline}` : ''}`,
      subprocessorChangeDecided: (name, decision, date) => `change of sub-processor ${name}: ${decision}${date !== undefined ? ` on ${date}` : ''}`,
      validUntil: (date) => `valid until ${date}`,
      periodEnd: (date) => `period up to and including ${date}`,
      opinion: (opinion) => `opinion: ${opinion}`,
      exceptions: (count) => `${count} ${count === 1 ? 'exception' : 'exceptions'}`,
      assuranceAdded: (type, details) => `assurance ${type} added (${details})`,
      assuranceRemoved: (type, details) => `assurance ${type} (${details}) removed`,
      assuranceOpinion: (type, validity, from, to) =>
        from === undefined ? `opinion on assurance ${type} (${validity}): ${to}` : `opinion on assurance ${type} (${validity}) changed from ${from} to ${to}`,
      assuranceSuperseded: (type, validity) => `assurance ${type} (${validity}) no longer expected`,
      obligationAdded: (id, title) => `obligation ${id} added: ${title}`,
      obligationRemoved: (id) => `obligation ${id} removed`,
      actionAdded: (id, description) => `action ${id} added: ${description}`,
      actionResolved: (id, date) => `action ${id} resolved${date !== '' ? ` on ${date}` : ''}`,
      actionReopened: (id) => `action ${id} reopened`,
      incidentClosed: (date) => `incident closed${date !== '' ? ` on ${date}` : ''}`,
      incidentReopened: 'incident reopened',
      authorityNotified: (moment, reference) =>
        `reported to the Dutch Data Protection Authority on ${moment}${reference !== undefined ? ` (reference ${reference})` : ''}`,
      discoveredBy: (who) => `discovered by ${who}`,
      authorityDecision: (decision, reason) => `decision on notifying the Dutch Data Protection Authority: ${decision}${reason !== undefined ? ` (reason: ${reason})` : ''}`,
      added: (path, value) => `${path} added: ${value}`,
      removed: (path, value) => `${path} removed (was: ${value})`,
      changed: (path, from, to) => `${path} changed from ${from} to ${to}`,
    },
    none: 'none',
    newSince: {
      existingHeading: (ref, count) => `Already present at ${ref} (${count}; these do not decide the outcome):`,
      newHeading: (ref) => `New since ${ref}:`,
      existingTitle: 'already present',
    },
  },
);
