import { agreementNotes, type AgreementNotes } from '../authoring/agreement-notes.js';
import { recordPath, schemaModeline } from '../authoring/register-layout.js';
import { comments, fileText, yamlString } from '../authoring/yaml-text.js';
import type { Lang } from '../i18n/lang.js';
import type { Policy } from '../register/types.js';

export interface YamlOptions {
  lang: Lang;
  departmentIds: readonly string[];
  reviewMonths: Policy['review_months'];
  /** Where the agreement came from, one comment line (`… blad Overeenkomsten, rij 5`). */
  source: string;
  /** Extra comment lines above a top-level key (e.g. why `risk` has these values). */
  remarks?: Partial<Record<string, string[]>>;
}

/**
 * Keys in the order `vo new agreement` writes them; nested objects follow the
 * same list (a name first, dates in time order), so every imported file reads
 * like one made by hand.
 */
const ORDER = [
  'id', 'title', 'type', 'name', 'metric', 'target', 'comparison', 'unit', 'department', 'process_owner', 'email', 'function',
  'processor', 'kvk', 'contact', 'breach_contact', 'phone', 'service', 'country', 'transfer', 'approved', 'party', 'frequency',
  'category', 'owner', 'due', 'clause', 'kpi', 'phase', 'template', 'version', 'dates', 'signed', 'start', 'end', 'processing',
  'purposes', 'data_subjects', 'data_categories', 'special_categories', 'approx_subjects', 'risk', 'impact', 'likelihood', 'level',
  'assessed', 'method', 'dpia', 'required', 'date', 'ref', 'review_months', 'breach_notice_hours', 'clauses', 'instructions',
  'confidentiality', 'security', 'subprocessors', 'data_subject_rights', 'assistance', 'deletion_return', 'audits', 'assurance',
  'valid_until', 'issuer', 'scope', 'received', 'document', 'obligations', 'monitoring', 'meetings', 'training', 'exit',
  'deletion_confirmed', 'documents', 'notes',
];

/** The explanation above each top-level key, the same as in a file from `vo new agreement`. */
function notesFor(t: AgreementNotes, options: YamlOptions): Record<string, string[]> {
  return {
    id: [t.id],
    title: [t.title],
    department: [t.department(options.departmentIds.join(', '))],
    process_owner: [t.processOwner],
    processor: [t.processor],
    service: [t.service],
    phase: [t.phase],
    template: [t.template],
    dates: [t.dates],
    processing: t.processing,
    risk: t.risk(options.reviewMonths),
    review_months: [t.reviewMonths],
    breach_notice_hours: [t.breachHours],
    clauses: [t.clauses],
    subprocessors: t.subprocessors,
    assurance: t.assurance,
    obligations: t.obligations,
    monitoring: [t.monitoring],
    exit: t.exit,
    documents: [t.documents],
    notes: [t.notes],
  };
}

/** The text of an imported agreement file (docs/format.md): commented, dates quoted. Pure. */
export function importedAgreementYaml(record: Record<string, unknown>, options: YamlOptions): string {
  const t = agreementNotes(options.lang);
  const notes = notesFor(t, options);
  const lines = [
    schemaModeline(recordPath('agreement', String(record.id)), 'agreement'),
    // The header of `vo new agreement` without its lines about commented-out examples: an imported file has none.
    ...comments(0, '', ...[t.header('vo import')[0]!, options.source, t.header('vo import').at(-1)!]),
  ];
  for (const key of ordered(record)) {
    // A blank line before the id and before each section after the phase, as in `vo new agreement`.
    const spaced = key === 'id' || ORDER.indexOf(key) > ORDER.indexOf('phase');
    lines.push(...(spaced ? [''] : []), ...comments(0, ...(notes[key] ?? []), ...(options.remarks?.[key] ?? [])), ...valueLines(key, record[key], 0));
  }
  return fileText(lines);
}

function ordered(object: Record<string, unknown>): string[] {
  const rank = (key: string) => (ORDER.includes(key) ? ORDER.indexOf(key) : ORDER.length);
  return Object.keys(object)
    .filter((key) => object[key] !== undefined)
    .sort((a, b) => rank(a) - rank(b));
}

function valueLines(key: string, value: unknown, indent: number): string[] {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) return [`${pad}${key}:`, ...value.flatMap((item) => itemLines(item, indent + 2))];
  if (typeof value === 'object' && value !== null) {
    const object = value as Record<string, unknown>;
    return [`${pad}${key}:`, ...ordered(object).flatMap((child) => valueLines(child, object[child], indent + 2))];
  }
  return [`${pad}${key}: ${scalar(value)}`];
}

/** A list item: `- value`, or an object whose first key shares the line with the dash. */
function itemLines(item: unknown, indent: number): string[] {
  const pad = ' '.repeat(indent);
  if (typeof item !== 'object' || item === null) return [`${pad}- ${scalar(item)}`];
  const object = item as Record<string, unknown>;
  const inner = ordered(object).flatMap((key) => valueLines(key, object[key], indent + 2));
  return inner.map((line, i) => (i === 0 ? `${pad}- ${line.slice(indent + 2)}` : line));
}

/** Strings plain when unambiguous, else quoted (dates always are: they start with a digit); numbers and booleans as they are. */
function scalar(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return yamlString(String(value));
}
