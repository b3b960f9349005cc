import type { ChoiceKind } from './fields.js';

/**
 * The words people type for the register's code values, in Dutch and English.
 * Matching ignores case, accents, spaces, dots and dashes (`ISO/IEC 27001`,
 * `iso27001` and `Iso 27001` are one), so the lists hold one spelling each.
 * The code value itself is always accepted too.
 */
export const CHOICES: Record<ChoiceKind, Record<string, readonly string[]>> = {
  phase: {
    draft: ['concept', 'in opstelling', 'opstellen', 'in voorbereiding', 'ontwerp', 'drafting'],
    signing: ['ondertekening', 'ter ondertekening', 'in ondertekening', 'te ondertekenen', 'for signature'],
    active: ['actief', 'beheer', 'in beheer', 'lopend', 'getekend', 'in werking', 'van kracht', 'in force', 'live'],
    ended: ['beëindigd', 'afgelopen', 'opgezegd', 'gestopt', 'einde', 'beeindigd'],
  },
  level: {
    high: ['hoog', 'h', 'groot'],
    medium: ['middel', 'midden', 'gemiddeld', 'm', 'matig', 'med'],
    low: ['laag', 'l', 'klein'],
  },
  cadence: {
    monthly: ['maandelijks', 'elke maand', 'per maand', 'maand'],
    quarterly: ['per kwartaal', 'kwartaal', 'elk kwartaal', 'driemaandelijks', 'kwartaallijks'],
    'half-yearly': ['halfjaarlijks', 'per half jaar', 'elk half jaar', 'half jaar', 'halfyearly', 'semiannual', 'twice a year'],
    yearly: ['jaarlijks', 'per jaar', 'elk jaar', 'jaar', 'annual', 'annually'],
  },
  frequency: {
    once: ['eenmalig', 'eenmaal', '1x', 'one-off'],
    monthly: ['maandelijks', 'elke maand', 'per maand', 'maand'],
    quarterly: ['per kwartaal', 'kwartaal', 'elk kwartaal', 'driemaandelijks', 'kwartaallijks'],
    'half-yearly': ['halfjaarlijks', 'per half jaar', 'elk half jaar', 'half jaar', 'semiannual', 'twice a year'],
    yearly: ['jaarlijks', 'per jaar', 'elk jaar', 'jaar', 'annual', 'annually'],
    'on-event': ['bij gebeurtenis', 'incidenteel', 'bij incident', 'zo nodig', 'on event', 'as needed'],
  },
  party: {
    processor: ['verwerker', 'leverancier', 'supplier', 'vendor'],
    controller: ['gemeente', 'wij', 'opdrachtgever', 'verwerkingsverantwoordelijke', 'verantwoordelijke', 'municipality', 'us'],
  },
  transfer: {
    adequacy: ['adequaatheidsbesluit', 'adequaat', 'adequacy decision'],
    dpf: ['data privacy framework', 'eu-us data privacy framework', 'eu-vs data privacy framework'],
    scc: ['modelcontractbepalingen', 'standaardcontractbepalingen', 'standard contractual clauses'],
    bcr: ['bindende bedrijfsvoorschriften', 'binding corporate rules'],
    derogation: ['uitzondering', 'art. 49', 'artikel 49'],
  },
  assurance: {
    iso27001: ['iso 27001', 'iso/iec 27001', 'iso27001:2022', 'iso 27001:2022'],
    nen7510: ['nen 7510'],
    'isae3402-type1': ['isae 3402 type 1', 'isae 3402 type i', 'isae3402 type1'],
    'isae3402-type2': ['isae 3402 type 2', 'isae 3402 type ii', 'isae3402 type2'],
    'soc2-type1': ['soc 2 type 1', 'soc 2 type i', 'soc2 type1'],
    'soc2-type2': ['soc 2 type 2', 'soc 2 type ii', 'soc2 type2'],
    tpm: ['third party mededeling', 'derdenverklaring', 'third-party statement'],
    pentest: ['penetratietest', 'pen test', 'penetration test'],
    other: ['overig', 'anders', 'andere'],
  },
  comparison: {
    '>=': ['≥', 'minimaal', 'ten minste', 'tenminste', 'minstens', 'at least', 'min'],
    '<=': ['≤', 'maximaal', 'hoogstens', 'ten hoogste', 'at most', 'max'],
  },
  exitMethod: {
    deleted: ['verwijderd', 'vernietigd'],
    returned: ['teruggegeven', 'teruggeleverd', 'geretourneerd'],
  },
};

/** Lower case without accents, spaces, dots, dashes, slashes or underscores. */
export function compact(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s._\-/]+/g, '');
}

const INDEX = new Map<ChoiceKind, Map<string, string>>(
  (Object.keys(CHOICES) as ChoiceKind[]).map((kind) => {
    const index = new Map<string, string>();
    for (const [code, words] of Object.entries(CHOICES[kind])) {
      for (const word of [code, ...words]) index.set(word === '≥' || word === '≤' ? word : compact(word), code);
    }
    return [kind, index];
  }),
);

/**
 * The code value a word stands for; `own` are the mapping file's words for this
 * field (`values:`), tried first, exactly and then loosely.
 */
export function choiceOf(kind: ChoiceKind, text: string, own: Readonly<Record<string, string>> = {}): string | undefined {
  const trimmed = text.trim();
  if (Object.hasOwn(own, trimmed)) return own[trimmed];
  const loose = Object.entries(own).find(([word]) => compact(word) === compact(trimmed));
  if (loose !== undefined) return loose[1];
  const index = INDEX.get(kind);
  return index?.get(trimmed) ?? index?.get(compact(trimmed));
}

export function choiceCodes(kind: ChoiceKind): string[] {
  return Object.keys(CHOICES[kind]);
}
