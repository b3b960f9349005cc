import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/run-cli.js';

/**
 * What `npm publish` would upload, from `npm publish --dry-run`. npm 11 asks
 * the registry whether the version exists even on a dry run, so the run is
 * `--offline` with the registry set to a closed port on 127.0.0.1: it packs
 * exactly what a real publish packs and never leaves the machine.
 */
function publishedFiles(): string[] {
  const output = execFileSync('npm', ['publish', '--dry-run', '--json', '--ignore-scripts', '--offline', '--registry', 'http://127.0.0.1:9/'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const result = JSON.parse(output) as Record<string, { files: { path: string }[] }>;
  return (result['vo-register']?.files ?? []).map((f) => f.path);
}

describe('the npm package (npm publish --dry-run)', () => {
  const files = publishedFiles();
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');

  it('holds the binary, the built CLI and its bundle, the four schemas and the templates', () => {
    expect(files).toContain('bin/vo.js');
    // bin/vo.js is CommonJS only by this file: without it Node would read the binary as an ES module and fail.
    expect(files).toContain('bin/package.json');
    expect(JSON.parse(readFileSync(join(REPO_ROOT, 'bin', 'package.json'), 'utf8'))).toEqual({ type: 'commonjs' });
    expect(files).toContain('dist/cli/main.js');
    expect(files).toContain('dist/git/tree-source.js');
    // The bundle the binary starts from, with its code cache (src/cli/bundle.ts).
    expect(files).toContain('dist/bundle/run.cjs');
    expect(files).toContain('dist/bundle/run.cjs.cache');
    expect(files).toContain('dist/bundle/main.cjs');
    for (const kind of ['agreement', 'evaluation', 'incident', 'config']) expect(files).toContain(`schemas/${kind}.schema.json`);
    for (const name of ['management', 'department', 'agreement']) expect(files).toContain(`templates/${name}.md.hbs`);
    expect(files).toContain('templates/init/README.nl.md');
    expect(files).toContain('templates/init/README.en.md');
  });

  it('holds README, CHANGELOG and every document the README links to', () => {
    for (const file of ['README.md', 'CHANGELOG.md', 'package.json']) expect(files).toContain(file);
    const linked = [...readme.matchAll(/\]\((docs\/[^)#]+\.md)/g)].map((m) => m[1] as string);
    expect(linked.length).toBeGreaterThan(5);
    for (const doc of new Set(linked)) expect(files, doc).toContain(doc);
  });

  it('leaves out sources, tests, examples, the benchmark and CI files', () => {
    expect(files.filter((f) => /^(src|test|examples|bench|scripts|\.github)\//.test(f) || /\.ts$/.test(f))).toEqual([]);
  });

  it('runs as `vo` with the name and command the README gives', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; bin: Record<string, string> };
    expect(pkg.bin).toEqual({ vo: 'bin/vo.js' });
    expect(readme).toContain(`npm install --global ${pkg.name}@`);
  });
});
