import { DateTime } from 'luxon';
import { gitText } from '../i18n/git.js';
import { isShallow, type Repository } from './repository.js';
import { gitOutput } from './run-git.js';

/** A commit on the first-parent line of HEAD, with its committer time (seconds since 1970). */
export interface HistoryCommit {
  commit: string;
  time: number;
}

/**
 * HEAD's first-parent history, newest first: the line of the main branch,
 * where each merged pull request is one step, not the commits inside it.
 * One `git rev-list` for the whole history, whatever its length.
 */
export function firstParentHistory(repo: Repository, warn: (line: string) => void): HistoryCommit[] {
  const output = gitOutput(['rev-list', '--first-parent', '--timestamp', 'HEAD'], { ...repo, maxBuffer: 256 * 1024 * 1024 });
  if (isShallow(repo)) warn(gitText(repo.lang).shallowHistory);
  return output
    .toString('utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const [time, commit] = line.split(' ');
      return { commit: commit ?? '', time: Number(time) };
    });
}

/** The newest commit of the line made on or before `time`: the register as it stood then. */
export function commitAt(history: readonly HistoryCommit[], time: number): HistoryCommit | undefined {
  // Committer times are nearly always in order on the first-parent line; the first match from the top is "the last commit on or before".
  return history.find((entry) => entry.time <= time);
}

/** The committer date of `commit` as a calendar date in `timezone`. */
export function commitDate(repo: Repository, commit: string, timezone: string): string {
  const seconds = Number(gitOutput(['log', '-1', '--format=%ct', '--end-of-options', commit], repo).toString('utf8').trim());
  return DateTime.fromSeconds(seconds, { zone: timezone }).toISODate() as string;
}
