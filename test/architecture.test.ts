/**
 * The shape of the code that keeps one assessment behind every answer:
 * the command line sits on top (only src/cli knows commander and is imported
 * by nobody below it), every writer lives in src/format, and views build rows
 * from the assessment without command-line code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/run-cli.js';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const files = sources(join(REPO_ROOT, 'src')).map((path) => ({ file: relative(REPO_ROOT, path), text: readFileSync(path, 'utf8') }));

/** Every module a file imports (static, type-only or dynamic), as a path below the repository root or a package name. */
function importsOf(file: string, text: string): string[] {
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*)'([^']+)'/g)].map((m) => {
    const spec = m[1] as string;
    return spec.startsWith('.') ? join(dirname(file), spec) : spec;
  });
}

describe('the shape of the code', () => {
  it('reads the sources (guards against a walker that sees nothing)', () => {
    expect(files.length).toBeGreaterThan(150);
  });

  it('only src/cli uses commander', () => {
    const offenders = files.filter(({ file, text }) => !file.startsWith('src/cli/') && importsOf(file, text).includes('commander'));
    expect(offenders.map(({ file }) => file)).toEqual([]);
  });

  it('nothing below the command line imports from src/cli', () => {
    const offenders = files.flatMap(({ file, text }) =>
      file.startsWith('src/cli/') ? [] : importsOf(file, text).filter((target) => target.startsWith('src/cli/')).map((target) => `${file} → ${target}`),
    );
    expect(offenders).toEqual([]);
  });

  it('one home for writers: no format folder under views or report', () => {
    expect(files.filter(({ file }) => /^src\/(views|report)\/format\//.test(file)).map(({ file }) => file)).toEqual([]);
  });

  it('no view or report works a rule out again: only src/rules and src/assessment call the rule families', () => {
    const offenders = files.flatMap(({ file, text }) =>
      file.startsWith('src/rules/') || file.startsWith('src/assessment/')
        ? []
        : importsOf(file, text)
            .filter((target) => /^src\/rules\/[a-z-]+-rules\.js$/.test(target) || target === 'src/rules/families.js')
            .map((target) => `${file} → ${target}`),
    );
    expect(offenders).toEqual([]);
  });

  it('has no import cycle between modules (a cycle leaves a module half-initialised when another part starts first)', () => {
    const graph = new Map(
      files.map(({ file, text }) => [
        file,
        [...text.matchAll(/^(?:import|export) (?!type )[^;]*?from '(\.[^']+)';/gms)].map((m) => join(dirname(file), (m[1] as string).replace(/\.js$/, '.ts'))),
      ]),
    );
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const visit = (file: string): void => {
      state.set(file, 'open');
      path.push(file);
      for (const next of graph.get(file) ?? []) {
        if (!graph.has(next)) continue;
        if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next].join(' → '));
        else if (state.get(next) === undefined) visit(next);
      }
      path.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (state.get(file) === undefined) visit(file);
    expect(cycles).toEqual([]);
  });
});
