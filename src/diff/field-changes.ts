import { diffText } from '../i18n/diff.js';
import { domainLabels } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import type { Agreement, Config } from '../register/types.js';
import { EEA, hasAdequacy } from '../rules/transfer.js';
import { riskLevel } from '../rules/schedule.js';
import { longDate, longDateTime } from './text-helpers.js';
import { isObject, pathText, valueChanges, type Json, type PathStep, type ValueChange } from './value-changes.js';

export const FIELD_CHANGE_TYPES = [
  'phase',
  'risk-raised',
  'risk-lowered',
  'risk-assessed',
  'risk-removed',
  'risk-component-added',
  'risk-component-removed',
  'risk-component-changed',
  'dpia-required',
  'dpia-held',
  'dpia-outcome',
  'dpia-accepted',
  'dpia-prior-consultation',
  'signed-by',
  'fg-advice',
  'subprocessor-added',
  'subprocessor-removed',
  'subprocessor-transfer',
  'subprocessor-tia',
  'subprocessor-change-notified',
  'subprocessor-change-decided',
  'assurance-added',
  'assurance-removed',
  'assurance-opinion',
  'assurance-superseded',
  'obligation-added',
  'obligation-removed',
  'action-added',
  'action-resolved',
  'action-reopened',
  'incident-closed',
  'incident-reopened',
  'incident-discovered-by',
  'authority-decision',
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
  /** D: an adequacy decision with an `until` before it no longer counts. */
  asOf: string;
}

export type DescribedKind = 'agreement' | 'evaluation' | 'incident' | 'config';

/**
 * What changed inside one record. The changes a privacy officer asks about
 * are said in words (risk raised, a MAPGOOD component assessed, the DPIA's
 * outcome, who signed, a sub-processor added outside the EEA or its change
 * decided, an assurance report's opinion, an action resolved, an incident
 * closed or its notification decided); every other field falls back to its
 * path with the old and new value, so nothing that changed goes unmentioned.
 */
export function fieldChanges(kind: DescribedKind, old: unknown, next: unknown, context: DescribeContext): FieldChange[] {
  const pending = split(valueChanges(old, next));
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
    // The components and the DPIA that came with the assessment are said below.
    take((c) => c.path[0] === 'risk' && c.path[1] !== 'components' && c.path[1] !== 'dpia');
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
  riskDetailWords(old, next, words);
  signingWords(next, words);
  items(take, ['subprocessors'], (item, added, path) => {
    const name = String(item.name ?? '');
    if (!added) return { type: 'subprocessor-removed', path, old: item, new: null, message: text.field.subprocessorRemoved(name) };
    const country = String(item.country ?? '');
    const where = EEA.has(country) ? country : hasAdequacy(country, context.config, context.asOf) ? text.field.outsideEeaAdequate(country) : text.field.outsideEea(country);
    return { type: 'subprocessor-added', path, old: null, new: item, message: text.field.subprocessorAdded(name, where) };
  }, words);
  subprocessorWords(next, words);
  items(take, ['assurance'], (item, added, path) => {
    const type = labels.assuranceType[String(item.type)] ?? String(item.type);
    const details = [assuranceValidity(item, words), ...assuranceOpinion(item, words)].join(', ');
    return added
      ? { type: 'assurance-added', path, old: null, new: item, message: text.field.assuranceAdded(type, details) }
      : { type: 'assurance-removed', path, old: item, new: null, message: text.field.assuranceRemoved(type, assuranceValidity(item, words)) };
  }, words);
  assuranceWords(next, words);
  items(take, ['obligations'], (item, added, path) =>
    added
      ? { type: 'obligation-added', path, old: null, new: item, message: text.field.obligationAdded(String(item.id), String(item.title ?? '')) }
      : { type: 'obligation-removed', path, old: item, new: null, message: text.field.obligationRemoved(String(item.id)) },
  words);
}

