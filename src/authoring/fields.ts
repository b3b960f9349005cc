import type { Io } from '../session.js';
import { UsageError } from '../errors.js';
import { authoringText } from '../i18n/authoring.js';
import type { Lang } from '../i18n/lang.js';
import { canPrompt, createPrompter } from './prompter.js';

/** A value a command needs: from a flag, else asked on a terminal, else a usage error naming the flag. */
export interface Field {
  /** How the user gives it: `--title`, or `<id>` for an argument. */
  name: string;
  /** From the command line, when given. */
  given: string | undefined;
  question: string;
  /** A one-line error when the value is not acceptable. */
  check(value: string): string | undefined;
}

/**
 * Resolve every field: given values are checked first (a bad flag is an error
 * even when another is missing), then missing ones are asked for on a
 * terminal, again until acceptable; without a terminal every missing name is
 * reported at once, in one exit-2 message.
 */
export async function resolveFields(fields: readonly Field[], io: Io, lang: Lang): Promise<string[]> {
  const text = authoringText(lang);
  for (const field of fields) {
    if (field.given === undefined) continue;
    const problem = field.check(field.given);
    if (problem !== undefined) throw new UsageError(problem);
  }
  const missing = fields.filter((f) => f.given === undefined);
  if (missing.length === 0) return fields.map((f) => f.given as string);
  if (!canPrompt(io)) throw new UsageError(text.missing(missing.map((f) => f.name)));

  const prompter = createPrompter(io);
  const answers = new Map<Field, string>();
  try {
    for (const field of missing) {
      for (;;) {
        const answer = await prompter.ask(field.question);
        if (answer === undefined) throw new UsageError(text.inputEnded(missing.filter((f) => !answers.has(f)).map((f) => f.name)));
        const problem = answer === '' ? text.empty(field.name) : field.check(answer);
        if (problem === undefined) {
          answers.set(field, answer);
          break;
        }
        prompter.say(text.tryAgain(problem));
      }
    }
  } finally {
    prompter.close();
  }
  return fields.map((f) => f.given ?? (answers.get(f) as string));
}
