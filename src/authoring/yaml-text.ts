/**
 * Small pieces of YAML text for generated files. Values are written so that
 * every YAML reader, 1.1 or 1.2, reads back the same string: dates always in
 * double quotes (docs/format.md examples; YAML 1.1 tools would otherwise turn them into
 * timestamps), words like `yes`, `no` and `on` quoted, and anything that is not
 * plainly a word or a phrase written as a JSON string, which is valid YAML.
 */

/** Words that YAML 1.1 reads as booleans or null. */
const YAML_11_SPECIAL = /^(?:y|n|yes|no|true|false|on|off|null|~)$/i;

/** A phrase that reads back as itself when written plain. */
const PLAIN_SAFE = /^[\p{L}][\p{L}\p{N} ._,;:?!%()&'/@+-]*$/u;

/** A string value as YAML text: plain when that is unambiguous, else double-quoted. */
export function yamlString(value: string): string {
  const plain =
    PLAIN_SAFE.test(value) && !YAML_11_SPECIAL.test(value) && !value.endsWith(' ') && !value.endsWith(':') && !value.includes(' #') && !value.includes(': ');
  return plain ? value : JSON.stringify(value);
}

/** A date or date-time, always quoted. */
export function yamlDate(value: string): string {
  return JSON.stringify(value);
}

/**
 * Text for a comment on one line. Comments quote titles from the register and
 * the command line; a line break in one must not end the comment and turn the
 * rest into YAML.
 */
export function oneLine(text: string): string {
  return text.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ');
}

/** `key: value` at an indent, with an optional trailing comment. */
export function entry(indent: number, key: string, value: string, comment?: string): string {
  return `${' '.repeat(indent)}${key}: ${value}${comment === undefined ? '' : `  # ${oneLine(comment)}`}`;
}

/** Comment lines at an indent; an empty string gives a bare `#` line. */
export function comments(indent: number, ...lines: string[]): string[] {
  return lines.map((line) => `${' '.repeat(indent)}#${line === '' ? '' : ` ${oneLine(line)}`}`);
}

/**
 * Turn YAML lines into a ready-to-use example the user un-comments: `# ` in
 * the first column, the YAML's own indentation after it, so removing the `# `
 * (or the editor's "toggle comment") gives back valid, well-indented YAML.
 */
export function commentOut(lines: readonly string[]): string[] {
  return lines.map((line) => (line === '' ? line : `# ${line}`));
}

/**
 * Comment out lines inside a block that stays live: `# ` after the
 * indentation, so the example sits visibly under its parent key.
 */
export function commentInPlace(lines: readonly string[]): string[] {
  return lines.map((line) => {
    const indent = line.length - line.trimStart().length;
    return line === '' ? line : `${line.slice(0, indent)}# ${line.slice(indent)}`;
  });
}

/** Join lines into file text ending in one newline. */
export function fileText(lines: readonly string[]): string {
  return lines.join('\n').replace(/\n*$/, '\n');
}
