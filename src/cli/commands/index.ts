import type { Command } from 'commander';
import type { CliContext } from '../program.js';

/** A command's name, and how to load the module that defines it (only the command that runs is loaded). */
export interface CommandEntry {
  name: string;
  load(): Promise<(program: Command, context: CliContext) => void>;
}

/** Every command, in the order `vo --help` lists them; adding a command is adding a file and a line here. */
export const COMMANDS: readonly CommandEntry[] = [
  { name: 'validate', load: async () => (await import('./validate.js')).validateCommand },
  { name: 'check', load: async () => (await import('./check.js')).checkCommand },
  { name: 'diff', load: async () => (await import('./diff.js')).diffCommand },
  { name: 'rules', load: async () => (await import('./rules.js')).rulesCommand },
  { name: 'list', load: async () => (await import('./list.js')).listCommand },
  { name: 'obligations', load: async () => (await import('./obligations.js')).obligationsCommand },
  { name: 'show', load: async () => (await import('./show.js')).showCommand },
  { name: 'agenda', load: async () => (await import('./agenda.js')).agendaCommand },
  { name: 'remind', load: async () => (await import('./remind.js')).remindCommand },
  { name: 'report', load: async () => (await import('./report.js')).reportCommand },
  { name: 'site', load: async () => (await import('./site.js')).siteCommand },
  { name: 'trend', load: async () => (await import('./trend.js')).trendCommand },
  { name: 'schema', load: async () => (await import('./schema.js')).schemaCommand },
  { name: 'init', load: async () => (await import('./init.js')).initCommand },
  { name: 'new', load: async () => (await import('./new.js')).newCommand },
  { name: 'import', load: async () => (await import('./import.js')).importCommand },
];
