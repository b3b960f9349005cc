import { defineMessages } from './lang.js';

/** Texts of `vo import`: help, problems per cell, notes, the report and the comments in written files. */
export interface ImportMessages {
  cmd: string;
  arg: string;
  opt: { map: string; dryRun: string; skipInvalid: string; addDepartments: string; template: string };
  examples: string[];
  needFile: string;
  fileAndTemplate: string;
  badExtension(file: string): string;
  tooLarge(file: string, mib: number): string;
  unreadable(file: string, reason: string): string;
  notXlsx(file: string, reason: string): string;
  badMapping(file: string): string;
  noAgreementSheet(names: readonly string[], found: readonly string[]): string;
  cannotEditConfig: string;
  configChanged: string;
  filesExist(paths: readonly string[]): string;
  mapping: {
    notAMap: string;
    unknownKey(key: string, suggestion: string | undefined): string;
    unknownField(path: string, suggestion: string | undefined): string;
    notText: string;
    notRow: string;
    noWords(path: string): string;
    badCode(code: string, codes: readonly string[]): string;
  };
  problem: {
    badChoice(text: string, words: readonly string[]): string;
    badId(text: string): string;
    formulaError(code: string): string;
    badInteger(text: string): string;
    badNumber(text: string): string;
    badBoolean(text: string): string;
    badApproved(text: string): string;
    badKvk(text: string): string;
    badEmail(text: string): string;
    badCountry(text: string): string;
    badDate(text: string): string;
    impossibleDate(text: string): string;
    noHeaderRow(expected: readonly string[]): string;
    twoColumns(first: string, second: string): string;
    required(label: string): string;
    missingColumn(label: string): string;
    badDepartment(text: string): string;
    unknownDepartment(text: string, id: string): string;
    idTwice(id: string): string;
    idTaken(id: string): string;
    onlyThisImport(reference: string): string;
    unknownAgreement(reference: string): string;
    ambiguousAgreement(reference: string): string;
    dueForOnce(label: string): string;
    requiredWith(label: string): string;
    invalid(label: string): string;
  };
  note: {
    ignoredColumn(header: string): string;
    defaultPhase: string;
    derivedRisk: string;
    exists(id: string): string;
    skippedWithExisting(id: string): string;
  };
  yaml: { documentTitle: string; source(file: string, sheet: string, row: number): string; derivedRisk: string };
  report: {
    note: string;
    more(count: number): string;
    missingDepartments: string;
    departmentsHint: string;
    dryRun: string;
    wouldWrite: string;
    wrote: string;
    contents(obligations: number, subprocessors: number, assurance: number): string;
    wouldAddDepartments(ids: readonly string[]): string;
    addedDepartments(ids: readonly string[]): string;
    blocked(problems: number): string;
    skipped(written: number, skipped: number, dryRun: boolean): string;
    done(count: number, dryRun: boolean): string;
    nothing: string;
    existing(count: number): string;
  };
  template: { wrote: string; next(sheet: string, mapping: string): string };
}

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const list = (items: readonly string[]) => items.join(', ');

