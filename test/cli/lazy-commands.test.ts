/**
 * Start-up: a command's modules load only when that command may run. `vo check`
 * does not load the site, import, remind or report commands; `vo --help` and a
 * mistyped command (which needs every name for its "did you mean") load none:
 * they take the commands' names and descriptions from commands/summaries.ts.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandName } from '../../src/cli/program.js';
import { builtVo } from '../helpers/built-vo.js';
import { spawnLoggingModules } from '../helpers/loaded-modules.js';
import { REPO_ROOT, tempDir } from '../helpers/run-cli.js';

/**
 * Node's own modules (`node:…`) a spawned `vo <args>` loaded, as Node lists them when it exits. Not through
 * spawnLoggingModules: its preload imports node:worker_threads itself, which is what this must not see.
 */
function builtinsLoaded(args: string[]): { status: number | null; builtins: string[] } {
  const preload = join(tempDir('vo-builtins-'), 'list.cjs');
  writeFileSync(preload, "process.on('exit', () => require('node:fs').writeSync(2, '\\nBUILTINS ' + JSON.stringify(process.moduleLoadList) + '\\n'));\n");
  const result = spawnSync(process.execPath, ['-r', preload, builtVo(), ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const line = result.stderr.split('\n').find((each) => each.startsWith('BUILTINS ')) ?? 'BUILTINS []';
  const list = JSON.parse(line.slice(9)) as string[];
  return { status: result.status, builtins: list.flatMap((entry) => /^NativeModule ([a-z_/]+)$/.exec(entry)?.[1] ?? []) };
}

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

  it('a check of a small register loads neither child_process nor worker_threads: it spawns nothing and starts no thread (run `npm run build` first)', () => {
    const check = builtinsLoaded(['-C', join(REPO_ROOT, 'examples'), 'check', '--as-of', '2026-10-01', '--fail-on', 'never']);
    expect(check.status).toBe(0);
    expect(check.builtins).toContain('fs');
    expect(check.builtins.filter((name) => ['child_process', 'worker_threads', 'internal/worker'].includes(name))).toEqual([]);
  });
});
