import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/run-cli.js';

/** `npm pack` must give a package that runs from any folder: the built code, the schemas and the templates. */
describe('the npm package', () => {
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
  ) as { files: { path: string }[] }[];
  const files = (pack?.files ?? []).map((f) => f.path);

  it('holds the binary, the built CLI and the four schemas', () => {
    expect(files).toContain('bin/vo.js');
    expect(files).toContain('dist/cli/main.js');
    for (const kind of ['agreement', 'evaluation', 'incident', 'config']) expect(files).toContain(`schemas/${kind}.schema.json`);
  });

  it('holds the report templates and leaves out sources, tests and examples', () => {
    expect(files.some((f) => f.startsWith('templates/'))).toBe(true);
    expect(files.filter((f) => /^(src|test|examples|bench)\//.test(f))).toEqual([]);
  });
});
