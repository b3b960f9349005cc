import { Chalk } from 'chalk';
import type { Command } from 'commander';
import { cliText } from '../../i18n/cli.js';
import { effectiveRules } from '../../rules/severity.js';
import { UsageError } from '../../errors.js';
import type { Lang } from '../../i18n/lang.js';
import { findRoot, loadConfig } from '../../register/config.js';
import type { Config } from '../../register/types.js';
import { layoutTable, renderTable, type TableColumn } from '../../format/views/table.js';
import { requestedLang, useColor, type GlobalOptions } from '../context.js';
import { outputWidth } from '../terminal-width.js';
import type { CliContext } from '../program.js';
import { examplesHelp } from '../examples.js';

interface RulesOptions extends GlobalOptions {
  format: string;
}

/** `vo rules`: every rule id, its severity after the config and a one-line description, in the chosen language. */
export function rulesCommand(program: Command, context: CliContext): void {
  const text = cliText(context.lang);
  program
    .command('rules')
    .description(text.cmd.rules)
    .option('--format <format>', `${text.opt.format}: table, json`, 'table')
    .addHelpText('after', examplesHelp(context.lang, text.commandExamples.rules))
    .action((_options, command: Command) => {
      const options = command.optsWithGlobals<RulesOptions>();
      const provisional = requestedLang(options);
      if (!['table', 'json'].includes(options.format)) throw new UsageError(cliText(provisional).badChoice('--format', options.format, ['table', 'json']));
      const config = configOrDefaults(context, options, provisional);
      const lang = options.lang !== undefined || config === undefined ? provisional : config.locale;
      const session = { lang, color: useColor(context.io, options) };
      const rules = effectiveRules(config ?? { rules: {} });
      if (options.format === 'json') {
        const rows = rules.map((r) => ({ id: r.id, kind: r.kind, severity: r.severity, defaultSeverity: r.defaultSeverity, description: r.description[session.lang] }));
        context.io.stdout.write(JSON.stringify(rows, null, 2) + '\n');
        return;
      }
      // The id column is never cut (an id is what goes into `rules:`); the description wraps between words.
      const [id, severity, description] = cliText(session.lang).rulesHead;
      const columns: TableColumn[] = [{ head: id ?? '' }, { head: severity ?? '' }, { head: description ?? '', wrap: true, minWidth: 30 }];
      const body = rules.map((rule) => [rule.id, cliText(session.lang).severity[rule.severity], rule.description[session.lang]]);
      const chalk = new Chalk({ level: session.color ? 1 : 0 });
      const table = renderTable(columns, body, layoutTable(columns, body, outputWidth(context.io, true)), { head: (t) => chalk.bold(t), rule: (t) => chalk.dim(t) });
      context.io.stdout.write(`${table}\n`);
    });
}

/**
 * The config of the register `vo rules` runs in (only the config is read, no
 * records). Outside any register, and without `-C`, the rules are listed with
 * their default severities and a note on stderr, so a newcomer can read them
 * before making a register.
 */
function configOrDefaults(context: CliContext, options: RulesOptions, lang: Lang): Pick<Config, 'rules' | 'locale'> | undefined {
  let root: string;
  try {
    root = findRoot(context.io.cwd, options.dir, lang);
  } catch (error) {
    if (options.dir !== undefined || !(error instanceof UsageError)) throw error;
    context.io.stderr.write(`vo: ${cliText(lang).rulesWithoutRegister}\n`);
    return undefined;
  }
  return loadConfig(root, lang);
}
