import { Help, type Argument, type Command, type Option } from 'commander';
import type { Lang } from '../i18n/lang.js';

/**
 * Commander prints its own usage errors in English. In a Dutch session they
 * are translated here, by their fixed wording in commander 14
 * (lib/command.js, lib/suggestSimilar.js); anything unknown stays as it is.
 */
const TRANSLATIONS: readonly [RegExp, (...groups: string[]) => string][] = [
  [/^unknown option '([^']*)'/, (flag) => `onbekende optie '${flag}'`],
  [/^unknown command '([^']*)'/, (name) => `onbekende opdracht '${name}'`],
  [/^missing required argument '([^']*)'/, (name) => `verplicht argument '${name}' ontbreekt`],
  [/^option '([^']*)' argument missing/, (flags) => `optie '${flags}' mist een waarde`],
  [/^required option '([^']*)' not specified/, (flags) => `verplichte optie '${flags}' ontbreekt`],
  [
    /^too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./,
    (command, expected, got) => `te veel argumenten${command ? ` voor '${command}'` : ''}: verwacht ${expected}, gekregen ${got}.`,
  ],
  [/\(Did you mean one of ([^?]*)\?\)/, (list) => `(bedoelde u een van ${list}?)`],
  [/\(Did you mean ([^?]*)\?\)/, (option) => `(bedoelde u ${option}?)`],
];

export function translateCommanderMessage(message: string): string {
  let result = message;
  for (const [pattern, translate] of TRANSLATIONS) {
    result = result.replace(pattern, (_match, ...groups: unknown[]) =>
      translate(...groups.slice(0, -2).map((g) => (typeof g === 'string' ? g : ''))),
    );
  }
  return result;
}

/** Usage placeholders in Dutch help. */
export function translateUsage(usage: string): string {
  return usage.replaceAll('[options]', '[opties]').replaceAll('[command]', '[opdracht]');
}

/** How a default value or a list of choices is announced after an option's description. */
const EXTRA_WORDS: Record<Lang, { default: string; choices: string }> = {
  nl: { default: 'standaard', choices: 'keuze uit' },
  en: { default: 'default', choices: 'choices' },
};

/**
 * Help texts in one language. Commander appends `(default: "text")` and
 * `(choices: …)` in English and writes `[options]` into every usage line and
 * sub-command term; these overrides, given to `configureHelp`, write them in
 * the session's language instead, and leave out what the description already
 * says (a description that names its default or lists its choices).
 */
/** `termOf` gives a command's term when commander cannot derive it (a command that is only a summary). */
export function helpOverrides(lang: Lang, termOf: (command: Command) => string | undefined = () => undefined): Partial<Help> {
  const base = new Help();
  const words = EXTRA_WORDS[lang];
  const usage = (text: string) => (lang === 'nl' ? translateUsage(text) : text);
  const describe = (description: string, choices: readonly string[] | undefined, defaultValue: unknown, defaultDescription: string | undefined) => {
    const extra: string[] = [];
    const mentions = (value: string) => new RegExp(`(^|[^\\w-])${escapeRegExp(value)}([^\\w-]|$)`).test(description);
    if (choices !== undefined && !choices.every(mentions)) extra.push(`${words.choices}: ${choices.join(', ')}`);
    if (defaultValue !== undefined) {
      const shown = defaultDescription ?? (typeof defaultValue === 'string' ? defaultValue : JSON.stringify(defaultValue));
      const named = new RegExp(`${words.default}:? ${escapeRegExp(shown)}\\b`, 'i').test(description);
      if (!named) extra.push(`${words.default}: ${shown}`);
    }
    if (extra.length === 0) return description;
    return description === '' ? `(${extra.join('; ')})` : `${description} (${extra.join('; ')})`;
  };
  return {
    styleUsage: usage,
    subcommandTerm: (cmd: Command) => usage(termOf(cmd) ?? base.subcommandTerm(cmd)),
    optionDescription: (option: Option) => {
      // As commander: a default is shown for options that take a value, not for flags and --no-* switches.
      const showDefault = option.required || option.optional;
      return describe(option.description, option.argChoices, showDefault ? option.defaultValue : undefined, option.defaultValueDescription);
    },
    argumentDescription: (argument: Argument) =>
      describe(argument.description, argument.argChoices, argument.defaultValue, argument.defaultValueDescription),
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
