/**
 * An agreement that was read whole but is `invalid` because of another file (a second file with
 * its id) and has no `risk` is "niet beoordeeld" in `vo show`, the reports and the site; `vo list`
 * must say so too instead of leaving the cell empty. Only an agreement file that could not be
 * read leaves its risk empty (unknown).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runVo } from '../helpers/run-cli.js';
import { invalidRiskRegister } from './invalid-risk-register.js';

const AS_OF = '2026-10-01';

describe('vo list: the risk of an invalid agreement', () => {
  let root = '';

  beforeAll(() => {
    // afsprakenplanner (a draft without risk) gets a second file with its id; kapot cannot be read at all.
    root = invalidRiskRegister('vo-list-invalid-risk-');
  });

  it.each([
    ['csv', 'nl', /^afsprakenplanner,[^\n]*,concept,niet beoordeeld,/m, /^kapot,,,,,,/m],
    ['csv', 'en', /^afsprakenplanner,[^\n]*,draft,not assessed,/m, /^kapot,,,,,,/m],
    ['markdown', 'nl', /^\| afsprakenplanner \|[^\n]*\| concept \| niet beoordeeld \|/m, /^\| kapot(?: \| ){6}/m],
  ])('%s (%s)', async (format, lang, invalidRow, brokenRow) => {
    const show = await runVo(['-C', root, 'show', 'afsprakenplanner', '--as-of', AS_OF, '--format', 'json']);
    expect(JSON.parse(show.stdout)).toMatchObject({ status: 'invalid', risk: { level: null } });
    const list = await runVo(['-C', root, 'list', '--as-of', AS_OF, '--lang', lang, '--format', format]);
    expect(list.stdout).toMatch(invalidRow);
    expect(list.stdout).toMatch(brokenRow);
  });
});
