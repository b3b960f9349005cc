import { UsageError } from '../errors.js';
import { gitText } from '../i18n/git.js';
import type { Lang } from '../i18n/lang.js';
import { runGit } from './run-git.js';

/** A register inside a git working tree: git runs in the register's own folder. */
export interface Repository {
  cwd: string;
  lang: Lang;
}

/** A commit the user named, resolved once so every later read sees the same one. */
export interface Revision {
  /** As the user wrote it, for messages. */
  ref: string;
  /** The full object name of the commit. */
  commit: string;
}

/** The repository that holds the register at `root`, or exit 2 saying there is none. */
export function openRepository(root: string, lang: Lang): Repository {
  const result = runGit(['rev-parse', '--is-inside-work-tree'], { cwd: root, lang });
  if (result.status !== 0 || result.stdout.toString('utf8').trim() !== 'true') throw new UsageError(gitText(lang).notARepository(root));
  return { cwd: root, lang };
}

/**
 * A ref is a branch, tag, commit or an expression like `HEAD~3`; it is passed
 * after `--end-of-options`, so even `--output=x` is read as a name, never as an
 * option. Control characters and a leading dash are refused before git runs.
 */
export function resolveRevision(repo: Repository, ref: string): Revision {
  const text = gitText(repo.lang);
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (ref === '' || ref.length > 256 || ref.startsWith('-') || /[\u0000-\u001f\u007f]/.test(ref)) throw new UsageError(text.badRef(ref));
  const result = runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], repo);
  const commit = result.stdout.toString('utf8').trim();
  if (result.status === 0 && /^[0-9a-f]{40,64}$/.test(commit)) return { ref, commit };
  if (isShallow(repo)) throw new UsageError(text.shallow(ref, fetchHint(ref)));
  throw new UsageError(text.unknownRef(ref));
}

export function isShallow(repo: Repository): boolean {
  return runGit(['rev-parse', '--is-shallow-repository'], repo).stdout.toString('utf8').trim() === 'true';
}

/** The command that fetches a missing ref: `origin/main` is the branch `main` of `origin`. */
export function fetchHint(ref: string): string {
  const remoteBranch = /^(?:refs\/remotes\/)?origin\/(.+)$/.exec(ref);
  return `git fetch --depth=1 origin ${remoteBranch ? remoteBranch[1] : ref}`;
}
