import { KIND_FOLDERS } from '../register/discover.js';
import type { Register } from '../register/load.js';
import type { RecordKind } from '../register/types.js';

/**
 * Ids in use for a kind: those of loaded records and every file name below the
 * kind's folder, so a file that fails its schema still keeps its name.
 */
export function takenIds(register: Register, kind: RecordKind): Set<string> {
  const prefix = `${KIND_FOLDERS[kind]}/`;
  const taken = new Set<string>();
  for (const file of register.files) {
    if (file.startsWith(prefix)) taken.add((file.split('/').at(-1) ?? '').replace(/\.ya?ml$/, ''));
  }
  const records = kind === 'agreement' ? register.agreements : kind === 'evaluation' ? register.evaluations : register.incidents;
  for (const record of records) taken.add(record.value.id);
  return taken;
}

/** `base`, else `base-2`, `base-3`, … : the first that is free (issue #6: default ids are made unique). */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
