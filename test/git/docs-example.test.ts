import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runVo } from '../helpers/run-cli.js';
import { cloneRepo, gitRepo } from './git-repo.js';
import { agreement, AS_OF, BASE_FILES, US_SUBPROCESSOR } from './register-files.js';

/**
 * The README, docs/git.md, the guide and the README that `vo init` writes show
 * what the pull-request workflow posts. These tests make that output for real
 * (a pull request that adds a sub-processor in the United States), so the
 * example can never drift from what vo prints.
 */
async function postedMarkdown(lang: 'nl' | 'en'): Promise<string> {
  const origin = gitRepo();
  for (const [path, content] of Object.entries(BASE_FILES)) origin.write(path, content);
  origin.commit('Register', '2026-01-20');
  const clone = cloneRepo(origin.dir);
  clone.git('checkout', '-q', '-b', 'subverwerker');
  clone.write('agreements/afval.yaml', agreement({ id: 'afval', department: 'burgerzaken', start: '2025-06-01', subprocessors: US_SUBPROCESSOR }));
  const result = await runVo(['-C', clone.dir, 'diff', 'origin/main', '--format', 'markdown', '--as-of', AS_OF, '--lang', lang]);
  expect(result.code).toBe(0);
  return result.stdout;
}

const read = (...path: string[]) => readFileSync(join(REPO_ROOT, ...path), 'utf8');

describe('the example of what the pull-request workflow posts', () => {
  it('is what vo diff --format markdown prints, in the README, docs/git.md, the guide and the Dutch register README', async () => {
    const markdown = await postedMarkdown('nl');
    for (const doc of [['README.md'], ['docs', 'git.md'], ['docs', 'handleiding.md'], ['templates', 'init', 'README.nl.md']]) {
      expect(read(...doc), doc.join('/')).toContain(`\`\`\`markdown\n${markdown}\`\`\``);
    }
  });

  it('is what it prints in English, in the English register README', async () => {
    expect(read('templates', 'init', 'README.en.md')).toContain(`\`\`\`markdown\n${await postedMarkdown('en')}\`\`\``);
  });
});
