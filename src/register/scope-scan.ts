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

/** Int32 words of one scan written by scanRange: flags, then the start and end of the id, agreement and department values. */
export const SCAN_WORDS = 7;
/** Flags word: the scan cannot be trusted. */
const SCAN_UNSURE = 1;
/** Flags word: a carriage return, so the text path decides (scanForScope). */
const SCAN_TEXT = 2;
const SCANNED_KEYS: readonly ScannedKey[] = ['id', 'agreement', 'department'];

/**
 * scanForScope of bytes[from, to) as latin1, in one pass over the bytes and
 * without making a string: the result goes into `out` from `at` (SCAN_WORDS
 * words: flags, then the start and end of the id, agreement and department
 * values relative to `from`, -1 when not found). A file with a carriage return
 * sets SCAN_TEXT only: the text path decides.
 *
 * It refers to no name outside itself: the read-ahead worker runs its source
 * text (read-ahead.ts), so that the scan of a scoped load happens on the
 * threads that read. test/register/scope-scan.test.ts holds it equal to scanForScope.
 */
export function scanRange(bytes: Uint8Array, from: number, to: number, out: Int32Array, at: number): void {
  for (let word = 1; word < 7; word++) out[at + word] = -1;
  // Flags: 1 unsure, 2 a carriage return (SCAN_UNSURE, SCAN_TEXT: the literals, as no outside name is in reach).
  let flags = 0;
  // LEADING: blank and comment lines, a document start, then a key that starts with [A-Za-z_].
  let line = from;
  for (;;) {
    let p = line;
    while (p < to && (bytes[p] === 0x20 || bytes[p] === 0x09)) p++;
    if (p < to && bytes[p] === 0x23) while (p < to && bytes[p] !== 0x0a) p++;
    if (p >= to || bytes[p] !== 0x0a) break;
    line = p + 1;
  }
  if (line + 2 < to && bytes[line] === 0x2d && bytes[line + 1] === 0x2d && bytes[line + 2] === 0x2d) {
    let p = line + 3;
    while (p < to && (bytes[p] === 0x20 || bytes[p] === 0x09)) p++;
    if (p < to && bytes[p] === 0x0a) line = p + 1;
  }
  const lead = line < to ? (bytes[line] as number) : -1;
  if (!((lead >= 0x41 && lead <= 0x5a) || (lead >= 0x61 && lead <= 0x7a) || lead === 0x5f)) flags |= 1;
  let seen = 0;
  for (let start = from; start < to; ) {
    let end = start;
    for (; end < to; end++) {
      const byte = bytes[end];
      if (byte === 0x0a) break;
      if (byte === 0x0d) {
        out[at] = 2;
        return;
      }
      if (byte === 0x5c) flags |= 1; // a backslash: an escape in a double-quoted string
    }
    const first = bytes[start] as number;
    // UNUSUAL_LINE: ? " ' { [ & ! * | > % @ `
    if (first === 0x3f || first === 0x22 || first === 0x27 || first === 0x7b || first === 0x5b || first === 0x26 || first === 0x21) flags |= 1;
    if (first === 0x2a || first === 0x7c || first === 0x3e || first === 0x25 || first === 0x40 || first === 0x60) flags |= 1;
    // KEY_LINE: "id:" (key 1), "agreement:" (2) or "department:" (3) at column 0, in the order of SCANNED_KEYS.
    const key = first === 0x69 ? 1 : first === 0x61 ? 2 : first === 0x64 ? 3 : 0;
    const word = key === 1 ? 'id:' : key === 2 ? 'agreement:' : 'department:';
    let matched = key !== 0 && end - start >= word.length;
    for (let i = 1; matched && i < word.length; i++) matched = bytes[start + i] === word.charCodeAt(i);
    if (matched) {
      // keyLine: a second line with the key, or an indented next line (a continued plain scalar), is unsure.
      if ((seen & (1 << key)) !== 0) flags |= 1;
      seen |= 1 << key;
      if (end + 1 < to && (bytes[end + 1] === 0x20 || bytes[end + 1] === 0x09)) flags |= 1;
      let valueStart = start + word.length;
      while (valueStart < end && (bytes[valueStart] === 0x20 || bytes[valueStart] === 0x09)) valueStart++;
      let valueEnd = end;
      while (valueEnd > valueStart && (bytes[valueEnd - 1] === 0x20 || bytes[valueEnd - 1] === 0x09)) valueEnd--;
      // A comment: the first "#" after a space or tab ends the value, with the spaces before it.
      for (let p = valueStart + 1; p < valueEnd; p++) {
        if (bytes[p] === 0x23 && (bytes[p - 1] === 0x20 || bytes[p - 1] === 0x09)) {
          valueEnd = p - 1;
          while (valueEnd > valueStart && (bytes[valueEnd - 1] === 0x20 || bytes[valueEnd - 1] === 0x09)) valueEnd--;
          break;
        }
      }
      // PLAIN ([A-Za-z0-9][A-Za-z0-9._/-]*: letters, digits and . _ / -) or QUOTED ("…" or '…' around [A-Za-z0-9._/-]*).
      const open = valueStart < valueEnd ? (bytes[valueStart] as number) : -1;
      let ok = open !== -1;
      if (open === 0x22 || open === 0x27) {
        ok = valueEnd - valueStart >= 2 && bytes[valueEnd - 1] === open;
        valueStart++;
        valueEnd--;
      } else if (!((open >= 0x30 && open <= 0x39) || (open >= 0x41 && open <= 0x5a) || (open >= 0x61 && open <= 0x7a))) ok = false;
      for (let p = valueStart; ok && p < valueEnd; p++) {
        const c = bytes[p] as number;
        ok = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2e || c === 0x5f || c === 0x2f || c === 0x2d;
      }
      if (ok) {
        out[at + key * 2 - 1] = valueStart - from;
        out[at + key * 2] = valueEnd - from;
      } else flags |= 1;
    }
    start = end + 1;
  }
  out[at] = flags;
}

/** The ScopeScan of a file from scanRange's words at `at` (offsets relative to the file's first byte). */
export function scanFromWords(file: Uint8Array, words: Int32Array, at: number): ScopeScan {
  const bytes = Buffer.isBuffer(file) ? file : Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  const flags = words[at] as number;
  if ((flags & SCAN_TEXT) !== 0) return scanForScope(bytes.toString('latin1'));
  const scan: ScopeScan = { unsure: (flags & SCAN_UNSURE) !== 0 };
  SCANNED_KEYS.forEach((key, index) => {
    const start = words[at + 1 + index * 2] as number;
    if (start !== -1) scan[key] = bytes.toString('latin1', start, words[at + 2 + index * 2]);
  });
  return scan;
}

const scratch = new Int32Array(SCAN_WORDS);

/** scanForScope of the bytes as latin1, without making a string of the whole file (scanRange). */
export function scanBytesForScope(bytes: Uint8Array): ScopeScan {
  scanRange(bytes, 0, bytes.length, scratch, 0);
  return scanFromWords(bytes, scratch, 0);
}
