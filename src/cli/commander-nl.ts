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
  return usage.replace('[options]', '[opties]').replace('[command]', '[opdracht]');
}
