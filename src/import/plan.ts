import { takenIds } from '../authoring/record-ids.js';
import { recordPath } from '../authoring/register-layout.js';
import { assertValid } from '../authoring/self-check.js';
import type { NewFile } from '../authoring/write-new-files.js';
import { UsageError } from '../errors.js';
import { importText } from '../i18n/import.js';
import type { Lang } from '../i18n/lang.js';
import type { Register } from '../register/load.js';
import type { Department } from '../register/types.js';
import { readAgreements, type Existing, type ReadContext } from './agreement-rows.js';
import { importedAgreementYaml } from './agreement-yaml.js';
import { readChildren } from './child-rows.js';
import { fieldLabel, headerKey, mapColumns } from './columns.js';
import { Departments } from './departments.js';
import type { Draft } from './draft.js';
import { FIELDS, SHEET_KINDS, type SheetKind } from './fields.js';
import type { Mapping } from './mapping.js';
import { sortProblems, type Problem } from './problems.js';
import type { RawSheet } from './read-workbook.js';
import { schemaProblems } from './schema-problems.js';
import type { MappedSheet } from './sheet-rows.js';

export interface ImportOptions {
  lang: Lang;
  addDepartments: boolean;
  /** The spreadsheet's file name, for the comment in each written file. */
  fileName: string;
}

/** What an import would do: the files of the valid agreements, and everything the user should know. */
export interface ImportPlan {
  ready: { draft: Draft; file: NewFile }[];
  /** Agreements left out: a problem in their row or in a row that belongs to them. */
  invalid: Draft[];
  existing: Existing[];
  problems: Problem[];
  notes: Problem[];
  /** Departments the sheet names and the config lacks. */
  missingDepartments: Department[];
  /** Of those, the ones the ready agreements use: what `--add-departments` adds. */
  departmentsToAdd: Department[];
  /** The sheets read, with their number of data rows. */
  sheets: { kind: SheetKind; name: string }[];
}

/** Read the workbook against the register: pure apart from reading the register that is already loaded. */
export function planImport(sheets: readonly RawSheet[], mapping: Mapping, register: Register, options: ImportOptions): ImportPlan {
  const { lang } = options;
  const t = importText(lang);
  const plan: ImportPlan = { ready: [], invalid: [], existing: [], problems: [], notes: [], missingDepartments: [], departmentsToAdd: [], sheets: [] };
  const mapped = new Map<SheetKind, MappedSheet>();
  for (const kind of SHEET_KINDS) {
    const names = mapping[kind].sheet;
    const sheet = sheets.find((s) => names.some((name) => headerKey(name) === headerKey(s.name))) ?? (kind === 'agreements' && sheets.length === 1 ? sheets[0] : undefined);
    if (sheet === undefined) {
      if (kind === 'agreements') throw new UsageError(t.noAgreementSheet(names, sheets.map((s) => s.name)));
      continue;
    }
    const columns = mapColumns(sheet, kind, mapping[kind], lang);
    if ('message' in columns) {
      plan.problems.push(columns);
      continue;
    }
    const missing = FIELDS[kind].filter((f) => f.required && !columns.columns.has(f.path) && mapping[kind].defaults[f.path] === undefined);
    plan.problems.push(...columns.problems, ...missing.map((f) => ({ at: { sheet: sheet.name, row: columns.headerRow }, message: t.problem.missingColumn(fieldLabel(f, mapping[kind], lang)) })));
    plan.notes.push(...columns.ignored);
    if (missing.length === 0) mapped.set(kind, { kind, sheet, columns, mapping: mapping[kind] });
    plan.sheets.push({ kind, name: sheet.name });
  }
  const agreements = mapped.get('agreements');
  if (agreements === undefined) return finish(plan, sheets);

  const departments = new Departments(register.config.departments, { ...mapping.obligations.values.department, ...mapping.agreements.values.department });
  const context: ReadContext = {
    lang,
    departments,
    addDepartments: options.addDepartments,
    taken: takenIds(register, 'agreement'),
    titles: new Map(register.agreements.map((a) => [a.value.id, a.value.title])),
    claimed: new Set(),
  };
  const { drafts, existing } = readAgreements(agreements, context);
  plan.existing = existing;
  plan.notes.push(...existing.map((e) => ({ at: e.at, message: t.note.exists(e.id) })));
  for (const kind of ['obligations', 'subprocessors', 'assurance'] as const) {
    const sheet = mapped.get(kind);
    if (sheet === undefined) continue;
    const children = readChildren(sheet, drafts, existing, context);
    plan.problems.push(...children.problems);
    plan.notes.push(...children.notes);
  }

  const departmentIds = [...register.config.departments.map((d) => d.id), ...departments.missing.keys()];
  for (const draft of drafts) {
    const marked = new Set(draft.problems.map((p) => `${p.at.sheet}!${p.at.row}:${p.at.column ?? ''}`));
    if (draft.id !== '') draft.problems.push(...schemaProblems(draft, lang).filter((p) => !marked.has(`${p.at.sheet}!${p.at.row}:${p.at.column ?? ''}`)));
    plan.problems.push(...draft.problems);
    plan.notes.push(...draft.notes);
    if (draft.problems.length > 0 || draft.id === '') {
      plan.invalid.push(draft);
      continue;
    }
    const path = recordPath('agreement', draft.id);
    const derived = draft.notes.some((note) => note.message === t.note.derivedRisk);
    const content = importedAgreementYaml(draft.record, {
      lang,
      departmentIds,
      reviewMonths: register.config.policy.review_months,
      source: t.yaml.source(options.fileName, draft.at.sheet, draft.at.row),
      remarks: derived ? { risk: [t.yaml.derivedRisk] } : {},
    });
    assertValid('agreement', path, content, lang);
    plan.ready.push({ draft, file: { path, content } });
  }
  plan.missingDepartments = [...departments.missing.values()];
  const used = new Set(plan.ready.flatMap(({ draft }) => departmentsOf(draft.record)));
  plan.departmentsToAdd = plan.missingDepartments.filter((d) => used.has(d.id));
  return finish(plan, sheets);
}

function departmentsOf(record: Record<string, unknown>): string[] {
  const obligations = (record.obligations ?? []) as { department?: string }[];
  return [String(record.department), ...obligations.flatMap((o) => (o.department !== undefined ? [o.department] : []))];
}

function finish(plan: ImportPlan, sheets: readonly RawSheet[]): ImportPlan {
  const order = sheets.map((s) => s.name);
  return { ...plan, problems: sortProblems(plan.problems, order), notes: sortProblems(plan.notes, order) };
}
