import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { cliText } from '../../i18n/cli.js';
import { osReason } from '../../i18n/os-errors.js';
import { readSchemaText, SCHEMA_KINDS, schemaFileName, type SchemaKind } from '../../schema/schemas.js';
import { FileExistsError, writeFileAtomic } from '../../util/write-file.js';
import { requestedLang, type GlobalOptions } from '../context.js';
import type { CliContext } from '../program.js';
import { examplesHelp } from '../examples.js';

interface SchemaOptions extends GlobalOptions {
  out?: string;
  force?: boolean;
}

/**
 * `vo schema [kind]` prints one schema (all four, keyed by kind, without one);
 * `--out DIR` writes them as files, byte for byte as shipped. Needs no register.
 */
export function schemaCommand(program: Command, context: CliContext): void {
  const text = cliText(context.lang);
  program
    .command('schema')
    .description(text.cmd.schema)
    .argument('[kind]', SCHEMA_KINDS.join(' | '))
    .option('--out <dir>', text.opt.out)
    .option('--force', text.opt.force)
    .addHelpText('after', examplesHelp(context.lang, text.commandExamples.schema))
    .action((kind: string | undefined, _options, command: Command) => {
      const options = command.optsWithGlobals<SchemaOptions>();
      const lang = requestedLang(options);
      const messages = cliText(lang);
      if (kind !== undefined && !(SCHEMA_KINDS as readonly string[]).includes(kind)) {
        throw new UsageError(messages.schemaKind(kind, SCHEMA_KINDS));
      }
      const kinds: readonly SchemaKind[] = kind === undefined ? SCHEMA_KINDS : [kind as SchemaKind];
      if (options.out === undefined) {
        // Without a kind: one JSON object holding all four schemas by kind, still valid JSON for a pipe.
        const printed =
          kind === undefined
            ? JSON.stringify(Object.fromEntries(kinds.map((k) => [k, JSON.parse(readSchemaText(k))])), null, 2) + '\n'
            : readSchemaText(kinds[0] as SchemaKind);
        context.io.stdout.write(printed);
        return;
      }
      const dir = resolve(context.io.cwd, options.out);
      if (isNonFolder(dir)) throw new UsageError(messages.schemaOutNotFolder(options.out));
      try {
        mkdirSync(dir, { recursive: true });
      } catch (error) {
        throw new UsageError(`${options.out}: ${osReason(error, lang)}`);
      }
      for (const each of kinds) {
        const path = join(dir, schemaFileName(each));
        try {
          writeFileAtomic(path, readSchemaText(each), { force: options.force === true });
        } catch (error) {
          if (error instanceof FileExistsError) throw new UsageError(messages.outputExists(error.path));
          throw new UsageError(`${join(options.out, schemaFileName(each))}: ${osReason(error, lang)}`);
        }
      }
      context.io.stderr.write(messages.schemaWritten(kinds.length, options.out) + '\n');
    });
}

/** `--out` names a folder; an existing file there is a mistake, not something to write into. */
function isNonFolder(path: string): boolean {
  try {
    return !statSync(path).isDirectory();
  } catch {
    return false; // a folder to create
  }
}
