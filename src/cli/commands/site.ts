import type { Command } from 'commander';
import { resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { siteText } from '../../i18n/site.js';
import { neutraliseControls } from '../../util/visible-controls.js';
import { assessSession, openRegister, type GlobalOptions } from '../context.js';
import type { CliContext } from '../program.js';
import { examplesHelp } from '../examples.js';

interface SiteOptions extends GlobalOptions {
  out?: string;
  force?: boolean;
  templateDir?: string;
}

/** Progress only for a large site, and at most every 250 pages, so a normal build prints two lines at most. */
const PROGRESS_FROM = 500;
const PROGRESS_EVERY = 250;

/**
 * `vo site --out DIR` (issue #14): a static, read-only web site of the
 * register as of D, from the same assessment as `vo check` and the reports
 * (docs/site.md). The site modules, and with them Handlebars, load only here.
 */
export function siteCommand(program: Command, context: CliContext): void {
  const t = siteText(context.lang);
  program
    .command('site')
    .description(t.description)
    .option('-o, --out <dir>', t.opt.out)
    .option('--force', t.opt.force)
    .option('--template-dir <dir>', t.opt.templateDir)
    .addHelpText('after', examplesHelp(context.lang, t.examples))
    .action(async (_options, command: Command) => {
      const options = command.optsWithGlobals<SiteOptions>();
      if (options.out === undefined || options.out === '') throw new UsageError(siteText(context.lang).outRequired);
      const session = openRegister(context.io, options);
      const { io, lang } = session;
      const text = siteText(lang);
      const { loadSiteTemplates, SITE_TEMPLATE_FILES } = await import('../../site/templates.js');
      const templates = loadSiteTemplates(options.templateDir, io.cwd, lang);
      for (const file of templates.unused) io.stderr.write(`vo: ${text.templateUnknown(neutraliseControls(file), SITE_TEMPLATE_FILES)}\n`);
      const { renderSite } = await import('../../site/render-site.js');
      const site = await renderSite(assessSession(session), templates);
      const { prepareOutputFolder, writeSite } = await import('../../site/write-site.js');
      const shown = neutraliseControls(options.out);
      const folder = prepareOutputFolder(shown, resolve(io.cwd, options.out), { force: options.force === true, registerRoot: session.register.root, lang });
      const progress = io.stderr.isTTY === true && site.total >= PROGRESS_FROM;
      let lastShown = 0;
      const result = writeSite(folder, site.files(), lang, (done) => {
        if (!progress || (done - lastShown < PROGRESS_EVERY && done !== site.total)) return;
        lastShown = done;
        io.stderr.write(`\r${text.progress(done, site.total)}${done === site.total ? '\r\x1b[K' : ''}`);
      });
      if (site.problemFiles > 0) io.stderr.write(`vo: ${text.integrityWarning(site.problemFiles)}\n`);
      io.stderr.write(`${text.wrote(result.files, shown, megabytes(result.bytes, lang))}\n`);
    });
}

function megabytes(bytes: number, lang: string): string {
  return `${new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 }).format(bytes / 1_000_000)} MB`;
}
