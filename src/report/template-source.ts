import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { osReason } from '../i18n/os-errors.js';
import { reportText } from '../i18n/report.js';
import type { TemplateSource } from './template.js';

/** The built-in templates in `templates/`, shipped with the package. */
export const BUILT_IN_TEMPLATES = ['management', 'department', 'agreement'] as const;
export type BuiltInTemplate = (typeof BUILT_IN_TEMPLATES)[number];

export function isBuiltIn(name: string): name is BuiltInTemplate {
  return (BUILT_IN_TEMPLATES as readonly string[]).includes(name);
}

const MAX_TEMPLATE_BYTES = 1024 * 1024;

/**
 * `--template`: a built-in name, else a path relative to the working
 * directory. Errors name the template as the user wrote it; a built-in one as
 * its file in the package, so its line numbers can be looked up.
 */
export function loadTemplateSource(spec: string, cwd: string, lang: Lang): TemplateSource {
  const text = reportText(lang);
  if (isBuiltIn(spec)) {
    // src/report and dist/report are both two folders below the package root.
    const file = new URL(`../../templates/${spec}.md.hbs`, import.meta.url);
    return { name: `templates/${spec}.md.hbs`, source: readFileSync(file, 'utf8') };
  }
  const path = resolve(cwd, spec);
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch {
    throw new UsageError(text.templateNotFound(spec));
  }
  if (size > MAX_TEMPLATE_BYTES) throw new UsageError(text.templateTooLarge(spec));
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UsageError(`${spec}: ${osReason(error, lang)}`);
  }
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // strips a byte-order mark
  } catch {
    throw new UsageError(text.templateNotUtf8(spec));
  }
  return { name: spec, source };
}
