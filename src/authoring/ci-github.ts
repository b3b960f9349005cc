import { ciNotes } from './ci-notes.js';
import { quoted, type CiSettings } from './ci-templates.js';
import { comments, fileText } from './yaml-text.js';

/** Shell text for the base of the pull request: GitHub sets GITHUB_BASE_REF; expanded by the shell, never pasted into the script. */
const BASE = '"origin/${GITHUB_BASE_REF}"';

/**
 * The pull-request workflow (issue #12): fetch the base, post `vo diff` to the
 * run's summary and let only findings the pull request introduced fail it
 * (`vo check --new-since`). Someone fixing a typo in one agreement never gets
 * a red build for another department's missed evaluation.
 */
export function githubPullRequestWorkflow(settings: CiSettings): string {
  const t = ciNotes(settings.lang);
  return fileText([
    ...comments(0, ...t.prHeader, t.created(settings.version)),
    'name: vo pull request',
    '',
    'on:',
    '  pull_request:',
    '',
    'permissions:',
    '  contents: read',
    '',
    ...environment(settings, false),
    '',
    'jobs:',
    '  check:',
    `    name: ${t.prJob}`,
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    ...comments(6, t.fetchBase),
    `      - name: ${t.stepFetch}`,
    '        run: git fetch --no-tags --depth=1 origin "+refs/heads/${GITHUB_BASE_REF}:refs/remotes/origin/${GITHUB_BASE_REF}"',
    ...setupSteps(settings),
    `      - name: ${t.stepDiff}`,
    `        run: vo -C "$VO_DIR" diff ${BASE} --format markdown >> "$GITHUB_STEP_SUMMARY"`,
    `      - name: ${t.stepNewSince}`,
    `        run: vo -C "$VO_DIR" check --new-since ${BASE} --format github`,
  ]);
}

/**
 * The scheduled workflow: every Monday and on demand, the whole register as
 * of today, because deadlines pass without any change. Findings and the
 * agenda go to the run's summary, SARIF to code scanning, and the last step
 * fails on what is overdue. An optional second job publishes `vo site` with
 * GitHub Pages, only when VO_PAGES in the file is "true" (docs/site.md).
 */
export function githubScheduledWorkflow(settings: CiSettings): string {
  const t = ciNotes(settings.lang);
  return fileText([
    ...comments(0, ...t.scheduledHeader, t.created(settings.version)),
    `name: ${settings.lang === 'nl' ? 'vo wekelijks' : 'vo weekly'}`,
    '',
    'on:',
    '  schedule:',
    '    - cron: "0 6 * * 1"',
    '  workflow_dispatch:',
    '',
    'permissions:',
    '  contents: read',
    '',
    ...environment(settings, true),
    '',
    'jobs:',
    '  check:',
    `    name: ${t.scheduledJob}`,
    '    runs-on: ubuntu-latest',
    '    permissions:',
    '      contents: read',
    `      security-events: write  # ${t.sarifPermission}`,
    '    steps:',
    '      - uses: actions/checkout@v4',
    ...setupSteps(settings),
    `      - name: ${t.stepSummary}`,
    '        run: |',
    '          vo -C "$VO_DIR" check --format markdown --fail-on never >> "$GITHUB_STEP_SUMMARY"',
    `          { echo; echo "### ${t.agendaHeading}"; echo; echo '\`\`\`text'; vo -C "$VO_DIR" agenda --days 30; echo '\`\`\`'; } >> "$GITHUB_STEP_SUMMARY"`,
    `      - name: ${t.stepSarif}`,
    '        run: vo -C "$VO_DIR" check --format sarif --output vo.sarif --fail-on never',
    ...comments(6, ...t.uploadNote),
    `      - name: ${t.stepUpload}`,
    '        uses: github/codeql-action/upload-sarif@v3',
    '        continue-on-error: true',
    '        with:',
    '          sarif_file: vo.sarif',
    '          category: vo',
    `      - name: ${t.stepCheck}`,
    '        run: vo -C "$VO_DIR" check --format github --fail-on "$VO_FAIL_ON"',
    '',
    ...comments(2, ...t.pagesNote, ...t.githubPagesNote),
    '  pages-switch:',
    '    runs-on: ubuntu-latest',
    '    outputs:',
    '      enabled: ${{ steps.switch.outputs.enabled }}',
    '    steps:',
    '      - id: switch',
    '        run: echo "enabled=$VO_PAGES" >> "$GITHUB_OUTPUT"',
    '  site:',
    `    name: ${t.pagesJob}`,
    '    needs: pages-switch',
    "    if: needs.pages-switch.outputs.enabled == 'true'",
    '    runs-on: ubuntu-latest',
    '    permissions:',
    '      contents: read',
    '      pages: write',
    '      id-token: write',
    '    environment:',
    '      name: github-pages',
    '      url: ${{ steps.deployment.outputs.page_url }}',
    '    steps:',
    '      - uses: actions/checkout@v4',
    ...setupSteps(settings),
    `      - name: ${t.stepSite}`,
    '        run: vo -C "$VO_DIR" site --out "$RUNNER_TEMP/vo-site"',
    '      - uses: actions/upload-pages-artifact@v3',
    '        with:',
    '          path: ${{ runner.temp }}/vo-site',
    '      - id: deployment',
    '        uses: actions/deploy-pages@v4',
  ]);
}

/** The settings of a workflow, each in one place: how vo is installed, where the register is, when the run fails. */
function environment(settings: CiSettings, failOn: boolean): string[] {
  const t = ciNotes(settings.lang);
  return [
    'env:',
    ...comments(2, ...t.install),
    `  VO_INSTALL: ${quoted(settings.install)}`,
    ...comments(2, t.dir),
    '  VO_DIR: "."',
    ...(failOn ? [...comments(2, ...t.failOn), '  VO_FAIL_ON: error', ...comments(2, t.githubPagesSwitch), '  VO_PAGES: "false"'] : []),
  ];
}

function setupSteps(settings: CiSettings): string[] {
  return [
    '      - uses: actions/setup-node@v4',
    '        with:',
    '          node-version: 20',
    `      - name: ${ciNotes(settings.lang).stepInstall}`,
    '        run: npm install --global "$VO_INSTALL"',
  ];
}
