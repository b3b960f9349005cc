/**
 * A real git repository in a temporary folder for the history tests, the
 * same on every machine and for every user: no global or system git config
 * (GIT_CONFIG_GLOBAL and GIT_CONFIG_SYSTEM point at an empty file of our own),
 * a fixed author and committer, and every commit at a date the test chooses.
 *
 * The variables are set on process.env as well, because `vo` runs in-process
 * (runVo) and the git it starts inherits this process's environment.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from '../helpers/run-cli.js';

const emptyConfig = join(tempDir('vo-gitconfig-'), 'gitconfig');
writeFileSync(emptyConfig, '');

export const GIT_ENV: Record<string, string> = {
  GIT_CONFIG_GLOBAL: emptyConfig,
  GIT_CONFIG_SYSTEM: emptyConfig,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Privacy Officer',
  GIT_AUTHOR_EMAIL: 'privacy@gemeente.example',
  GIT_COMMITTER_NAME: 'Privacy Officer',
  GIT_COMMITTER_EMAIL: 'privacy@gemeente.example',
  GIT_TERMINAL_PROMPT: '0',
};
Object.assign(process.env, GIT_ENV);

export interface Repo {
  dir: string;
  git(...args: string[]): string;
  write(path: string, content: string): void;
  remove(path: string): void;
  /** Stage everything and commit at `date` (noon UTC); returns the commit's name. */
  commit(message: string, date: string): string;
}

/** A fresh repository on branch `main` in `dir` (a new temporary folder by default). */
export function gitRepo(dir = join(tempDir('vo-git-'), 'repo')): Repo {
  mkdirSync(dir, { recursive: true });
  const repo = repoAt(dir);
  repo.git('init', '-q', '-b', 'main');
  return repo;
}

/** `git clone <args> file://<source> <new folder>`: a real clone over git's file transport (no network). */
export function cloneRepo(source: string, ...args: string[]): Repo {
  const dir = join(tempDir('vo-clone-'), 'clone');
  execFileSync('git', ['clone', '-q', ...args, `file://${source}`, dir], { env: { ...process.env, ...GIT_ENV }, stdio: 'ignore' });
  return repoAt(dir);
}

function repoAt(dir: string): Repo {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return {
    dir,
    git,
    write(path, content) {
      const absolute = join(dir, ...path.split('/'));
      mkdirSync(dirname(absolute), { recursive: true });
      writeFileSync(absolute, content);
    },
    remove(path) {
      rmSync(join(dir, ...path.split('/')));
    },
    commit(message, date) {
      git('add', '-A');
      const when = `${date}T12:00:00Z`;
      execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], {
        cwd: dir,
        env: { ...process.env, ...GIT_ENV, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when },
        stdio: 'ignore',
      });
      return git('rev-parse', 'HEAD').trim();
    },
  };
}

/**
 * A fingerprint of everything a read-only command must leave alone: every
 * file of the working tree with its bytes and modification time, and the
 * index and HEAD (and the ref HEAD points to) of `.git`.
 */
export function treeState(dir: string): string {
  const hash = createHash('sha256');
  const walk = (current: string, prefix: string) => {
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      const relative = `${prefix}${name}`;
      if (relative === '.git') {
        for (const file of ['index', 'HEAD']) hash.update(`${file}\0${readOptional(join(path, file))}\0`);
        const head = readOptional(join(path, 'HEAD'));
        const ref = /^ref: (.+)$/m.exec(head)?.[1];
        if (ref !== undefined) hash.update(`${ref}\0${readOptional(join(path, ...ref.split('/')))}\0`);
        continue;
      }
      const stats = statSync(path);
      if (stats.isDirectory()) walk(path, `${relative}/`);
      else hash.update(`${relative}\0${stats.mtimeMs}\0${readFileSync(path).toString('base64')}\0`);
    }
  };
  walk(dir, '');
  return hash.digest('hex');
}

function readOptional(path: string): string {
  try {
    return readFileSync(path).toString('base64');
  } catch {
    return '';
  }
}