const nl: ImportMessages = {
  cmd: 'lees overeenkomsten (met verplichtingen, subverwerkers en certificaten) in uit een Excel-werkmap of csv-bestand',
  arg: 'het werkblad: .xlsx of .csv',
  opt: {
    map: 'koppelingsbestand (YAML) dat zegt welke kolom welk veld is; zonder koppeling herkent vo de gebruikelijke Nederlandse en Engelse koppen',
    dryRun: 'proefdraai: laat zien wat er geschreven zou worden, zonder iets te schrijven',
    skipInvalid: 'schrijf de goede rijen en sla rijen met een probleem over (anders wordt niets geschreven)',
    addDepartments: 'zet afdelingen die het werkblad noemt en vo.config.yaml mist in vo.config.yaml (de rest van het bestand blijft gelijk)',
    template: 'schrijf een voorbeeldwerkmap en een koppelingsbestand in deze map, om mee te beginnen',
  },
  examples: [
    'vo import --template import                          voorbeeldwerkmap en koppeling in de map import',
    'vo import import/overeenkomsten.xlsx --dry-run        eerst kijken wat er zou gebeuren',
    'vo import import/overeenkomsten.xlsx --map import/koppeling.yaml --add-departments',
    'vo import export.csv --skip-invalid                   csv uit Excel; foute rijen overslaan',
  ],
  needFile: 'geef het werkblad dat ingelezen moet worden (vo import BESTAND.xlsx), of --template MAP voor een voorbeeld',
  fileAndTemplate: 'geef een werkblad om in te lezen of --template MAP, niet allebei',
  badExtension: (file) => `${file}: vo import leest .xlsx- en .csv-bestanden; sla het werkblad in Excel op als Excel-werkmap (.xlsx) of als CSV`,
  tooLarge: (file, mib) => `${file} is groter dan ${mib} MiB; dat is geen register van overeenkomsten`,
  unreadable: (file, reason) => `${file} is niet te lezen (${reason})`,
  notXlsx: (file, reason) => `${file} is geen leesbare Excel-werkmap (${reason}); sla het bestand in Excel opnieuw op als .xlsx`,
  badMapping: (file) => `het koppelingsbestand ${file} klopt niet:`,
  noAgreementSheet: (names, found) => `geen blad met de overeenkomsten gevonden (gezocht: ${list(names)}; in het bestand: ${list(found)}); noem het blad in de koppeling onder agreements: sheet:`,
  cannotEditConfig: 'vo.config.yaml kan niet automatisch worden aangevuld (de afdelingen staan er niet als gewone lijst in); er is niets geschreven. Zet deze regels zelf onder departments:',
  configChanged: 'vo.config.yaml is tijdens het inlezen veranderd; er is niets geschreven, probeer het opnieuw',
  filesExist: (paths) => `deze bestanden bestaan al, er is niets geschreven: ${list(paths)}`,
  mapping: {
    notAMap: 'verwacht een lijst van sleutels met waarden',
    unknownKey: (key, suggestion) => `onbekende sleutel \`${key}\`${suggestion ? `; bedoelde u \`${suggestion}\`?` : ''}`,
    unknownField: (path, suggestion) => `onbekend veld \`${path}\`${suggestion ? `; bedoelde u \`${suggestion}\`?` : ''}`,
    notText: 'verwacht een tekst of een lijst van teksten',
    notRow: 'verwacht een rijnummer (1 of hoger)',
    noWords: (path) => `\`${path}\` heeft geen vaste waarden om eigen woorden voor te geven`,
    badCode: (code, codes) => `\`${code}\` is geen waarde van dit veld${codes.length > 0 ? `; kies uit: ${list(codes)}` : ''}`,
  },
  problem: {
    badChoice: (text, words) => `\`${text}\` wordt niet herkend; verwacht een van: ${list(words)}`,
    badId: (text) => `\`${text}\` is geen geldige id; gebruik kleine letters, cijfers, punt, _ en -`,
    formulaError: (code) => `de formule in deze cel geeft de fout ${code}; herstel de formule of typ de waarde in`,
    badInteger: (text) => `\`${text}\` is geen geheel getal; verwacht bijvoorbeeld 24`,
    badNumber: (text) => `\`${text}\` is geen getal; verwacht bijvoorbeeld 99,5`,
    badBoolean: (text) => `\`${text}\` is geen ja of nee`,
    badApproved: (text) => `\`${text}\` is geen ja, nee of datum van goedkeuring`,
    badKvk: (text) => `\`${text}\` is geen KvK-nummer; verwacht 8 cijfers, bijvoorbeeld 01234567`,
    badEmail: (text) => `\`${text}\` is geen e-mailadres`,
    badCountry: (text) => `land \`${text}\` wordt niet herkend; verwacht een landnaam (Duitsland, Verenigde Staten) of landcode (DE, US)`,
    badDate: (text) => `\`${text}\` is geen datum; verwacht bijvoorbeeld 1-7-2025`,
    impossibleDate: (text) => `${text} bestaat niet in de kalender; verwacht een bestaande datum, bijvoorbeeld 28-2-2025`,
    noHeaderRow: (expected) => `geen kopregel gevonden; verwacht kolommen zoals ${list(expected)}`,
    twoColumns: (first, second) => `de kolommen ${first} en ${second} betekenen hetzelfde; laat er één weg of leg in de koppeling vast welke telt`,
    required: (label) => `${label} ontbreekt`,
    missingColumn: (label) => `kolom ${label} ontbreekt; voeg die toe of noem de kolom in de koppeling`,
    badDepartment: (text) => `\`${text}\` is geen afdeling`,
    unknownDepartment: (text, id) => `afdeling ${text} staat niet in vo.config.yaml (id ${id}); zie hieronder, of gebruik --add-departments`,
    idTwice: (id) => `id ${id} komt al eerder in het werkblad voor`,
    idTaken: (id) => `id ${id} is in het register al in gebruik voor een andere overeenkomst`,
    onlyThisImport: (reference) => `${reference} staat al in het register; vo import vult alleen overeenkomsten uit dit werkblad aan, pas het bestaande bestand zelf aan`,
    unknownAgreement: (reference) => `${reference} is geen overeenkomst uit het blad met overeenkomsten; verwacht de titel of id van een rij daar`,
    ambiguousAgreement: (reference) => `${reference} past bij meer dan één overeenkomst; gebruik de id`,
    dueForOnce: (label) => `${label} ontbreekt; die is verplicht bij een eenmalige verplichting`,
    requiredWith: (label) => `${label} ontbreekt; die hoort erbij zodra de rest van dit onderdeel is ingevuld`,
    invalid: (label) => `${label} heeft een ongeldige waarde`,
  },
  note: {
    ignoredColumn: (header) => `kolom ${header} wordt niet ingelezen`,
    defaultPhase: 'geen fase ingevuld; de overeenkomst krijgt de fase concept',
    derivedRisk: 'alleen een risiconiveau; impact en kans zijn op hetzelfde niveau gezet',
    exists: (id) => `staat al in het register als ${id}; overgeslagen, het bestaande bestand blijft zoals het is`,
    skippedWithExisting: (id) => `hoort bij ${id}, dat al in het register staat; overgeslagen`,
  },
  yaml: {
    documentTitle: 'Verwerkersovereenkomst',
    source: (file, sheet, row) => `Overgenomen uit ${file}, blad ${sheet}, rij ${row}.`,
    derivedRisk: 'Het werkblad gaf alleen een risiconiveau; impact en kans staan op datzelfde niveau. Pas ze aan.',
  },
  report: {
    note: 'let op',
    more: (count) => `en nog ${count}`,
    missingDepartments: 'Deze afdelingen staan niet in vo.config.yaml. Zet deze regels onder departments:',
    departmentsHint: 'of voer de opdracht opnieuw uit met --add-departments.',
    dryRun: 'Proefdraai: er is niets geschreven.',
    wouldWrite: 'Zou schrijven:',
    wrote: 'Geschreven:',
    contents: (o, s, a) => [o && n(o, 'verplichting', 'verplichtingen'), s && n(s, 'subverwerker', 'subverwerkers'), a && n(a, 'certificaat', 'certificaten')].filter(Boolean).join(', '),
    wouldAddDepartments: (ids) => `vo.config.yaml: afdelingen toevoegen: ${list(ids)}`,
    addedDepartments: (ids) => `vo.config.yaml: afdelingen toegevoegd: ${list(ids)}`,
    blocked: (problems) => `${n(problems, 'probleem', 'problemen')}; er is niets geschreven. Herstel de cellen hierboven en voer de opdracht opnieuw uit, of sla de foute rijen over met --skip-invalid.`,
    skipped: (written, skipped, dryRun) =>
      `${n(written, 'overeenkomst', 'overeenkomsten')} ${dryRun ? 'klaar om te schrijven' : 'geschreven'}; ${n(skipped, 'overeenkomst', 'overeenkomsten')} overgeslagen om de problemen hierboven.`,
    done: (count, dryRun) => `${n(count, 'overeenkomst', 'overeenkomsten')} ${dryRun ? 'klaar om te schrijven; voer de opdracht zonder --dry-run uit om ze te schrijven.' : 'geschreven. Controleer ze met vo validate.'}`,
    nothing: 'Er is niets nieuws om te schrijven.',
    existing: (count) => `${n(count, 'overeenkomst stond', 'overeenkomsten stonden')} al in het register.`,
  },
  template: {
    wrote: 'Geschreven:',
    next: (sheet, mapping) => `Vul het werkblad in (of neem de koppen over in uw eigen werkblad) en lees het in met:\n  vo import ${sheet} --map ${mapping} --dry-run`,
  },
};

