import { diffText } from '../i18n/diff.js';
import { domainLabels } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import type { Agreement, Config } from '../register/types.js';
import { EEA } from '../rules/transfer.js';
import { riskLevel } from '../rules/schedule.js';
import { longDate, longDateTime } from './text-helpers.js';
import { isObject, pathText, valueChanges, type Json, type PathStep, type ValueChange } from './value-changes.js';

export const FIELD_CHANGE_TYPES = [
  'phase',
  'risk-raised',
  'risk-lowered',
  'risk-assessed',
  'risk-removed',
  'subprocessor-added',
  'subprocessor-removed',
  'assurance-added',
  'assurance-removed',
  'obligation-added',
  'obligation-removed',
  'action-added',
  'action-resolved',
  'action-reopened',
  'incident-closed',
  'incident-reopened',
  'authority-notified',
  'field',
] as const;
export type FieldChangeType = (typeof FIELD_CHANGE_TYPES)[number];

/** One change inside a record, in words; `path`, `old` and `new` say exactly what changed (null: absent). */
export interface FieldChange {
  type: FieldChangeType;
  path: string;
  old: Json | null;
  new: Json | null;
  message: string;
}

export interface DescribeContext {
  lang: Lang;
  /** For date-times written without an offset. */
  timezone: string;
  /** The newer side's config: which countries have an adequacy decision. */
  config: Config;
}

export type DescribedKind = 'agreement' | 'evaluation' | 'incident' | 'config';

/**
 * What changed inside one record. The changes a privacy officer asks about
 * are said in words (risk raised, a sub-processor added outside the EEA, an
 * action resolved, an incident closed); every other field falls back to its
 * path with the old and new value, so nothing that changed goes unmentioned.
 */
export function fieldChanges(kind: DescribedKind, old: unknown, next: unknown, context: DescribeContext): FieldChange[] {
  const pending = valueChanges(old, next);
  const out: FieldChange[] = [];
  const take = (test: (change: ValueChange) => boolean): ValueChange[] => {
    const taken = pending.filter(test);
    for (const change of taken) pending.splice(pending.indexOf(change), 1);
    return taken;
  };
  const words = { out, take, context, text: diffText(context.lang), labels: domainLabels(context.lang) };
  if (kind === 'agreement') agreementWords(old as Agreement, next as Agreement, words);
  if (kind === 'evaluation') evaluationWords(next, words);
  if (kind === 'incident') incidentWords(next, words);
  for (const change of pending) out.push(genericChange(change, context));
  return out;
}

interface Words {
  out: FieldChange[];
  take: (test: (change: ValueChange) => boolean) => ValueChange[];
  context: DescribeContext;
  text: ReturnType<typeof diffText>;
  labels: ReturnType<typeof domainLabels>;
}

function agreementWords(old: Agreement, next: Agreement, words: Words): void {
  const { out, take, context, text, labels } = words;
  for (const change of take((c) => is(c.path, 'phase'))) {
    out.push(fieldChange('phase', change, text.field.phase(labels.phase[String(change.old)] ?? '', labels.phase[String(change.new)] ?? '')));
  }
  const [before, after] = [riskLevel(old), riskLevel(next)];
  if (before.source === 'missing' && after.source !== 'missing') {
    take((c) => c.path[0] === 'risk');
    out.push({ type: 'risk-assessed', path: 'risk', old: null, new: after.level, message: text.field.riskAssessed(labels.risk[after.level] ?? after.level) });
  } else if (before.source !== 'missing' && after.source === 'missing') {
    take((c) => c.path[0] === 'risk');
    out.push({ type: 'risk-removed', path: 'risk', old: before.level, new: null, message: text.field.riskRemoved });
  } else if (before.level !== after.level) {
    take((c) => c.path.length === 2 && c.path[0] === 'risk' && ['impact', 'likelihood', 'level'].includes(String(c.path[1])));
    const rank = { low: 0, medium: 1, high: 2 };
    const [from, to] = [labels.risk[before.level] ?? before.level, labels.risk[after.level] ?? after.level];
    const raised = rank[after.level] > rank[before.level];
    out.push({ type: raised ? 'risk-raised' : 'risk-lowered', path: 'risk', old: before.level, new: after.level, message: raised ? text.field.riskRaised(from, to) : text.field.riskLowered(from, to) });
  }
  const adequate = new Set(context.config.policy.adequate_countries.map((entry) => (typeof entry === 'string' ? entry : (entry as { country: string }).country)));
  items(take, 'subprocessors', (item, added, path) => {
    const name = String(item.name ?? '');
    if (!added) return { type: 'subprocessor-removed', path, old: item, new: null, message: text.field.subprocessorRemoved(name) };
    const country = String(item.country ?? '');
    const where = EEA.has(country) ? country : adequate.has(country) ? text.field.outsideEeaAdequate(country) : text.field.outsideEea(country);
    return { type: 'subprocessor-added', path, old: null, new: item, message: text.field.subprocessorAdded(name, where) };
  }, words);
  items(take, 'assurance', (item, added, path) => {
    const type = labels.assuranceType[String(item.type)] ?? String(item.type);
    const until = longDate(String(item.valid_until ?? item.period_end ?? ''), context.lang);
    return added
      ? { type: 'assurance-added', path, old: null, new: item, message: text.field.assuranceAdded(type, until) }
      : { type: 'assurance-removed', path, old: item, new: null, message: text.field.assuranceRemoved(type, until) };
  }, words);
  items(take, 'obligations', (item, added, path) =>
    added
      ? { type: 'obligation-added', path, old: null, new: item, message: text.field.obligationAdded(String(item.id), String(item.title ?? '')) }
      : { type: 'obligation-removed', path, old: item, new: null, message: text.field.obligationRemoved(String(item.id)) },
  words);
}

