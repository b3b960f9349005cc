import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { markdown } from '../../src/format/markdown.js';
import { CANNED, context } from './canned-findings.js';

/** The table as GitHub-flavoured Markdown reads it (marked follows GFM's table rules). */
function table(output: string): Tokens.Table {
  const tables = marked.lexer(output).filter((token): token is Tokens.Table => token.type === 'table');
  expect(tables).toHaveLength(1);
  return tables[0]!;
}

/** Pipes that start a new cell: those not escaped with a backslash. */
function cellSeparators(line: string): number {
  let count = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '|') count++;
  }
  return count;
}

describe('markdown format', () => {
  it('has a heading with the date, the summary and a localised five-column table with one row per finding', () => {
    const output = markdown(CANNED, context());
    const lines = output.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '### vo check — stand op 1 maart 2025',
      '',
      '✖ 3 fouten, 3 waarschuwingen in 14 bestanden',
      '',
      '|  | Bestand | Regel | Melding | Overeenkomst |',
    ]);
    const parsed = table(output);
    expect(parsed.header.map((cell) => cell.text)).toEqual(['', 'Bestand', 'Regel', 'Melding', 'Overeenkomst']);
    expect(parsed.rows).toHaveLength(CANNED.length);
    expect(parsed.rows[2]!.map((cell) => cell.text)).toEqual(['⚠️ waarschuwing', 'agreements/acme.yaml:12:3', '`agreement-expiring`', 'Agreement acme ends on 2025-04-01.', 'acme']);
    expect(parsed.rows[4]![4]!.text).toBe('');
  });

  it('speaks English with --lang en', () => {
    const output = markdown(CANNED, context({ lang: 'en' }));
    expect(output).toContain('### vo check — as of 1 March 2025\n\n✖ 3 errors, 3 warnings in 14 files\n');
    expect(table(output).header.map((cell) => cell.text)).toEqual(['', 'File', 'Rule', 'Message', 'Agreement']);
    expect(table(output).rows[1]![0]!.text).toBe('❌ error');
  });

  it('lets no hostile value add a column, break a row or inject HTML', () => {
    const hostile: Finding = { ...CANNED[0]!, file: 'a|b\\.yaml', agreement: 'x|y\n<b>z</b>', message: 'end with a backslash \\' };
    const output = markdown([...CANNED, hostile], context());
    const rows = output.split('\n').filter((line) => line.startsWith('|'));
    expect(rows).toHaveLength(2 + CANNED.length + 1);
    for (const row of rows) expect(cellSeparators(row)).toBe(6);
    expect(output).not.toMatch(/<(?!br>)/);
    const parsed = table(output);
    expect(parsed.rows.every((row) => row.length === 5)).toBe(true);
    const schemaRow = parsed.rows.find((row) => row[2]!.text === '`schema`')!;
    expect(schemaRow[3]!.text).toBe('Clause "a, b": missing<br>see | table &lt;script&gt;alert(1)&lt;/script&gt; 100% &amp; more\\\\');
    const hostileRow = parsed.rows.find((row) => row[1]!.text.startsWith('a|b'))!;
    expect(hostileRow[1]!.text).toBe('a|b\\\\.yaml:12:3');
    expect(hostileRow[4]!.text).toBe('x|y<br>&lt;b&gt;z&lt;/b&gt;');
  });

  it('shows no table when there is nothing to report', () => {
    expect(markdown([], context())).toBe('### vo check — stand op 1 maart 2025\n\n✔ Geen bevindingen in 14 bestanden\n');
    expect(markdown([], context({ lang: 'en' }))).not.toContain('|');
  });
});
