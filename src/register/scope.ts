import { Buffer } from 'node:buffer';
import type { DiscoveredFile } from './discover.js';
import type { InvalidRecord, LoadedRecord } from './load.js';
import { scanForScope, type ScopeScan } from './scope-scan.js';

export interface LoadScope {
  agreement?: string;
  department?: string;
}

type Load = (entry: DiscoveredFile) => LoadedRecord | InvalidRecord | undefined;
type Read = (path: string) => Uint8Array | { size: number };

function stem(file: string): string {
  return (file.split('/').at(-1) ?? file).replace(/\.ya?ml$/i, '');
}

/**
 * Load, of every record file, only what a check of the agreements in `scope` needs
 * (issue 15: `vo show ONE` and `--agreement` cost a full check before):
 *
 * 1. every file is read and scanned (src/register/scope-scan.ts), not parsed;
 * 2. the agreement files that may be in scope (their id or file name, and their
 *    department, match, or the scan is unsure) are loaded: parsed, validated;
 * 3. the evaluations and incidents of those agreements (or unsure) are loaded;
 * 4. so are the files whose id equals the id of a loaded record of the same kind,
 *    whatever agreement they are about: `duplicate-id` names the first file of an id.
 *
 * Records loaded beyond the scope are filtered out by the assessment, as in a full
 * load. Returns the ids of the agreement files left unloaded (they still count as
 * existing for `unknown-reference`), or undefined when `--agreement` names nothing
 * loaded: the caller then loads everything, so the "did you mean" hint is the same.
 */
export function loadInScope(
  files: readonly DiscoveredFile[],
  scope: LoadScope,
  load: Load,
  read: Read,
  onProgress?: (done: number, total: number) => void,
): { otherAgreementIds: string[]; unloaded: Set<string> } | undefined {
  const scans = new Map<DiscoveredFile, ScopeScan>();
  files.forEach((entry, index) => {
    scans.set(entry, scanFile(entry, read));
    onProgress?.(index + 1, files.length);
  });
  const loaded = new Set<DiscoveredFile>();
  /** The ids of the loaded records per kind, as parsed (a string id, also of a record that failed its schema). */
  const loadedIds = new Map<string, Set<string>>();
  const take = (entry: DiscoveredFile) => {
    if (loaded.has(entry)) return undefined;
    loaded.add(entry);
    const record = load(entry);
    const id = (record?.value as { id?: unknown } | null | undefined)?.id;
    if (typeof id === 'string') {
      const set = loadedIds.get(entry.kind) ?? new Set<string>();
      set.add(id);
      loadedIds.set(entry.kind, set);
    }
    return record;
  };
  const matches = (wanted: string | undefined, found: string | undefined, unsure: boolean) =>
    wanted === undefined || unsure || found === undefined || found === wanted;

  // 2. Agreement files that may be in scope; the ids they turn out to have once parsed.
  const agreementIds = new Set<string>();
  for (const entry of files) {
    if (entry.kind !== 'agreement') continue;
    const scan = scans.get(entry)!;
    const idMatches = scope.agreement === undefined || scan.unsure || stem(entry.file) === scope.agreement || scan.id === scope.agreement;
    if (!idMatches || !matches(scope.department, scan.department, scan.unsure)) continue;
    const record = take(entry);
    const value = (record?.value ?? {}) as { id?: unknown };
    agreementIds.add(typeof value.id === 'string' ? value.id : stem(entry.file));
  }
  if (scope.agreement !== undefined && !agreementIds.has(scope.agreement)) return undefined;

  // 3. Their evaluations and incidents.
  for (const entry of files) {
    if (entry.kind === 'agreement') continue;
    const scan = scans.get(entry)!;
    if (scan.unsure || scan.agreement === undefined || agreementIds.has(scan.agreement)) take(entry);
  }

  // 4. Files that share an id with a loaded record of their kind, and agreement files that may carry a scoped id.
  const scopedAgreementIds = loadedIds.get('agreement') ?? new Set<string>();
  for (const id of agreementIds) scopedAgreementIds.add(id);
  loadedIds.set('agreement', scopedAgreementIds);
  const otherAgreementIds: string[] = [];
  const unloaded = new Set<string>();
  for (const entry of files) {
    if (loaded.has(entry)) continue;
    const scan = scans.get(entry)!;
    if (scan.unsure || scan.id === undefined || loadedIds.get(entry.kind)?.has(scan.id)) take(entry);
    else {
      unloaded.add(entry.file);
      if (entry.kind === 'agreement') otherAgreementIds.push(scan.id);
    }
  }
  return { otherAgreementIds, unloaded };
}

function scanFile(entry: DiscoveredFile, read: Read): ScopeScan {
  try {
    const bytes = read(entry.absolute);
    // Too large or unreadable: loading it gives its finding.
    if (!(bytes instanceof Uint8Array)) return { unsure: true };
    return scanForScope(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'));
  } catch {
    return { unsure: true };
  }
}
