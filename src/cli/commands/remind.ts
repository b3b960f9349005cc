import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { remindText } from '../../i18n/remind.js';
import { ownerQuery } from '../../remind/owners.js';
import { openRegister, type GlobalOptions } from '../context.js';
import type { CliContext } from '../program.js';
import { examplesHelp } from '../examples.js';

interface RemindCommandOptions extends GlobalOptions {
  owner?: string;
  days: string;
  out?: string;
  dryRun?: boolean;
  summaryTo?: string;
}

const MAX_DAYS = 3660;

/**
 * `vo remind`: one e-mail per owner of what is overdue and due soon. The only
 * command that uses the network, and only when VO_SMTP_HOST is set
 * (docs/security.md). Its modules, and nodemailer with them, load only when it runs.
 */
export function remindCommand(program: Command, context: CliContext): void {
  const t = remindText(context.lang);
  program
    .command('remind')
    .description(t.cmd)
    .option('--owner <name>', t.opt.owner)
    .option('--days <n>', t.opt.days, '30')
    .option('--out <dir>', t.opt.out)
    .option('--dry-run', t.opt.dryRun)
    .option('--summary-to <address>', t.opt.summaryTo)
    .addHelpText('after', examplesHelp(context.lang, t.examples))
    .action(async (_options, command: Command) => {
      const options = command.optsWithGlobals<RemindCommandOptions>();
      const session = openRegister(context.io, options);
      const { lang } = session;
      if (!/^\d+$/.test(options.days) || Number(options.days) > MAX_DAYS) throw new UsageError(remindText(lang).badDays(options.days));
      const owner = ownerQuery(options.owner, lang);
      const { runReminders } = await import('../../remind/run.js');
      const code = await runReminders(session, {
        days: Number(options.days),
        dryRun: options.dryRun === true,
        ...(owner !== undefined ? { owner } : {}),
        ...(options.out !== undefined ? { out: options.out } : {}),
        ...(options.summaryTo !== undefined ? { summaryTo: options.summaryTo } : {}),
      });
      context.exit(code);
    });
}
