import { compactHeap } from '../util/compact-heap.js';
import { DateTime } from 'luxon';
import { assess, type Assessment, type Scope } from '../assessment/assess.js';
import { UsageError } from '../errors.js';
import { cliText } from '../i18n/cli.js';
import { DEFAULT_LANG, isLang, type Lang } from '../i18n/lang.js';
import { findRoot, loadConfig } from '../register/config.js';
import { loadRegister } from '../register/load.js';
import type { Config } from '../register/types.js';
import { DATE_PATTERN } from '../schema/patterns.js';
import type { Io, Session } from '../session.js';

export type { Session };

/** The global options of the command reference in README.md, accepted before or after the command name. */
export interface GlobalOptions {
  dir?: string;
  asOf?: string;
  lang?: string;
  color?: boolean;
  debug?: boolean;
}


/** The language of messages before the config is read: `--lang`, else Dutch. */
export function requestedLang(options: GlobalOptions): Lang {
  if (options.lang === undefined) return DEFAULT_LANG;
  if (!isLang(options.lang)) throw new UsageError(cliText(DEFAULT_LANG).badLang(options.lang));
  return options.lang;
}

/** Colour only on a terminal, and never with `--no-color` or NO_COLOR (https://no-color.org). */
export function useColor(io: Io, options: GlobalOptions, stream: 'stdout' | 'stderr' = 'stdout'): boolean {
  if (options.color === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io[stream].isTTY === true;
}

/** Validate `--as-of`, or take today in the register's time zone. */
export function resolveAsOf(io: Io, options: GlobalOptions, timezone: string, lang: Lang): string {
  if (options.asOf !== undefined) {
    if (!new RegExp(DATE_PATTERN).test(options.asOf)) throw new UsageError(cliText(lang).badDate('--as-of', options.asOf));
    return options.asOf;
  }
  return DateTime.fromJSDate(io.now()).setZone(timezone).toISODate() as string;
}

/**
 * The one assessment of the session's register on its as-of date, limited to `--agreement` / `--department`.
 * It is the register's last: the files' texts are let go as it goes (no command points into them afterwards).
 */
export function assessSession(session: Session, scope: Scope = {}): Assessment {
  const narrowed: Scope = {
    ...(scope.agreement !== undefined ? { agreement: scope.agreement } : {}),
    ...(scope.department !== undefined ? { department: scope.department } : {}),
  };
  const assessment = assess(session.register, session.asOf, session.lang, narrowed, { last: true });
  compactHeap();
  return assessment;
}

/**
 * Find the register's root and read its config (any problem is exit 2): the
 * language is `--lang`, else the config's locale, and D is `--as-of`, else
 * today in the config's time zone. No record is read.
 */
export function openConfig(io: Io, options: GlobalOptions): { root: string; config: Config; lang: Lang; asOf: string } {
  const provisional = requestedLang(options);
  const root = findRoot(io.cwd, options.dir, provisional);
  const config = loadConfig(root, provisional);
  const lang = options.lang !== undefined ? provisional : config.locale;
  return { root, config, lang, asOf: resolveAsOf(io, options, config.timezone, lang) };
}

/**
 * Find the root, read the config and load every record; the one entry point of every register command.
 * With a `scope` (`--agreement`, `--department`, `vo show`), only the records an assessment of that
 * scope needs are parsed and validated (src/register/scope.ts); assess with the same scope.
 */
export function openRegister(io: Io, options: GlobalOptions, scope?: Scope): Session {
  const { root, config, lang, asOf } = openConfig(io, options);
  const showProgress = io.stderr.isTTY === true && options.debug !== true;
  const text = cliText(lang);
  let lastShown = 0;
  const register = loadRegister(root, {
    lang,
    config,
    ...(scope !== undefined ? { scope } : {}),
    ...(showProgress
      ? {
          onProgress: (done: number, total: number) => {
            // Only for long work, and at most every 250 files, so short runs print nothing.
            if (total < 500 || (done - lastShown < 250 && done !== total)) return;
            lastShown = done;
            io.stderr.write(`\r${text.progress(done, total)}${done === total ? '\r\x1b[K' : ''}`);
          },
        }
      : {}),
  });
  compactHeap();
  return { io, register, lang, asOf, color: useColor(io, options) };
}
