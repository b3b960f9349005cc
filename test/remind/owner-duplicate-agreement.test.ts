/**
 * `vo agenda --owner` keeps, for a process owner, every item of their agreements. With two files of
 * one agreement id (a `duplicate-id` finding), the first file is the agreement that `vo check`, `vo
 * show` and the agenda assess; its process owner is the one accountable. The filter took the
 * process owner of the last file instead, so `vo agenda --owner` of the owner `vo show` names left
 * out the overdue check they delegated, and the other file's owner got it; `vo remind` likewise
 * wrote to the address in the last file.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runVo, tempDir, tempRegister } from '../helpers/run-cli.js';
import { smallAgreement, smallConfig } from '../helpers/small-register.js';

const AS_OF = '2026-04-01';

const CONFIG = smallConfig();

const agreement = (owner: string, email = 'eigenaar@gemeente.example') =>
  smallAgreement({ owner, email, extra: `obligations:
  - id: logging
    title: Logging controleren
    party: controller
    frequency: monthly
    owner: CISO
` });

describe('vo agenda --owner with two files of one agreement id', () => {
  const root = tempRegister({
    'vo.config.yaml': CONFIG,
    'agreements/zaken.yaml': agreement('A. Eerste'),
    'agreements/zaken-kopie.yaml': agreement('B. Tweede'),
  });

  it('follows the process owner of the agreement vo show shows', async () => {
    const show = await runVo(['-C', root, 'show', 'zaken', '--as-of', AS_OF, '--format', 'json']);
    const owner = (JSON.parse(show.stdout) as { processOwner: { name: string } }).processOwner.name;
    const titles = async (query: string) => {
      const agenda = await runVo(['-C', root, 'agenda', '--as-of', AS_OF, '--owner', query, '--format', 'json']);
      return (JSON.parse(agenda.stdout) as { title: string; overdue: boolean }[]).filter((i) => i.overdue).map((i) => i.title);
    };
    const other = owner === 'A. Eerste' ? 'B. Tweede' : 'A. Eerste';
    expect(await titles(owner)).toContain('Logging controleren');
    expect(await titles(other)).toEqual([]);
  });

  it('vo remind writes to the address of the agreement vo show shows', async () => {
    const same = tempRegister({
      'vo.config.yaml': CONFIG,
      'agreements/zaken.yaml': agreement('A. Eerste', 'eerste@gemeente.example'),
      'agreements/zaken-kopie.yaml': agreement('A. Eerste', 'kopie@gemeente.example'),
    });
    const show = await runVo(['-C', same, 'show', 'zaken', '--as-of', AS_OF, '--format', 'json']);
    const email = (JSON.parse(show.stdout) as { processOwner: { email: string } }).processOwner.email;
    const out = join(tempDir(), 'mail');
    mkdirSync(out);
    const remind = await runVo(['-C', same, 'remind', '--as-of', AS_OF, '--days', '400', '--dry-run', '--out', out], { env: { NO_COLOR: '1' } });
    expect(remind.code).toBe(0);
    expect(remind.stdout).toContain(`A. Eerste <${email}>`);
  });
});
