import { SCHEMA_KINDS, type SchemaKind } from '../schema/schemas.js';
import { schemaCopyPath } from './register-layout.js';

export const VSCODE_SETTINGS_PATH = '.vscode/settings.json';
export const VSCODE_EXTENSIONS_PATH = '.vscode/extensions.json';

/**
 * Which files each schema copy applies to. The YAML extension hands these to
 * vscode-json-languageservice, which puts `**\/` in front and matches globs
 * with globstar, so `agreements/**\/*.yaml` covers the folder itself and every
 * depth below it (docs/format.md), while `agreements/*.yaml` would miss sub-folders.
 */
const FILE_PATTERNS: Record<SchemaKind, string[]> = {
  config: ['vo.config.yaml'],
  agreement: ['agreements/**/*.yaml', 'agreements/**/*.yml'],
  evaluation: ['evaluations/**/*.yaml', 'evaluations/**/*.yml'],
  incident: ['incidents/**/*.yaml', 'incidents/**/*.yml'],
};

/** `.vscode/settings.json`: the Red Hat YAML extension validates and completes against the register's schema copies. */
export function vscodeSettings(): string {
  const schemas = Object.fromEntries(SCHEMA_KINDS.map((kind) => [`./${schemaCopyPath(kind)}`, FILE_PATTERNS[kind]]));
  const settings = {
    'yaml.schemas': schemas,
    'yaml.validate': true,
    'yaml.completion': true,
    'yaml.hover': true,
    '[yaml]': { 'editor.insertSpaces': true, 'editor.tabSize': 2 },
  };
  return JSON.stringify(settings, null, 2) + '\n';
}

/** `.vscode/extensions.json`: VS Code offers to install the YAML extension when the register is opened. */
export function vscodeExtensions(): string {
  return JSON.stringify({ recommendations: ['redhat.vscode-yaml'] }, null, 2) + '\n';
}
