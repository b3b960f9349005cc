import { readFileSync } from 'node:fs';
import type { Lang } from '../i18n/lang.js';

/** `templates/` sits beside `src/` and `dist/` in the package, like `schemas/`. */
const templateDir = new URL('../../templates/init/', import.meta.url);

/**
 * The register's README in its language: prose kept as Markdown templates with
 * a few plain placeholders. Its example commands name `department`, a
 * department of the config written beside it, so they run as printed.
 */
export function registerReadme(lang: Lang, organisation: string, version: string, install: string, gitlabPath: string, department: string): string {
  return readFileSync(new URL(`README.${lang}.md`, templateDir), 'utf8')
    .replaceAll('{{organisation}}', organisation)
    .replaceAll('{{version}}', version)
    .replaceAll('{{install}}', install)
    .replaceAll('{{gitlab}}', gitlabPath)
    .replaceAll('{{department}}', department);
}
