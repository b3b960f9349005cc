import type { ErrorCode } from 'yaml';
import { defineMessages } from './lang.js';

/** Texts of the loader: files that cannot be read as one YAML document, and integrity rules. */
export interface RegisterMessages {
  tooLarge(sizeMiB: string): string;
  binary(): string;
  utf16(endian: 'LE' | 'BE', bom: boolean): string;
  crLineEndings(): string;
  moreFindings(shown: number): string;
  notRegular(kind: 'fifo' | 'socket' | 'device'): string;
  notUtf8(): string;
  empty(): string;
  multipleDocuments(count: number): string;
  tooDeep(limit: number): string;
  aliasBomb(): string;
  unreadable(reason: string): string;
  symlinkOutside(target: string): string;
  symlinkLoop(): string;
  /**
   * eemeli/yaml's error `code`; `english`: the library's own text, for a code it adds after this
   * catalogue was written; `written`: the text at the error's place (the tag of TAG_RESOLVE_FAILED).
   */
  yaml(code: string, english: string, written: string): string;
  duplicateKey(key: string): string;
  /** `name`: the alias without its `*`. */
  missingAnchor(name: string): string;
  /** A key that is a list or a map (`[a]: x`), or empty (`? `, `null:`, `~:`). */
  keyNotText(what: 'collection' | 'empty'): string;
  duplicateId(kind: string, id: string, first: string): string;
  duplicateObligation(id: string): string;
  idMismatch(id: string, expected: string): string;
  unknownAgreement(id: string, suggestion?: string): string;
  unknownDepartment(id: string, known: string[]): string;
  unknownObligation(id: string, agreement: string, known: string[]): string;
  kind(kind: 'agreement' | 'evaluation' | 'incident'): string;
}

/**
 * A text of our own for every error code eemeli/yaml can report (its `ErrorCode`), saying what
 * to do; the compiler checks that each language has them all. The finding points at the place.
 */
type YamlTexts = Record<ErrorCode, string | ((written: string) => string)>;

const yamlNl: YamlTexts = {
  ALIAS_PROPS: 'een alias (`*naam`) kan geen anker of tag krijgen; haal het `&`- of `!`-deel vóór de alias weg',
  BAD_ALIAS: 'ongeldig anker of ongeldige alias; de naam na `&` of `*` mag niet leeg zijn en niet op `:` eindigen',
  BAD_COLLECTION_TYPE: 'deze tag past niet bij deze lijst of dit object (bijvoorbeeld `!!map` voor een lijst); haal de tag weg',
  BAD_DIRECTIVE: 'ongeldige directive (een regel die met `%` begint); haal de regel weg of zet de waarde tussen aanhalingstekens',
  BAD_DQ_ESCAPE: 'ongeldige escape tussen dubbele aanhalingstekens; schrijf een backslash als `\\\\`, of gebruik enkele aanhalingstekens',
  BAD_INDENT: 'onjuiste inspringing; zet de sleutels van één object en de streepjes van één lijst precies onder elkaar, met spaties',
  BAD_PROP_ORDER: 'een anker (`&`) of tag (`!`) hoort na de `?` of `:` te staan, niet ervoor',
  BAD_SCALAR_START: 'een waarde mag niet met dit teken beginnen; zet haar tussen aanhalingstekens',
  BLOCK_AS_IMPLICIT_KEY: 'een blok kan geen sleutel zijn; staat er een dubbele punt te veel of te weinig?',
  BLOCK_IN_FLOW:
    'binnen `[ ]` of `{ }` kan geen blok staan (een lijst met `-` of een object over meerdere regels); schrijf alles als blok, of alles tussen de haakjes',
  DUPLICATE_KEY: 'deze sleutel staat twee keer in hetzelfde object; haal er één weg',
  IMPOSSIBLE: 'onleesbare YAML; controleer de tekst rond deze plek',
  KEY_OVER_1024_CHARS:
    'de dubbele punt staat meer dan 1024 tekens na het begin van de sleutel; maak de sleutel korter, of zet een lange waarde met een dubbele punt erin tussen aanhalingstekens',
  MISSING_CHAR:
    'hier ontbreekt een teken: een afsluitend aanhalingsteken of haakje, een komma of dubbele punt tussen items, of een spatie na `:` of vóór `#`',
  MULTILINE_IMPLICIT_KEY: 'een sleutel moet op één regel staan; ontbreekt er een dubbele punt?',
  MULTIPLE_ANCHORS: 'meer dan één anker (`&`) op één waarde; houd er één',
  MULTIPLE_DOCS: 'het bestand bevat meer dan één YAML-document; verwacht één document per bestand (haal de tweede `---` weg)',
  MULTIPLE_TAGS: 'meer dan één tag (`!`) op één waarde; houd er hooguit één',
  NON_STRING_KEY: 'een sleutel moet gewone tekst zijn; schrijf de sleutel als woord, bijvoorbeeld `notes:`',
  RESOURCE_EXHAUSTION: 'te diep geneste of te grote structuur; maak het bestand eenvoudiger',
  TAB_AS_INDENT: 'tabs zijn niet toegestaan als inspringing; gebruik spaties',
  TAG_RESOLVE_FAILED: (tag) => `onbekende of ongeldige tag \`${tag}\`; haal de tag weg, of zet de waarde tussen aanhalingstekens`,
  UNEXPECTED_TOKEN: 'onverwacht teken op deze plek; staat hier iets te veel, of ontbreekt er een aanhalingsteken of haakje?',
};

