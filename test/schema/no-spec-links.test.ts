/**
 * Users get the project, not the team's shared folder: README, docs, templates
 * and the program's own strings never link to `../shared` and never cite
 * "SPEC §" or SPEC.md. Not even the code's comments do: the package ships its
 * sources' maps, and contributors read the project's docs, not the team's spec.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/run-cli.js';

function files(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, keep);
    return keep(name) ? [path] : [];
  });
}

const SHARED = /\.\.\/shared|shared\/SPEC/;
const CITES_SPEC = /SPEC §|SPEC\.md/;

/** Every string and template literal of a TypeScript file: what a user may see. */
function stringsOf(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) found.push(node.text);
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}

const docs = [join(REPO_ROOT, 'README.md'), join(REPO_ROOT, 'CHANGELOG.md'), join(REPO_ROOT, 'CONTRIBUTING.md'), ...files(join(REPO_ROOT, 'docs'), (n) => n.endsWith('.md')), ...files(join(REPO_ROOT, 'templates'), () => true), ...files(join(REPO_ROOT, 'examples'), (n) => /\.(md|yaml)$/.test(n))];
const sources = files(join(REPO_ROOT, 'src'), (n) => n.endsWith('.ts'));

describe('no link to ../shared and no "SPEC §" where users read', () => {
  it('looks at the files it should (guards against a walker that sees nothing)', () => {
    expect(docs.length).toBeGreaterThan(10);
    expect(sources.length).toBeGreaterThan(100);
    expect(stringsOf(join(REPO_ROOT, 'src/i18n/schema.ts')).some((s) => s.includes('ten hoogste'))).toBe(true);
  });

  it('README, CHANGELOG, CONTRIBUTING, docs/ and templates/', () => {
    const offending = docs.filter((path) => SHARED.test(readFileSync(path, 'utf8')) || CITES_SPEC.test(readFileSync(path, 'utf8')));
    expect(offending.map((path) => relative(REPO_ROOT, path))).toEqual([]);
  });

  it('strings in src/ (comments are not checked)', () => {
    const offending = sources.flatMap((path) =>
      stringsOf(path)
        .filter((text) => SHARED.test(text) || CITES_SPEC.test(text))
        .map((text) => `${relative(REPO_ROOT, path)}: ${text.slice(0, 80)}`),
    );
    expect(offending).toEqual([]);
  });

  it('no file in src/ links to ../shared or cites "SPEC §", not even in a comment', () => {
    const offending = sources.filter((path) => SHARED.test(readFileSync(path, 'utf8')) || CITES_SPEC.test(readFileSync(path, 'utf8')));
    expect(offending.map((path) => relative(REPO_ROOT, path))).toEqual([]);
  });
});
