import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { cliText } from '../i18n/cli.js';
import type { Lang } from '../i18n/lang.js';
import { FileExistsError, writeFileAtomic } from '../util/write-file.js';
import type { Io } from './io.js';

/**
 * Print to stdout, or with `--output` write the file atomically and never over
 * an existing one unless `--force` (SPEC §8). The confirmation goes to stderr so
 * stdout stays clean for pipes.
 */
export function writeOutput(
  session: { io: Io; lang: Lang },
  content: string | Uint8Array,
  options: { output?: string; force?: boolean },
): void {
  const { io, lang } = session;
  if (options.output === undefined) {
    io.stdout.write(typeof content === 'string' ? content : Buffer.from(content).toString('utf8'));
    return;
  }
  const path = resolve(io.cwd, options.output);
  try {
    writeFileAtomic(path, content, { force: options.force === true });
  } catch (error) {
    if (error instanceof FileExistsError) throw new UsageError(cliText(lang).outputExists(options.output));
    throw new UsageError(`${options.output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  io.stderr.write(cliText(lang).wrote(options.output) + '\n');
}
