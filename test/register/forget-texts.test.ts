import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assess.js';
import { loadRegister } from '../../src/register/load.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

const EXAMPLES = join(REPO_ROOT, 'examples');

describe('the last assessment of a register lets go of its files’ texts', () => {
  it('gives the same findings as any other assessment, on any date, as often as asked (vo trend)', () => {
    const register = loadRegister(EXAMPLES, { lang: 'nl' });
    const first = assess(register, '2026-10-01', 'nl').findings;
    expect(assess(register, '2025-01-01', 'nl').findings).not.toEqual(first);
    expect(assess(register, '2026-10-01', 'nl').findings).toEqual(first);
    const last = assess(register, '2026-10-01', 'nl', {}, { last: true }).findings;
    expect(last).toEqual(first);
    expect(last.some((finding) => finding.subject !== undefined && finding.line > 1)).toBe(true);
  });

  it('keeps no text of an assessed agreement’s files: pointing into one afterwards is a programming error that names the file', () => {
    const register = loadRegister(EXAMPLES, { lang: 'nl' });
    assess(register, '2026-10-01', 'nl', {}, { last: true });
    const record = register.agreements.find((a) => a.value.id === 'zaaksysteem')!;
    expect(() => record.source.doc).toThrow(`the text of ${record.file} was forgotten`);
  });
});
