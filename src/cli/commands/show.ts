import type { Command } from 'commander';
import { viewText } from '../../i18n/views.js';
import { checkFindings, enabledRules } from '../../views/check-findings.js';
import { addOutputOptions, emitView, parseFormat, viewContextOf, warnIntegrity, type OutputOptions } from '../../views/command-support.js';
import { dossier } from '../../views/dossier.js';
import { dossierFormatters } from '../../views/format/dossier-formats.js';
import { openRegister, type GlobalOptions } from '../context.js';
import { checkSelection, filterFindings } from '../filters.js';
import type { CliContext } from '../program.js';

type ShowOptions = GlobalOptions & OutputOptions;

const FORMATS = Object.keys(dossierFormatters) as (keyof typeof dossierFormatters)[];

/** `vo show <agreement>`: one agreement's dossier as of D, with check's findings about it (SPEC §7). */
export function showCommand(program: Command, context: CliContext): void {
  const t = viewText(context.lang);
  const command = program
    .command('show')
    .description(t.cmd.show)
    .argument('<agreement>', t.opt.agreementArg)
    .option('--format <format>', `${t.opt.format}: ${FORMATS.join(', ')}`, 'text');
  addOutputOptions(command, context.lang, false).action((agreement: string, _options, cmd: Command) => {
    const options = cmd.optsWithGlobals<ShowOptions>();
    const session = openRegister(context.io, options);
    const { register, asOf, lang } = session;
    const format = parseFormat(options.format, FORMATS, lang);
    checkSelection(session, { agreement });
    // The first file with this id counts, as for the rules (a duplicate id is an integrity error of its own).
    const record = register.agreements.find((a) => a.value.id === agreement)!;
    const findings = filterFindings(register, checkFindings(register, asOf, lang), { agreement });
    const viewContext = viewContextOf(session, options);
    warnIntegrity(session);
    emitView(session, dossierFormatters[format](dossier(register, record, asOf, lang, findings, enabledRules(register.config)), viewContext), options);
  });
}
