import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { text } from '../../src/format/text.js';
import { CANNED, context } from './canned-findings.js';

const ESC = '\u001b';

describe('text format', () => {
  it('groups per file, sorts, aligns the columns per file and ends with the Dutch summary', () => {
    expect(text(CANNED, context())).toBe(
      [
        'agreements/acme.yaml',
        '  1:1   waarschuwing  A DPIA is required but has no date.     dpia-missing',
        '  1:1   fout          Agreement acme has no risk assessment.  risk-missing',
        '  12:3  waarschuwing  Agreement acme ends on 2025-04-01.      agreement-expiring',
        '  20:1  fout          Clause "audit" is missing.              clause-missing',
        '',
        'evaluations/2025/acme-q1.yaml',
        '  4:11  fout          Clause "a, b": missing see | table <script>alert(1)</script> 100% & more\\  schema',
        '  30:9  waarschuwing  Availability 98.1 misses the target 99.5.                                  kpi-missed',
        '',
        '✖ 3 fouten, 3 waarschuwingen in 14 bestanden',
        '',
      ].join('\n'),
    );
  });

  it('speaks English with --lang en', () => {
    const output = text(CANNED, context({ lang: 'en' }));
    expect(output).toContain('  20:1  error    Clause "audit" is missing.');
    expect(output).toContain('  12:3  warning  Agreement acme ends on 2025-04-01.');
    expect(output.endsWith('\n✖ 3 errors, 3 warnings in 14 files\n')).toBe(true);
  });

  it('uses the singular for exactly one, in both languages', () => {
    const one: Finding[] = [CANNED[0]!, CANNED[2]!];
    expect(text(one, context({ fileCount: 1 })).split('\n').at(-2)).toBe('✖ 1 fout, 1 waarschuwing in 1 bestand');
    expect(text(one, context({ lang: 'en', fileCount: 1 })).split('\n').at(-2)).toBe('✖ 1 error, 1 warning in 1 file');
    const twoErrors: Finding[] = [CANNED[1]!, CANNED[2]!];
    expect(text(twoErrors, context({ lang: 'en' })).split('\n').at(-2)).toBe('✖ 2 errors, 0 warnings in 14 files');
  });

  it('says so when there is nothing to report', () => {
    expect(text([], context())).toBe('✔ Geen bevindingen in 14 bestanden\n');
    expect(text([], context({ lang: 'en', fileCount: 1 }))).toBe('✔ No findings in 1 file\n');
  });

  it('colours severities red and yellow only when colour is on, even with NO_COLOR in the environment', () => {
    expect(process.env.NO_COLOR).toBe('1');
    expect(text(CANNED, context())).not.toContain(ESC);
    const coloured = text(CANNED, context({ color: true }));
    expect(coloured).toContain(`${ESC}[31mfout        ${ESC}[39m`);
    expect(coloured).toContain(`${ESC}[33mwaarschuwing${ESC}[39m`);
    expect(coloured).toContain(`${ESC}[4magreements/acme.yaml${ESC}[24m`);
    // Without the escape codes, the coloured output is the plain one: colour never shifts the columns.
    // eslint-disable-next-line no-control-regex -- stripping ANSI escapes
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(text(CANNED, context()));
  });

  it('keeps one finding on one line and lets no control character reach the terminal', () => {
    const sneaky: Finding = { ...CANNED[1]!, message: `first\r\nsecond\tthird ${ESC}[2Jcleared\u0007` };
    const output = text([sneaky], context());
    expect(output).toContain('first second third [2Jcleared  schema');
    expect(output).not.toContain(ESC);
    expect(output).not.toContain('\u0007');
    expect(output.split('\n')).toHaveLength(5);
  });
});
