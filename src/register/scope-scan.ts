import { Buffer } from 'node:buffer';

/**
 * A cheap look at a record file for `--agreement`, `--department` and `vo show`:
 * the top-level `id`, `agreement` and `department` as written on a line of their own
 * (`key: value` at column 0, the value plain or quoted on that line), without parsing
 * the file. Anything less plain gives `undefined` (unsure): such a file is then
 * loaded in full, as are all files whose values match the scope, so the scoped
 * check reports exactly what a full check reports about the agreements in scope.
 */
export interface ScopeScan {
  id?: string;
  agreement?: string;
  department?: string;
  /** A backslash (an escape in a double-quoted string) or a tag, alias or flow mapping at the top: the scan cannot be trusted. */
  unsure: boolean;
}

/** A line at column 0 that starts a quoted or complex key, a flow collection, a tag, an anchor or alias, a block scalar or a directive. */
const UNUSUAL_LINE = /^[?"'{[&!*|>%@`]/m;
const KEY_LINE = /^(id|agreement|department):[ \t]*(.*?)[ \t]*\r?$/gm;
const PLAIN = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const QUOTED = /^(?:"([A-Za-z0-9._/-]*)"|'([A-Za-z0-9._/-]*)')$/;

/** The scan of one file's text (decoded as latin1: a non-ASCII value is unsure anyway). */
export function scanForScope(text: string): ScopeScan {
  const scan: ScopeScan = { unsure: text.includes('\\') || !LEADING.test(text) || UNUSUAL_LINE.test(text) };
  const seen = new Set<string>();
  KEY_LINE.lastIndex = 0;
  for (let match = KEY_LINE.exec(text); match !== null; match = KEY_LINE.exec(text)) {
    keyLine(scan, seen, match[1] as ScannedKey, match[2] ?? '', text.charAt(match.index + match[0].length + 1));
  }
  return scan;
}

/** Blank and comment lines, a document start, then a plain key. */
const LEADING = /^(?:[ \t]*(?:#.*)?\r?\n)*(?:---[ \t]*\r?\n)?[A-Za-z_]/;
type ScannedKey = 'id' | 'agreement' | 'department';

/** One `key: value` line at column 0; `next`: the first character of the line after it. */
function keyLine(scan: ScopeScan, seen: Set<string>, key: ScannedKey, value: string, next: string): void {
  // A second line with the key is a duplicate key (broken YAML) or something unusual: unsure.
  if (seen.has(key)) scan.unsure = true;
  seen.add(key);
  const raw = value.replace(/[ \t]+#.*$/, '');
  // An indented next line may continue a plain scalar ("a\n  b" is "a b").
  if (next === ' ' || next === '\t') scan.unsure = true;
  const quoted = QUOTED.exec(raw);
  const plain = PLAIN.test(raw) ? raw : quoted ? (quoted[1] ?? quoted[2]) : undefined;
  if (plain === undefined) scan.unsure = true;
  else scan[key] = plain;
}

const NEWLINE = 0x0a;
const KEYS: readonly (readonly [ScannedKey, Buffer])[] = (['id', 'agreement', 'department'] as const).map((key) => [key, Buffer.from(`${key}:`, 'latin1')]);
/** The first bytes of UNUSUAL_LINE. */
const UNUSUAL_FIRST = new Uint8Array(256);
for (const c of '?"\'{[&!*|>%@`') UNUSUAL_FIRST[c.charCodeAt(0)] = 1;

/**
 * scanForScope of the bytes as latin1, without making a string of the whole
 * file (a scoped load scans every file of the register: its garbage was a third
 * of the scan). Only the leading lines and the key lines are decoded; a file
 * with a carriage return takes the text path.
 */
export function scanBytesForScope(bytes: Uint8Array): ScopeScan {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.includes(0x0d)) return scanForScope(buffer.toString('latin1'));
  const lineEnd = (start: number) => {
    const end = buffer.indexOf(NEWLINE, start);
    return end === -1 ? buffer.length : end;
  };
  // LEADING reads the blank and comment lines, one more line and one character: decode that much.
  let content = 0;
  for (; content < buffer.length; content = lineEnd(content) + 1) {
    let first = content;
    while (buffer[first] === 0x20 || buffer[first] === 0x09) first++;
    if (first < buffer.length && buffer[first] !== 0x23 && buffer[first] !== NEWLINE) break;
  }
  const scan: ScopeScan = { unsure: buffer.includes(0x5c) || !LEADING.test(buffer.toString('latin1', 0, Math.min(buffer.length, lineEnd(content) + 2))) };
  const seen = new Set<string>();
  for (let start = 0, end = lineEnd(0); start < buffer.length; start = end + 1, end = lineEnd(start)) {
    const first = buffer[start] as number;
    if (UNUSUAL_FIRST[first] === 1) scan.unsure = true;
    for (const [key, prefix] of KEYS) {
      if (first !== prefix[0] || buffer.compare(prefix, 0, prefix.length, start, start + prefix.length) !== 0) continue;
      const value = buffer.toString('latin1', start + prefix.length, end).replace(/^[ \t]+/, '').replace(/[ \t]+$/, '');
      keyLine(scan, seen, key, value, end + 1 < buffer.length ? String.fromCharCode(buffer[end + 1] as number) : '');
    }
  }
  return scan;
}
