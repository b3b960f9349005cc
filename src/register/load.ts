import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { compareStrings, type Finding } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { registerText } from '../i18n/register.js';
import { recordSchemaFindings } from '../schema/record-findings.js';
import { neutraliseControls } from '../util/visible-controls.js';
import { loadConfig } from './config.js';
import { discoverFiles, type DiscoveredFile } from './discover.js';
import { createInterner, type Interner } from './fast-yaml.js';
import type { FileSource } from './file-source.js';
import { integrityFindings } from './integrity.js';
import { startReadAhead } from './read-ahead.js';
import { loadInScope } from './scope.js';
import { MAX_FILE_BYTES, parseYamlFile, type SourceFile } from './parse.js';
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
  /** Read a large working tree on a worker thread (read-ahead.ts); default on. The result is the same either way. */
  readAhead?: boolean;
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
  const load = (entry: DiscoveredFile, bytes?: Uint8Array): LoadedRecord | InvalidRecord | undefined => {
    const result = loadFile(entry, lang, options.source, strings, bytes);
    // A loop, not push(...spread): a spread passes every finding as an argument, and 128 000 of them overflow the stack.
    for (const finding of result.findings) findings.push(finding);
    if (result.record) valid.push(result.record);
    if (result.invalid) invalid.push(result.invalid);
    return result.record ?? result.invalid;
  };

  const readAhead = (threads = 1) =>
    options.source === undefined && options.readAhead !== false ? startReadAhead(discovery.files.map((f) => f.absolute), MAX_FILE_BYTES, threads) : undefined;
  let scoped: ReturnType<typeof loadInScope>;
  if (options.scope !== undefined && options.source === undefined && (options.scope.agreement !== undefined || options.scope.department !== undefined)) {
    // The scan reads every file once, in order, and is faster than the reading: two read-ahead workers.
    const ahead = readAhead(2);
    try {
      scoped = loadInScope(discovery.files, options.scope, load, ahead ? (path) => ahead.next() ?? readBounded(path) : readBounded, options.onProgress);
    } finally {
      ahead?.close();
    }
  }
  if (scoped === undefined) {
    findings.length = discovery.findings.length;
    valid.length = 0;
    invalid.length = 0;
    // A large working tree is read on the second core while this thread parses (read-ahead.ts).
    const ahead = readAhead();
    try {
      discovery.files.forEach((entry, index) => {
        load(entry, ahead?.next());
        options.onProgress?.(index + 1, discovery.files.length);
      });
    } finally {
      ahead?.close();
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

interface FileResult {
  findings: Finding[];
  record?: LoadedRecord;
  invalid?: InvalidRecord;
}

/** `prefetched`: the file's bytes, when the read-ahead worker has them. */
function loadFile(entry: DiscoveredFile, lang: Lang, source: FileSource | undefined, strings: Interner, prefetched?: Uint8Array): FileResult {
  let bytes: Uint8Array | { size: number };
  try {
    bytes = prefetched ?? (source ? source.read(entry) : readBounded(entry.absolute));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { findings: [fileFinding(entry.file, registerText(lang).unreadable(reason))] };
  }
  if (!(bytes instanceof Uint8Array)) {
    return { findings: [fileFinding(entry.file, registerText(lang).tooLarge((bytes.size / MAX_FILE_BYTES).toFixed(1)))] };
  }
  const parsed = parseYamlFile(entry.file, bytes, lang, strings);
  if (!parsed.ok) return { findings: parsed.findings };
  const findings = recordSchemaFindings(entry.kind, parsed.value, parsed.source, lang);
  if (findings.length > 0) {
    const id = (parsed.value as { id?: unknown } | null)?.id;
    return {
      findings,
      invalid: { kind: entry.kind, file: entry.file, source: parsed.source, ...(typeof id === 'string' ? { id } : {}), value: parsed.value },
    };
  }
  return {
    findings: [],
    record: { kind: entry.kind, file: entry.file, source: parsed.source, value: parsed.value as RecordTypes[RecordKind] },
  };
}

/** One buffer for every read: parseYamlFile keeps the decoded text, never the bytes. */
let readBuffer: Buffer | undefined;

/**
 * The bytes of a file of at most MAX_FILE_BYTES, or its size when larger: a
 * huge file is never read whole (docs/security.md), and no stat call is made per file.
 */
function readBounded(path: string): Uint8Array | { size: number } {
  readBuffer ??= Buffer.allocUnsafe(MAX_FILE_BYTES + 1);
  // Non-blocking: should a named pipe take a record file's place after discovery skipped it, opening it must not hang.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    let length = 0;
    while (length < readBuffer.length) {
      const wanted = readBuffer.length - length;
      const read = readSync(fd, readBuffer, length, wanted, null);
      length += read;
      // A short read of a regular file is its end: no second call to learn that (one system call less per file).
      if (read < wanted) break;
    }
    if (length > MAX_FILE_BYTES) return { size: fstatSync(fd).size };
    return readBuffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

function fileFinding(file: string, message: string): Finding {
  return { rule: 'yaml-syntax', severity: 'error', message, file, line: 1, column: 1 };
}
