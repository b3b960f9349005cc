import { ciNotes } from './ci-notes.js';
import { quoted, type CiSettings } from './ci-templates.js';
import { comments, fileText } from './yaml-text.js';

/** The merge request's starting point (the merge base with its target branch), set by GitLab. */
const BASE = '"$CI_MERGE_REQUEST_DIFF_BASE_SHA"';

/**
 * A GitLab pipeline with the same two halves as the GitHub workflows: on a
 * merge request only new findings fail it, with GitLab's code quality report
 * and `vo diff` as an artifact; a scheduled or manual pipeline checks the whole
 * register; and the default branch gets a code quality report to compare with.
 * `includedAs`: the file's path when it is included from an existing `.gitlab-ci.yml`.
 */
export function gitlabPipeline(settings: CiSettings, includedAs?: string): string {
  const t = ciNotes(settings.lang);
  const install = '    - npm install --global "$VO_INSTALL"';
  return fileText([
    ...comments(0, ...t.gitlabHeader, ...(includedAs !== undefined ? t.gitlabIncluded(includedAs) : []), t.created(settings.version)),
    'variables:',
    ...comments(2, ...t.install),
    `  VO_INSTALL: ${quoted(settings.install)}`,
    ...comments(2, t.dir),
    '  VO_DIR: "."',
    ...comments(2, ...t.failOn),
    '  VO_FAIL_ON: "error"',
    ...comments(2, t.gitlabPagesSwitch),
    '  VO_PAGES: "false"',
    '',
    'vo-merge-request:',
    '  stage: test',
    '  image: node:20',
    '  rules:',
    '    - if: $CI_PIPELINE_SOURCE == "merge_request_event"',
    '  variables:',
    `    GIT_DEPTH: "0"  # ${t.gitlabDepth}`,
    '  script:',
    install,
    `    - vo -C "$VO_DIR" diff ${BASE} --format markdown --output vo-diff.md`,
    `    - vo -C "$VO_DIR" check --new-since ${BASE} --format gitlab --output gl-code-quality-report.json --fail-on never`,
    `    - vo -C "$VO_DIR" check --new-since ${BASE}`,
    '  artifacts:',
    '    when: always',
    '    expose_as: vo diff',
    '    paths:',
    '      - vo-diff.md',
    '    reports:',
    '      codequality: gl-code-quality-report.json',
    '',
    'vo-scheduled:',
    '  stage: test',
    '  image: node:20',
    '  rules:',
    '    - if: $CI_PIPELINE_SOURCE == "schedule"',
    '    - if: $CI_PIPELINE_SOURCE == "web"',
    '  script:',
    install,
    '    - vo -C "$VO_DIR" agenda --days 30',
    '    - vo -C "$VO_DIR" check --format junit --output vo-junit.xml --fail-on never',
    '    - vo -C "$VO_DIR" check --fail-on "$VO_FAIL_ON"',
    '  artifacts:',
    '    when: always',
    '    reports:',
    '      junit: vo-junit.xml',
    '',
    ...comments(0, t.gitlabDefaultBranch),
    'vo-default-branch:',
    '  stage: test',
    '  image: node:20',
    '  rules:',
    '    - if: $CI_PIPELINE_SOURCE == "push" && $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH',
    '  script:',
    install,
    '    - vo -C "$VO_DIR" check --format gitlab --output gl-code-quality-report.json --fail-on never',
    '  artifacts:',
    '    reports:',
    '      codequality: gl-code-quality-report.json',
    '',
    ...comments(0, ...t.pagesNote, ...t.gitlabPagesNote),
    'pages:',
    '  stage: test',
    '  image: node:20',
    '  rules:',
    '    - if: $VO_PAGES == "true" && $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH',
    '  script:',
    install,
    '    - vo -C "$VO_DIR" site --out public',
    '  artifacts:',
    '    paths:',
    '      - public',
  ]);
}
