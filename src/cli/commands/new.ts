import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Command } from 'commander';
import { collect, newAgreement, type NewAgreementFlags } from '../../authoring/new-agreement.js';
import { newEvaluation, type NewEvaluationFlags } from '../../authoring/new-evaluation.js';
import { newIncident, type NewIncidentFlags } from '../../authoring/new-incident.js';
import { schemaCopyPath } from '../../authoring/register-layout.js';
import { newTexts } from '../../authoring/new-texts.js';
import { NewFilesExistError, writeNewFiles, type NewRecord } from '../../authoring/write-new-files.js';
import { UsageError } from '../../errors.js';
import { authoringText } from '../../i18n/authoring.js';
import { osReason } from '../../i18n/os-errors.js';
import type { RecordKind } from '../../register/types.js';
import { openRegister, type GlobalOptions, type Session } from '../context.js';
import type { CliContext } from '../program.js';
import { examplesHelp } from '../examples.js';

/**
 * `vo new agreement|evaluation|incident`: writes one new, valid,
 * commented file and prints its path (relative to the working directory) on
 * stdout, so `code $(vo new …)` opens it. Never over an existing file.
 */
export function newCommand(program: Command, context: CliContext): void {
  const text = authoringText(context.lang);
  const fresh = newTexts(context.lang);
  const examples = (lines: readonly string[]) => examplesHelp(context.lang, lines);
  const parent = program.command('new').description(text.cmd.new).addHelpText('after', examples(text.newExamples.new));

  const sub = (name: 'agreement' | 'evaluation' | 'incident', description: string) =>
    parent.command(name).description(description).addHelpText('after', examples(text.newExamples[name]));

  sub('agreement', text.cmd.newAgreement)
    .argument('[id]', text.arg.newId)
    .option('--title <title>', text.opt.title)
    .option('--department <id>', text.opt.department)
    .option('--processor <name>', text.opt.processor)
    .option('--owner <name>', text.opt.owner)
    .option('--phase <phase>', text.opt.phase)
    .option('--signed <date>', fresh.opt.signed)
    .option('--impact <level>', fresh.opt.impact)
    .option('--likelihood <level>', fresh.opt.likelihood)
    .option('--purpose <text>', fresh.opt.purpose, collect)
    .option('--data-subject <text>', fresh.opt.dataSubject, collect)
    .option('--data-category <text>', fresh.opt.dataCategory, collect)
    .option('--breach-hours <hours>', fresh.opt.breachHours)
    .option('--clause <key=reference>', fresh.opt.clause, collect)
    .option('--assurance <type:valid-until>', fresh.opt.assurance)
    .action(async (id: string | undefined, _options, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions & NewAgreementFlags>();
      const session = openRegister(context.io, options);
      write(session, 'agreement', await newAgreement(session, id, options));
    });

  sub('evaluation', text.cmd.newEvaluation)
    .argument('[agreement]', text.arg.agreement)
    .option('--type <type>', text.opt.evaluationType)
    .option('--date <date>', text.opt.date)
    .option('--outcome <outcome>', text.opt.outcome)
    .option('--id <id>', text.opt.id)
    .action(async (agreement: string | undefined, _options, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions & NewEvaluationFlags>();
      const session = openRegister(context.io, options);
      write(session, 'evaluation', await newEvaluation(session, agreement, options));
    });

  sub('incident', text.cmd.newIncident)
    .argument('[agreement]', text.arg.agreement)
    .option('--title <title>', text.opt.incidentTitle)
    .option('--discovered-by <who>', fresh.opt.discoveredBy)
    .option('--aware <date-time>', fresh.opt.awareAny)
    .option('--notified <date-time>', text.opt.notified)
    .option('--authority <decision>', fresh.opt.authority)
    .option('--reason <text>', fresh.opt.reason)
    .option('--authority-notified <date-time>', fresh.opt.authorityNotified)
    .option('--authority-reference <ref>', fresh.opt.authorityReference)
    .option('--delay-reason <text>', fresh.opt.delayReason)
    .option('--type <type>', text.opt.incidentType)
    .option('--id <id>', text.opt.id)
    .action(async (agreement: string | undefined, _options, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions & NewIncidentFlags>();
      const session = openRegister(context.io, options);
      write(session, 'incident', await newIncident(session, agreement, options));
    });
}

function write(session: Session, kind: RecordKind, file: NewRecord): void {
  const { io, lang, register } = session;
  const text = authoringText(lang);
  const shown = relative(io.cwd, join(register.root, ...file.path.split('/'))).split(sep).join('/');
  try {
    writeNewFiles(register.root, [{ path: file.path, content: file.content }]);
  } catch (error) {
    if (error instanceof NewFilesExistError) throw new UsageError(text.fileExists(shown));
    // A read-only or full file system: one line with the reason; writeNewFiles has already removed what it made.
    throw new UsageError(`${shown}: ${osReason(error, lang)}`);
  }
  io.stdout.write(shown + '\n');
  for (const notice of file.notices ?? []) io.stderr.write(`vo: ${notice}\n`);
  if (!existsSync(join(register.root, ...schemaCopyPath(kind).split('/')))) io.stderr.write(text.schemaCopyMissing + '\n');
}
