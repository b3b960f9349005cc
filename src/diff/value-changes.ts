/**
 * A structural comparison of two record values (plain YAML data), down to the
 * leaves. Lists of objects that carry an identity (a sub-processor's name, an
 * obligation's id, an action's id, a checklist item) are matched by it, so
 * reordering a list changes nothing and adding one item is one change, not a
 * cascade of shifted positions.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A step into a value: an object key, a list item matched by identity, or a list position. */
export type PathStep = string | { id: string } | number;

export interface ValueChange {
  path: PathStep[];
  /** `undefined`: absent on that side. */
  old: Json | undefined;
  new: Json | undefined;
}

/** What identifies an item in a list of that name (lists of other names are compared by position or as a whole). */
const IDENTITY: Record<string, (item: { [key: string]: Json }) => Json | undefined> = {
  subprocessors: (item) => item.name,
  obligations: (item) => item.id,
  findings: (item) => item.id,
  checklist: (item) => item.item,
  deviations: (item) => item.clause,
  documents: (item) => item.title,
  components: (item) => item.component,
  departments: (item) => item.id,
  // Two reports of one type are told apart by their end: a renewal is a new item beside (or instead of) the old one.
  assurance: (item) =>
    typeof item.type === 'string' ? `${item.type} ${String(item.valid_until ?? item.period_end ?? '')}`.trim() : undefined,
};

export function valueChanges(old: unknown, next: unknown): ValueChange[] {
  const changes: ValueChange[] = [];
  walk(old as Json | undefined, next as Json | undefined, [], changes);
  return changes;
}

function walk(old: Json | undefined, next: Json | undefined, path: PathStep[], out: ValueChange[]): void {
  if (sameValue(old, next)) return;
  if (isObject(old) && isObject(next)) {
    const keys = [...Object.keys(old), ...Object.keys(next).filter((key) => !Object.hasOwn(old, key))];
    for (const key of keys) walk(old[key], next[key], [...path, key], out);
    return;
  }
  if (Array.isArray(old) && Array.isArray(next)) {
    const identify = IDENTITY[String(path.at(-1))];
    const oldIds = identify !== undefined ? identities(old, identify) : undefined;
    const nextIds = identify !== undefined ? identities(next, identify) : undefined;
    if (oldIds && nextIds) {
      for (const [id, item] of oldIds) walk(item, nextIds.get(id), [...path, { id }], out);
      for (const [id, item] of nextIds) if (!oldIds.has(id)) walk(undefined, item, [...path, { id }], out);
      return;
    }
    if (old.length === next.length && old.some((item) => isObject(item))) {
      old.forEach((item, index) => walk(item, next[index], [...path, index], out));
      return;
    }
  }
  out.push({ path, old, new: next });
}

/** Items by identity, or undefined when one has none or two share one: then the list is compared as a whole. */
function identities(list: readonly Json[], identify: (item: { [key: string]: Json }) => Json | undefined): Map<string, Json> | undefined {
  const map = new Map<string, Json>();
  for (const item of list) {
    const id = isObject(item) ? identify(item) : undefined;
    if (typeof id !== 'string' || map.has(id)) return undefined;
    map.set(id, item);
  }
  return map;
}

export function isObject(value: unknown): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function sameValue(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]));
  }
  return false;
}

/** `subprocessors[Mailwolk Inc.].transfer`, `checklist[2]`: the path as JSON output and the fallback text show it. */
export function pathText(path: readonly PathStep[]): string {
  return path
    .map((step, index) => (typeof step === 'number' ? `[${step}]` : typeof step === 'string' ? `${index === 0 ? '' : '.'}${step}` : `[${step.id}]`))
    .join('');
}
