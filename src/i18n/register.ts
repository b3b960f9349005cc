import { defineMessages } from './lang.js';

/** Texts of the loader: files that cannot be read as one YAML document, and integrity rules. */
interface RegisterMessages {
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
  yaml(code: string, english: string): string;
  duplicateKey(key: string): string;
  duplicateId(kind: string, id: string, first: string): string;
  duplicateObligation(id: string): string;
  idMismatch(id: string, expected: string): string;
  unknownAgreement(id: string, suggestion?: string): string;
  unknownDepartment(id: string, known: string[]): string;
  unknownObligation(id: string, agreement: string, known: string[]): string;
  kind(kind: 'agreement' | 'evaluation' | 'incident'): string;
}

/** Dutch texts for the eemeli/yaml error codes people meet most; the rest fall back to the library's English. */
const yamlNl: Record<string, string> = {
  TAB_AS_INDENT: 'tabs zijn niet toegestaan als inspringing; gebruik spaties',
  DUPLICATE_KEY: 'deze sleutel staat twee keer in hetzelfde object',
  BAD_INDENT: 'onjuiste inspringing',
  MISSING_CHAR: 'een afsluitend teken ontbreekt (aanhalingsteken of haakje)',
  UNEXPECTED_TOKEN: 'onverwacht teken',
  BLOCK_AS_IMPLICIT_KEY: 'een blok kan geen sleutel zijn; staat er een dubbele punt te veel of te weinig?',
  MULTILINE_IMPLICIT_KEY: 'een sleutel moet op één regel staan; ontbreekt er een dubbele punt?',
  MULTIPLE_ANCHORS: 'meerdere ankers op één waarde',
  MULTIPLE_TAGS: 'meerdere tags op één waarde',
  BAD_ALIAS: 'ongeldige alias',
  MISSING_ANCHOR: 'alias naar een anker dat niet bestaat',
  TAG_RESOLVE_FAILED: 'onbekende tag',
  BAD_SCALAR_START: 'een waarde mag niet met dit teken beginnen; zet haar tussen aanhalingstekens',
  BAD_DIRECTIVE: 'ongeldige directive',
  RESOURCE_EXHAUSTION: 'te diep geneste of te grote structuur',
  IMPOSSIBLE: 'onleesbare YAML',
};

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
    yaml: (code, english) => `YAML-fout: ${yamlNl[code] ?? english}`,
    duplicateKey: (key) => `YAML-fout: sleutel \`${key}\` staat twee keer in hetzelfde object`,
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
    yaml: (_code, english) => `YAML error: ${english}`,
    duplicateKey: (key) => `YAML error: key \`${key}\` appears twice in the same object`,
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
