/**
 * Start-up: a command's modules load only when that command may run. `vo check`
 * does not load the site, import, remind or report commands; `vo --help` and a
 * mistyped command (which needs every name for its "did you mean") load none:
 * they take the commands' names and descriptions from commands/summaries.ts.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandName } from '../../src/cli/program.js';
import { spawnLoggingModules } from '../helpers/loaded-modules.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

/** The command modules (dist/cli/commands/*.js) a spawned `vo <args>` loads. */
function commandModulesLoaded(args: string[]): { status: number | null; modules: string[] } {
  const { status, modules } = spawnLoggingModules(args);
  return { status, modules: modules.flatMap((module) => /^dist\/cli\/commands\/([a-z-]+)\.js$/.exec(module)?.[1] ?? []).filter((name) => name !== 'index' && name !== 'summaries') };
}

describe('loading only the command that runs', () => {
  it('finds the command after global options, also in `vo help <command>`', () => {
    expect(commandName(['-C', 'examples', '--as-of', '2026-10-01', 'check', '--format', 'json'])).toBe('check');
    expect(commandName(['--lang', 'en', '--no-color', 'list'])).toBe('list');
    expect(commandName(['help', 'report'])).toBe('report');
    expect(commandName(['--dir', 'check', 'rules'])).toBe('rules');
    expect(commandName(['--help'])).toBeUndefined();
    expect(commandName([])).toBeUndefined();
  });

  it('a spawned vo check loads the check command only; vo --help and a typo load none (run `npm run build` first)', () => {
    const check = commandModulesLoaded(['-C', join(REPO_ROOT, 'examples'), 'check', '--as-of', '2026-10-01', '--fail-on', 'never']);
    expect(check.status).toBe(0);
    expect(check.modules).toEqual(['check']);
    const help = commandModulesLoaded(['--help']);
    expect(help.status).toBe(0);
    expect(help.modules).toEqual([]);
    const typo = commandModulesLoaded(['chekc']);
    expect(typo.status).toBe(2);
    expect(typo.modules).toEqual([]);
  });
});
