import type { Lang } from '../i18n/lang.js';
import type { Register } from '../register/load.js';
import type { Config } from '../register/types.js';
import { emptyRegister } from '../git/register-at.js';
import { openConfig, useColor, type GlobalOptions } from './context.js';
import type { Io } from './io.js';

/** What a command that reads only the register's history needs: its root and config, language, D and colour. */
export interface RootSession {
  io: Io;
  root: string;
  config: Config;
  /** The register's root and config without its records, for git to run in and for defaults. */
  shell: Register;
  lang: Lang;
  asOf: string;
  color: boolean;
}

/**
 * Find the register and read its config, but not its records: `vo diff A B`
 * and `vo trend` read every record from git, so loading the working tree's
 * thousands of files would be wasted time.
 */
export function openRoot(io: Io, options: GlobalOptions): RootSession {
  const { root, config, lang, asOf } = openConfig(io, options);
  return { io, root, config, shell: emptyRegister(root, config), lang, asOf, color: useColor(io, options) };
}
