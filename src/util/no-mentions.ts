/**
 * GitHub and GitLab turn `@name` and `@org/team` in a pull-request comment into a
 * mention that notifies whoever has that name, so a process owner written as
 * `@security-team` in the register would ping a team with every `vo check`
 * comment. Their mention filters run on the rendered text and need the `@` right
 * before the name, so an `@` that does not follow a letter, digit or `_` gets a
 * zero-width space after it, written as the entity `&#8203;` (as Renovate does in
 * its pull-request bodies): the reader still sees `@security-team`, and nobody is
 * pinged. An e-mail address (`a.smit@gemeente.example`) is never a mention and
 * stays as written, so it can still be read and copied.
 *
 * For Markdown that is already escaped (its `&` are `&amp;` or `\&`): the entity
 * must reach the renderer as written. Plain-text outputs (GitHub annotations, JUnit,
 * SARIF messages) are not rendered, so they keep the `@` as it is.
 */
export function withoutMentions(markdown: string): string {
  return markdown.replace(/(?<![\p{L}\p{N}_])@/gu, `@${MENTION_BREAK}`);
}

/** What follows each such `@`: the zero-width space as an entity, plain ASCII, so no output filter turns it into `\u200B`. */
const MENTION_BREAK = '&#8203;';

/**
 * The Markdown as written, for the HTML and PDF reports: they are no comment and ping
 * nobody, and marked would turn the entity into the character, which every output shows
 * as `\u200B` (docs/security.md). A register value's own `&` is always escaped, so every
 * such entity in a report is one `withoutMentions` put there.
 */
export function mentionsAsWritten(markdown: string): string {
  return markdown.includes(MENTION_BREAK) ? markdown.replaceAll(`@${MENTION_BREAK}`, '@') : markdown;
}
