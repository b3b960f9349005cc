import { gitText } from '../i18n/git.js';
import type { Lang } from '../i18n/lang.js';
import type { Register } from '../register/load.js';
import { registerAtCommit } from './register-at.js';
import { openRepository, resolveRevision, type Repository, type Revision } from './repository.js';

export interface RegisterAtRef {
  register: Register;
  revision: Revision;
  repo: Repository;
}

/**
 * The register under `head` (the working tree's register) as it was at `ref`:
 * the one entry point of `vo diff`, `vo check --new-since` and
 * `vo report --compare`. A ref without a register, or with an unreadable
 * config, is an empty register; `warn` gets one line saying so.
 */
export function registerAtRef(head: Register, ref: string, lang: Lang, warn: (line: string) => void): RegisterAtRef {
  const repo = openRepository(head.root, lang);
  const revision = resolveRevision(repo, ref);
  const at = registerAtCommit(repo, revision, head.root, lang, head.config);
  if (at.state === 'missing') warn(gitText(lang).noRegisterAt(ref));
  if (at.state === 'invalid-config') warn(gitText(lang).invalidConfigAt(ref));
  return { register: at.register, revision, repo };
}
