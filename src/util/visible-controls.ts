/**
 * The one place that decides which characters never reach a terminal, a CI log
 * or a pull-request comment raw (issue #15, docs/security.md): C0 and C1 control
 * characters (ESC drives the terminal, BEL rings it, a lone CR overwrites a line),
 * the bidirectional controls that reorder what is shown (Trojan Source,
 * CVE-2021-42574) and zero-width characters that hide inside an id.
 *
 * Each becomes its visible escape `\uXXXX`: readable in every format, and in
 * JSON exactly the escape of the character itself, so JSON output keeps its
 * meaning. Tab, line feed and the CR of a CRLF pair stay (CSV and iCalendar end
 * their lines with CRLF); so does a byte-order mark at the very start (`--bom`).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;
/** The same characters, for a test (a global expression keeps its place between tests). */
const HAS_INVISIBLE = new RegExp(INVISIBLE.source);

/**
 * Whether `text` holds a character that {@link neutraliseControls} replaces as a `continuation` (where a
 * byte-order mark at the start counts too): cheaper than replacing and comparing.
 */
export function hasInvisible(text: string): boolean {
  return HAS_INVISIBLE.test(text);
}

/** A colour code (SGR) as chalk writes it: only on a terminal, and only ever made by vo itself. */
// eslint-disable-next-line no-control-regex -- the ESC of a colour code
const COLOUR_CODE = /\u001b\[[0-9;]*m/y;

export function visibleEscape(character: string): string {
  return `\\u${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * `text` with every invisible or controlling character replaced by its visible
 * escape. With `keepColour`, vo's own colour codes stay: the formatters drop every
 * control character of a register value before they colour anything. A
 * `continuation` is a later piece of one output, ending and starting with whole lines.
 */
export function neutraliseControls(text: string, options: { keepColour?: boolean; continuation?: boolean } = {}): string {
  return text.replace(INVISIBLE, (character, offset: number) => {
    // A byte-order mark is kept at the start of the output, not at the start of a later piece of it (`continuation`).
    if (character === '\ufeff' && offset === 0 && options.continuation !== true) return character;
    if (character === '\u001b' && options.keepColour === true) {
      COLOUR_CODE.lastIndex = offset;
      if (COLOUR_CODE.test(text)) return character;
    }
    return visibleEscape(character);
  });
}

/** Whether `text` holds a character that {@link neutraliseControls} would replace (for tests and checks). */
export function hasRawControls(text: string): boolean {
  return neutraliseControls(text) !== text;
}
