import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { initPlan } from '../../authoring/init-plan.js';
import { initValues, type InitFlags } from '../../authoring/init-values.js';
import { NewFilesExistError, writeNewFiles } from '../../authoring/write-new-files.js';
import { configNotes } from '../../authoring/config-notes.js';
import { UsageError } from '../../errors.js';
import { authoringText } from '../../i18n/authoring.js';
import type { Lang } from '../../i18n/lang.js';
import { CONFIG_FILE } from '../../register/config.js';
import { toolVersion } from '../../util/version.js';
import { requestedLang, type GlobalOptions } from '../context.js';
import type { CliContext } from '../program.js';

interface InitOptions extends GlobalOptions, InitFlags {}

/**
 * `vo init [dir]` (SPEC §7): a complete register, or nothing at all. Every
 * target is checked before the first question and again before the first
 * write; an existing register or file is exit 2 with nothing changed.
 */
export function initCommand(program: Command, context: CliContext): void {
  const text = authoringText(context.lang);
  program
    .command('init')
    .description(text.cmd.init)
    .argument('[dir]', text.arg.dir)
    .option('--organisation <name>', text.opt.organisation)
    .option('--department <id:name>', text.opt.departmentSpec, (value: string, previous: string[] | undefined) => [...(previous ?? []), value])
    .option('--timezone <zone>', text.opt.timezone)
    .action(async (dir: string | undefined, _options, command: Command) => {
      const options = command.optsWithGlobals<InitOptions>();
      const lang = requestedLang(options);
      const messages = authoringText(lang);
      const shown = dir ?? options.dir ?? '.';
      const root = resolve(context.io.cwd, shown);
      if (existsSync(root) && !statSync(root).isDirectory()) throw new UsageError(messages.notADirectory(shown));
      if (existsSync(join(root, CONFIG_FILE))) throw new UsageError(messages.registerExists(shown));
      refuseExisting(root, placeholderPaths(lang), lang);

      const values = await initValues(options, context.io, lang);
      const files = initPlan(values, toolVersion());
      refuseExisting(root, files.map((f) => f.path), lang);
      try {
        writeNewFiles(root, files);
      } catch (error) {
        if (error instanceof NewFilesExistError) throw new UsageError(messages.filesExist(error.paths));
        throw error;
      }
      const out = context.io.stdout;
      out.write(`${messages.initDone(shown)}\n${files.map((f) => `  ${f.path}\n`).join('')}\n${messages.initNext(shown).join('\n')}\n`);
      if (values.placeholders.organisation || values.placeholders.departments) context.io.stderr.write(messages.placeholders + '\n');
    });
}

/** The paths of a register in this language; they do not depend on the answers, so they are checked before asking. */
function placeholderPaths(lang: Lang): string[] {
  const fallback = configNotes(lang).fallback;
  const values = {
    organisation: fallback.organisation,
    lang,
    timezone: 'Europe/Amsterdam',
    departments: [fallback.department],
    placeholders: { organisation: true, departments: true },
  };
  return initPlan(values, toolVersion()).map((f) => f.path);
}

function refuseExisting(root: string, paths: readonly string[], lang: Lang): void {
  const existing = paths.filter((path) => existsSync(join(root, ...path.split('/'))));
  if (existing.length > 0) throw new UsageError(authoringText(lang).filesExist(existing));
}
