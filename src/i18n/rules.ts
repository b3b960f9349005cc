import { defineMessages } from './lang.js';

/** Messages of the compliance rules: they name the agreement, the date that was due and how late it is. */
interface RuleMessages {
  evaluationOverdue(agreement: string, due: string, days: number, basis: string): string;
  evaluationDueSoon(agreement: string, due: string, days: number, basis: string): string;
  basis(base: string, source: 'evaluation' | 'start' | 'signed', months: number, reason: 'interval' | 'non-compliant' | 'next-review'): string;
  riskMissing(agreement: string): string;
  dpiaMissing(agreement: string): string;
  reviewIntervalTooLong(agreement: string, months: number, level: string, policy: number): string;
  clauseMissing(agreement: string, clause: string, letter: string): string;
  signedDateMissing(agreement: string, phase: string): string;
  breachTermMissing(agreement: string): string;
  breachTermTooLong(agreement: string, hours: number, max: number): string;
  assuranceMissing(agreement: string, asOf: string): string;
  assuranceExpired(agreement: string, type: string, validUntil: string, days: number): string;
  assuranceExpiring(agreement: string, type: string, validUntil: string, days: number): string;
  agreementExpired(agreement: string, end: string, days: number): string;
  agreementExpiring(agreement: string, end: string, days: number): string;
  deletionUnconfirmed(agreement: string): string;
  transferMissing(agreement: string, name: string, country: string): string;
  obligationOverdue(agreement: string, obligation: string, due: string, days: number, grace: number): string;
  onceOverdue(agreement: string, obligation: string, due: string, days: number): string;
  obligationNotMet(agreement: string, obligation: string, date: string): string;
  obligationPartiallyMet(agreement: string, obligation: string, date: string): string;
  kpiMissed(agreement: string, obligation: string, value: number, comparison: string, target: number, unit: string): string;
  actionOverdue(agreement: string, finding: string, due: string, days: number, owner?: string): string;
  meetingOverdue(agreement: string, due: string, days: number, grace: number): string;
  trainingOverdue(agreement: string, due: string, days: number, grace: number): string;
  processorLate(agreement: string, hours: number, term: number): string;
  authorityLate(agreement: string, deadline: string, hours?: number): string;
  reportMissing(agreement: string, due: string, days: number): string;
}

/** Dutch writes a decimal comma: 99,5 %. */
const getal = (n: number) => String(n).replace('.', ',');
const dagen = (n: number) => `${n} ${n === 1 ? 'dag' : 'dagen'}`;
const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;
const maanden = (n: number) => `${n} ${n === 1 ? 'maand' : 'maanden'}`;
const months = (n: number) => `${n} ${n === 1 ? 'month' : 'months'}`;

