import { defineMessages } from './lang.js';

export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'null';

interface SchemaMessages {
  unknownKey(key: string, suggestion?: string): string;
  missingKey(key: string): string;
  /** Required only in some cases (SPEC §3–4 conditionals). */
  missingConditional(key: 'outcome' | 'resolved' | 'due'): string | undefined;
  wrongType(key: string, expected: JsonType[], actual: JsonType): string;
  quoteIt(key: string, source: string): string;
  notInEnum(key: string, value: string, allowed: string[], suggestion?: string): string;
  badDate(key: string, value: string): string;
  badDateTime(key: string, value: string): string;
  badRecordId(key: string, value: string): string;
  badDepartmentId(key: string, value: string): string;
  badKvk(value: string): string;
  badCountry(key: string, value: string): string;
  badPattern(key: string, value: string, pattern: string): string;
  badEmail(key: string, value: string): string;
  tooSmall(key: string, limit: number): string;
  emptyText(key: string): string;
  tooFewItems(key: string, limit: number): string;
  badTimezone(value: string): string;
  notFinite(key: string, source: string): string;
  integrityRuleFixed(rule: string): string;
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
    badCountry: (key, value) => `\`${key}\`: \`${value}\` is geen landcode; gebruik ISO 3166-1 alfa-2 in hoofdletters, zoals NL`,
    badPattern: (key, value, pattern) => `\`${key}\`: \`${value}\` heeft niet de verwachte vorm (${pattern})`,
    badEmail: (key, value) => `\`${key}\`: \`${value}\` is geen geldig e-mailadres`,
    tooSmall: (key, limit) => `\`${key}\` moet minstens ${limit} zijn`,
    emptyText: (key) => `\`${key}\` mag niet leeg zijn`,
    tooFewItems: (key, limit) => `\`${key}\` moet minstens ${limit} ${limit === 1 ? 'element' : 'elementen'} bevatten`,
    badTimezone: (value) => `\`timezone\`: \`${value}\` is geen bekende IANA-tijdzone, zoals Europe/Amsterdam`,
    notFinite: (key, source) => `\`${key}\`: \`${source}\` is geen bruikbaar getal; schrijf een eindig getal zoals 12`,
    integrityRuleFixed: (rule) => `\`${rule}\` is een integriteitsregel: die is altijd een fout en kan niet worden aangepast`,
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
    badCountry: (key, value) => `\`${key}\`: \`${value}\` is not a country code; use ISO 3166-1 alpha-2 in capitals, such as NL`,
    badPattern: (key, value, pattern) => `\`${key}\`: \`${value}\` does not have the expected form (${pattern})`,
    badEmail: (key, value) => `\`${key}\`: \`${value}\` is not a valid e-mail address`,
    tooSmall: (key, limit) => `\`${key}\` must be at least ${limit}`,
    emptyText: (key) => `\`${key}\` must not be empty`,
    tooFewItems: (key, limit) => `\`${key}\` needs at least ${limit} ${limit === 1 ? 'item' : 'items'}`,
    badTimezone: (value) => `\`timezone\`: \`${value}\` is not a known IANA time zone, such as Europe/Amsterdam`,
    notFinite: (key, source) => `\`${key}\`: \`${source}\` is not a usable number; write a finite number such as 12`,
    integrityRuleFixed: (rule) => `\`${rule}\` is an integrity rule: it is always an error and cannot be changed`,
    other: (key, detail) => `\`${key}\`: ${detail}`,
  },
);
