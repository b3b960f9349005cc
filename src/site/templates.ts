import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { siteText } from '../i18n/site.js';

/** The built-in site templates: one layout, a template per page kind, partials, and the style sheet and script. */
export const SITE_TEMPLATE_FILES = [
  'layout.hbs',
  'pages/index.hbs',
  'pages/agreements.hbs',
  'pages/department.hbs',
  'pages/agreement.hbs',
  'pages/agenda.hbs',
  'pages/problems.hbs',
  'partials/due-table.hbs',
  'partials/agreement-table.hbs',
  'partials/findings.hbs',
  'partials/obligation-table.hbs',
  'partials/action-table.hbs',
  'assets/site.css',
  'assets/site.js',
] as const;
export type SiteTemplateFile = (typeof SITE_TEMPLATE_FILES)[number];

export interface SiteTemplates {
  /** The text of each file, and where it came from (for messages). */
  files: Record<SiteTemplateFile, { source: string; name: string }>;
  /** Files of the template folder that vo does not use: probably a typo. */
  unused: string[];
}

const MAX_TEMPLATE_BYTES = 1024 * 1024;

/**
 * The built-in templates of `templates/site/`, each replaced by the file of the
 * same name in `--template-dir` when there is one (docs/templates.md). A file
 * there that vo does not use is reported, since it is most likely a misspelt name.
 */
export function loadSiteTemplates(templateDir: string | undefined, cwd: string, lang: Lang): SiteTemplates {
  const text = siteText(lang);
  const builtIn = new URL('../../templates/site/', import.meta.url);
  const own = templateDir !== undefined ? resolve(cwd, templateDir) : undefined;
  if (own !== undefined && !isFolder(own)) throw new UsageError(text.templateDirMissing(templateDir!));
  const files = {} as SiteTemplates['files'];
  for (const file of SITE_TEMPLATE_FILES) {
    const path = own !== undefined ? join(own, ...file.split('/')) : undefined;
    if (path !== undefined && isFile(path)) {
      files[file] = { source: readOwn(path, `${templateDir}/${file}`, lang), name: `${templateDir}/${file}` };
    } else {
      files[file] = { source: readFileSync(new URL(file, builtIn), 'utf8'), name: `templates/site/${file}` };
    }
  }
  const known = new Set<string>(SITE_TEMPLATE_FILES);
  const unused = own !== undefined ? listFiles(own).filter((f) => !known.has(f) && !f.startsWith('.')) : [];
  return { files, unused };
}

function readOwn(path: string, shown: string, lang: Lang): string {
  const text = siteText(lang);
  if (statSync(path).size > MAX_TEMPLATE_BYTES) throw new UsageError(text.templateError(shown, '> 1 MiB'));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch {
    throw new UsageError(text.templateError(shown, 'UTF-8'));
  }
}

function listFiles(root: string, dir = root, depth = 0): string[] {
  if (depth > 3) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(root, path, depth + 1);
    return entry.isFile() ? [relative(root, path).split(sep).join('/')] : [];
  });
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