const en: ImportMessages = {
  cmd: 'read agreements (with obligations, sub-processors and certificates) from an Excel workbook or csv file',
  arg: 'the spreadsheet: .xlsx or .csv',
  opt: {
    map: 'mapping file (YAML) saying which column is which field; without one, vo recognises the usual Dutch and English headers',
    dryRun: 'show what would be written, without writing anything',
    skipInvalid: 'write the good rows and skip rows with a problem (otherwise nothing is written)',
    addDepartments: 'add departments the sheet names and vo.config.yaml lacks to vo.config.yaml (the rest of the file stays as it is)',
    template: 'write an example workbook and mapping file into this folder, to start from',
  },
  examples: [
    'vo import --template import                         example workbook and mapping in the folder import',
    'vo import import/agreements.xlsx --dry-run           first see what would happen',
    'vo import import/agreements.xlsx --map import/mapping.yaml --add-departments',
    'vo import export.csv --skip-invalid                  csv from Excel; skip rows with problems',
  ],
  needFile: 'name the spreadsheet to read (vo import FILE.xlsx), or --template DIR for an example',
  fileAndTemplate: 'give a spreadsheet to read or --template DIR, not both',
  badExtension: (file) => `${file}: vo import reads .xlsx and .csv files; save the sheet in Excel as a workbook (.xlsx) or as CSV`,
  tooLarge: (file, mib) => `${file} is larger than ${mib} MiB; that is no register of agreements`,
  unreadable: (file, reason) => `${file} cannot be read (${reason})`,
  notXlsx: (file, reason) => `${file} is not a readable Excel workbook (${reason}); save it again in Excel as .xlsx`,
  badMapping: (file) => `the mapping file ${file} is not right:`,
  noAgreementSheet: (names, found) => `no sheet with the agreements found (looked for: ${list(names)}; in the file: ${list(found)}); name the sheet in the mapping under agreements: sheet:`,
  cannotEditConfig: 'vo.config.yaml cannot be extended automatically (its departments are not a plain list); nothing was written. Put these lines under departments: yourself',
  configChanged: 'vo.config.yaml changed while importing; nothing was written, try again',
  filesExist: (paths) => `these files exist already, nothing was written: ${list(paths)}`,
  mapping: {
    notAMap: 'expected keys with values',
    unknownKey: (key, suggestion) => `unknown key \`${key}\`${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`,
    unknownField: (path, suggestion) => `unknown field \`${path}\`${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`,
    notText: 'expected a text or a list of texts',
    notRow: 'expected a row number (1 or more)',
    noWords: (path) => `\`${path}\` has no fixed values to give own words for`,
    badCode: (code, codes) => `\`${code}\` is not a value of this field${codes.length > 0 ? `; choose from: ${list(codes)}` : ''}`,
  },
  problem: {
    badChoice: (text, words) => `\`${text}\` is not recognised; expected one of: ${list(words)}`,
    badId: (text) => `\`${text}\` is not a valid id; use lowercase letters, digits, dot, _ and -`,
    formulaError: (code) => `the formula in this cell gives the error ${code}; fix the formula or type the value`,
    badInteger: (text) => `\`${text}\` is not a whole number; expected e.g. 24`,
    badNumber: (text) => `\`${text}\` is not a number; expected e.g. 99.5`,
    badBoolean: (text) => `\`${text}\` is not yes or no`,
    badApproved: (text) => `\`${text}\` is not yes, no or a date of approval`,
    badKvk: (text) => `\`${text}\` is not a KvK number; expected 8 digits, e.g. 01234567`,
    badEmail: (text) => `\`${text}\` is not an email address`,
    badCountry: (text) => `country \`${text}\` is not recognised; expected a country name (Germany, United States) or code (DE, US)`,
    badDate: (text) => `\`${text}\` is not a date; expected e.g. 1-7-2025 (day first) or 2025-07-01`,
    impossibleDate: (text) => `${text} does not exist in the calendar; expected a real date, e.g. 28-2-2025`,
    noHeaderRow: (expected) => `no header row found; expected columns such as ${list(expected)}`,
    twoColumns: (first, second) => `the columns ${first} and ${second} mean the same; remove one or say in the mapping which counts`,
    required: (label) => `${label} is missing`,
    missingColumn: (label) => `column ${label} is missing; add it or name the column in the mapping`,
    badDepartment: (text) => `\`${text}\` is not a department`,
    unknownDepartment: (text, id) => `department ${text} is not in vo.config.yaml (id ${id}); see below, or use --add-departments`,
    idTwice: (id) => `id ${id} occurs earlier in the sheet`,
    idTaken: (id) => `id ${id} is already used in the register by another agreement`,
    onlyThisImport: (reference) => `${reference} is already in the register; vo import only adds to agreements from this sheet, change the existing file yourself`,
    unknownAgreement: (reference) => `${reference} is not an agreement of the agreements sheet; expected the title or id of a row there`,
    ambiguousAgreement: (reference) => `${reference} matches more than one agreement; use the id`,
    dueForOnce: (label) => `${label} is missing; a one-off obligation needs it`,
    requiredWith: (label) => `${label} is missing; it belongs with the rest of this part that is filled in`,
    invalid: (label) => `${label} has an invalid value`,
  },
  note: {
    ignoredColumn: (header) => `column ${header} is not imported`,
    defaultPhase: 'no phase given; the agreement gets the phase draft',
    derivedRisk: 'only a risk level; impact and likelihood were set to the same level',
    exists: (id) => `already in the register as ${id}; skipped, the existing file stays as it is`,
    skippedWithExisting: (id) => `belongs to ${id}, which is already in the register; skipped`,
  },
  yaml: {
    documentTitle: 'Processor agreement',
    source: (file, sheet, row) => `Taken from ${file}, sheet ${sheet}, row ${row}.`,
    derivedRisk: 'The sheet gave only a risk level; impact and likelihood are set to that level. Adjust them.',
  },
  report: {
    note: 'note',
    more: (count) => `and ${count} more`,
    missingDepartments: 'These departments are not in vo.config.yaml. Put these lines under departments:',
    departmentsHint: 'or run the command again with --add-departments.',
    dryRun: 'Dry run: nothing was written.',
    wouldWrite: 'Would write:',
    wrote: 'Wrote:',
    contents: (o, s, a) => [o && n(o, 'obligation', 'obligations'), s && n(s, 'sub-processor', 'sub-processors'), a && n(a, 'certificate', 'certificates')].filter(Boolean).join(', '),
    wouldAddDepartments: (ids) => `vo.config.yaml: would add departments: ${list(ids)}`,
    addedDepartments: (ids) => `vo.config.yaml: added departments: ${list(ids)}`,
    blocked: (problems) => `${n(problems, 'problem', 'problems')}; nothing was written. Fix the cells above and run the command again, or skip the rows with problems with --skip-invalid.`,
    skipped: (written, skipped, dryRun) =>
      `${n(written, 'agreement', 'agreements')} ${dryRun ? 'ready to write' : 'written'}; ${n(skipped, 'agreement', 'agreements')} skipped because of the problems above.`,
    done: (count, dryRun) => `${n(count, 'agreement', 'agreements')} ${dryRun ? 'ready to write; run the command without --dry-run to write them.' : 'written. Check them with vo validate.'}`,
    nothing: 'There is nothing new to write.',
    existing: (count) => `${n(count, 'agreement was', 'agreements were')} already in the register.`,
  },
  template: {
    wrote: 'Wrote:',
    next: (sheet, mapping) => `Fill in the sheet (or copy its headers into your own sheet) and read it with:\n  vo import ${sheet} --map ${mapping} --dry-run`,
  },
};

export const importText = defineMessages(nl, en);
