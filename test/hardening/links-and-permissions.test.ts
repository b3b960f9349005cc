/**
 * SPEC §8: symbolic links out of the register and link loops are not followed,
 * and an unreadable file or folder is a finding, not a crash.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtVo } from '../helpers/built-vo.js';
import { MINIMAL_CONFIG, runVo, tempDir, tempRegister } from '../helpers/run-cli.js';

interface Report {
  findings: { rule: string; file: string; line: number; column: number; message: string }[];
}

const AGREEMENT = (id: string) => `id: ${id}
title: Overeenkomst ${id}
department: ict
process_owner:
  name: P. Eigenaar
processor:
  name: Verwerker B.V.
phase: draft
`;
const EVALUATION = (id: string) => `id: ${id}
agreement: binnen
date: "2026-01-15"
type: meeting
`;

describe('symbolic links (SPEC §8)', () => {
  it('does not follow links out of the register or round a loop, and says so per link', async () => {
    const outside = tempDir('vo-outside-');
    writeFileSync(join(outside, 'buiten.yaml'), AGREEMENT('buiten'));
    mkdirSync(join(outside, 'map'));
    writeFileSync(join(outside, 'map', 'extern-overleg.yaml'), EVALUATION('extern-overleg'));
    const root = tempRegister({ 'vo.config.yaml': MINIMAL_CONFIG, 'agreements/binnen.yaml': AGREEMENT('binnen') });
    symlinkSync(join(outside, 'buiten.yaml'), join(root, 'agreements', 'buiten.yaml'));
    mkdirSync(join(root, 'evaluations', 'sub'), { recursive: true });
    symlinkSync(join(outside, 'map'), join(root, 'evaluations', 'extern'));
    symlinkSync('..', join(root, 'evaluations', 'sub', 'terug')); // a loop back to evaluations/
    symlinkSync('.', join(root, 'agreements', 'lus')); // a loop to itself
    symlinkSync(join(outside, 'map'), join(root, 'incidents')); // a whole record folder elsewhere

    const check = await runVo(['-C', root, 'validate', '--format', 'json', '--lang', 'en']);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(1);
    const findings = (JSON.parse(check.stdout) as Report).findings.map((f) => `${f.file} ${f.rule} ${f.message.replace(/\(.*\)/, '(…)')}`);
    expect(findings).toEqual([
      'agreements/buiten.yaml yaml-syntax symbolic link points outside the register (…) and is not followed',
      'agreements/lus yaml-syntax symbolic link forms a loop and is not followed',
      'evaluations/extern yaml-syntax symbolic link points outside the register (…) and is not followed',
      'evaluations/sub/terug yaml-syntax symbolic link forms a loop and is not followed',
      'incidents yaml-syntax symbolic link points outside the register (…) and is not followed',
    ]);

    // Nothing behind the links was read: only `binnen` exists, and it has no evaluation.
    const list = await runVo(['-C', root, 'list', '--format', 'json', '--as-of', '2026-10-01']);
    expect((JSON.parse(list.stdout) as { id: string; lastEvaluation: string | null }[]).map((a) => [a.id, a.lastEvaluation])).toEqual([['binnen', null]]);
  });

  it('follows a link that stays inside the register', async () => {
    const root = tempRegister({ 'vo.config.yaml': MINIMAL_CONFIG, 'archief/binnen.yaml': AGREEMENT('binnen') });
    mkdirSync(join(root, 'agreements'));
    symlinkSync(join('..', 'archief', 'binnen.yaml'), join(root, 'agreements', 'binnen.yaml'));
    const result = await runVo(['-C', root, 'validate', '--format', 'json']);
    expect((JSON.parse(result.stdout) as Report).findings).toEqual([]);
    expect(result.code).toBe(0);
  });
});

describe('unreadable files and folders (SPEC §8)', () => {
  const isRoot = process.getuid?.() === 0;
  const FILES: Record<string, string> = {
    'vo.config.yaml': MINIMAL_CONFIG,
    'agreements/leesbaar.yaml': AGREEMENT('leesbaar'),
    'agreements/geheim.yaml': AGREEMENT('geheim'),
    'evaluations/dicht/overleg.yaml': EVALUATION('overleg'),
  };
  /** The register, in a fresh temporary folder or in `into`. */
  const root = (into?: string) => {
    const dir = into ?? tempRegister(FILES);
    if (into !== undefined) {
      for (const [path, content] of Object.entries(FILES)) {
        mkdirSync(join(dir, dirname(path)), { recursive: true });
        writeFileSync(join(dir, path), content);
      }
    }
    chmodSync(join(dir, 'agreements', 'geheim.yaml'), 0o000);
    chmodSync(join(dir, 'evaluations', 'dicht'), 0o000);
    return dir;
  };
  const expected = ['agreements/geheim.yaml yaml-syntax file cannot be read (EACCES)', 'evaluations/dicht yaml-syntax file cannot be read (EACCES)'];
  const summary = (stdout: string) => (JSON.parse(stdout) as Report).findings.map((f) => `${f.file} ${f.rule} ${f.message}`);

  // Root reads anything, so as root the built binary runs as `nobody` instead; as another user the in-process
  // run below covers it. `nobody` must be able to reach node, the checkout and the register: the register goes to
  // the first temporary folder it can enter, and when node or the checkout sit where it cannot (a clone in a
  // mode-700 folder, node from nvm in root's home) the test is skipped and says why.
  it.runIf(isRoot)('as root: runs the built vo as the user nobody, which gets a finding per unreadable entry', (ctx) => {
    const vo = builtVo();
    const asNobody = (args: string[], cwd = '/') =>
      spawnSync(process.execPath, args, { uid: 65534, gid: 65534, cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    const reachable = (path: string) => asNobody(['-e', `require('fs').accessSync(${JSON.stringify(path)}, require('fs').constants.R_OK)`]).status === 0;
    ctx.skip(!reachable(vo), `the user nobody cannot run ${process.execPath} or read ${vo}; a folder above one of them is closed to other users`);
    const parent = [tmpdir(), '/tmp', '/var/tmp'].find((folder) => existsSync(folder) && reachable(folder));
    ctx.skip(parent === undefined, 'the user nobody can enter no temporary folder');
    const dir = root(mkdtempSync(join(parent as string, 'vo-nobody-')));
    chmodSync(dir, 0o755);
    for (const sub of ['agreements', 'evaluations']) chmodSync(join(dir, sub), 0o755);
    const result = asNobody([vo, '-C', dir, 'validate', '--format', 'json', '--lang', 'en']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(summary(result.stdout)).toEqual(expected);
  });

  it.skipIf(isRoot)('gets a finding per unreadable entry, not a crash', async () => {
    const result = await runVo(['-C', root(), 'validate', '--format', 'json', '--lang', 'en']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(summary(result.stdout)).toEqual(expected);
  });
});
