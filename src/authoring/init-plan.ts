import { DEFAULT_POLICY } from '../register/config.js';
import { readSchemaText, SCHEMA_KINDS } from '../schema/schemas.js';
import { agreementNotes } from './agreement-notes.js';
import { agreementYaml } from './agreement-template.js';
import { githubWorkflow, gitlabSnippet, GITHUB_WORKFLOW_PATH, GITLAB_SNIPPET_PATH } from './ci-templates.js';
import { configYaml, type ConfigValues } from './config-template.js';
import { vscodeExtensions, vscodeSettings, VSCODE_EXTENSIONS_PATH, VSCODE_SETTINGS_PATH } from './editor-settings.js';
import { registerReadme } from './readme.js';
import { recordPath, schemaCopyPath } from './register-layout.js';
import { assertValid } from './self-check.js';
import type { NewFile } from './write-new-files.js';

/**
 * Every file of a new register (issue #6), in the order they are listed to
 * the user. Pure apart from reading the shipped schemas and README template;
 * the schema copies are byte-identical to `vo schema`.
 */
export function initPlan(values: ConfigValues, version: string): NewFile[] {
  const { lang } = values;
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
    // Git keeps no empty folders; a dot-file is ignored by the loader (SPEC §1).
    { path: 'evaluations/.gitkeep', content: '' },
    { path: 'incidents/.gitkeep', content: '' },
    ...SCHEMA_KINDS.map((kind) => ({ path: schemaCopyPath(kind), content: readSchemaText(kind) })),
    { path: VSCODE_SETTINGS_PATH, content: vscodeSettings() },
    { path: VSCODE_EXTENSIONS_PATH, content: vscodeExtensions() },
    { path: GITHUB_WORKFLOW_PATH, content: githubWorkflow(version, lang) },
    { path: GITLAB_SNIPPET_PATH, content: gitlabSnippet(version, lang) },
    { path: 'README.md', content: registerReadme(lang, values.organisation, version) },
  ];
  assertValid('config', 'vo.config.yaml', files[0]?.content ?? '', lang);
  assertValid('agreement', files[1]?.path ?? '', files[1]?.content ?? '', lang);
  return files;
}