/** The MAPGOOD components, each assessed, removed or reassessed, and the steps of the DPIA. */
function riskDetailWords(old: Agreement, next: Agreement, words: Words): void {
  const { out, take, context, text, labels } = words;
  const risk = (level: unknown) => labels.risk[String(level)] ?? String(level);
  const component = (name: unknown) => labels.component[String(name)] ?? String(name);
  items(take, ['risk', 'components'], (item, added, path) =>
    added
      ? { type: 'risk-component-added', path, old: null, new: item, message: text.field.riskComponentAssessed(component(item.component), risk(item.impact), risk(item.likelihood)) }
      : { type: 'risk-component-removed', path, old: item, new: null, message: text.field.riskComponentRemoved(component(item.component)) },
  words);
  const reassessed = take((c) => c.path.length === 4 && c.path[0] === 'risk' && c.path[1] === 'components' && typeof c.path[2] === 'object' && ['impact', 'likelihood'].includes(String(c.path[3])));
  for (const id of new Set(reassessed.map((c) => (c.path[2] as { id: string }).id))) {
    const [before, after] = [old, next].map((agreement) => agreement.risk?.components?.find((c) => c.component === id));
    if (before === undefined || after === undefined) continue;
    const [was, now] = [text.field.impactAndLikelihood(risk(before.impact), risk(before.likelihood)), text.field.impactAndLikelihood(risk(after.impact), risk(after.likelihood))];
    out.push({ type: 'risk-component-changed', path: `risk.components[${id}]`, old: before as unknown as Json, new: after as unknown as Json, message: text.field.riskComponentReassessed(component(id), was, now) });
  }
  const dpia = next.risk?.dpia;
  const at = (key: string) => (c: ValueChange) => c.path.length === 3 && c.path[0] === 'risk' && c.path[1] === 'dpia' && c.path[2] === key;
  for (const change of take((c) => at('required')(c) && typeof c.new === 'boolean')) out.push(fieldChange('dpia-required', change, text.field.dpiaRequired(change.new === true)));
  for (const change of take((c) => at('date')(c) && typeof c.new === 'string')) out.push(fieldChange('dpia-held', change, text.field.dpiaHeld(longDate(String(change.new), context.lang))));
  for (const change of take((c) => at('outcome')(c) && typeof c.new === 'string')) {
    const label = (value: Json | undefined) => labels.dpiaOutcome[String(value)] ?? String(value);
    out.push(fieldChange('dpia-outcome', change, text.field.dpiaOutcome(change.old === undefined ? undefined : label(change.old), label(change.new))));
  }
  for (const change of take((c) => at('accepted')(c) && typeof c.new === 'string')) {
    take(at('accepted_by'));
    out.push(fieldChange('dpia-accepted', change, text.field.dpiaAccepted(longDate(String(change.new), context.lang), dpia?.accepted_by)));
  }
  for (const change of take((c) => at('prior_consultation')(c) && typeof c.new === 'string')) {
    out.push(fieldChange('dpia-prior-consultation', change, text.field.dpiaPriorConsultation(longDate(String(change.new), context.lang))));
  }
}

/** Who signed under which mandate, and the date of the FG's advice. */
function signingWords(next: Agreement, { out, take, context, text }: Words): void {
  const signedBy = next.signing?.signed_by;
  const under = (key: string) => (c: ValueChange) => c.path[0] === 'signing' && c.path[1] === key;
  const signer = signedBy !== undefined ? take(under('signed_by')) : [];
  if (signedBy !== undefined && signer.length > 0) {
    take((c) => under('mandate')(c) && c.new !== undefined);
    out.push({ type: 'signed-by', path: 'signing.signed_by', old: null, new: signedBy as unknown as Json, message: text.field.signedBy(signedBy.name, signedBy.function, next.signing?.mandate) });
  }
  for (const change of take((c) => under('fg_advice')(c) && typeof c.new === 'string')) out.push(fieldChange('fg-advice', change, text.field.fgAdvice(longDate(String(change.new), context.lang))));
}

