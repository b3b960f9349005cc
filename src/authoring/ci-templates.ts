import type { Lang } from '../i18n/lang.js';
import { packageName } from '../util/version.js';
import { ciNotes } from './ci-notes.js';
import { comments, fileText } from './yaml-text.js';

/** Where `vo init` puts the CI files, relative to the register root. */
export const GITHUB_WORKFLOW_PATH = '.github/workflows/vo.yml';
export const GITLAB_SNIPPET_PATH = '.vo/gitlab-ci.yml';

/**
 * The npm package, pinned to the version that wrote the register, so CI
 * reports what the author saw locally. vo itself needs no network; only the
 * install step does.
 */
export function installCommand(version: string): string {
  return `npm install --global ${packageName()}@${version}`;
}

/**
 * A GitHub Actions workflow: annotations in the pull request (`--format github`)
 * decide the outcome; SARIF goes to code scanning and a Markdown table to the
 * run summary, both with `--fail-on never` so they never hide the real result.
 */
export function githubWorkflow(version: string, lang: Lang): string {
  const t = ciNotes(lang);
  return fileText([
    ...comments(0, ...t.githubHeader(version)),
    'name: vo',
    '',
    'on:',
    '  pull_request:',
    '  push:',
    '    branches: [main]',
    ...comments(2, t.schedule),
    '  schedule:',
    '    - cron: "0 6 * * 1"',
    '  workflow_dispatch:',
    '',
    'permissions:',
    '  contents: read',
    '',
    'jobs:',
    '  check:',
    '    name: vo check',
    '    runs-on: ubuntu-latest',
    '    permissions:',
    '      contents: read',
    `      security-events: write  # ${t.sarifPermission}`,
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: actions/setup-node@v4',
    '        with:',
    '          node-version: 20',
    ...comments(6, t.install),
    `      - name: ${t.stepInstall}`,
    `        run: ${installCommand(version)}`,
    `      - name: ${t.stepSarif}`,
    '        run: vo check --format sarif --output vo.sarif --fail-on never',
    ...comments(6, ...t.uploadNote),
    `      - name: ${t.stepUpload}`,
    '        uses: github/codeql-action/upload-sarif@v3',
    '        continue-on-error: true',
    '        with:',
    '          sarif_file: vo.sarif',
    '          category: vo',
    `      - name: ${t.stepSummary}`,
    '        run: vo check --format markdown --fail-on never >> "$GITHUB_STEP_SUMMARY"',
    `      - name: ${t.stepCheck}`,
    '        run: vo check --format github',
  ]);
}

/** A GitLab CI job: the JUnit report shows findings on the merge request; the second run sets the outcome. */
export function gitlabSnippet(version: string, lang: Lang): string {
  const t = ciNotes(lang);
  return fileText([
    ...comments(0, ...t.gitlabHeader(version)),
    'vo-check:',
    '  stage: test',
    '  image: node:20',
    '  script:',
    `    - ${installCommand(version)}`,
    '    - vo check --format junit --output vo-junit.xml --fail-on never',
    '    - vo check',
    '  artifacts:',
    '    when: always',
    '    reports:',
    '      junit: vo-junit.xml',
  ]);
}
