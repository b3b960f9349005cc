import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { text } from '../../src/format/text.js';
import { outputWidth } from '../../src/cli/terminal-width.js';
import { ONE_COLUMN, textWidth } from '../../src/format/views/table.js';
import { MINIMAL_CONFIG, REPO_ROOT, runVo, tempRegister } from '../helpers/run-cli.js';
import { CANNED, context } from './canned-findings.js';

const EXAMPLES = join(REPO_ROOT, 'examples');

async function checkText(columns: string): Promise<string> {
  const result = await runVo(['-C', EXAMPLES, 'check', '--as-of', '2026-10-01'], { env: { NO_COLOR: '1', COLUMNS: columns } });
  expect(result.code).toBe(1);
  return result.stdout;
}

/** The words of the output, in order: wrapping may only add line breaks and indentation between them. */
const words = (output: string) => output.split(/\s+/).filter((w) => w !== '');

describe('vo check text fits the terminal', () => {
  it.each([80, 120])('no line of the example register is wider than %i columns, and no word is broken', async (width) => {
    const output = await checkText(String(width));
    const wide = output.split('\n').filter((line) => stringWidth(line) > width);
    expect(wide).toEqual([]);
    // The same words in the same order as unwrapped: lines break between words only (never "deletion-\nunconfirmed").
    expect(words(output)).toEqual(words(await checkText('100000')));
  });

  it('measures a message after its invisible characters became visible escapes (bidi marks of right-to-left names)', async () => {
    // Every output shows U+200F as `\u200F` (docs/security.md): six columns, not none. Wrapped before that, lines overflow.
    const name = 'שלום\u200F\u202E '.repeat(12).trim();
    const register = tempRegister({
      'vo.config.yaml': MINIMAL_CONFIG,
      'agreements/a.yaml': `id: a\ntitle: A\ndepartment: ict\nprocess_owner: {name: P}\nprocessor: {name: V}\nphase: signing\nsubprocessors:\n  - name: ${JSON.stringify(name)}\n    country: NL\n    approved: false\n`,
    });
    const result = await runVo(['-C', register, 'check', '--as-of', '2026-10-01'], { env: { NO_COLOR: '1', COLUMNS: '80' } });
    expect(result.stdout).toContain('\\u200F');
    expect(result.stdout.split('\n').filter((line) => stringWidth(line) > 80)).toEqual([]);
  });

  it('indents continuation lines under the message and puts the rule id after its last line', async () => {
    const output = await checkText('80');
    const lines = output.split('\n');
    const first = lines.findIndex((line) => line.startsWith('  1:1   fout          De periodieke evaluatie'));
    expect(first).toBeGreaterThan(0);
    expect(lines[first + 1]).toMatch(/^ {22}\S/);
    // The rule id ends a line, two spaces after the message, not padded to the far right.
    const ruleLine = lines.slice(first).find((line) => line.endsWith('evaluation-overdue'))!;
    expect(ruleLine).toMatch(/\S {2}evaluation-overdue$/);
    expect(stringWidth(ruleLine)).toBeLessThanOrEqual(80);
  });

  it('keeps the one-line, aligned layout when the findings fit', () => {
    const wide = text(CANNED, context({ width: 120 }));
    expect(wide).toBe(text(CANNED, context()));
    expect(wide).toContain('  1:1   fout          Agreement acme has no risk assessment.  risk-missing');
  });

  it('wraps long values with CJK characters and emoji by their display width', () => {
    const message = `Verwerker 数据处理有限公司 ${'数据'.repeat(12)} meldt 🚨🚨 een datalek bij https://example.org/${'x'.repeat(70)} en ${'🙂'.repeat(30)}`;
    const long: Finding = { ...CANNED[1]!, message };
    for (const width of [40, 80]) {
      const output = text([long], context({ width }));
      const lines = output.split('\n');
      expect(lines.filter((line) => stringWidth(line) > width)).toEqual([]);
      // Continuation lines start under the message: 2 + "4:11" + 2 + "fout" + 2 = 14 columns.
      const body = lines.slice(2, lines.indexOf(''));
      for (const line of body) expect(line).toMatch(/^ {14}\S/);
      expect(output).toContain('schema');
    }
  });

  it('moves the message under the position on a very narrow terminal, still within the width', () => {
    const output = text(CANNED, context({ width: 30 }));
    expect(output.split('\n').filter((line) => stringWidth(line) > 30)).toEqual([]);
    expect(words(output)).toEqual(words(text(CANNED, context())));
  });

  it('takes the terminal width on a terminal, else COLUMNS, else 80', () => {
    const io = (isTTY: boolean, columns: number | undefined, env: Record<string, string> = {}) =>
      ({ stdout: { write: () => true, isTTY, columns }, stderr: { write: () => true }, stdin: {}, cwd: '/', env, now: () => new Date(0) });
    expect(outputWidth(io(true, 132), true)).toBe(132);
    expect(outputWidth(io(true, 132), false)).toBe(80); // --output: a file, not the terminal
    expect(outputWidth(io(false, undefined, { COLUMNS: '100' }), true)).toBe(100);
    expect(outputWidth(io(false, undefined, { COLUMNS: 'wide' }), true)).toBe(80);
    expect(outputWidth(io(false, undefined), true)).toBe(80);
  });
});

describe('the one-column shortcut', () => {
  it('agrees with string-width on every character it counts as one column', () => {
    const differing: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (ONE_COLUMN.test(char) && stringWidth(char) !== 1) differing.push(`U+${code.toString(16).padStart(4, '0')}`);
    }
    expect(differing).toEqual([]);
    // Not a shortcut for what is wider, narrower or invisible: those go to string-width.
    for (const char of ['\u00ad', '\u0301', '界', '😀', '\u200b', '\u2028', '\t']) expect(ONE_COLUMN.test(char)).toBe(false);
    expect(textWidth('Ærø café — “offerte” … ✖ 3 € ✔')).toBe(stringWidth('Ærø café — “offerte” … ✖ 3 € ✔'));
    expect(textWidth('e\u0301 界 😀')).toBe(stringWidth('e\u0301 界 😀'));
  });
});