export const ruleText = defineMessages<RuleMessages>(
  {
    evaluationOverdue: (a, due, n, basis) => `periodieke evaluatie van \`${a}\` was uiterlijk ${due} nodig (${basis}); ${dagen(n)} te laat`,
    evaluationDueSoon: (a, due, n, basis) =>
      `periodieke evaluatie van \`${a}\` moet uiterlijk ${due} plaatsvinden (${basis}); nog ${dagen(n)}`,
    basis: (base, source, m, reason) =>
      reason === 'next-review'
        ? `vervroegd met next_review in de evaluatie van ${base}`
        : `${{ evaluation: 'laatste evaluatie', start: 'ingangsdatum', signed: 'ondertekend' }[source]} ${base} + ${maanden(m)}` +
          (reason === 'non-compliant' ? ', vervolg na uitkomst non-compliant' : ''),
    riskMissing: (a) => `\`${a}\` heeft geen risicobeoordeling (\`risk\`); zonder beoordeling geldt risico hoog`,
    dpiaMissing: (a) => `\`${a}\`: een DPIA is vereist maar \`risk.dpia.date\` ontbreekt`,
    reviewIntervalTooLong: (a, m, level, policy) =>
      `\`${a}\`: evaluatietermijn ${maanden(m)} is langer dan het beleid voor risico ${level} (${maanden(policy)})`,
    clauseMissing: (a, clause, letter) =>
      `\`${a}\`: bepaling \`${clause}\` (art. 28 lid 3 onder ${letter} AVG) ontbreekt in \`clauses\``,
    signedDateMissing: (a, phase) => `\`${a}\` is in fase ${phase} maar \`dates.signed\` ontbreekt`,
    breachTermMissing: (a) => `\`${a}\` legt geen meldtermijn voor datalekken vast (\`breach_notice_hours\`)`,
    breachTermTooLong: (a, h, max) => `\`${a}\`: meldtermijn voor datalekken ${h} uur is langer dan het maximum van ${max} uur`,
    assuranceMissing: (a, asOf) => `\`${a}\` heeft risico hoog maar geen assurance die op ${asOf} geldig is`,
    assuranceExpired: (a, type, until, n) => `\`${a}\`: ${type} was geldig tot ${until}; ${dagen(n)} verlopen`,
    assuranceExpiring: (a, type, until, n) => `\`${a}\`: ${type} verloopt op ${until}; nog ${dagen(n)}`,
    agreementExpired: (a, end, n) => `\`${a}\` liep af op ${end} maar staat nog in fase active; ${dagen(n)} geleden`,
    agreementExpiring: (a, end, n) => `\`${a}\` loopt af op ${end}; nog ${dagen(n)}`,
    deletionUnconfirmed: (a) =>
      `\`${a}\` is beëindigd maar verwijdering of teruggave van de gegevens is niet bevestigd (\`exit.deletion_confirmed\`)`,
    transferMissing: (a, name, country) =>
      `\`${a}\`: subverwerker ${name} (${country}) zit buiten de EER zonder passend beschermingsniveau en zonder doorgiftegrondslag (dpf, scc, bcr of derogation)`,
    obligationOverdue: (a, o, due, n, grace) =>
      `\`${a}\`: verplichting \`${o}\` had uiterlijk ${due} beoordeeld moeten zijn; ${dagen(n)} te laat (na ${dagen(grace)} marge)`,
    onceOverdue: (a, o, due, n) => `\`${a}\`: eenmalige verplichting \`${o}\` had op ${due} nagekomen moeten zijn; ${dagen(n)} te laat`,
    obligationNotMet: (a, o, date) => `\`${a}\`: verplichting \`${o}\` is niet nagekomen (beoordeling ${date})`,
    obligationPartiallyMet: (a, o, date) => `\`${a}\`: verplichting \`${o}\` is deels nagekomen (beoordeling ${date})`,
    kpiMissed: (a, o, value, cmp, target, unit) =>
      `\`${a}\`: verplichting \`${o}\` haalt de KPI niet: ${getal(value)}${unit} terwijl ${cmp} ${getal(target)}${unit} is afgesproken`,
    actionOverdue: (a, f, due, n, owner) =>
      `\`${a}\`: actie bij bevinding \`${f}\` had op ${due} klaar moeten zijn; ${dagen(n)} te laat` + (owner ? ` (eigenaar: ${owner})` : ''),
    meetingOverdue: (a, due, n, grace) =>
      `\`${a}\`: overleg met de verwerker was uiterlijk ${due} nodig; ${dagen(n)} te laat (na ${dagen(grace)} marge)`,
    trainingOverdue: (a, due, n, grace) =>
      `\`${a}\`: kennissessie voor medewerkers was uiterlijk ${due} nodig; ${dagen(n)} te laat (na ${dagen(grace)} marge)`,
    processorLate: (a, h, term) => `\`${a}\`: de verwerker meldde het incident na ${getal(h)} uur; afgesproken is ${term} uur`,
    authorityLate: (a, deadline, h) =>
      h === undefined
        ? `\`${a}\`: melding aan de Autoriteit Persoonsgegevens had uiterlijk ${deadline} gedaan moeten zijn (72 uur, art. 33 AVG) en ontbreekt`
        : `\`${a}\`: melding aan de Autoriteit Persoonsgegevens na ${getal(h)} uur; de grens is 72 uur (art. 33 AVG, uiterlijk ${deadline})`,
    reportMissing: (a, due, n) => `\`${a}\`: evaluatierapport van de verwerker over het incident was uiterlijk ${due} verwacht; ${dagen(n)} te laat`,
  },
  {
    evaluationOverdue: (a, due, n, basis) => `periodic evaluation of \`${a}\` was due by ${due} (${basis}); ${days(n)} late`,
    evaluationDueSoon: (a, due, n, basis) => `periodic evaluation of \`${a}\` is due by ${due} (${basis}); ${days(n)} left`,
    basis: (base, source, m, reason) =>
      reason === 'next-review'
        ? `brought forward by next_review in the evaluation of ${base}`
        : `${{ evaluation: 'last evaluation', start: 'start date', signed: 'signed' }[source]} ${base} + ${months(m)}` +
          (reason === 'non-compliant' ? ', follow-up after a non-compliant outcome' : ''),
    riskMissing: (a) => `\`${a}\` has no risk assessment (\`risk\`); without one it counts as high risk`,
    dpiaMissing: (a) => `\`${a}\`: a DPIA is required but \`risk.dpia.date\` is missing`,
    reviewIntervalTooLong: (a, m, level, policy) =>
      `\`${a}\`: review interval of ${months(m)} is longer than the policy for ${level} risk (${months(policy)})`,
    clauseMissing: (a, clause, letter) => `\`${a}\`: clause \`${clause}\` (GDPR art. 28(3)(${letter})) is missing from \`clauses\``,
    signedDateMissing: (a, phase) => `\`${a}\` is in phase ${phase} but \`dates.signed\` is missing`,
    breachTermMissing: (a) => `\`${a}\` sets no term for the processor to report a breach (\`breach_notice_hours\`)`,
    breachTermTooLong: (a, h, max) => `\`${a}\`: breach notice term of ${h} hours is longer than the maximum of ${max} hours`,
    assuranceMissing: (a, asOf) => `\`${a}\` is high risk but has no assurance valid on ${asOf}`,
    assuranceExpired: (a, type, until, n) => `\`${a}\`: ${type} was valid until ${until}; expired ${days(n)} ago`,
    assuranceExpiring: (a, type, until, n) => `\`${a}\`: ${type} expires on ${until}; ${days(n)} left`,
    agreementExpired: (a, end, n) => `\`${a}\` ended on ${end} but is still in phase active; ${days(n)} ago`,
    agreementExpiring: (a, end, n) => `\`${a}\` ends on ${end}; ${days(n)} left`,
    deletionUnconfirmed: (a) => `\`${a}\` has ended but deletion or return of the data is not confirmed (\`exit.deletion_confirmed\`)`,
    transferMissing: (a, name, country) =>
      `\`${a}\`: sub-processor ${name} (${country}) is outside the EEA without adequacy and has no transfer mechanism (dpf, scc, bcr or derogation)`,
    obligationOverdue: (a, o, due, n, grace) =>
      `\`${a}\`: obligation \`${o}\` was due for assessment by ${due}; ${days(n)} late (after ${days(grace)} grace)`,
    onceOverdue: (a, o, due, n) => `\`${a}\`: one-off obligation \`${o}\` was due on ${due}; ${days(n)} late`,
    obligationNotMet: (a, o, date) => `\`${a}\`: obligation \`${o}\` was not met (assessment of ${date})`,
    obligationPartiallyMet: (a, o, date) => `\`${a}\`: obligation \`${o}\` was partially met (assessment of ${date})`,
    kpiMissed: (a, o, value, cmp, target, unit) =>
      `\`${a}\`: obligation \`${o}\` misses its KPI: ${value}${unit} where ${cmp} ${target}${unit} was agreed`,
    actionOverdue: (a, f, due, n, owner) =>
      `\`${a}\`: the action on finding \`${f}\` was due on ${due}; ${days(n)} late` + (owner ? ` (owner: ${owner})` : ''),
    meetingOverdue: (a, due, n, grace) =>
      `\`${a}\`: a meeting with the processor was due by ${due}; ${days(n)} late (after ${days(grace)} grace)`,
    trainingOverdue: (a, due, n, grace) => `\`${a}\`: a staff training was due by ${due}; ${days(n)} late (after ${days(grace)} grace)`,
    processorLate: (a, h, term) => `\`${a}\`: the processor reported the incident after ${h} hours; the agreed term is ${term} hours`,
    authorityLate: (a, deadline, h) =>
      h === undefined
        ? `\`${a}\`: the notification to the supervisory authority was due by ${deadline} (72 hours, GDPR art. 33) and is missing`
        : `\`${a}\`: the supervisory authority was notified after ${h} hours; the limit is 72 hours (GDPR art. 33, by ${deadline})`,
    reportMissing: (a, due, n) => `\`${a}\`: the processor's evaluation report on the incident was due by ${due}; ${days(n)} late`,
  },
);
