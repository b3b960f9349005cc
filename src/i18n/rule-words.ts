import type { AssuranceType, ClauseKey, Level, Opinion, TransferMechanism } from '../register/types.js';
import type { Lang } from './lang.js';

/**
 * The nouns rule messages use for the register's code values, so a message
 * reads as a sentence a municipal colleague would write ("Het ISAE 3402 type
 * II-rapport was geldig tot …") and never shows a code value.
 */
export interface RuleWords {
  level: Record<Level, string>;
  /** With its article, as the subject of a sentence: "Het ISO 27001-certificaat". */
  assurance: Record<AssuranceType, string>;
  opinion: Record<Exclude<Opinion, 'unqualified'>, string>;
  clause: Record<ClauseKey, string>;
  processingPart: Record<'purposes' | 'data_subjects' | 'data_categories', string>;
  transfer: Record<TransferMechanism, string>;
}

const nl: RuleWords = {
  level: { low: 'laag', medium: 'middel', high: 'hoog' },
  assurance: {
    iso27001: 'Het ISO 27001-certificaat',
    nen7510: 'Het NEN 7510-certificaat',
    'isae3402-type1': 'Het ISAE 3402 type I-rapport',
    'isae3402-type2': 'Het ISAE 3402 type II-rapport',
    'soc2-type1': 'Het SOC 2 type I-rapport',
    'soc2-type2': 'Het SOC 2 type II-rapport',
    tpm: 'De Third Party Mededeling (TPM)',
    pentest: 'Het pentestrapport',
    other: 'Het overige assurancedocument',
  },
  opinion: { qualified: 'een oordeel met beperking', adverse: 'een afkeurend oordeel', disclaimer: 'een oordeelonthouding' },
  clause: {
    instructions: 'verwerking alleen op instructie',
    confidentiality: 'geheimhouding',
    security: 'beveiliging',
    subprocessors: 'subverwerkers',
    data_subject_rights: 'rechten van betrokkenen',
    assistance: 'bijstand aan de gemeente',
    deletion_return: 'verwijderen of teruggeven van de gegevens',
    audits: 'audits en inspecties',
  },
  processingPart: { purposes: 'de doeleinden', data_subjects: 'de categorieën betrokkenen', data_categories: 'de soorten persoonsgegevens' },
  transfer: {
    adequacy: 'een adequaatheidsbesluit',
    dpf: 'het EU-VS Data Privacy Framework',
    scc: 'standaardcontractbepalingen',
    bcr: 'bindende bedrijfsvoorschriften',
    derogation: 'een uitzondering van art. 49 AVG',
  },
};

const en: RuleWords = {
  level: { low: 'low', medium: 'medium', high: 'high' },
  assurance: {
    iso27001: 'The ISO 27001 certificate',
    nen7510: 'The NEN 7510 certificate',
    'isae3402-type1': 'The ISAE 3402 type I report',
    'isae3402-type2': 'The ISAE 3402 type II report',
    'soc2-type1': 'The SOC 2 type I report',
    'soc2-type2': 'The SOC 2 type II report',
    tpm: 'The third party memorandum (TPM)',
    pentest: 'The penetration test report',
    other: 'The other assurance document',
  },
  opinion: { qualified: 'a qualified opinion', adverse: 'an adverse opinion', disclaimer: 'a disclaimer of opinion' },
  clause: {
    instructions: 'processing only on instructions',
    confidentiality: 'confidentiality',
    security: 'security',
    subprocessors: 'sub-processors',
    data_subject_rights: "data subjects' rights",
    assistance: 'assistance to the municipality',
    deletion_return: 'deletion or return of the data',
    audits: 'audits and inspections',
  },
  processingPart: { purposes: 'its purposes', data_subjects: 'the categories of data subjects', data_categories: 'the types of personal data' },
  transfer: {
    adequacy: 'an adequacy decision',
    dpf: 'the EU-US Data Privacy Framework',
    scc: 'standard contractual clauses',
    bcr: 'binding corporate rules',
    derogation: 'a GDPR art. 49 derogation',
  },
};

const WORDS: Record<Lang, RuleWords> = { nl, en };

export function ruleWords(lang: Lang): RuleWords {
  return WORDS[lang];
}

const regionNames = new Map<Lang, Intl.DisplayNames>();
/** Names asked before, per language and code: Intl takes about 5 µs a name, and a register names few countries many times. */
const namesGiven = new Map<string, string>();

/** "India": the country's name in the language (from the ICU data Node.js ships with), or the code when it has none. */
export function regionName(code: string, lang: Lang): string {
  const key = `${lang}:${code}`;
  const given = namesGiven.get(key);
  if (given !== undefined) return given;
  let names = regionNames.get(lang);
  if (names === undefined) {
    names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
    regionNames.set(lang, names);
  }
  let name: string;
  try {
    name = names.of(code) ?? code;
  } catch {
    name = code; // not a region code Intl knows: show it as written
  }
  // Bounded: codes come from the register, which may hold any text.
  if (namesGiven.size >= 10_000) namesGiven.clear();
  namesGiven.set(key, name);
  return name;
}

/** "India, IN": the country's name in the language and its code. */
export function countryName(code: string, lang: Lang): string {
  const name = regionName(code, lang);
  return name === code ? code : `${name}, ${code}`;
}
