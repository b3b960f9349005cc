import type { Command } from 'commander';
import { viewText } from '../../i18n/views.js';
import { agreementModel } from '../../views/agreement-model.js';
import { warnIntegrity } from '../../views/integrity-warning.js';
import { addExamples } from '../examples.js';
import { addOutputOptions, emitView, parseFormat, viewContextOf, type OutputOptions } from '../view-command.js';
import { brokenDossierFormatters, dossierFormatters } from '../../format/views/dossier-formats.js';
import { brokenDossierModel } from '../../views/broken-agreement-model.js';
import { assessSession, openRegister, type GlobalOptions } from '../context.js';
import { checkSelection } from '../filters.js';
import type { CliContext } from '../program.js';

type ShowOptions = GlobalOptions & OutputOptions;

const FORMATS = Object.keys(dossierFormatters) as (keyof typeof dossierFormatters)[];

/** `vo show <agreement>`: one agreement's dossier as of D, with check's findings about it (docs/views.md). */
export function showCommand(program: Command, context: CliContext): void {
  const t = viewText(context.lang);
  const command = program
    .command('show')
    .description(t.cmd.show)
    .argument('<agreement>', t.opt.agreementArg)
    .option('--format <format>', `${t.opt.format}: ${FORMATS.join(', ')}`, 'text');
  addExamples(addOutputOptions(command, context.lang, false), context.lang, t.examples.show).action((agreement: string, _options, cmd: Command) => {
    const options = cmd.optsWithGlobals<ShowOptions>();
    const session = openRegister(context.io, options, { agreement });
    const { lang } = session;
    const format = parseFormat(options.format, FORMATS, lang);
    checkSelection(session, { agreement });
    // Only this agreement is assessed; the first file with its id counts (a duplicate id is an integrity error of its own).
    const assessment = assessSession(session, { agreement });
    const assessed = assessment.agreement(agreement);
    const viewContext = viewContextOf(session, options);
    warnIntegrity(session);
    if (assessed !== undefined) {
      emitView(session, dossierFormatters[format](agreementModel(assessed, lang), viewContext), options);
      return;
    }
    // Its own file cannot be read (completely): what could be read and its findings, as the agreement report shows it.
    const broken = assessment.broken.find((b) => b.id === agreement);
    if (broken === undefined) throw new Error(`agreement ${agreement} passed checkSelection but was not assessed`);
    emitView(session, brokenDossierFormatters[format](brokenDossierModel(broken, assessment.config, assessment.asOf), viewContext), options);
  });
}
