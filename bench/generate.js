// Synthetic registers for the benchmark: realistic, valid, deterministic (seeded).
//
// Every date and date-time is QUOTED: ajv-cli reads YAML with js-yaml 3 (YAML 1.1),
// which would turn an unquoted 2025-03-01 into a Date object and fail the schema,
// while `vo` (YAML 1.2) reads it as a string. Quoted, both tools see the same data.
import { Buffer } from 'node:buffer';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The as-of date the benchmark checks against; the data is spread around it. */
export const BENCH_AS_OF = '2026-10-01';

const DEPARTMENTS = [
  ['burgerzaken', 'Burgerzaken'],
  ['sociaal-domein', 'Sociaal Domein'],
  ['belastingen', 'Belastingen'],
  ['bedrijfsvoering', 'Bedrijfsvoering en P&O'],
  ['informatievoorziening', 'Informatievoorziening'],
  ['openbare-ruimte', 'Openbare Ruimte'],
  ['veiligheid', 'Openbare Orde en Veiligheid'],
  ['ruimtelijke-ordening', 'Ruimtelijke Ordening'],
];
const SERVICES = [
  'zaaksysteem', 'parkeervergunningen', 'wmo-registratie', 'salarisadministratie', 'e-formulieren',
  'afvalpassen', 'documentmanagement', 'klantcontactcentrum', 'jeugdhulp-portaal', 'belastingen-woz',
  'schuldhulpverlening', 'leerlingenvervoer', 'camera-toezicht', 'e-mailarchivering', 'afsprakenplanner',
];
const COMPANIES = ['Zaakwijzer', 'Dossierdienst', 'Stadsdata', 'Polderware', 'Noordlicht ICT', 'Gemeentewerk', 'Datahaven', 'Rekenhuis'];
const PEOPLE = ['L. Smit', 'R. van Dijk', 'S. El Amrani', 'P. Hoekstra', 'J. Verbeek', 'K. Brouwer', 'T. de Graaf', 'M. Kramer', 'E. de Wit', 'A. Yilmaz'];
const SUBPROCESSORS = [
  ['Noordhaven Datacenters B.V.', 'Hosting en beheer van de infrastructuur', 'NL', null],
  ['Backupkluis GmbH', 'Versleutelde back-up op tweede locatie', 'DE', null],
  ['Microsoft Ireland Operations Ltd.', 'E-mail en kantoorsoftware', 'IE', null],
  ['Amazon Web Services EMEA SARL', 'Cloudhosting', 'LU', null],
  ['Mailwolk Inc.', 'Verzending van e-mailnotificaties', 'US', 'dpf'],
  ['Helpdesk Solutions Ltd.', 'Tweedelijns support', 'GB', 'adequacy'],
  ['Smsdienst India Pvt. Ltd.', 'Verzending van sms-berichten', 'IN', 'scc'],
];
const ASSURANCE = ['iso27001', 'isae3402-type2', 'soc2-type2', 'pentest', 'nen7510', 'tpm'];
const CLAUSES = {
  instructions: 'art. 4 en bijlage 1',
  confidentiality: 'art. 6',
  security: 'art. 7 en bijlage 2',
  subprocessors: 'art. 8 en bijlage 3',
  data_subject_rights: 'art. 10.1',
  assistance: 'art. 10.2 en art. 11',
  deletion_return: 'art. 14 en bijlage 4 (exitplan)',
  audits: 'art. 12',
};
const OBLIGATIONS = [
  ['isae-rapportage', 'Jaarlijkse ISAE 3402-rapportage aanleveren', 'processor', 'yearly', 'assurance'],
  ['beschikbaarheid', 'Maandelijkse beschikbaarheidsrapportage', 'processor', 'monthly', 'dienstverlening'],
  ['pentest', 'Jaarlijkse penetratietest en rapportage van de bevindingen', 'processor', 'yearly', 'beveiliging'],
  ['autorisaties', 'Halfjaarlijkse controle van de autorisaties', 'controller', 'half-yearly', 'beveiliging'],
  ['exitplan', 'Exitplan opstellen en ter goedkeuring voorleggen', 'processor', 'once', 'exit'],
  ['datalekmelding', 'Beveiligingsincidenten en datalekken tijdig melden', 'processor', 'on-event', 'incidenten'],
  ['kwartaalrapportage', 'Kwartaalrapportage dienstverlening en wijzigingen', 'processor', 'quarterly', 'dienstverlening'],
];
const CHECKLIST = ['monitoring', 'security-measures', 'reports-received', 'assurance-current', 'incidents-handled', 'subprocessors-current', 'staff-aware', 'meetings-held'];

