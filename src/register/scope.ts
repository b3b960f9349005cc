import type { DiscoveredFile } from './discover.js';
import type { InvalidRecord, LoadedRecord } from './load.js';
import { scanBytesForScope, type ScopeScan } from './scope-scan.js';

export interface LoadScope {
  agreement?: string;
  department?: string;
}

/** `bytes`: the file as the scan read it (valid until the next read), so it is not read twice. */
type Load = (entry: DiscoveredFile, bytes?: Uint8Array) => LoadedRecord | InvalidRecord | undefined;
type Read = (path: string) => Uint8Array | { size: number };
/** The scan of the bytes `read` just gave, when the thread that read them made it already (read-ahead.ts). */
type Scanned = () => ScopeScan | undefined;

function stem(file: string): string {
  return (file.split('/').at(-1) ?? file).replace(/\.ya?ml$/i, '');
}

/**
 * Load, of every record file, only what a check of the agreements in `scope` needs
 * (issue 15: `vo show ONE` and `--agreement` cost a full check before):
 *
 * 1. every file is read and scanned (src/register/scope-scan.ts), not parsed; in a
 *    large register the worker threads that read also scan (read-ahead.ts);
 * 2. the agreement files that may be in scope (their id or file name, and their
 *    department, match, or the scan is unsure) are loaded: parsed, validated;
 * 3. the evaluations and incidents of those agreements (or unsure) are loaded;
 *    steps 2 and 3 take a file from the bytes its scan read where the scan alone
 *    decides (an agreement file; a file after the last agreement file), so a
 *    file in scope is read once;
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
  scanned?: Scanned,
): { otherAgreementIds: string[]; unloaded: Set<string> } | undefined {
  // What later steps need of each file's scan, by file index: arrays, so the scans themselves die young.
  const ids: (string | undefined)[] = new Array<string | undefined>(files.length);
  const agreementOf: (string | undefined)[] = new Array<string | undefined>(files.length);
  const unsure = new Uint8Array(files.length);
  const loaded = new Uint8Array(files.length);
  /** The ids of the loaded records per kind, as parsed (a string id, also of a record that failed its schema). */
  const loadedIds = new Map<string, Set<string>>();
  const take = (index: number, bytes?: Uint8Array) => {
    if (loaded[index] === 1) return undefined;
    loaded[index] = 1;
    const entry = files[index] as DiscoveredFile;
    const record = load(entry, bytes);
    const id = (record?.value as { id?: unknown } | null | undefined)?.id;
    if (typeof id === 'string') {
      const set = loadedIds.get(entry.kind) ?? new Set<string>();
      set.add(id);
      loadedIds.set(entry.kind, set);
    }
    return record;
  };
  const matches = (wanted: string | undefined, found: string | undefined, isUnsure: boolean) =>
    wanted === undefined || isUnsure || found === undefined || found === wanted;

  /** The ids the agreement files of step 2 turn out to have once parsed. */
  const agreementIds = new Set<string>();
  // 2. An agreement file that may be in scope.
  const takeAgreement = (index: number, scan: ScopeScan, bytes?: Uint8Array) => {
    const entry = files[index] as DiscoveredFile;
    const idMatches = scope.agreement === undefined || scan.unsure || stem(entry.file) === scope.agreement || scan.id === scope.agreement;
    if (!idMatches || !matches(scope.department, scan.department, scan.unsure)) return;
    const record = take(index, bytes);
    const value = (record?.value ?? {}) as { id?: unknown };
    agreementIds.add(typeof value.id === 'string' ? value.id : stem(entry.file));
  };
  // 3. An evaluation or incident of those agreements (or unsure): decided once every agreement file is taken.
  const takeRelated = (index: number, bytes?: Uint8Array) => {
    const agreement = agreementOf[index];
    if (unsure[index] === 1 || agreement === undefined || agreementIds.has(agreement)) take(index, bytes);
  };
  let agreementFilesLeft = files.filter((entry) => entry.kind === 'agreement').length;
  files.forEach((entry, index) => {
    const { scan, bytes } = scanFile(entry, read, scanned);
    ids[index] = scan.id;
    agreementOf[index] = scan.agreement;
    unsure[index] = scan.unsure ? 1 : 0;
    // Discovery lists the agreement files first: steps 2 and 3 happen in file order, as in a full load.
    if (entry.kind === 'agreement') {
      agreementFilesLeft--;
      takeAgreement(index, scan, bytes);
    } else if (agreementFilesLeft === 0 && !(scope.agreement !== undefined && !agreementIds.has(scope.agreement))) {
      takeRelated(index, bytes);
    }
    onProgress?.(index + 1, files.length);
  });
  if (scope.agreement !== undefined && !agreementIds.has(scope.agreement)) return undefined;
  files.forEach((entry, index) => {
    if (entry.kind !== 'agreement' && loaded[index] === 0) takeRelated(index);
  });

  // 4. Files that share an id with a loaded record of their kind, and agreement files that may carry a scoped id.
  const scopedAgreementIds = loadedIds.get('agreement') ?? new Set<string>();
  for (const id of agreementIds) scopedAgreementIds.add(id);
  loadedIds.set('agreement', scopedAgreementIds);
  const otherAgreementIds: string[] = [];
  const unloaded = new Set<string>();
  files.forEach((entry, index) => {
    if (loaded[index] === 1) return;
    const id = ids[index];
    if (unsure[index] === 1 || id === undefined || loadedIds.get(entry.kind)?.has(id)) take(index);
    else {
      unloaded.add(entry.file);
      if (entry.kind === 'agreement') otherAgreementIds.push(id);
    }
  });
  return { otherAgreementIds, unloaded };
}

/** The scan of a file, and its bytes when read (for loading it without a second read). */
function scanFile(entry: DiscoveredFile, read: Read, scanned?: Scanned): { scan: ScopeScan; bytes?: Uint8Array } {
  try {
    const bytes = read(entry.absolute);
    // Too large or unreadable: loading it gives its finding.
    if (!(bytes instanceof Uint8Array)) return { scan: { unsure: true } };
    return { scan: scanned?.() ?? scanBytesForScope(bytes), bytes };
  } catch {
    return { scan: { unsure: true } };
  }
}
