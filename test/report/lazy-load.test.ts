/**
 * Only `vo report` loads Handlebars, marked and pdfmake: every other command
 * starts without them. Checked in the sources (each import of these
 * libraries is type-only or a dynamic `import()`, and nothing outside
 * src/report and src/format/report imports them statically) and in a spawned `vo check`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnLoggingModules } from '../helpers/loaded-modules.js';
import { REPO_ROOT, tempDir } from '../helpers/run-cli.js';

const LIBRARIES = ['handlebars', 'marked', 'pdfmake'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('loading the report libraries', () => {
  const files = sources(join(REPO_ROOT, 'src')).map((file) => ({ file: relative(REPO_ROOT, file), text: readFileSync(file, 'utf8') }));

  it('imports them only as types or dynamically', () => {
    const staticImports = files.flatMap(({ file, text }) =>
      [...text.matchAll(/^import (?!type )[^;]*from '([^']+)';/gm)]
        .filter((m) => LIBRARIES.some((library) => m[1] === library || (m[1] as string).startsWith(`${library}/`)))
        .map((m) => `${file}: ${m[0]}`),
    );
    expect(staticImports).toEqual([]);
    // pdfmake's layout and writer modules are required inside the functions that render a PDF.
    expect(files.some(({ text }) => /^ {2,}[^\n]*require\(`pdfmake\/js\//m.test(text))).toBe(true);
  });

  it('keeps src/report and its writers in src/format/report out of every other module\'s static imports', () => {
    const isReportPart = (file: string) => file.startsWith('src/report/') || file.startsWith('src/format/report/');
    const outside = files.filter(({ file }) => !isReportPart(file));
    const offenders = outside.flatMap(({ file, text }) =>
      [...text.matchAll(/^import (?!type )[^;]*from '([^']*\/report\/[^']+|\.\/[^']+)';/gm)]
        .filter((m) => isReportPart(join(dirname(file), m[1] as string)))
        .map((m) => `${file}: ${m[1]}`),
    );
    expect(offenders).toEqual([]);
  });

  it('a spawned vo check never resolves them, vo report only what its format needs (run `npm run build` first)', () => {
    const run = (args: string[]) => spawnLoggingModules(['-C', join(REPO_ROOT, 'examples'), ...args, '--as-of', '2026-10-01']);
    const libraries = (modules: string[]) => [...new Set(modules.flatMap((module) => /^node_modules\/(handlebars|marked|pdfmake)\//.exec(module)?.[1] ?? []))];
    const check = run(['check', '--fail-on', 'never']);
    expect(check.status).toBe(0);
    expect(libraries(check.modules)).toEqual([]);
    // Markdown needs only Handlebars; marked and pdfmake come with HTML and PDF.
    const report = run(['report']);
    expect(report.status).toBe(0);
    expect(libraries(report.modules)).toEqual(['handlebars']);
    const pdf = run(['report', '--format', 'pdf', '--output', join(tempDir(), 'rapport.pdf')]);
    expect(pdf.status).toBe(0);
    expect(libraries(pdf.modules).sort()).toEqual(['handlebars', 'marked', 'pdfmake']);
  });
});
