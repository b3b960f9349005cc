import { compareStrings } from '../findings.js';
import { diffText } from '../i18n/diff.js';
import { domainLabels } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import { KIND_FOLDERS } from '../register/discover.js';
import type { LoadedRecord, Register } from '../register/load.js';
import type { Agreement, Evaluation, Incident, RecordKind } from '../register/types.js';
import { riskLevel } from '../rules/schedule.js';
import { fieldChanges, type DescribedKind, type FieldChange } from './field-changes.js';
import { longDate } from './text-helpers.js';

/** One record (or the config) added, removed or changed between two states of the register. */
export interface RecordChange {
  kind: DescribedKind;
  id: string;
  change: 'added' | 'removed' | 'changed';
  /** Where it is now, or was when removed; relative to the register root. */
  file: string;
  /** The agreement it belongs to (its own id for an agreement); null for the config. */
  agreement: string | null;
  title: string | null;
  /** An added or removed record in one line; null for a changed one. */
  summary: string | null;
  /** What changed inside a changed record; empty for added and removed ones. */
  fields: FieldChange[];
}

interface Side {
  register: Register;
  records: Map<string, LoadedRecord>;
  /** Record files that could not be read as a record (integrity findings), by the same key. */
  unreadable: Map<string, string>;
}

const KINDS: RecordKind[] = ['agreement', 'evaluation', 'incident'];
const FOLDER_KIND = new Map(Object.entries(KIND_FOLDERS).map(([kind, folder]) => [folder, kind as RecordKind]));

/**
 * The records added, removed and changed from `base` to `head`, matched by
 * kind and id (the file name), so moving a file between subfolders is no
 * change. A file that fails its schema on one side only is "changed": it can
 * no longer (or again) be read; its findings say why.
 */
export function recordChanges(base: Register, head: Register, lang: Lang, asOf: string): RecordChange[] {
  const [before, after] = [side(base), side(head)];
  const context = { lang, timezone: head.config.timezone, config: head.config, asOf };
  const text = diffText(lang);
  const changes: RecordChange[] = [];
  const keys = new Set([...before.records.keys(), ...before.unreadable.keys(), ...after.records.keys(), ...after.unreadable.keys()]);
  for (const key of keys) {
    const [old, next] = [before.records.get(key), after.records.get(key)];
    const [oldFile, nextFile] = [old?.file ?? before.unreadable.get(key), next?.file ?? after.unreadable.get(key)];
    const kind = key.slice(0, key.indexOf(':')) as RecordKind;
    const id = key.slice(key.indexOf(':') + 1);
    if (oldFile === undefined && nextFile !== undefined) changes.push(whole(kind, id, 'added', nextFile, next, lang));
    else if (oldFile !== undefined && nextFile === undefined) changes.push(whole(kind, id, 'removed', oldFile, old, lang));
    else if (old !== undefined && next !== undefined) {
      const fields = fieldChanges(kind, old.value, next.value, context);
      if (fields.length > 0) changes.push({ ...identity(kind, id, next), change: 'changed', file: next.file, summary: null, fields });
    } else if (old !== undefined || next !== undefined) {
      const record = (next ?? old) as LoadedRecord;
      const message = next === undefined ? text.record.unreadableNow : text.record.readableAgain;
      changes.push({ ...identity(kind, id, record), change: 'changed', file: nextFile ?? record.file, summary: message, fields: [] });
    }
  }
  const config = fieldChanges('config', base.config, head.config, context);
  if (config.length > 0) {
    changes.push({ kind: 'config', id: 'vo.config.yaml', change: 'changed', file: 'vo.config.yaml', agreement: null, title: null, summary: null, fields: config });
  }
  const order: Record<DescribedKind, number> = { config: 0, agreement: 1, evaluation: 2, incident: 3 };
  return changes.sort((a, b) => order[a.kind] - order[b.kind] || compareStrings(a.agreement ?? '', b.agreement ?? '') || compareStrings(a.id, b.id));
}

function side(register: Register): Side {
  const records = new Map<string, LoadedRecord>();
  for (const kind of KINDS) for (const record of recordsOf(register, kind)) records.set(`${kind}:${idOf(record)}`, record);
  const readable = new Set([...records.values()].map((record) => record.file));
  const unreadable = new Map<string, string>();
  for (const file of register.files) {
    const kind = FOLDER_KIND.get(file.slice(0, file.indexOf('/')));
    const id = file.slice(file.lastIndexOf('/') + 1).replace(/\.ya?ml$/, '');
    if (kind !== undefined && !readable.has(file) && !records.has(`${kind}:${id}`)) unreadable.set(`${kind}:${id}`, file);
  }
  return { register, records, unreadable };
}

function recordsOf(register: Register, kind: RecordKind): readonly LoadedRecord[] {
  return kind === 'agreement' ? register.agreements : kind === 'evaluation' ? register.evaluations : register.incidents;
}

function idOf(record: LoadedRecord): string {
  return (record.value as { id: string }).id;
}

function identity(kind: RecordKind, id: string, record: LoadedRecord | undefined): Pick<RecordChange, 'kind' | 'id' | 'agreement' | 'title'> {
  const value = record?.value as { agreement?: string; title?: string } | undefined;
  const agreement = kind === 'agreement' ? id : (value?.agreement ?? null);
  const title = kind === 'evaluation' ? null : (value?.title ?? null);
  return { kind, id, agreement, title };
}

function whole(kind: RecordKind, id: string, change: 'added' | 'removed', file: string, record: LoadedRecord | undefined, lang: Lang): RecordChange {
  return { ...identity(kind, id, record), change, file, summary: record ? summary(kind, change, record, lang) : null, fields: [] };
}

/** An added or removed record in words: what it is, not every field it has. */
function summary(kind: RecordKind, change: 'added' | 'removed', record: LoadedRecord, lang: Lang): string {
  const text = diffText(lang).record;
  const labels = domainLabels(lang);
  if (kind === 'agreement') {
    const agreement = record.value as Agreement;
    if (change === 'removed') return text.agreementRemoved(agreement.title);
    const level = riskLevel(agreement);
    const risk = level.source === 'missing' ? (labels.riskSource.missing ?? 'high') : (labels.risk[level.level] ?? level.level);
    return text.agreementAdded(agreement.title, labels.phase[agreement.phase] ?? agreement.phase, risk);
  }
  if (kind === 'evaluation') {
    const evaluation = record.value as Evaluation;
    const type = labels.evaluationType[evaluation.type] ?? evaluation.type;
    const date = longDate(evaluation.date, lang);
    if (change === 'removed') return text.evaluationRemoved(type, date);
    return text.evaluationAdded(type, date, evaluation.agreement, evaluation.outcome !== undefined ? (labels.outcome[evaluation.outcome] ?? evaluation.outcome) : undefined);
  }
  const incident = record.value as Incident;
  return change === 'removed' ? text.incidentRemoved(incident.title) : text.incidentAdded(labels.incidentType[incident.type] ?? incident.type, incident.title);
}
