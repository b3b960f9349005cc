import { compareStrings, type Finding } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { neutraliseControls } from '../util/visible-controls.js';
import { loadConfig } from './config.js';
import { discoverFiles, type DiscoveredFile } from './discover.js';
import { createInterner, type Interner } from './fast-yaml.js';
import type { FileSource } from './file-source.js';
import { integrityFindings } from './integrity.js';
import { startReadAhead } from './read-ahead.js';
import { readBounded } from './read-bounded.js';
import { loadFile, type FileResult } from './load-file.js';
import { loadInScope } from './scope.js';
import { BLOCK_FILES, startParseWorker, type ParallelLoad, type TakePlain } from './parallel-load.js';
import { fastSource, MAX_FILE_BYTES, type SourceFile } from './parse.js';
import type { Config, RecordKind, RecordTypes } from './types.js';

/** A record that passed its schema, with what is needed to point into its file. */
export interface LoadedRecord<K extends RecordKind = RecordKind> {
  kind: K;
  file: string;
  source: SourceFile;
  value: RecordTypes[K];
}

/** A parsed file whose content failed its schema: only its `id` (when a string) still counts for integrity rules. */
export interface InvalidRecord {
  kind: RecordKind;
  file: string;
  source: SourceFile;
  id?: string;
  /** The parsed content, to show what could be read of a broken record (its id, title, agreement). */
  value: unknown;
}

export interface Register {
  root: string;
  config: Config;
  /** Every record file examined, relative to the root. */
  files: string[];
  agreements: LoadedRecord<'agreement'>[];
  evaluations: LoadedRecord<'evaluation'>[];
  incidents: LoadedRecord<'incident'>[];
  /** Files that parsed but failed their schema. */
  invalid: InvalidRecord[];
  /** Findings of the integrity rules, unsorted. */
  findings: Finding[];
  /**
   * Loaded for a scope (`--agreement`, `--department`, `vo show`): only the files that
   * can be about the agreements in scope were parsed and validated; the ids of the
   * other agreement files, as scanned, still count for references and suggestions.
   */
  scoped?: { otherAgreementIds: string[]; unloaded: ReadonlySet<string> };
}

export interface LoadOptions {
  lang: Lang;
  /** The config, when the caller has read it already. */
  config?: Config;
  /** Called after each file, for a progress line on long work. */
  onProgress?: (done: number, total: number) => void;
  /** Where the files come from; the working tree when absent (a git commit: src/git/tree-source.ts). */
  source?: FileSource;
  /**
   * Load only what the assessment of these agreements needs (src/register/scope.ts):
   * the findings about them are the same as in a full load.
   */
  scope?: { agreement?: string; department?: string };
  /** Use a second thread for a large working tree (parallel-load.ts, read-ahead.ts); default on. The result is the same either way. */
  readAhead?: boolean;
  /** The parse worker's module (a test of the TypeScript sources passes the built one), or false: read ahead only. */
  parseWorker?: URL | false;
}

