import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { importText } from '../../i18n/import.js';
import { openRegister, requestedLang, type GlobalOptions } from '../context.js';
import type { CliContext } from '../program.js';
import { examplesHelp } from '../examples.js';

interface ImportOptions extends GlobalOptions {
  map?: string;
  dryRun?: boolean;
  skipInvalid?: boolean;
  addDepartments?: boolean;
  template?: string;
}

/**
 * `vo import FILE`: agreements from a spreadsheet (docs/handleiding.md, "Beginnen
 * vanuit Excel"); `vo import --template DIR`: an example sheet and mapping. The
 * import modules, exceljs and csv-parse load only when this command runs.
 */
export function importCommand(program: Command, context: CliContext): void {
  const t = importText(context.lang);
  program
    .command('import')
    .description(t.cmd)
    .argument('[file]', t.arg)
    .option('--map <file>', t.opt.map)
    .option('--dry-run', t.opt.dryRun)
    .option('--skip-invalid', t.opt.skipInvalid)
    .option('--add-departments', t.opt.addDepartments)
    .option('--template <dir>', t.opt.template)
    .addHelpText('after', examplesHelp(context.lang, t.examples))
    .action(async (file: string | undefined, _options, command: Command) => {
      const options = command.optsWithGlobals<ImportOptions>();
      const lang = requestedLang(options);
      if (options.template !== undefined) {
        if (file !== undefined) throw new UsageError(importText(lang).fileAndTemplate);
        const { writeTemplate } = await import('../../import/template.js');
        await writeTemplate(context.io, options.template, lang);
        return;
      }
      if (file === undefined) throw new UsageError(importText(lang).needFile);
      const session = openRegister(context.io, options);
      const { runImport } = await import('../../import/run-import.js');
      context.exit(await runImport(session, file, options));
    });
}
