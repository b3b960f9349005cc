import type { Command } from 'commander';
import type { CliContext } from '../program.js';
import { agendaCommand } from './agenda.js';
import { checkCommand } from './check.js';
import { diffCommand } from './diff.js';
import { importCommand } from './import.js';
import { initCommand } from './init.js';
import { listCommand } from './list.js';
import { newCommand } from './new.js';
import { obligationsCommand } from './obligations.js';
import { remindCommand } from './remind.js';
import { reportCommand } from './report.js';
import { rulesCommand } from './rules.js';
import { schemaCommand } from './schema.js';
import { showCommand } from './show.js';
import { siteCommand } from './site.js';
import { trendCommand } from './trend.js';
import { validateCommand } from './validate.js';

/** Every command, in the order `vo --help` lists them; adding a command is adding a file and a line here. */
export const COMMANDS: readonly ((program: Command, context: CliContext) => void)[] = [
  validateCommand,
  checkCommand,
  diffCommand,
  rulesCommand,
  listCommand,
  obligationsCommand,
  showCommand,
  agendaCommand,
  remindCommand,
  reportCommand,
  siteCommand,
  trendCommand,
  schemaCommand,
  initCommand,
  newCommand,
  importCommand,
];
