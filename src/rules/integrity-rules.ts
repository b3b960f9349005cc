import { integrityRule } from './define.js';

/** The integrity rules: always an error, never switched off. The loader finds them and writes their messages. */
export const INTEGRITY_RULES = [
  integrityRule('yaml-syntax', {
    nl: 'Het bestand is geen leesbaar YAML-document (ook: onleesbaar, te groot, geen UTF-8, een link buiten het register).',
    en: 'The file is not a readable YAML document (also: unreadable, too large, not UTF-8, a link out of the register).',
  }),
  integrityRule('schema', {
    nl: 'Een waarde past niet bij het schema (sleutel, type, datum of keuzelijst).',
    en: 'A value does not match the schema (key, type, date or allowed values).',
  }),
  integrityRule('duplicate-id', {
    nl: 'Twee records van dezelfde soort (of twee verplichtingen in één overeenkomst) hebben hetzelfde id.',
    en: 'Two records of one kind (or two obligations in one agreement) share an id.',
  }),
  integrityRule('id-mismatch', { nl: 'Het id is niet gelijk aan de bestandsnaam zonder extensie.', en: 'The id differs from the file name without its extension.' }),
  integrityRule('unknown-reference', {
    nl: 'Verwijzing naar een overeenkomst, afdeling of verplichting die niet bestaat.',
    en: 'Reference to an agreement, department or obligation that does not exist.',
  }),
] as const;
