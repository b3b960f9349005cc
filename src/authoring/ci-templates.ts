import type { Lang } from '../i18n/lang.js';
import { packageName } from '../util/version.js';

/** Where `vo init` puts the CI files, relative to the register root. */
export const GITHUB_PULL_REQUEST_PATH = '.github/workflows/vo-pull-request.yml';
export const GITHUB_SCHEDULED_PATH = '.github/workflows/vo-scheduled.yml';
/** The pipeline of a repository without one; with an existing `.gitlab-ci.yml`, the file to include from it. */
export const GITLAB_CI_PATH = '.gitlab-ci.yml';
export const GITLAB_INCLUDE_PATH = 'vo.gitlab-ci.yml';

/** What every generated CI file needs: who wrote it, how vo gets installed, the language of its comments. */
export interface CiSettings {
  /** The vo version that writes the files. */
  version: string;
  /** `VO_INSTALL`: what `npm install --global` installs. */
  install: string;
  lang: Lang;
}

/**
 * The default `--install`: the published package at the version that wrote
 * the register, so CI reports what the author saw locally.
 */
export function defaultInstall(version: string): string {
  return `${packageName()}@${version}`;
}

/**
 * An npm install spec (`name@version`, a tarball or git URL, a registry alias)
 * is one word: no white space, no control characters, and no leading dash
 * that npm would read as an option. Anything else is refused before a file is written.
 */
export function isInstallSpec(value: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  return value.length > 0 && value.length <= 500 && !value.startsWith('-') && !/[\s\u0000-\u001f\u007f]/.test(value);
}

/** A value as a YAML double-quoted scalar (JSON is valid YAML), so `:`, `#` or `@` never change its meaning. */
export function quoted(value: string): string {
  return JSON.stringify(value);
}