/** Inside a sub-processor that stayed: its transfer mechanism, its TIA, and the processor's notice of a change and our decision. */
function subprocessorWords(next: Agreement, { out, take, context, text, labels }: Words): void {
  const inside = (c: ValueChange, ...keys: string[]) =>
    c.path.length === 2 + keys.length && c.path[0] === 'subprocessors' && typeof c.path[1] === 'object' && keys.every((key, i) => c.path[2 + i] === key);
  const named = (c: ValueChange) => (c.path[1] as { id: string }).id;
  const current = (c: ValueChange) => next.subprocessors?.find((s) => s.name === named(c));
  const date = (value: unknown) => (typeof value === 'string' ? longDate(value, context.lang) : undefined);
  for (const change of take((c) => inside(c, 'transfer') && typeof c.new === 'string')) {
    out.push(fieldChange('subprocessor-transfer', change, text.field.subprocessorTransfer(named(change), labels.transfer[String(change.new)] ?? String(change.new))));
  }
  for (const change of take((c) => inside(c, 'tia') && typeof c.new === 'string')) {
    out.push(fieldChange('subprocessor-tia', change, text.field.subprocessorTia(named(change), longDate(String(change.new), context.lang))));
  }
  for (const change of take((c) => inside(c, 'change', 'notified') && typeof c.new === 'string')) {
    take((c) => inside(c, 'change', 'objection_deadline') && named(c) === named(change) && c.new !== undefined);
    const deadline = date(current(change)?.change?.objection_deadline);
    out.push(fieldChange('subprocessor-change-notified', change, text.field.subprocessorChangeNotified(named(change), longDate(String(change.new), context.lang), deadline)));
  }
  for (const change of take((c) => inside(c, 'change', 'decision') && typeof c.new === 'string')) {
    take((c) => inside(c, 'change', 'decided') && named(c) === named(change) && c.new !== undefined);
    const decision = labels.decision[String(change.new)] ?? String(change.new);
    out.push(fieldChange('subprocessor-change-decided', change, text.field.subprocessorChangeDecided(named(change), decision, date(current(change)?.change?.decided))));
  }
}

/** Inside an assurance item that stayed: its opinion, and whether it is still expected. */
function assuranceWords(next: Agreement, words: Words): void {
  const { out, take, text, labels } = words;
  const inside = (c: ValueChange, key: string) => c.path.length === 3 && c.path[0] === 'assurance' && typeof c.path[1] === 'object' && c.path[2] === key;
  const item = (c: ValueChange) =>
    (next.assurance ?? []).find((a) => `${a.type} ${a.valid_until ?? a.period_end ?? ''}`.trim() === (c.path[1] as { id: string }).id) as { [key: string]: Json } | undefined;
  const opinion = (value: Json | undefined) => labels.opinion[String(value)] ?? String(value);
  for (const change of take((c) => inside(c, 'opinion') && typeof c.new === 'string')) {
    const found = item(change) ?? {};
    const type = labels.assuranceType[String(found.type)] ?? String(found.type);
    out.push(fieldChange('assurance-opinion', change, text.field.assuranceOpinion(type, assuranceValidity(found, words), change.old === undefined ? undefined : opinion(change.old), opinion(change.new))));
  }
  for (const change of take((c) => inside(c, 'superseded') && c.new === true)) {
    const found = item(change) ?? {};
    const type = labels.assuranceType[String(found.type)] ?? String(found.type);
    out.push(fieldChange('assurance-superseded', change, text.field.assuranceSuperseded(type, assuranceValidity(found, words))));
  }
}

/** `geldig tot 30 juni 2027`, or for a report known by its period only `periode tot en met 31 december 2025`. */
function assuranceValidity(item: { [key: string]: Json }, { context, text }: Pick<Words, 'context' | 'text'>): string {
  return typeof item.valid_until === 'string'
    ? text.field.validUntil(longDate(item.valid_until, context.lang))
    : text.field.periodEnd(longDate(String(item.period_end ?? ''), context.lang));
}

/** `oordeel: met beperking`, `2 uitzonderingen`: what an added report says, when it says so. */
function assuranceOpinion(item: { [key: string]: Json }, { text, labels }: Pick<Words, 'text' | 'labels'>): string[] {
  const parts: string[] = [];
  if (typeof item.opinion === 'string') parts.push(text.field.opinion(labels.opinion[item.opinion] ?? item.opinion));
  if (typeof item.exceptions === 'number' && item.exceptions > 0) parts.push(text.field.exceptions(item.exceptions));
  return parts;
}