/** Load the register at `root`: config (fatal when invalid), then every record file, then the integrity rules. */
export function loadRegister(root: string, options: LoadOptions): Register {
  const { lang } = options;
  const config = options.config ?? loadConfig(root, lang);
  const discovery = options.source?.discover(lang) ?? discoverFiles(root, lang);
  const findings = [...discovery.findings];
  const valid: LoadedRecord[] = [];
  const invalid: InvalidRecord[] = [];
  const strings = createInterner();
  const apply = (result: FileResult): LoadedRecord | InvalidRecord | undefined => {
    // A loop, not push(...spread): a spread passes every finding as an argument, and 128 000 of them overflow the stack.
    for (const finding of result.findings) findings.push(finding);
    if (result.record) valid.push(result.record);
    if (result.invalid) invalid.push(result.invalid);
    return result.record ?? result.invalid;
  };
  const load = (entry: DiscoveredFile, bytes?: Uint8Array) => apply(loadFile(entry, lang, options.source, strings, bytes));

  // A second thread only for the working tree (not a git revision's files), and unless asked not to.
  const secondThread = options.source === undefined && options.readAhead !== false;
  const paths = () => discovery.files.map((f) => f.absolute);
  let scoped: ReturnType<typeof loadInScope>;
  if (options.scope !== undefined && options.source === undefined && (options.scope.agreement !== undefined || options.scope.department !== undefined)) {
    // The scan reads every file once, in order: two read-ahead workers read and scan, this thread loads what is in scope.
    const ahead = secondThread ? startReadAhead(paths(), MAX_FILE_BYTES, 2, true) : undefined;
    try {
      const read = ahead ? (path: string) => ahead.next() ?? readBounded(path) : readBounded;
      scoped = loadInScope(discovery.files, options.scope, load, read, options.onProgress, ahead ? () => ahead.lastScan() : undefined);
    } finally {
      ahead?.close();
    }
  }
  if (scoped === undefined) {
    findings.length = discovery.findings.length;
    valid.length = 0;
    invalid.length = 0;
    // A large working tree is loaded on both cores (parallel-load.ts), or else read on the second
    // core while this thread parses (read-ahead.ts).
    const parallel = secondThread && options.parseWorker !== false ? startParseWorker(discovery.files, strings, options.parseWorker) : undefined;
    if (parallel !== undefined) {
      try {
        const results = loadOnBothCores(parallel, discovery.files, lang, strings, options.onProgress);
        // A loop over every index, not forEach: a file the worker left to this thread is a hole, which forEach would skip.
        for (const [index, entry] of discovery.files.entries()) apply(results[index] ?? loadFile(entry, lang, undefined, strings));
      } finally {
        parallel.close();
      }
    } else {
      const ahead = secondThread ? startReadAhead(paths(), MAX_FILE_BYTES) : undefined;
      try {
        discovery.files.forEach((entry, index) => {
          load(entry, ahead?.next());
          options.onProgress?.(index + 1, discovery.files.length);
        });
      } finally {
        ahead?.close();
      }
    }
  } else {
    // Files were loaded in the order their relevance became known: put them back in file order.
    const byFile = (x: { file: string }, y: { file: string }) => compareStrings(x.file, y.file);
    valid.sort(byFile);
    invalid.sort(byFile);
  }

  const byKind = <K extends RecordKind>(kind: K) => valid.filter((r): r is LoadedRecord<K> => r.kind === kind);
  const register: Register = {
    root,
    config,
    files: discovery.files.map((f) => f.file),
    agreements: byKind('agreement'),
    evaluations: byKind('evaluation'),
    incidents: byKind('incident'),
    invalid,
    findings,
    ...(scoped !== undefined ? { scoped } : {}),
  };
  for (const finding of integrityFindings(register, invalid, lang)) register.findings.push(finding);
  // Messages quote register values: an invisible character in an id must show (`\u200B`), also in JSON.
  for (const finding of register.findings) finding.message = neutraliseControls(finding.message);
  // The integrity findings are placed: no position tree is needed until a rule reports something.
  for (const record of [...valid, ...invalid]) record.source.release?.();
  return register;
}

/**
 * Load every file, this thread taking blocks from the start and the worker from the end;
 * the result of each file by its index, undefined where the worker left the file to this
 * thread (it had a finding, or was not plain): the caller loads those in order.
 */
function loadOnBothCores(
  parallel: ParallelLoad,
  files: readonly DiscoveredFile[],
  lang: Lang,
  strings: Interner,
  onProgress: LoadOptions['onProgress'],
): (FileResult | undefined)[] {
  const results = new Array<FileResult | undefined>(files.length);
  let done = 0;
  const take: TakePlain = (index, value, text, marks) => {
    const { kind, file } = files[index] as DiscoveredFile;
    // Its strings are the register's already (handover-codec.ts).
    const record = { kind, file, source: fastSource(file, text, marks, value), value } as LoadedRecord;
    results[index] = { findings: [], record };
    done++;
  };
  const progress = (count: number) => {
    done += count;
    onProgress?.(done, files.length);
  };
  for (let block = 0; block < parallel.blocks; block++) {
    if (!parallel.claim(block)) continue;
    const end = Math.min(files.length, (block + 1) * BLOCK_FILES);
    for (let index = block * BLOCK_FILES; index < end; index++) results[index] = loadFile(files[index] as DiscoveredFile, lang, undefined, strings);
    progress(end - block * BLOCK_FILES);
    parallel.drain(take);
  }
  parallel.finish(take);
  onProgress?.(files.length, files.length);
  return results;
}