const yamlEn: YamlTexts = {
  ALIAS_PROPS: 'an alias (`*name`) cannot have an anchor or tag; remove the `&` or `!` part before it',
  BAD_ALIAS: 'invalid anchor or alias; the name after `&` or `*` must not be empty or end in `:`',
  BAD_COLLECTION_TYPE: 'this tag does not fit this list or map (e.g. `!!map` on a list); remove the tag',
  BAD_DIRECTIVE: 'invalid directive (a line starting with `%`); remove the line or put the value in quotes',
  BAD_DQ_ESCAPE: 'invalid escape in double quotes; write a backslash as `\\\\`, or use single quotes',
  BAD_INDENT: 'wrong indentation; line up the keys of one map and the dashes of one list exactly, with spaces',
  BAD_PROP_ORDER: 'an anchor (`&`) or tag (`!`) belongs after the `?` or `:`, not before it',
  BAD_SCALAR_START: 'a value cannot start with this character; put it in quotes',
  BLOCK_AS_IMPLICIT_KEY: 'a block cannot be a key; is there a colon too many or too few?',
  BLOCK_IN_FLOW:
    'a block (a `-` list or a map over several lines) cannot stand inside `[ ]` or `{ }`; write it all as a block, or all inside the brackets',
  DUPLICATE_KEY: 'this key appears twice in the same map; remove one',
  IMPOSSIBLE: 'unreadable YAML; check the text around this place',
  KEY_OVER_1024_CHARS:
    'the colon is more than 1024 characters after the start of the key; shorten the key, or put a long value that holds a colon in quotes',
  MISSING_CHAR:
    'a character is missing here: a closing quote or bracket, a comma or colon between items, or a space after `:` or before `#`',
  MULTILINE_IMPLICIT_KEY: 'a key must be on one line; is a colon missing?',
  MULTIPLE_ANCHORS: 'more than one anchor (`&`) on one value; keep one',
  MULTIPLE_DOCS: 'the file holds more than one YAML document; expected one document per file (remove the second `---`)',
  MULTIPLE_TAGS: 'more than one tag (`!`) on one value; keep one at most',
  NON_STRING_KEY: 'a key must be plain text; write the key as a word, e.g. `notes:`',
  RESOURCE_EXHAUSTION: 'structure nested too deeply or too large; make the file simpler',
  TAB_AS_INDENT: 'tabs are not allowed as indentation; use spaces',
  TAG_RESOLVE_FAILED: (tag) => `unknown or invalid tag \`${tag}\`; remove the tag, or put the value in quotes`,
  UNEXPECTED_TOKEN: 'unexpected character here; is something here too many, or is a quote or bracket missing?',
};

