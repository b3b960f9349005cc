import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { cliText } from '../i18n/cli.js';
import type { Lang } from '../i18n/lang.js';
import { osReason } from '../i18n/os-errors.js';
import { FileExistsError, writeFileAtomic, type WriterFs } from '../util/write-file.js';
import { neutraliseControls } from '../util/visible-controls.js';
import type { Io } from './io.js';
import { checkOutputTarget } from './output-target.js';

export interface OutputTarget {
  output?: string;
  force?: boolean;
  /** The `--format` value, so an extension that names another format is refused. */
  format?: string;
  /** For tests: the file system calls of the atomic writer. */
  fs?: WriterFs;
}

/**
 * Print to stdout, or with `--output` write the file atomically and never over
 * an existing one unless `--force` (docs/security.md). Text goes through the one
 * control-character filter of every output (docs/security.md). The confirmation
 * goes to stderr so stdout stays clean for pipes. Every failure is one line and
 * exit 2, with the operating system's reason.
 */
export function writeOutput(
  session: { io: Io; lang: Lang; color?: boolean; register?: { root: string } },
  output: string | Uint8Array | Iterable<string>,
  options: OutputTarget,
): void {
  const { io, lang } = session;
  const text = cliText(lang);
  const keepColour = options.output === undefined && session.color === true;
  if (options.output === undefined) {
    if (typeof output !== 'string' && !(output instanceof Uint8Array)) return writePieces(io, output, keepColour, lang);
    try {
      io.stdout.write(typeof output === 'string' ? neutraliseControls(output, { keepColour }) : Buffer.from(output).toString('utf8'));
    } catch (error) {
      throw new UsageError(text.stdoutFailed(osReason(error, lang)));
    }
    return;
  }
  // Text in pieces goes into the file batch by batch, through the same filter (never joined first).
  const safe = typeof output === 'string' ? neutraliseControls(output, { keepColour }) : output instanceof Uint8Array ? output : safeBatches(output, keepColour);
  const path = resolve(io.cwd, options.output);
  const shown = neutraliseControls(options.output);
  checkOutputTarget({
    shown,
    path,
    force: options.force === true,
    lang,
    ...(options.format !== undefined ? { format: options.format } : {}),
    ...(session.register !== undefined ? { registerRoot: session.register.root } : {}),
  });
  try {
    writeFileAtomic(path, safe, { force: options.force === true, ...(options.fs !== undefined ? { fs: options.fs } : {}) });
  } catch (error) {
    if (error instanceof FileExistsError) throw new UsageError(text.outputExists(shown));
    throw new UsageError(`${shown}: ${osReason(error, lang)}`);
  }
  io.stderr.write(text.wrote(shown) + '\n');
}

/** Pieces are written in batches of about this many characters: few system calls, little held at once. */
const BATCH = 64 * 1024;

/**
 * Output made in pieces (a long `vo check`), to stdout as it comes: the same
 * bytes as writing it joined. Every piece ends with a line feed, so the control
 * filter sees no pair (CR LF) or colour code split between two batches.
 */
function writePieces(io: Io, pieces: Iterable<string>, keepColour: boolean, lang: Lang): void {
  for (const batch of safeBatches(pieces, keepColour)) {
    try {
      io.stdout.write(batch);
    } catch (error) {
      throw new UsageError(cliText(lang).stdoutFailed(osReason(error, lang)));
    }
  }
}

/** The pieces joined into batches of about BATCH characters, each through the control filter: to stdout or into a file. */
function* safeBatches(pieces: Iterable<string>, keepColour: boolean): Generator<string> {
  let batch = '';
  let first = true;
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= BATCH) {
      yield neutraliseControls(batch, { keepColour, continuation: !first });
      first = false;
      batch = '';
    }
  }
  if (batch !== '' || first) yield neutraliseControls(batch, { keepColour, continuation: !first });
}
