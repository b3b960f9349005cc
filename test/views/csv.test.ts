import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runVo } from '../helpers/run-cli.js';
import { toCsv } from '../../src/views/format/csv.js';
import { AS_OF, HOSTILE_TITLE, viewRegister } from './fixture.js';

async function vo(args: string[]) {
  return runVo(['-C', viewRegister(), ...args, '--as-of', AS_OF]);
}

/** JSON values as CSV carries them: null is an empty field. */
const asCsv = (rows: Record<string, unknown>[]) =>
  rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? '' : String(v)])));

describe('csv output', () => {
  for (const command of ['list', 'obligations']) {
    it(`vo ${command} --format csv round-trips through csv-parse to the JSON rows`, async () => {
      const csv = (await vo([command, '--format', 'csv'])).stdout;
      const json = JSON.parse((await vo([command, '--format', 'json'])).stdout) as Record<string, unknown>[];
      expect(parse(csv, { columns: true })).toEqual(asCsv(json));
      expect(csv.endsWith('\r\n')).toBe(true);
    });
  }

  it('keeps commas, quotes and line breaks of a title intact', async () => {
    const rows = parse((await vo(['list', '--format', 'csv'])).stdout, { columns: true }) as { id: string; title: string }[];
    expect(rows.find((r) => r.id === 'alpha')?.title).toBe(HOSTILE_TITLE);
    const obligations = parse((await vo(['obligations', '--format', 'csv'])).stdout, { columns: true }) as { title: string }[];
    expect(obligations.map((r) => r.title)).toContain('Kwartaalrapportage, "met" komma');
  });

  it('--excel gives what Dutch Excel needs: a byte-order mark and ; as separator', async () => {
    const result = await vo(['list', '--format', 'csv', '--excel']);
    expect(result.stdout.startsWith('\ufeffid;title;department;')).toBe(true);
    const rows = parse(result.stdout, { columns: true, delimiter: ';', bom: true }) as { id: string; title: string }[];
    expect(rows.find((r) => r.id === 'alpha')?.title).toBe(HOSTILE_TITLE);
  });

  it('--delimiter tab and --bom work on their own', async () => {
    const result = await vo(['obligations', '--format', 'csv', '--delimiter', 'tab', '--bom']);
    expect(result.stdout.startsWith('\ufeffdepartment\tagreement\tid\t')).toBe(true);
  });

  it('refuses csv options without --format csv, and an unknown separator, with exit 2', async () => {
    const noCsv = await vo(['list', '--excel']);
    expect(noCsv.code).toBe(2);
    expect(noCsv.stderr).toBe('vo: --excel hoort bij --format csv\n');
    const bad = await vo(['list', '--format', 'csv', '--delimiter', '|']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('ongeldig scheidingsteken `|`');
  });

  it('defuses formulas only in Excel mode, so plain CSV stays the data', () => {
    const rows = [['=HYPERLINK("x")', '-5', 'gewoon', null, true]];
    expect(toCsv(['a', 'b', 'c', 'd', 'e'], rows)).toBe('a,b,c,d,e\r\n"=HYPERLINK(""x"")",-5,gewoon,,true\r\n');
    expect(toCsv(['a', 'b', 'c', 'd', 'e'], rows, { delimiter: ';', bom: true, defuseFormulas: true })).toBe(
      '\ufeffa;b;c;d;e\r\n"\'=HYPERLINK(""x"")";\'-5;gewoon;;true\r\n',
    );
  });
});
