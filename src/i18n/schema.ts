import { defineMessages } from './lang.js';
import { regionName } from './rule-words.js';

/** Keys that are required only in some cases (see docs/format.md). */
export type ConditionalKey = 'outcome' | 'resolved' | 'due' | 'processor_aware' | 'controller_notified';

export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'null';

interface SchemaMessages {
  unknownKey(key: string, suggestion?: string): string;
  missingKey(key: string): string;
  /** Required only in some cases (the conditionals of docs/format.md). */
  missingConditional(key: ConditionalKey): string;
  wrongType(key: string, expected: JsonType[], actual: JsonType): string;
  quoteIt(key: string, source: string): string;
  notInEnum(key: string, value: string, allowed: string[], suggestion?: string): string;
  badDate(key: string, value: string): string;
  badDateTime(key: string, value: string): string;
  badRecordId(key: string, value: string): string;
  badDepartmentId(key: string, value: string): string;
  badKvk(value: string): string;
  /** Not an assigned ISO 3166-1 alpha-2 code; `meant` is the assigned code it most likely stands for (UK → GB). */
  badCountry(key: string, value: string, meant?: string): string;
  badPattern(key: string, value: string, pattern: string): string;
  badEmail(key: string, value: string): string;
  tooSmall(key: string, limit: number): string;
  tooLarge(key: string, limit: number): string;
  emptyText(key: string): string;
  /** Text of only spaces where something must be said (a name, a reference, a reason). */
  blankText(key: string): string;
  tooFewItems(key: string, limit: number): string;
  badTimezone(value: string): string;
  notFinite(key: string, source: string): string;
  integrityRuleFixed(rule: string): string;
  /** `risk` with `impact` and no `likelihood`, or the other way round. */
  pairIncomplete(present: string, missing: string): string;
  /** `risk` with neither the pair nor a component. */
  riskUnassessed(key: string): string;
  /** An assurance item without `valid_until` and `period_end`. */
  assuranceNoEnd(key: string): string;
  /** An `adequate_countries` entry that is neither a code nor `{country, until}`. */
  adequateEntry(key: string): string;
  /** A MAPGOOD component listed a second time; `firstLine` is where it was listed first. */
  duplicateComponent(component: string, firstLine: number): string;
  /** Any other value that fits none of the forms a schema allows. */
  noAlternative(key: string): string;
  other(key: string, detail: string): string;
}

const typeNl: Record<JsonType, string> = {
  string: 'tekst',
  integer: 'een geheel getal',
  number: 'een getal',
  boolean: 'true of false',
  object: 'een object met sleutels',
  array: 'een lijst',
  null: 'leeg',
};
const typeEn: Record<JsonType, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object with keys',
  array: 'a list',
  null: 'empty',
};

