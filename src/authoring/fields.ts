import type { Io } from '../session.js';
import { UsageError } from '../errors.js';
import { authoringText } from '../i18n/authoring.js';
import type { Lang } from '../i18n/lang.js';
import { canPrompt, createPrompter } from './prompter.js';

/** The values resolved so far, by field name (`--title`, `<id>`); absent or `undefined` when not (yet) known. */
export type Answers = ReadonlyMap<string, string | undefined>;

/** A value a command needs: from a flag, else asked on a terminal, else a usage error naming the flag. */
export interface Field {
  /** How the user gives it: `--title`, or `<id>` for an argument. */
  name: string;
  /** From the command line, when given. */
  given: string | undefined;
  /** The question, which may depend on the answers before it. */
  question: string | ((answers: Answers) => string);
  /** A one-line error when the value is not acceptable. */
  check(value: string): string | undefined;
  /**
   * Needed only when this holds for the values before it (an AP reference
   * only for a breach that was reported). A flag given while it does not
   * hold is an error that names `condition`.
   */
  when?: (answers: Answers) => boolean;
  /** What `when` asks for, in the user's words: `--authority required`. */
  condition?: string;
  /** The value of an empty answer, and of a missing flag without a terminal. */
  fallback?: string;
  /** May stay unknown: an empty answer or a missing flag leaves it out. */
  optional?: boolean;
}

/**
 * Resolve every field, in order: given values are checked first (a bad flag
 * is an error even when another is missing); without a terminal every missing
 * required name is reported at once, in one exit-2 message; on a terminal the
 * fields without a flag are asked, again until acceptable. A field whose
 * `when` does not hold stays `undefined`.
 */
export async function resolveFields(fields: readonly Field[], io: Io, lang: Lang, missingHint?: string): Promise<(string | undefined)[]> {
  const text = authoringText(lang);
  for (const field of fields) {
    if (field.given === undefined) continue;
    const problem = field.check(field.given);
    if (problem !== undefined) throw new UsageError(problem);
  }

  // What the flags alone give: enough when nothing required is missing, or when nobody can be asked.
  const fromFlags = new Map<string, string | undefined>();
  const missing: Field[] = [];
  for (const field of fields) {
    const applies = field.when?.(fromFlags) ?? true;
    const value = applies ? (field.given ?? field.fallback) : undefined;
    fromFlags.set(field.name, value);
    if (applies && value === undefined && field.optional !== true) missing.push(field);
  }
  const needsQuestions = fields.some((f) => f.given === undefined && (f.when?.(fromFlags) ?? true));
  if (!canPrompt(io) || !needsQuestions) {
    if (missing.length > 0) throw new UsageError([text.missing(missing.map((f) => f.name)), missingHint].filter(Boolean).join(' '));
    notApplicable(fields, fromFlags, lang);
    return fields.map((f) => fromFlags.get(f.name));
  }

  const prompter = createPrompter(io);
  const answers = new Map<string, string | undefined>();
  let ended = false;
  try {
    for (const [index, field] of fields.entries()) {
      if (!(field.when?.(answers) ?? true)) {
        answers.set(field.name, undefined);
        continue;
      }
      if (field.given !== undefined) {
        answers.set(field.name, field.given);
        continue;
      }
      for (;;) {
        const question = typeof field.question === 'string' ? field.question : field.question(answers);
        const answer = ended ? undefined : await prompter.ask(question);
        if (answer === undefined) {
          ended = true;
          if (field.fallback !== undefined || field.optional === true) {
            answers.set(field.name, field.fallback);
            break;
          }
          const left = fields
            .slice(index)
            .filter((f) => f.given === undefined && f.fallback === undefined && f.optional !== true && (f.when?.(answers) ?? true));
          throw new UsageError(text.inputEnded(left.map((f) => f.name)));
        }
        if (answer === '' && (field.fallback !== undefined || field.optional === true)) {
          answers.set(field.name, field.fallback);
          break;
        }
        const problem = answer === '' ? text.empty(field.name) : field.check(answer);
        if (problem === undefined) {
          answers.set(field.name, answer);
          break;
        }
        prompter.say(text.tryAgain(problem));
      }
    }
  } finally {
    prompter.close();
  }
  notApplicable(fields, answers, lang);
  return fields.map((f) => answers.get(f.name));
}

/** A flag given for a case that does not apply (`--reason` with `--authority required`) is an error, not silently dropped. */
function notApplicable(fields: readonly Field[], answers: Answers, lang: Lang): void {
  const resolved = new Map<string, string | undefined>();
  for (const field of fields) {
    if (field.given !== undefined && field.when !== undefined && !field.when(resolved)) {
      throw new UsageError(authoringText(lang).notApplicable(field.name, field.condition ?? ''));
    }
    resolved.set(field.name, answers.get(field.name));
  }
}
