import type { Finding } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { registerText } from '../i18n/register.js';
import { recordSchemaFindings } from '../schema/record-findings.js';
import type { DiscoveredFile } from './discover.js';
import type { Interner } from './fast-yaml.js';
import type { FileSource } from './file-source.js';
import type { InvalidRecord, LoadedRecord } from './load.js';
import { MAX_FILE_BYTES, parseYamlFile } from './parse.js';
import { readBounded } from './read-bounded.js';
import type { RecordKind, RecordTypes } from './types.js';

/** What loading one file gives: its findings, and the record, or what could be read of an invalid one. */
export interface FileResult {
  findings: Finding[];
  record?: LoadedRecord;
  invalid?: InvalidRecord;
}

/**
 * Read, parse and validate one record file: the one way every thread loads a file
 * (load.ts on the main thread, parse-worker.ts on the second core). `prefetched`:
 * the file's bytes, when the read-ahead worker has them.
 */
export function loadFile(entry: DiscoveredFile, lang: Lang, source: FileSource | undefined, strings?: Interner, prefetched?: Uint8Array): FileResult {
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
  if (!parsed.ok) {
    // An evaluation or incident that names its agreement still counts under it (docs/views.md): `vo list` never calls that agreement in order.
    const { agreement } = parsed;
    return { findings: agreement !== undefined && entry.kind !== 'agreement' ? parsed.findings.map((finding) => ({ ...finding, agreement })) : parsed.findings };
  }
  const findings = recordSchemaFindings(entry.kind, parsed.value, parsed.source, lang);
  // Its schema findings are placed: a file whose marks point at every node lets its text go now, while
  // it is young, instead of at the end of the load (docs/performance.md, round ten).
  parsed.source.release?.();
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

function fileFinding(file: string, message: string): Finding {
  return { rule: 'yaml-syntax', severity: 'error', message, file, line: 1, column: 1 };
}