export const schemaText = defineMessages<SchemaMessages>(
  {
    unknownKey: (key, suggestion) =>
      `onbekende sleutel \`${key}\`` +
      (suggestion ? `, bedoelde u \`${suggestion}\`?` : '; eigen gegevens mogen onder een sleutel die met `x-` begint'),
    missingKey: (key) => `verplichte sleutel \`${key}\` ontbreekt`,
    missingConditional: (key) =>
      ({
        outcome: 'sleutel `outcome` ontbreekt: een periodieke evaluatie of audit heeft een uitkomst (compliant, partially-compliant, non-compliant)',
        resolved: 'sleutel `resolved` ontbreekt: een opgeloste bevinding heeft de datum waarop zij is opgelost',
        due: 'sleutel `due` ontbreekt: een eenmalige verplichting (`frequency: once`) heeft een deadline',
        processor_aware:
          'sleutel `processor_aware` ontbreekt: schrijf wanneer de verwerker het incident ontdekte, bijvoorbeeld `processor_aware: 2025-07-01T09:30`, of `discovered_by: controller` als de gemeente het zelf ontdekte',
        controller_notified:
          'sleutel `controller_notified` ontbreekt: bij `discovered_by: controller` is dat het moment waarop de gemeente het incident ontdekte, bijvoorbeeld `controller_notified: 2025-07-01T09:30`',
      })[key],
    wrongType: (key, expected, actual) =>
      `\`${key}\` moet ${expected.map((t) => typeNl[t]).join(' of ')} zijn, niet ${typeNl[actual]}`,
    quoteIt: (key, source) =>
      `\`${key}\` moet tekst zijn: zet de waarde tussen aanhalingstekens, bijvoorbeeld \`${key}: "${source}"\``,
    notInEnum: (key, value, allowed, suggestion) =>
      `\`${value}\` is geen toegestane waarde voor \`${key}\`` +
      (suggestion ? ` (bedoelde u \`${suggestion}\`?)` : '') +
      `; toegestaan: ${allowed.join(', ')}`,
    badDate: (key, value) =>
      `\`${key}\`: \`${value}\` is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2025-07-01`,
    badDateTime: (key, value) =>
      `\`${key}\`: \`${value}\` is geen geldig tijdstip; schrijf bijvoorbeeld 2025-07-01T09:30 of 2025-07-01T09:30+02:00`,
    badRecordId: (key, value) =>
      `\`${key}\`: \`${value}\` is geen geldig id; gebruik kleine letters, cijfers, punt, liggend streepje en koppelteken, beginnend met een letter of cijfer`,
    badDepartmentId: (key, value) =>
      `\`${key}\`: \`${value}\` is geen geldig afdelings-id; gebruik kleine letters, cijfers en koppeltekens`,
    badKvk: (value) => `\`kvk\`: \`${value}\` is geen KvK-nummer; verwacht precies 8 cijfers`,
    badCountry: (key, value, meant) =>
      `\`${key}\`: \`${value}\` is geen ISO 3166-1 alfa-2-landcode; ` +
      (meant ? `bedoelde u \`${meant}\` (${regionName(meant, 'nl')})?` : 'schrijf een toegekende code in hoofdletters, zoals NL, DE of US'),
    badPattern: (key, value, pattern) => `\`${key}\`: \`${value}\` heeft niet de verwachte vorm (${pattern})`,
    badEmail: (key, value) => {
      const address = addressIn(value);
      return `\`${key}\`: \`${value}\` is geen geldig e-mailadres` + (address ? `; schrijf alleen het adres, \`${key}: ${address}\`, en de naam onder \`name\`` : '');
    },
    tooSmall: (key, limit) => `\`${key}\` moet minstens ${limit} zijn`,
    tooLarge: (key, limit) => `\`${key}\` mag ten hoogste ${limit} zijn`,
    emptyText: (key) => `\`${key}\` mag niet leeg zijn`,
    blankText: (key) => `\`${key}\` mag niet leeg zijn: alleen spaties is geen waarde`,
    tooFewItems: (key, limit) => `\`${key}\` moet minstens ${limit} ${limit === 1 ? 'element' : 'elementen'} bevatten`,
    badTimezone: (value) => `\`timezone\`: \`${value}\` is geen bekende IANA-tijdzone, zoals Europe/Amsterdam`,
    notFinite: (key, source) => `\`${key}\`: \`${source}\` is geen bruikbaar getal; schrijf een eindig getal zoals 12`,
    integrityRuleFixed: (rule) => `\`${rule}\` is een integriteitsregel: die is altijd een fout en kan niet worden aangepast`,
    pairIncomplete: (present, missing) =>
      `\`risk\` heeft \`${present}\` maar geen \`${missing}\`: impact en kans horen samen; vul ook \`${missing}\` in (low, medium of high)`,
    riskUnassessed: (key) =>
      `\`${key}\` bevat geen beoordeling: schrijf \`impact\` en \`likelihood\` (low, medium of high), of ten minste één MAPGOOD-onderdeel onder \`components\`, of allebei`,
    assuranceNoEnd: (key) =>
      `\`${key}\` heeft geen einddatum: schrijf \`valid_until\` (geldig tot en met) of \`period_end\` (einde van de onderzochte periode), of allebei`,
    adequateEntry: (key) => `\`${key}\`: schrijf een landcode zoals BR, of een land met einddatum zoals \`{country: GB, until: 2031-12-27}\``,
    duplicateComponent: (component, firstLine) =>
      `onderdeel \`${component}\` staat al in \`components\` (regel ${firstLine}); elk MAPGOOD-onderdeel komt één keer voor: voeg de twee samen`,
    noAlternative: (key) => `\`${key}\` heeft geen van de toegestane vormen; \`vo schema\` en docs/format.md beschrijven wat hier mag`,
    other: (key, detail) => `\`${key}\`: ${detail}`,
  },
  {
    unknownKey: (key, suggestion) =>
      `unknown key \`${key}\`` +
      (suggestion ? `, did you mean \`${suggestion}\`?` : '; put your own data under a key that starts with `x-`'),
    missingKey: (key) => `required key \`${key}\` is missing`,
    missingConditional: (key) =>
      ({
        outcome: 'key `outcome` is missing: a periodic evaluation or audit needs an outcome (compliant, partially-compliant, non-compliant)',
        resolved: 'key `resolved` is missing: a resolved finding needs the date it was resolved',
        due: 'key `due` is missing: a one-off obligation (`frequency: once`) needs a due date',
        processor_aware:
          'key `processor_aware` is missing: write when the processor became aware of the incident, e.g. `processor_aware: 2025-07-01T09:30`, or `discovered_by: controller` when the municipality found it itself',
        controller_notified:
          'key `controller_notified` is missing: with `discovered_by: controller` it is the moment the municipality found the incident, e.g. `controller_notified: 2025-07-01T09:30`',
      })[key],
    wrongType: (key, expected, actual) =>
      `\`${key}\` must be ${expected.map((t) => typeEn[t]).join(' or ')}, not ${typeEn[actual]}`,
    quoteIt: (key, source) => `\`${key}\` must be text: quote it, e.g. \`${key}: "${source}"\``,
    notInEnum: (key, value, allowed, suggestion) =>
      `\`${value}\` is not an allowed value for \`${key}\`` +
      (suggestion ? ` (did you mean \`${suggestion}\`?)` : '') +
      `; allowed: ${allowed.join(', ')}`,
    badDate: (key, value) => `\`${key}\`: \`${value}\` is not an existing date; write YYYY-MM-DD, e.g. 2025-07-01`,
    badDateTime: (key, value) =>
      `\`${key}\`: \`${value}\` is not a valid date-time; write e.g. 2025-07-01T09:30 or 2025-07-01T09:30+02:00`,
    badRecordId: (key, value) =>
      `\`${key}\`: \`${value}\` is not a valid id; use lowercase letters, digits, dot, underscore and hyphen, starting with a letter or digit`,
    badDepartmentId: (key, value) =>
      `\`${key}\`: \`${value}\` is not a valid department id; use lowercase letters, digits and hyphens`,
    badKvk: (value) => `\`kvk\`: \`${value}\` is not a KvK number; expected exactly 8 digits`,
    badCountry: (key, value, meant) =>
      `\`${key}\`: \`${value}\` is not an ISO 3166-1 alpha-2 country code; ` +
      (meant ? `did you mean \`${meant}\` (${regionName(meant, 'en')})?` : 'write an assigned code in capitals, such as NL, DE or US'),
    badPattern: (key, value, pattern) => `\`${key}\`: \`${value}\` does not have the expected form (${pattern})`,
    badEmail: (key, value) => {
      const address = addressIn(value);
      return `\`${key}\`: \`${value}\` is not a valid e-mail address` + (address ? `; write the address alone, \`${key}: ${address}\`, and the name under \`name\`` : '');
    },
    tooSmall: (key, limit) => `\`${key}\` must be at least ${limit}`,
    tooLarge: (key, limit) => `\`${key}\` must be at most ${limit}`,
    emptyText: (key) => `\`${key}\` must not be empty`,
    blankText: (key) => `\`${key}\` must not be blank: spaces alone are no value`,
    tooFewItems: (key, limit) => `\`${key}\` needs at least ${limit} ${limit === 1 ? 'item' : 'items'}`,
    badTimezone: (value) => `\`timezone\`: \`${value}\` is not a known IANA time zone, such as Europe/Amsterdam`,
    notFinite: (key, source) => `\`${key}\`: \`${source}\` is not a usable number; write a finite number such as 12`,
    integrityRuleFixed: (rule) => `\`${rule}\` is an integrity rule: it is always an error and cannot be changed`,
    pairIncomplete: (present, missing) =>
      `\`risk\` has \`${present}\` but no \`${missing}\`: impact and likelihood come together; add \`${missing}\` too (low, medium or high)`,
    riskUnassessed: (key) =>
      `\`${key}\` holds no assessment: write \`impact\` and \`likelihood\` (low, medium or high), or at least one MAPGOOD component under \`components\`, or both`,
    assuranceNoEnd: (key) =>
      `\`${key}\` has no end date: write \`valid_until\` (valid up to and including) or \`period_end\` (end of the period the report covers), or both`,
    adequateEntry: (key) => `\`${key}\`: write a country code such as BR, or a country with an end date such as \`{country: GB, until: 2031-12-27}\``,
    duplicateComponent: (component, firstLine) =>
      `component \`${component}\` is already in \`components\` (line ${firstLine}); each MAPGOOD component is listed once: merge the two`,
    noAlternative: (key) => `\`${key}\` has none of the allowed forms; \`vo schema\` and docs/format.md describe what fits here`,
    other: (key, detail) => `\`${key}\`: ${detail}`,
  },
);

/** The address in `J. Jansen <j.jansen@gemeente.nl>`, as mail programs copy it; undefined for anything else. */
function addressIn(value: string): string | undefined {
  return /^[^<>]*<([^<>\s@]+@[^<>\s@]+)>\s*$/.exec(value)?.[1];
}
