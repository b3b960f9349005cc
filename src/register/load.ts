import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Finding } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { registerText } from '../i18n/register.js';
import { schemaFindings } from '../schema/schema-findings.js';
import { validateAgainst } from '../schema/schemas.js';
import { loadConfig } from './config.js';
import { discoverFiles, type DiscoveredFile } from './discover.js';
import { integrityFindings } from './integrity.js';
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
}

export interface Register {
  root: string;
  config: Config;
  /** Every record file examined, relative to the root. */
  files: string[];
  agreements: LoadedRecord<'agreement'>[];
  evaluations: LoadedRecord<'evaluation'>[];
  incidents: LoadedRecord<'incident'>[];
  /** Findings of the integrity rules (SPEC §6), unsorted. */
  findings: Finding[];
}

export interface LoadOptions {
  lang: Lang;
  /** The config, when the caller has read it already. */
  config?: Config;
  /** Called after each file, for a progress line on long work. */
  onProgress?: (done: number, total: number) => void;
}

/** Load the register at `root`: config (fatal when invalid), then every record file, then the integrity rules. */
export function loadRegister(root: string, options: LoadOptions): Register {
  const { lang } = options;
  const config = options.config ?? loadConfig(root, lang);
  const discovery = discoverFiles(root, lang);
  const findings = [...discovery.findings];
  const valid: LoadedRecord[] = [];
  const invalid: InvalidRecord[] = [];

  discovery.files.forEach((entry, index) => {
    const result = loadFile(entry, lang);
    findings.push(...result.findings);
    if (result.record) valid.push(result.record);
    if (result.invalid) invalid.push(result.invalid);
    options.onProgress?.(index + 1, discovery.files.length);
  });

  const byKind = <K extends RecordKind>(kind: K) => valid.filter((r): r is LoadedRecord<K> => r.kind === kind);
  const register: Register = {
    root,
    config,
    files: discovery.files.map((f) => f.file),
    agreements: byKind('agreement'),
    evaluations: byKind('evaluation'),
    incidents: byKind('incident'),
    findings,
  };
  register.findings.push(...integrityFindings(register, invalid, lang));
  return register;
}

interface FileResult {
  findings: Finding[];
  record?: LoadedRecord;
  invalid?: InvalidRecord;
}

function loadFile(entry: DiscoveredFile, lang: Lang): FileResult {
  let bytes: Uint8Array | { size: number };
  try {
    bytes = readBounded(entry.absolute);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { findings: [fileFinding(entry.file, registerText(lang).unreadable(reason))] };
  }
  if (!(bytes instanceof Uint8Array)) {
    return { findings: [fileFinding(entry.file, registerText(lang).tooLarge((bytes.size / MAX_FILE_BYTES).toFixed(1)))] };
  }
  const parsed = parseYamlFile(entry.file, bytes, lang);
  if (!parsed.ok) return { findings: parsed.findings };
  const errors = validateAgainst(entry.kind, parsed.value);
  if (errors.length > 0) {
    const id = (parsed.value as { id?: unknown } | null)?.id;
    return {
      findings: schemaFindings(errors, parsed.source, lang),
      invalid: { kind: entry.kind, file: entry.file, source: parsed.source, ...(typeof id === 'string' ? { id } : {}) },
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
 * huge file is never read whole (SPEC §8), and no stat call is made per file.
 */
function readBounded(path: string): Uint8Array | { size: number } {
  readBuffer ??= Buffer.allocUnsafe(MAX_FILE_BYTES + 1);
  const fd = openSync(path, 'r');
  try {
    let length = 0;
    while (length < readBuffer.length) {
      const read = readSync(fd, readBuffer, length, readBuffer.length - length, null);
      if (read === 0) break;
      length += read;
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
