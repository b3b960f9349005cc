import { UsageError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { loadConfig } from '../register/config.js';
import { loadRegister, type Register } from '../register/load.js';
import type { Config } from '../register/types.js';
import type { Repository, Revision } from './repository.js';
import { treeRegister } from './tree-source.js';

/** How the register looked at a commit: read as usual, absent (not created yet), or with a config that cannot be read. */
export type RegisterState = 'ok' | 'missing' | 'invalid-config';

export interface RegisterAtCommit {
  register: Register;
  state: RegisterState;
}

/**
 * The register at `revision`, loaded by the same loader as the working tree
 * (its files come from git, see tree-source.ts). A commit from before the
 * register existed, or one whose config cannot be read, gives an empty
 * register with `fallback` as its config, so a pull request that creates or
 * repairs the register can still be compared with its base.
 */
export function registerAtCommit(repo: Repository, revision: Revision, root: string, lang: Lang, fallback: Config): RegisterAtCommit {
  const tree = treeRegister(repo, revision.commit);
  if (tree.config === undefined) return { register: emptyRegister(root, fallback), state: 'missing' };
  let config: Config;
  try {
    config = loadConfig(root, lang, tree.config);
  } catch (error) {
    if (error instanceof UsageError) return { register: emptyRegister(root, fallback), state: 'invalid-config' };
    throw error;
  }
  return { register: loadRegister(root, { lang, config, source: tree.source }), state: 'ok' };
}

export function emptyRegister(root: string, config: Config): Register {
  return { root, config, files: [], agreements: [], evaluations: [], incidents: [], invalid: [], findings: [] };
}
