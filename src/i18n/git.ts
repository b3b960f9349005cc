import { defineMessages } from './lang.js';

/** Messages of the commands that read the register's history from git (vo diff, --new-since, --compare, vo trend). */
export interface GitTexts {
  gitMissing: string;
  notARepository: (root: string) => string;
  badRef: (ref: string) => string;
  unknownRef: (ref: string) => string;
  shallow: (ref: string, fetch: string) => string;
  shallowHistory: string;
  failed: (command: string, detail: string) => string;
  noRegisterAt: (ref: string) => string;
  invalidConfigAt: (ref: string) => string;
  linkNotFollowed: (target: string) => string;
}

export const gitText = defineMessages<GitTexts>(
  {
    gitMissing: 'git is niet gevonden; installeer git om de geschiedenis van het register te lezen',
    notARepository: (root) => `${root} staat niet in een git-repository; de geschiedenis van het register komt uit git`,
    badRef: (ref) => `\`${ref}\` is geen geldige git-verwijzing (een tak, tag of commit)`,
    unknownRef: (ref) => `\`${ref}\` bestaat niet in deze repository (geen tak, tag of commit)`,
    shallow: (ref, fetch) =>
      `\`${ref}\` ontbreekt in deze ondiepe kloon; haal het op met \`${fetch}\` (in GitHub Actions: \`fetch-depth: 0\` bij actions/checkout)`,
    shallowHistory: 'deze kloon is ondiep: eerdere punten ontbreken; haal de hele geschiedenis op met `git fetch --unshallow`',
    failed: (command, detail) => `git ${command} mislukte: ${detail}`,
    noRegisterAt: (ref) => `op \`${ref}\` is er nog geen register; alles telt als nieuw`,
    invalidConfigAt: (ref) => `vo.config.yaml op \`${ref}\` is ongeldig; die versie telt als leeg register`,
    linkNotFollowed: (target) => `symbolische link naar een map (${target}) wordt in de git-geschiedenis niet gevolgd`,
  },
  {
    gitMissing: 'git was not found; install git to read the history of the register',
    notARepository: (root) => `${root} is not inside a git repository; the history of the register comes from git`,
    badRef: (ref) => `\`${ref}\` is not a valid git reference (a branch, tag or commit)`,
    unknownRef: (ref) => `\`${ref}\` does not exist in this repository (no branch, tag or commit)`,
    shallow: (ref, fetch) =>
      `\`${ref}\` is missing from this shallow clone; fetch it with \`${fetch}\` (in GitHub Actions: \`fetch-depth: 0\` on actions/checkout)`,
    shallowHistory: 'this clone is shallow: earlier points are missing; fetch the whole history with `git fetch --unshallow`',
    failed: (command, detail) => `git ${command} failed: ${detail}`,
    noRegisterAt: (ref) => `there is no register at \`${ref}\` yet; everything counts as new`,
    invalidConfigAt: (ref) => `vo.config.yaml at \`${ref}\` is invalid; that version counts as an empty register`,
    linkNotFollowed: (target) => `a symbolic link to a folder (${target}) is not followed in the git history`,
  },
);
