import { DEFAULT_POLICY } from '../register/config.js';
import { readSchemaText, SCHEMA_KINDS } from '../schema/schemas.js';
import { agreementNotes } from './agreement-notes.js';
import { agreementYaml } from './agreement-template.js';
import { githubPullRequestWorkflow, githubScheduledWorkflow } from './ci-github.js';
import { gitlabPipeline } from './ci-gitlab.js';
import { GITHUB_PULL_REQUEST_PATH, GITHUB_SCHEDULED_PATH, GITLAB_CI_PATH, type CiSettings } from './ci-templates.js';
import { configYaml, type ConfigValues } from './config-template.js';
import { vscodeExtensions, vscodeSettings, VSCODE_EXTENSIONS_PATH, VSCODE_SETTINGS_PATH } from './editor-settings.js';
import { registerReadme } from './readme.js';
import { recordPath, schemaCopyPath } from './register-layout.js';
import { assertValid } from './self-check.js';
import type { NewFile } from './write-new-files.js';

/** How the CI files are written: the vo version and install spec, and where the GitLab pipeline goes. */
export interface InitCi {
  version: string;
  install: string;
  /** `.gitlab-ci.yml`, or `vo.gitlab-ci.yml` to include from a repository's existing one. */
  gitlabPath: string;
}

/**
 * Every file of a new register (issue #6), in the order they are listed to
 * the user. Pure apart from reading the shipped schemas and README template;
 * the schema copies are byte-identical to `vo schema`.
 */
export function initPlan(values: ConfigValues, ci: InitCi): NewFile[] {
  const { lang } = values;
  const { version } = ci;
  const settings: CiSettings = { version, install: ci.install, lang };
  const example = agreementNotes(lang).example;
  const firstDepartment = values.departments[0]?.id ?? '';
  const sample = {
    id: example.sampleId,
    title: example.title,
    department: firstDepartment,
    processor: example.processorName,
    owner: example.ownerName,
    phase: 'draft' as const,
  };
  const files: NewFile[] = [
    { path: 'vo.config.yaml', content: configYaml(values) },
    {
      path: recordPath('agreement', sample.id),
      content: agreementYaml(sample, {
        lang,
        departmentIds: values.departments.map((d) => d.id),
        reviewMonths: DEFAULT_POLICY.review_months,
        sample: true,
      }),
    },
    // Git keeps no empty folders; a dot-file is ignored by the loader (docs/format.md).
    { path: 'evaluations/.gitkeep', content: '' },
    { path: 'incidents/.gitkeep', content: '' },
    ...SCHEMA_KINDS.map((kind) => ({ path: schemaCopyPath(kind), content: readSchemaText(kind) })),
    { path: VSCODE_SETTINGS_PATH, content: vscodeSettings() },
    { path: VSCODE_EXTENSIONS_PATH, content: vscodeExtensions() },
    { path: GITHUB_PULL_REQUEST_PATH, content: githubPullRequestWorkflow(settings) },
    { path: GITHUB_SCHEDULED_PATH, content: githubScheduledWorkflow(settings) },
    { path: ci.gitlabPath, content: gitlabPipeline(settings, ci.gitlabPath === GITLAB_CI_PATH ? undefined : ci.gitlabPath) },
    { path: 'README.md', content: registerReadme(lang, values.organisation, version, ci.install, ci.gitlabPath, firstDepartment) },
  ];
  assertValid('config', 'vo.config.yaml', files[0]?.content ?? '', lang);
  assertValid('agreement', files[1]?.path ?? '', files[1]?.content ?? '', lang);
  return files;
}
