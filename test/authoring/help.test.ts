import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { runVo } from '../helpers/run-cli.js';

/** Every command path of `vo`, sub-commands included (`['new', 'agreement']`), from the program itself. */
async function commandPaths(): Promise<string[][]> {
  const io = { stdout: { write: () => true }, stderr: { write: () => true }, stdin: {}, cwd: '.', env: {}, now: () => new Date(0) };
  const program = await buildProgram({ io, lang: 'nl', exit: () => undefined } as Parameters<typeof buildProgram>[0], [], { every: true });
  const paths: string[][] = [[]];
  const walk = (command: Command, prefix: string[]) => {
    for (const sub of command.commands) {
      paths.push([...prefix, sub.name()]);
      walk(sub, [...prefix, sub.name()]);
    }
  };
  walk(program, []);
  return paths;
}

/** What commander writes in English when nobody translates it. */
const COMMANDER_ENGLISH = [/\(default: /, /\[options\]/, /\bOptions:/, /\bCommands:/, /\bUsage:/, /\bArguments:/, /display help for command/, /\(choices: /, /\[command\]/];
const DUTCH = [/\bGebruik:/, /\bOpties:/, /\bOpdrachten:/, /\(standaard: /, /\[opties\]/, /\btoon /];

const paths = await commandPaths();

describe('help in one language', () => {

  it('covers every command', () => {
    expect(paths.length).toBeGreaterThan(15);
    expect(paths).toContainEqual(['new', 'incident']);
  });

  it.each(paths.map((path) => [path.join(' ') || '(vo)', path]))('vo %s --help in Dutch has none of commander\'s English', async (_name, path) => {
    const result = await runVo([...(path as string[]), '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Gebruik: vo');
    for (const english of COMMANDER_ENGLISH) expect(result.stdout, `${english}`).not.toMatch(english);
  });

  it.each(paths.map((path) => [path.join(' ') || '(vo)', path]))('vo %s --help --lang en is English', async (_name, path) => {
    const result = await runVo([...(path as string[]), '--help', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: vo');
    for (const dutch of DUTCH) expect(result.stdout, `${dutch}`).not.toMatch(dutch);
  });

  // `help` itself only lists the commands; every other command shows how it is used.
  it.each(paths.filter((path) => path.at(-1) !== 'help').map((path) => [path.join(' ') || '(vo)', path]))(
    'vo %s --help ends with examples, in Dutch and in English',
    async (_name, path) => {
      const nl = (await runVo([...(path as string[]), '--help'])).stdout;
      expect(nl).toMatch(/\nVoorbeelden:\n {2}vo /);
      const en = (await runVo([...(path as string[]), '--help', '--lang', 'en'])).stdout;
      expect(en).toMatch(/\nExamples:\n {2}vo /);
    },
  );

  it('names a default in Dutch, once, and --fail-on lists its choices once', async () => {
    const check = await runVo(['check', '--help']);
    expect(check.stdout).toMatch(/--format <format> +uitvoerformaat: text, json, [^\n]*\n[^\n]*\(standaard: text\)/);
    const failOn = check.stdout.slice(check.stdout.indexOf('--fail-on'), check.stdout.indexOf('--agreement'));
    expect(failOn.match(/warning/g)).toHaveLength(1);
    expect(failOn).toContain('(standaard: error)');
    const english = await runVo(['check', '--help', '--lang', 'en']);
    expect(english.stdout).toContain('(default: text)');
  });

  it('lists sub-commands with Dutch placeholders, and `vo help <cmd>` is the same help', async () => {
    const top = await runVo(['--help']);
    expect(top.stdout).toMatch(/^ {2}check \[opties\] /m);
    expect(top.stdout).toMatch(/^ {2}help \[opdracht\] /m);
    const viaHelp = await runVo(['help', 'check']);
    expect(viaHelp.stdout).toBe((await runVo(['check', '--help'])).stdout);
  });
});
