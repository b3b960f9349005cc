import { existsSync, lstatSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { defaultInstall, GITLAB_CI_PATH, GITLAB_INCLUDE_PATH, isInstallSpec } from '../../authoring/ci-templates.js';
import { initPlan } from '../../authoring/init-plan.js';
import { initValues, type InitFlags } from '../../authoring/init-values.js';
import { NewFilesExistError, writeNewFiles } from '../../authoring/write-new-files.js';
import { UsageError } from '../../errors.js';
import { authoringText } from '../../i18n/authoring.js';
import { CONFIG_FILE } from '../../register/config.js';
import { toolVersion } from '../../util/version.js';
import { requestedLang, type GlobalOptions } from '../context.js';
import type { CliContext } from '../program.js';
import { examplesHelp } from '../examples.js';

interface InitOptions extends GlobalOptions, InitFlags {
  install?: string;
}

/**
 * `vo init [dir]`: a register, also inside an existing repository
 * (which already has a README, maybe workflows or a `.gitlab-ci.yml`). A file
 * that exists is skipped with a notice and never overwritten; an existing
 * `.gitlab-ci.yml` gets a `vo.gitlab-ci.yml` to include. Only an existing
 * register (its `vo.config.yaml`) is refused, with exit 2 and nothing changed.
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
    .option('--install <spec>', text.opt.install)
    .addHelpText('after', examplesHelp(context.lang, text.initExamples))
    .action(async (dir: string | undefined, _options, command: Command) => {
      const options = command.optsWithGlobals<InitOptions>();
      const lang = requestedLang(options);
      const messages = authoringText(lang);
      const shown = dir ?? options.dir ?? '.';
      const root = resolve(context.io.cwd, shown);
      if (existsSync(root) && !statSync(root).isDirectory()) throw new UsageError(messages.notADirectory(shown));
      if (exists(join(root, CONFIG_FILE))) throw new UsageError(messages.registerExists(shown));
      const install = options.install ?? defaultInstall(toolVersion());
      if (!isInstallSpec(install)) throw new UsageError(messages.badInstall(install));

      const values = await initValues(options, context.io, lang);
      const gitlabPath = exists(join(root, GITLAB_CI_PATH)) ? GITLAB_INCLUDE_PATH : GITLAB_CI_PATH;
      const files = initPlan(values, { version: toolVersion(), install, gitlabPath });
      const fresh = files.filter((f) => !exists(join(root, ...f.path.split('/'))));
      try {
        writeNewFiles(root, fresh);
      } catch (error) {
        if (error instanceof NewFilesExistError) throw new UsageError(messages.filesExist(error.paths));
        throw error;
      }
      for (const file of files) if (!fresh.includes(file)) context.io.stderr.write(`vo: ${messages.skipped(file.path)}\n`);
      const out = context.io.stdout;
      out.write(`${messages.initDone(shown)}\n${fresh.map((f) => `  ${f.path}\n`).join('')}\n`);
      if (gitlabPath === GITLAB_INCLUDE_PATH && fresh.some((f) => f.path === GITLAB_INCLUDE_PATH)) out.write(`${messages.gitlabInclude(gitlabPath).join('\n')}\n\n`);
      out.write(`${messages.initNext(shown).join('\n')}\n`);
      if (values.placeholders.organisation || values.placeholders.departments) context.io.stderr.write(messages.placeholders + '\n');
    });
}

/** lstat: a dangling symbolic link counts as existing too, and is never written through. */
function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