/** A name from the file, short enough for a one-line message. */
function clip(name: string): string {
  return name.length > 60 ? `${name.slice(0, 60)}…` : name;
}

function yamlText(texts: YamlTexts, code: string, english: string, written: string): string {
  const text = (texts as Partial<Record<string, YamlTexts[ErrorCode]>>)[code];
  return text === undefined ? english : typeof text === 'string' ? text : text(written);
}

export const registerText = defineMessages<RegisterMessages>(
  {
    tooLarge: (size) => `bestand is te groot (${size} MiB); de grens is 1 MiB per bestand`,
    binary: () => 'bestand is binair, geen YAML-tekst',
    utf16: (endian, bom) =>
      `bestand is UTF-16 (${endian === 'LE' ? 'little-endian' : 'big-endian'}, ${bom ? 'met' : 'zonder'} BOM), geen UTF-8; ` +
      `zet het om, bijvoorbeeld met \`iconv -f UTF-16${bom ? '' : endian} -t UTF-8 oud.yaml > nieuw.yaml\`, of sla het in de editor op als UTF-8`,
    crLineEndings: () =>
      'regels eindigen alleen op CR (oude Mac-stijl), zodat het hele bestand één regel lijkt; sla het op met LF- (of CRLF-)regeleinden',
    moreFindings: (shown) => `dit bestand heeft meer fouten; alleen de eerste ${shown} zijn getoond. Verbeter die en controleer opnieuw`,
    notRegular: (kind) =>
      `is ${{ fifo: 'een named pipe', socket: 'een socket', device: 'een apparaat' }[kind]}, geen gewoon bestand, en wordt niet gelezen`,
    notUtf8: () => 'bestand is geen geldige UTF-8-tekst; sla het op als UTF-8',
    empty: () => 'bestand is leeg; verwacht één YAML-document',
    multipleDocuments: (count) => `bestand bevat ${count} YAML-documenten; verwacht één document per bestand`,
    tooDeep: (limit) => `te diep geneste structuur (meer dan ${limit} niveaus)`,
    aliasBomb: () => 'te veel aliassen (mogelijke alias-bom); het bestand is niet verwerkt',
    unreadable: (reason) => `bestand kan niet gelezen worden (${reason})`,
    symlinkOutside: (target) => `symbolische link wijst buiten het register (${target}) en wordt niet gevolgd`,
    symlinkLoop: () => 'symbolische link vormt een lus en wordt niet gevolgd',
    yaml: (code, english, written) => `YAML-fout: ${yamlText(yamlNl, code, english, written)}`,
    duplicateKey: (key) => `YAML-fout: sleutel \`${key}\` staat twee keer in hetzelfde object`,
    missingAnchor: (name) =>
      `YAML-fout: alias \`*${clip(name)}\` noemt een anker dat niet bestaat (een anker moet vóór zijn aliassen staan); ` +
      `zet \`&${clip(name)}\` bij de bedoelde waarde eerder in het bestand, of schrijf de waarde zelf in plaats van de alias`,
    keyNotText: (what) =>
      what === 'collection'
        ? 'YAML-fout: een sleutel moet gewone tekst zijn, geen lijst of object; schrijf de sleutel als woord, bijvoorbeeld `notes:`'
        : 'YAML-fout: een sleutel moet gewone tekst zijn, en deze sleutel is leeg (`null` en `~` tellen als leeg); ' +
          'schrijf de naam van de sleutel, of zet hem tussen aanhalingstekens',
    duplicateId: (kind, id, first) => `${kind} met id \`${id}\` bestaat al in ${first}`,
    duplicateObligation: (id) => `verplichting \`${id}\` staat meer dan eens in deze overeenkomst`,
    idMismatch: (id, expected) => `id \`${id}\` is niet gelijk aan de bestandsnaam; verwacht \`${expected}\``,
    unknownAgreement: (id, suggestion) =>
      `onbekende overeenkomst \`${id}\`` + (suggestion ? `; bedoelde u \`${suggestion}\`?` : ''),
    unknownDepartment: (id, known) => `onbekende afdeling \`${id}\`; bekend in vo.config.yaml: ${known.join(', ')}`,
    unknownObligation: (id, agreement, known) =>
      `overeenkomst \`${agreement}\` heeft geen verplichting \`${id}\`` +
      (known.length > 0 ? `; bekend: ${known.join(', ')}` : ''),
    kind: (kind) => ({ agreement: 'overeenkomst', evaluation: 'evaluatie', incident: 'incident' })[kind],
  },
  {
    tooLarge: (size) => `file is too large (${size} MiB); the limit is 1 MiB per file`,
    binary: () => 'file is binary, not YAML text',
    utf16: (endian, bom) =>
      `file is UTF-16 (${endian === 'LE' ? 'little-endian' : 'big-endian'}, ${bom ? 'with' : 'without'} BOM), not UTF-8; ` +
      `convert it, e.g. with \`iconv -f UTF-16${bom ? '' : endian} -t UTF-8 old.yaml > new.yaml\`, or save it as UTF-8 in your editor`,
    crLineEndings: () =>
      'lines end in CR alone (old Mac style), so the whole file reads as one line; save it with LF (or CRLF) line endings',
    moreFindings: (shown) => `this file has more errors; only the first ${shown} are shown. Fix those and check again`,
    notRegular: (kind) => `is ${{ fifo: 'a named pipe', socket: 'a socket', device: 'a device' }[kind]}, not a regular file, and is not read`,
    notUtf8: () => 'file is not valid UTF-8 text; save it as UTF-8',
    empty: () => 'file is empty; expected one YAML document',
    multipleDocuments: (count) => `file holds ${count} YAML documents; expected one document per file`,
    tooDeep: (limit) => `structure nested too deeply (more than ${limit} levels)`,
    aliasBomb: () => 'too many aliases (possible alias bomb); the file was not processed',
    unreadable: (reason) => `file cannot be read (${reason})`,
    symlinkOutside: (target) => `symbolic link points outside the register (${target}) and is not followed`,
    symlinkLoop: () => 'symbolic link forms a loop and is not followed',
    yaml: (code, english, written) => `YAML error: ${yamlText(yamlEn, code, english, written)}`,
    duplicateKey: (key) => `YAML error: key \`${key}\` appears twice in the same object`,
    missingAnchor: (name) =>
      `YAML error: alias \`*${clip(name)}\` names an anchor that does not exist (an anchor must come before its aliases); ` +
      `mark the value you mean with \`&${clip(name)}\` earlier in the file, or write the value instead of the alias`,
    keyNotText: (what) =>
      what === 'collection'
        ? 'YAML error: a key must be plain text, not a list or a map; write the key as a word, e.g. `notes:`'
        : 'YAML error: a key must be plain text, and this key is empty (`null` and `~` count as empty); ' +
          'write the name of the key, or put it in quotes',
    duplicateId: (kind, id, first) => `${kind} with id \`${id}\` already exists in ${first}`,
    duplicateObligation: (id) => `obligation \`${id}\` appears more than once in this agreement`,
    idMismatch: (id, expected) => `id \`${id}\` differs from the file name; expected \`${expected}\``,
    unknownAgreement: (id, suggestion) =>
      `unknown agreement \`${id}\`` + (suggestion ? `; did you mean \`${suggestion}\`?` : ''),
    unknownDepartment: (id, known) => `unknown department \`${id}\`; known in vo.config.yaml: ${known.join(', ')}`,
    unknownObligation: (id, agreement, known) =>
      `agreement \`${agreement}\` has no obligation \`${id}\`` + (known.length > 0 ? `; known: ${known.join(', ')}` : ''),
    kind: (kind) => kind,
  },
);