function evaluationWords(next: unknown, words: Words): void {
  const { out, take, context, text } = words;
  items(take, 'findings', (item, added, path) =>
    added ? { type: 'action-added', path, old: null, new: item, message: text.field.actionAdded(String(item.id), oneLine(String(item.description ?? ''))) } : undefined,
  words);
  for (const change of take((c) => c.path.length === 3 && c.path[0] === 'findings' && c.path[2] === 'status')) {
    const id = (change.path[1] as { id: string }).id;
    const resolvedPath = (c: ValueChange) => c.path.length === 3 && c.path[0] === 'findings' && (c.path[1] as { id: string }).id === id && c.path[2] === 'resolved';
    take(resolvedPath);
    const item = isObject(next) && Array.isArray(next.findings) ? next.findings.find((f) => isObject(f) && f.id === id) : undefined;
    const date = isObject(item) && typeof item.resolved === 'string' ? longDate(item.resolved, context.lang) : '';
    out.push(change.new === 'resolved' ? fieldChange('action-resolved', change, text.field.actionResolved(id, date)) : fieldChange('action-reopened', change, text.field.actionReopened(id)));
  }
}

function incidentWords(next: unknown, { out, take, context, text }: Words): void {
  for (const change of take((c) => is(c.path, 'status'))) {
    take((c) => is(c.path, 'closed'));
    const closed = isObject(next) && typeof next.closed === 'string' ? longDate(next.closed, context.lang) : '';
    out.push(change.new === 'closed' ? fieldChange('incident-closed', change, text.field.incidentClosed(closed)) : fieldChange('incident-reopened', change, text.field.incidentReopened));
  }
  for (const change of take((c) => is(c.path, 'authority_notified') && c.old === undefined && typeof c.new === 'string')) {
    out.push(fieldChange('authority-notified', change, text.field.authorityNotified(longDateTime(String(change.new), context.lang, context.timezone))));
  }
}

/** Items added to or removed from a list, whether the list changed item by item or appeared or vanished whole. */
function items(
  take: Words['take'],
  list: string,
  describe: (item: { [key: string]: Json }, added: boolean, path: string) => FieldChange | undefined,
  { out, context }: Pick<Words, 'out' | 'context'>,
): void {
  const single = take((c) => c.path.length === 2 && c.path[0] === list && typeof c.path[1] === 'object' && (c.old === undefined) !== (c.new === undefined));
  for (const change of single) {
    const item = change.new ?? change.old;
    out.push((isObject(item) ? describe(item, change.new !== undefined, pathText(change.path)) : undefined) ?? genericChange(change, context));
  }
  const whole = take((c) => is(c.path, list) && (c.old === undefined) !== (c.new === undefined) && Array.isArray(c.new ?? c.old));
  for (const change of whole) {
    const added = change.new !== undefined;
    const described = ((change.new ?? change.old) as Json[]).map((item, index) => (isObject(item) ? describe(item, added, `${list}[${index}]`) : undefined));
    if (described.every((d) => d !== undefined)) for (const change of described as FieldChange[]) out.push(change);
    else out.push(genericChange(change, context));
  }
}

function is(path: readonly PathStep[], key: string): boolean {
  return path.length === 1 && path[0] === key;
}

function fieldChange(type: FieldChangeType, change: ValueChange, message: string): FieldChange {
  return { type, path: pathText(change.path), old: change.old ?? null, new: change.new ?? null, message };
}

function genericChange(change: ValueChange, context: DescribeContext): FieldChange {
  const text = diffText(context.lang).field;
  const path = pathText(change.path);
  const message =
    change.old === undefined ? text.added(path, shown(change.new)) : change.new === undefined ? text.removed(path, shown(change.old)) : text.changed(path, shown(change.old), shown(change.new));
  return fieldChange('field', change, message);
}

/** A value in a sentence: text as it is, a list of words joined, anything else as compact JSON; cut at 80 characters. */
function shown(value: Json | undefined): string {
  const text =
    typeof value === 'string' ? value : Array.isArray(value) && value.every((v) => typeof v !== 'object') ? value.join(', ') : JSON.stringify(value) ?? '';
  const line = oneLine(text);
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
