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
  const scan: ScopeScan = { unsure: text.includes('\\') || !/^(?:[ \t]*(?:#.*)?\r?\n)*(?:---[ \t]*\r?\n)?[A-Za-z_]/.test(text) || UNUSUAL_LINE.test(text) };
  const seen = new Set<string>();
  KEY_LINE.lastIndex = 0;
  for (let match = KEY_LINE.exec(text); match !== null; match = KEY_LINE.exec(text)) {
    const key = match[1] as 'id' | 'agreement' | 'department';
    // A second line with the key is a duplicate key (broken YAML) or something unusual: unsure.
    if (seen.has(key)) scan.unsure = true;
    seen.add(key);
    const raw = (match[2] ?? '').replace(/[ \t]+#.*$/, '');
    const next = text.charAt(match.index + match[0].length + 1);
    // An indented next line may continue a plain scalar ("a\n  b" is "a b").
    if (next === ' ' || next === '\t') scan.unsure = true;
    const quoted = QUOTED.exec(raw);
    const value = PLAIN.test(raw) ? raw : quoted ? (quoted[1] ?? quoted[2]) : undefined;
    if (value === undefined) scan.unsure = true;
    else scan[key] = value;
  }
  return scan;
}