/** mulberry32: a small, fast, seeded PRNG, so every run writes the same register. */
function random(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const DAY = 86_400_000;
const asOfMs = Date.parse(`${BENCH_AS_OF}T00:00:00Z`);
const date = (ms) => new Date(ms).toISOString().slice(0, 10);
const dateTime = (ms) => new Date(ms).toISOString().slice(0, 16);
const q = (text) => JSON.stringify(text); // a double-quoted YAML scalar

function agreementYaml(rnd, index) {
  const service = rnd.pick(SERVICES);
  const id = `ovk-${String(index).padStart(5, '0')}-${service}`;
  const department = rnd.pick(DEPARTMENTS)[0];
  const company = `${rnd.pick(COMPANIES)} ${rnd.pick(['B.V.', 'N.V.', 'Software B.V.', 'Diensten B.V.'])}`;
  const phase = rnd.chance(0.82) ? 'active' : rnd.pick(['draft', 'signing', 'ended']);
  const signedMs = asOfMs - rnd.int(60, 2200) * DAY;
  const impact = rnd.pick(['low', 'medium', 'high']);
  const likelihood = rnd.pick(['low', 'medium', 'high']);
  const obligations = OBLIGATIONS.filter(() => rnd.chance(0.6));
  const lines = [
    `id: ${id}`,
    `title: Verwerkersovereenkomst ${service.replace(/-/g, ' ')} ${company}`,
    `department: ${department}`,
    'process_owner:',
    `  name: ${rnd.pick(PEOPLE)}`,
    `  email: proceseigenaar.${index}@gemeente.example`,
    '  function: Teamleider',
    'processor:',
    `  name: ${company}`,
    `  kvk: "${String(10_000_000 + rnd.int(0, 89_999_999))}"`,
    '  contact:',
    `    name: ${rnd.pick(PEOPLE)}`,
    `    email: contractbeheer@${company.split(' ')[0].toLowerCase()}.example`,
    `    phone: "+31 85 555 ${String(rnd.int(0, 9999)).padStart(4, '0')}"`,
    `service: ${service.replace(/-/g, ' ')} (SaaS)`,
    `phase: ${phase}`,
    'template:',
    '  name: VNG Standaard Verwerkersovereenkomst Gemeenten',
    `  version: "${rnd.pick(['2.42', '3.0'])}"`,
    'dates:',
    `  signed: "${date(signedMs)}"`,
    `  start: "${date(signedMs + rnd.int(1, 60) * DAY)}"`,
    ...(phase === 'ended' ? [`  end: "${date(signedMs + Math.floor((asOfMs - signedMs) * 0.8))}"`] : []),
    'processing:',
    '  purposes:',
    `    - Uitvoering van de taak ${service.replace(/-/g, ' ')}`,
    '    - Archivering volgens de Archiefwet',
    '  data_subjects:',
    '    - Inwoners',
    '    - Medewerkers van de gemeente',
    '  data_categories:',
    '    - NAW-gegevens',
    '    - BSN',
    '    - Contactgegevens',
    `  approx_subjects: ${rnd.int(100, 90_000)}`,
    'risk:',
    `  impact: ${impact}`,
    `  likelihood: ${likelihood}`,
    `  assessed: "${date(signedMs - rnd.int(5, 60) * DAY)}"`,
    '  method: MAPGOOD',
    '  dpia:',
    `    required: ${impact === 'high'}`,
    ...(impact === 'high' ? [`    date: "${date(signedMs - rnd.int(10, 90) * DAY)}"`] : []),
    `breach_notice_hours: ${rnd.pick([24, 24, 36, 48])}`,
    'clauses:',
    ...Object.entries(CLAUSES).map(([key, value]) => `  ${key}: ${value}`),
    'subprocessors:',
    ...Array.from({ length: rnd.int(1, 3) }, () => {
      const [name, what, country, transfer] = rnd.pick(SUBPROCESSORS);
      return [`  - name: ${name}`, `    service: ${what}`, `    country: ${country}`, ...(transfer ? [`    transfer: ${transfer}`] : []), '    approved: true'];
    }).flat(),
    'assurance:',
    ...Array.from({ length: rnd.int(1, 3) }, () => [
      `  - type: ${rnd.pick(ASSURANCE)}`,
      `    valid_until: "${date(asOfMs + rnd.int(-60, 900) * DAY)}"`,
      '    issuer: Certificeringsinstituut Noord',
      `    received: "${date(asOfMs - rnd.int(30, 400) * DAY)}"`,
    ]).flat(),
    ...(obligations.length > 0 ? ['obligations:'] : []),
    ...obligations.flatMap(([oid, title, party, frequency, category]) => [
      `  - id: ${oid}`,
      `    title: ${title}`,
      `    party: ${party}`,
      `    frequency: ${frequency}`,
      ...(frequency === 'once' ? [`    due: "${date(signedMs + rnd.int(90, 400) * DAY)}"`] : []),
      `    category: ${category}`,
      `    owner: ${rnd.pick(PEOPLE)}`,
      ...(oid === 'beschikbaarheid' ? ['    kpi:', '      metric: beschikbaarheid', '      target: 99.5', '      comparison: ">="', '      unit: "%"'] : []),
    ]),
    'monitoring:',
    `  meetings: ${rnd.pick(['quarterly', 'half-yearly', 'yearly'])}`,
    '  training: yearly',
    'documents:',
    '  - title: Getekende verwerkersovereenkomst',
    `    ref: https://dms.gemeente.example/contracten/${id}.pdf`,
    'notes: >-',
    '  Synthetische overeenkomst voor de benchmark. Beheerd door de proceseigenaar',
    '  en jaarlijks besproken in het overleg met de verwerker.',
  ];
  return { id, signedMs, obligations, text: `${lines.join('\n')}\n` };
}

/**
 * The n-th evaluation, counted back from the as-of date. A well-kept agreement
 * (most of them) had its periodic evaluation, a meeting and a training session
 * recently; a neglected one has its evaluations spread over its whole life, so
 * the register gets a realistic mix of files with and without findings.
 */
function evaluationYaml(rnd, agreement, n, total, wellKept) {
  const type = wellKept && n < 3 ? ['periodic', 'meeting', 'training'][n] : rnd.pick(['periodic', 'meeting', 'report-review', 'internal-audit']);
  const ms = wellKept
    ? Math.max(agreement.signedMs + DAY, asOfMs - rnd.int(10, 40) * DAY - n * rnd.int(20, 60) * DAY)
    : agreement.signedMs + Math.floor(((asOfMs - agreement.signedMs) * (n + 0.3 + rnd.next() * 0.6)) / (total + 0.2));
  const recurring = agreement.obligations.filter(([, , , frequency]) => frequency !== 'on-event');
  const assessed = recurring.filter(() => (wellKept && n === 0) || rnd.chance(0.4));
  const id = `${date(ms)}-${agreement.id}-${n}`;
  const audit = type === 'periodic' || type === 'internal-audit';
  const lines = [
    `id: ${id}`,
    `agreement: ${agreement.id}`,
    `date: "${date(ms)}"`,
    `type: ${type}`,
    ...(audit ? [`outcome: ${rnd.chance(0.85) ? 'compliant' : rnd.pick(['partially-compliant', 'non-compliant'])}`] : []),
    'evaluators:',
    `  - ${rnd.pick(PEOPLE)} (proceseigenaar)`,
    '  - E. de Wit (privacy officer)',
    `summary: ${q(`Evaluatie ${n + 1} van ${agreement.id}: besproken en vastgelegd.`)}`,
    // At least one item: the schema refuses an empty checklist (the first item stays when chance drops them all).
    ...(audit ? ['checklist:', ...CHECKLIST.filter((_, i) => rnd.chance(0.7) || i === 0).flatMap((item) => [`  - item: ${item}`, `    answer: "${rnd.chance(0.9) ? 'yes' : 'partial'}"`])] : []),
    ...(assessed.length > 0 ? ['obligations:'] : []),
    ...assessed.flatMap(([oid]) => [
      `  - id: ${oid}`,
      `    status: ${rnd.chance(0.95) ? 'met' : 'partially-met'}`,
      ...(oid === 'beschikbaarheid' ? [`    value: ${(99.3 + rnd.next() * 0.69).toFixed(2)}`] : []),
    ]),
    ...(audit && rnd.chance(0.3)
      ? [
          'findings:',
          '  - id: f1',
          '    description: Autorisatiematrix niet actueel',
          '    severity: medium',
          '    action: Matrix bijwerken en laten vaststellen',
          `    due: "${date(ms + 90 * DAY)}"`,
          `    status: ${ms + 60 * DAY < asOfMs ? 'resolved' : 'open'}`,
          ...(ms + 60 * DAY < asOfMs ? [`    resolved: "${date(ms + 60 * DAY)}"`] : []),
        ]
      : []),
  ];
  const year = date(ms).slice(0, 4);
  return { path: join('evaluations', year, `${id}.yaml`), text: `${lines.join('\n')}\n` };
}

function incidentYaml(rnd, agreement, n) {
  const awareMs = asOfMs - rnd.int(5, 700) * DAY - rnd.int(0, 23) * 3_600_000;
  const notifiedMs = awareMs + rnd.int(1, 30) * 3_600_000;
  const breach = rnd.chance(0.5);
  const id = `${date(awareMs)}-${agreement.id}-incident-${n}`;
  const closed = awareMs + 40 * DAY < asOfMs;
  const lines = [
    `id: ${id}`,
    `agreement: ${agreement.id}`,
    `title: ${breach ? 'Gegevens bij de verkeerde ontvanger' : 'Phishingpoging op beheerdersaccounts'}`,
    `type: ${breach ? 'data-breach' : 'security-incident'}`,
    `processor_aware: "${dateTime(awareMs)}"`,
    `controller_notified: "${dateTime(notifiedMs)}"`,
    `authority_notification: ${breach ? 'required' : 'not-required'}`,
    ...(breach ? [`authority_notified: "${dateTime(notifiedMs + rnd.int(2, 70) * 3_600_000)}"`, 'subjects_notified: true', `approx_subjects: ${rnd.int(1, 500)}`] : []),
    'description: >-',
    '  Door een fout in een koppeling zijn berichten bij een andere ontvanger',
    '  terechtgekomen; de verwerker heeft dit zelf ontdekt en gemeld.',
    'measures: Koppeling hersteld en een controle toegevoegd.',
    ...(closed ? ['evaluation_report:', `  received: "${date(notifiedMs + rnd.int(5, 25) * DAY)}"`, `  ref: https://dms.gemeente.example/incidenten/${id}.pdf`] : []),
    `status: ${closed ? 'closed' : 'open'}`,
    ...(closed ? [`closed: "${date(awareMs + 35 * DAY)}"`] : []),
  ];
  return { path: join('incidents', date(awareMs).slice(0, 4), `${id}.yaml`), text: `${lines.join('\n')}\n` };
}

/**
 * Write a register of `count` agreements into `dir` (emptied first): about four
 * evaluations per agreement and an incident for one in five. Returns the counts.
 */
export function generateRegister(dir, count, seed = 20261001) {
  const rnd = random(seed + count);
  rmSync(dir, { recursive: true, force: true });
  const files = new Map();
  files.set('vo.config.yaml', [
    'organisation: Gemeente Benchmark',
    'locale: nl',
    'timezone: Europe/Amsterdam',
    'departments:',
    ...DEPARTMENTS.flatMap(([id, name]) => [`  - id: ${id}`, `    name: ${name}`]),
    '',
  ].join('\n'));
  const counts = { agreements: 0, evaluations: 0, incidents: 0, bytes: 0 };
  for (let index = 1; index <= count; index++) {
    const agreement = agreementYaml(rnd, index);
    files.set(join('agreements', `${agreement.id}.yaml`), agreement.text);
    counts.agreements++;
    const evaluations = rnd.int(3, 5);
    const wellKept = rnd.chance(0.75);
    for (let n = 0; n < evaluations; n++) {
      const evaluation = evaluationYaml(rnd, agreement, n, evaluations, wellKept);
      files.set(evaluation.path, evaluation.text);
      counts.evaluations++;
    }
    if (rnd.chance(0.2)) {
      const incident = incidentYaml(rnd, agreement, 1);
      files.set(incident.path, incident.text);
      counts.incidents++;
    }
  }
  for (const [path, text] of files) {
    const absolute = join(dir, path);
    mkdirSync(join(absolute, '..'), { recursive: true });
    writeFileSync(absolute, text);
    counts.bytes += Buffer.byteLength(text);
  }
  return counts;
}