function evaluationWords(next: unknown, words: Words): void {
  const { out, take, context, text } = words;
  items(take, ['findings'], (item, added, path) =>
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

function incidentWords(next: unknown, { out, take, context, text, labels }: Words): void {
  const incident = isObject(next) ? next : {};
  const value = (key: string) => (typeof incident[key] === 'string' ? (incident[key] as string) : undefined);
  for (const change of take((c) => is(c.path, 'status'))) {
    take((c) => is(c.path, 'closed'));
    const closed = value('closed') !== undefined ? longDate(value('closed') as string, context.lang) : '';
    out.push(change.new === 'closed' ? fieldChange('incident-closed', change, text.field.incidentClosed(closed)) : fieldChange('incident-reopened', change, text.field.incidentReopened));
  }
  for (const change of take((c) => is(c.path, 'discovered_by') && typeof c.new === 'string')) {
    out.push(fieldChange('incident-discovered-by', change, text.field.discoveredBy(labels.discoveredBy[String(change.new)] ?? String(change.new))));
  }
  const decision = take((c) => is(c.path, 'authority_notification') && typeof c.new === 'string');
  const reason = take((c) => is(c.path, 'decision_reason') && typeof c.new === 'string');
  // The decision and its reason are one sentence; a reason added later is said with the decision it explains.
  const decided = decision[0] ?? reason[0];
  if (decided !== undefined) {
    const current = value('authority_notification') ?? '';
    out.push(fieldChange('authority-decision', decided, text.field.authorityDecision(labels.authorityNotification[current] ?? current, value('decision_reason'))));
  }
  for (const change of take((c) => is(c.path, 'authority_notified') && c.old === undefined && typeof c.new === 'string')) {
    take((c) => is(c.path, 'authority_reference') && c.new !== undefined);
    out.push(fieldChange('authority-notified', change, text.field.authorityNotified(longDateTime(String(change.new), context.lang, context.timezone), value('authority_reference'))));
  }
}

/** Items added to or removed from the list at `list`, whether the list changed item by item or appeared or vanished whole. */
function items(
  take: Words['take'],
  list: readonly string[],
  describe: (item: { [key: string]: Json }, added: boolean, path: string) => FieldChange | undefined,
  { out, context }: Pick<Words, 'out' | 'context'>,
): void {
  const within = (c: ValueChange) => list.every((key, i) => c.path[i] === key);
  const single = take((c) => c.path.length === list.length + 1 && within(c) && typeof c.path[list.length] === 'object' && (c.old === undefined) !== (c.new === undefined));
  for (const change of single) {
    const item = change.new ?? change.old;
    out.push((isObject(item) ? describe(item, change.new !== undefined, pathText(change.path)) : undefined) ?? genericChange(change, context));
  }
  const whole = take((c) => c.path.length === list.length && within(c) && (c.old === undefined) !== (c.new === undefined) && Array.isArray(c.new ?? c.old));
  for (const change of whole) {
    const added = change.new !== undefined;
    const described = ((change.new ?? change.old) as Json[]).map((item, index) => (isObject(item) ? describe(item, added, `${pathText(list)}[${index}]`) : undefined));
    if (described.every((d) => d !== undefined)) for (const one of described as FieldChange[]) out.push(one);
    else out.push(genericChange(change, context));
  }
}

/** Objects that hold the steps said in words above; one that appeared or vanished whole is split into its keys. */
const SPLIT: readonly (readonly (string | null)[])[] = [['risk'], ['risk', 'dpia'], ['signing'], ['subprocessors', null, 'change']];

/**
 * A `risk.dpia`, `signing` or sub-processor `change` that appeared (or
 * vanished) whole becomes one change per key, so that a DPIA recorded
 * together with its outcome reads as both steps, not as one block of JSON.
 */
function split(changes: ValueChange[]): ValueChange[] {
  const out: ValueChange[] = [];
  for (const change of changes) {
    const value = change.new ?? change.old;
    const splits = SPLIT.some((pattern) => pattern.length === change.path.length && pattern.every((key, i) => (key === null ? typeof change.path[i] === 'object' : change.path[i] === key)));
    if (!splits || (change.old === undefined) === (change.new === undefined) || !isObject(value)) {
      out.push(change);
      continue;
    }
    const parts = Object.entries(value).map(([key, part]) => ({ path: [...change.path, key], old: change.old === undefined ? undefined : part, new: change.new === undefined ? undefined : part }));
    out.push(...split(parts));
  }
  return out;
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
