import type { Register } from '../register/load.js';

/** The record folders, and the kind of record each holds. */
const KIND_OF_FOLDER: Record<string, 'agreement' | 'evaluation' | 'incident'> = {
  agreements: 'agreement',
  evaluations: 'evaluation',
  incidents: 'incident',
};

export interface FileOwners {
  /** Every record file → the agreement it belongs to, where that could be read. */
  agreementOf: Map<string, string>;
  /** Agreement files per agreement id (more than one when the id is duplicated). */
  agreementFiles: Map<string, string[]>;
}

function stem(file: string): string {
  return (file.split('/').at(-1) ?? file).replace(/\.ya?ml$/i, '');
}

/**
 * Which agreement each file is about: an agreement file names itself (by its
 * `id`, else by its file name, which must equal the id), an evaluation or
 * incident names its `agreement` — also when the file failed its schema, as
 * long as that key could be read, or its YAML, when it names it plainly.
 */
export function fileOwners(register: Register): FileOwners {
  const agreementOf = new Map<string, string>();
  const agreementFiles = new Map<string, string[]>();
  const own = (file: string, id: string) => {
    agreementOf.set(file, id);
    const files = agreementFiles.get(id);
    if (files) files.push(file);
    else agreementFiles.set(id, [file]);
  };
  for (const a of register.agreements) own(a.file, a.value.id);
  for (const r of register.evaluations) agreementOf.set(r.file, r.value.agreement);
  for (const r of register.incidents) agreementOf.set(r.file, r.value.agreement);
  for (const r of register.invalid) {
    const value = (typeof r.value === 'object' && r.value !== null ? r.value : {}) as Record<string, unknown>;
    if (r.kind === 'agreement') own(r.file, typeof value.id === 'string' ? value.id : stem(r.file));
    else if (typeof value.agreement === 'string') agreementOf.set(r.file, value.agreement);
  }
  // An evaluation or incident that did not parse but names its agreement plainly: its findings carry it (parse.ts namedAgreement).
  for (const finding of register.findings) {
    if (finding.agreement !== undefined && !agreementOf.has(finding.file)) agreementOf.set(finding.file, finding.agreement);
  }
  // Files that could not be parsed at all: an agreement file still names its agreement by its file name.
  for (const file of register.files) {
    // A file a scoped load left unread is about an agreement out of scope (src/register/scope.ts).
    if (agreementOf.has(file) || register.scoped?.unloaded.has(file)) continue;
    if (KIND_OF_FOLDER[file.split('/')[0] ?? ''] === 'agreement') own(file, stem(file));
  }
  return { agreementOf, agreementFiles };
}
