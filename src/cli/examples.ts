import type { Command } from 'commander';
import { cliText } from '../i18n/cli.js';
import type { Lang } from '../i18n/lang.js';

/** What follows a command's help: "Voorbeelden:" / "Examples:" and each example indented, the same under every command. */
export function examplesHelp(lang: Lang, examples: readonly string[]): string {
  return `\n${cliText(lang).examplesHeading}\n${examples.map((e) => `  ${e}`).join('\n')}\n`;
}

export function addExamples(command: Command, lang: Lang, examples: readonly string[]): Command {
  return command.addHelpText('after', examplesHelp(lang, examples));
}
