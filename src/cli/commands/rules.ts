import type { Command } from 'commander';
import Table from 'cli-table3';
import { cliText } from '../../i18n/cli.js';
import { effectiveRules } from '../../rules/severity.js';
import { openRegister, type GlobalOptions } from '../context.js';
import type { CliContext } from '../program.js';

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
    .action((_options, command: Command) => {
      const options = command.optsWithGlobals<RulesOptions>();
      const session = openRegister(context.io, options);
      const rules = effectiveRules(session.register.config);
      if (options.format === 'json') {
        const rows = rules.map((r) => ({ id: r.id, kind: r.kind, severity: r.severity, defaultSeverity: r.defaultSeverity, description: r.description[session.lang] }));
        context.io.stdout.write(JSON.stringify(rows, null, 2) + '\n');
        return;
      }
      // The id column fits the longest id (plus cell padding): a cut id cannot be put in `rules:`.
      const idWidth = Math.max(...rules.map((r) => r.id.length)) + 2;
      const table = new Table({
        head: cliText(session.lang).rulesHead,
        style: { head: session.color ? ['bold'] : [], border: session.color ? ['grey'] : [] },
        wordWrap: true,
        colWidths: [idWidth, 14, Math.max(30, (context.io.stdout.columns ?? 100) - idWidth - 18)],
      });
      for (const rule of rules) table.push([rule.id, cliText(session.lang).severity[rule.severity], rule.description[session.lang]]);
      context.io.stdout.write(table.toString() + '\n');
    });
}
