import { withoutMentions } from './no-mentions.js';

/**
 * One line of register text as inline Markdown, for the management report
 * (src/report/escape.ts) and the history commands (src/diff): a value can then
 * hold no link, image, emphasis, HTML, table break or template code, start no list
 * item, rule or heading underline, and mention nobody (`@name`, no-mentions.ts).
 * Here, not in src/report, so that `vo diff` does not load report code.
 *
 * `vo check --format markdown` has its own cell escaping (src/format/markdown.ts):
 * its table keeps line breaks as `<br>` and spells `<`, `>` and `&` as entities.
 */

// ASCII punctuation that has a meaning somewhere in (GFM) Markdown or HTML, or starts template code.
const SPECIAL = /[\\`*_{}[\]<>|&~!#]/g;
// At the start of a value these begin a list item; a value of only dashes or equals signs is a rule or an underline.
const LIST_MARK = /^(\s*)([-+](?=\s|$)|\d+(?=[.)](?:\s|$)))/;
const RULE = /^\s*[-=]+\s*$/;
// C0 controls (except tab and line breaks) and DEL never belong in Markdown; PDF fonts cannot show them.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/** Line breaks and tabs, which the callers turn into a space or a Markdown hard break. */
export const LINE_BREAK = /\r\n|[\r\n\u2028\u2029\t]/g;

/** Text without line breaks (the caller replaced them) as inline Markdown. */
export function escapeInlineMarkdown(text: string): string {
  const escaped = text.replace(CONTROL, '').replace(SPECIAL, (c) => `\\${c}`);
  const line = RULE.test(escaped)
    ? escaped.replace(/[-=]/, (c) => `\\${c}`)
    : escaped.replace(LIST_MARK, (_all, space: string, mark: string) => (/\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`));
  return withoutMentions(line);
}
