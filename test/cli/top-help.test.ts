/**
 * `vo --help` lists every command without loading one: the names, terms and
 * descriptions come from src/cli/commands/summaries.ts, which this test
 * derives from the commands themselves. After changing a command's
 * description or arguments: `VO_UPDATE_DOCS=1 npx vitest run test/cli/top-help.test.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommanderError, Help } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMAND_SUMMARIES, type CommandSummary } from '../../src/cli/commands/summaries.js';
import { buildProgram } from '../../src/cli/program.js';
import { LANGS, type Lang } from '../../src/i18n/lang.js';
import { REPO_ROOT, runVo } from '../helpers/run-cli.js';

const FILE = join(REPO_ROOT, 'src', 'cli', 'commands', 'summaries.ts');

function memoryIo(): { io: Parameters<typeof buildProgram>[0]['io']; out: () => string } {
  let text = '';
  const stream = { isTTY: false, write: (s: string) => ((text += s), true) };
  return { io: { stdout: stream, stderr: stream, stdin: { isTTY: false }, cwd: REPO_ROOT, env: { NO_COLOR: '1' }, now: () => new Date('2026-10-01T10:00:00Z') }, out: () => text };
}

/** What the program with every command loaded says about its commands. */
async function summariesFromCommands(lang: Lang): Promise<CommandSummary[]> {
  const program = await buildProgram({ io: memoryIo().io, lang, exit: () => undefined }, [], { every: true });
  const help = new Help();
  return program.commands.map((command) => ({ name: command.name(), term: help.subcommandTerm(command), description: command.description() }));
}

/** `vo --help` as the program with every command loaded prints it. */
async function fullHelp(lang: Lang, args: string[]): Promise<string> {
  const { io, out } = memoryIo();
  const program = await buildProgram({ io, lang, exit: () => undefined }, args, { every: true });
  await expect(program.parseAsync(args, { from: 'user' })).rejects.toBeInstanceOf(CommanderError);
  return out();
}

/** One entry per command: its name and term (the same in every language) and its description in each. */
function merged(summaries: Record<Lang, CommandSummary[]>): { name: string; term: string; description: Record<Lang, string> }[] {
  return summaries.nl.map((s, i) => {
    for (const lang of LANGS) expect([summaries[lang][i]?.name, summaries[lang][i]?.term]).toEqual([s.name, s.term]);
    return { name: s.name, term: s.term, description: Object.fromEntries(LANGS.map((lang) => [lang, summaries[lang][i]?.description])) as Record<Lang, string> };
  });
}

function source(summaries: Record<Lang, CommandSummary[]>): string {
  const entries = merged(summaries)
    .map((s) => `  {\n    name: ${JSON.stringify(s.name)},\n    term: ${JSON.stringify(s.term)},\n${LANGS.map((lang) => `    ${lang}: ${JSON.stringify(s.description[lang])},`).join('\n')}\n  },`)
    .join('\n');
  return `import type { Lang } from '../../i18n/lang.js';

/**
 * What \`vo --help\` says about each command, so that it loads none of them
 * (start-up). Generated from the commands themselves by test/cli/top-help.test.ts,
 * which fails when this drifts: \`VO_UPDATE_DOCS=1 npx vitest run test/cli/top-help.test.ts\`.
 */
export interface CommandSummary {
  name: string;
  /** As commander writes it, before translation: \`diff [options] <ref> [ref2]\`. */
  term: string;
  description: string;
}

const SUMMARIES: readonly (Omit<CommandSummary, 'description'> & Record<Lang, string>)[] = [
${entries}
];

export const COMMAND_SUMMARIES: Record<Lang, readonly CommandSummary[]> = {
${LANGS.map((lang) => `  ${lang}: SUMMARIES.map(({ name, term, ${lang}: description }) => ({ name, term, description })),`).join('\n')}
};
`;
}

describe('vo --help without loading the commands', () => {
  it('lists the names, terms and descriptions the commands themselves give', async () => {
    const derived = { nl: await summariesFromCommands('nl'), en: await summariesFromCommands('en') };
    if (process.env.VO_UPDATE_DOCS === '1') writeFileSync(FILE, source(derived));
    expect(derived.nl.length).toBeGreaterThan(15);
    expect(readFileSync(FILE, 'utf8')).toBe(source(derived));
    expect(COMMAND_SUMMARIES).toEqual(derived);
  });

  it.each(LANGS)('prints in %s exactly the help of the program with every command loaded', async (lang) => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const light = await runVo(['--lang', lang, ...args]);
      expect(light.code).toBe(0);
      expect(light.stdout).toBe(await fullHelp(lang, ['--lang', lang, ...args]));
      expect(light.stdout).toContain('diff [');
    }
  });

  it('still suggests the command meant by a typo', async () => {
    const typo = await runVo(['--lang', 'en', 'chekc']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("unknown command 'chekc'");
    expect(typo.stderr).toContain('check');
  });
});
