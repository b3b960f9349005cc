import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { runVo } from '../helpers/run-cli.js';
import { layoutTable, renderTable, textWidth, type TableColumn } from '../../src/format/views/table.js';
import { AS_OF, viewRegister } from './fixture.js';

// eslint-disable-next-line no-control-regex -- stripping ANSI escapes
const stripAnsi = (text: string) => text.replace(/\u001b\[[\d;]*m/g, '');
const ESC = '\u001b[';

async function vo(args: string[], options: { color?: boolean } = {}) {
  const result = await runVo(['-C', viewRegister(), ...args, '--as-of', AS_OF], options.color ? { env: {}, stdoutIsTTY: true } : {});
  expect(result.code).toBe(0);
  return result.stdout;
}

describe('terminal tables at 80 columns (piped)', () => {
  it('vo list', async () => {
    expect(await vo(['list'])).toMatchInlineSnapshot(`
      "overeenkomst  afdeling     risico           volgende    evaluatie   status
      ────────────  ───────────  ───────────────  ──────────  ──────────  ───────
      alpha         Burgerzaken  hoog             2026-03-10  binnenkort  fouten
      beta          ICT          laag             2025-01-01  te laat     fouten
      delta         Burgerzaken  niet beoordeeld                          op orde
      gamma         ICT          niet beoordeeld                          op orde

      4 overeenkomsten: 2 met fouten, 2 op orde
      "
    `);
  });

  it('vo obligations: one heading per department, totals under the tables', async () => {
    expect(await vo(['obligations'])).toMatchInlineSnapshot(`
      "Burgerzaken (burgerzaken)
      overeenkomst  verplichting               eigenaar    volgende    status
      ────────────  ─────────────────────────  ──────────  ──────────  ───────────────
      alpha         Kwartaalrapportage, "met…  L. Smit     2025-12-10  te laat
      alpha         Maandelijkse rapportage                2026-02-20  op orde
      alpha         Datalekken melden                                  niet nagekomen
      alpha         Bij een wijziging melden                           bij gebeurtenis

      ICT (ict)
      overeenkomst  verplichting               eigenaar    volgende    status
      ────────────  ─────────────────────────  ──────────  ──────────  ───────────────
      alpha         Jaarlijkse controle        Teamleide…  2027-01-20  deels nagekomen

      5 verplichtingen: 1 te laat, 1 niet nagekomen, 1 deels nagekomen, 1 op orde, 1
      bij gebeurtenis
      "
    `);
  });

  it('vo agenda: overdue first, then by date; within grace is not overdue', async () => {
    expect(await vo(['agenda'])).toMatchInlineSnapshot(`
      "datum       wanneer            soort         overeenkomst  omschrijving
      ──────────  ─────────────────  ────────────  ────────────  ─────────────────────
      2025-01-01  424 dagen te laat  evaluatie     beta          Periodieke evaluatie
      2025-04-01  334 dagen te laat  overleg       alpha         Overleg met de verwe…
      2025-12-10  81 dagen te laat   verplichting  alpha         Kwartaalrapportage, …
      2026-02-20  9 dagen geleden    verplichting  alpha         Maandelijkse rapport…
      2026-03-10  over 9 dagen       evaluatie     alpha         Periodieke evaluatie
      2026-03-15  over 14 dagen      actie         alpha         Logging inrichten, "…
      2026-04-15  over 45 dagen      assurance     alpha         Einde geldigheid ISO…
      2026-05-01  over 61 dagen      einde         alpha         Einde van de overeen…

      8 punten tot en met 30 mei 2026, waarvan 3 te laat
      "
    `);
  });

  it('vo agenda: the total writes its last day out, in Dutch and in English', async () => {
    expect((await vo(['agenda'])).trimEnd().split('\n').at(-1)).toBe('8 punten tot en met 30 mei 2026, waarvan 3 te laat');
    expect((await vo(['agenda', '--lang', 'en'])).trimEnd().split('\n').at(-1)).toBe('8 items up to and including 30 May 2026, 3 overdue');
    expect((await vo(['agenda', '--days', '0', '--department', 'ict'])).trimEnd().split('\n').at(-1)).toMatch(/tot en met 1 maart 2026, /);
  });

  it('vo list --lang en', async () => {
    expect(await vo(['list', '--lang', 'en'])).toMatchInlineSnapshot(`
      "agreement  department   phase     risk          next        evaluation  status
      ─────────  ───────────  ────────  ────────────  ──────────  ──────────  ────────
      alpha      Burgerzaken  in force  high          2026-03-10  due soon    errors
      beta       ICT          in force  low           2025-01-01  overdue     errors
      delta      Burgerzaken  ended     not assessed                          in order
      gamma      ICT          draft     not assessed                          in order

      4 agreements: 2 with errors, 2 in order
      "
    `);
  });

  it('no line is wider than 80 columns, whatever the view', async () => {
    for (const args of [['list'], ['obligations'], ['agenda', '--days', '400'], ['show', 'alpha'], ['list', '--lang', 'en']]) {
      for (const line of (await vo(args)).split('\n')) expect(textWidth(line), line).toBeLessThanOrEqual(80);
    }
  });
});

describe('terminal width', () => {
  async function atWidth(columns: number, isTTY: boolean): Promise<string> {
    let out = '';
    const stream = { isTTY, columns, write: (text: string) => ((out += text), true) };
    const io = { stdout: stream, stderr: { write: () => true }, stdin: {}, cwd: process.cwd(), env: { NO_COLOR: '1' }, now: () => new Date() };
    expect(await runCli(['-C', viewRegister(), 'list', '--as-of', AS_OF], io)).toBe(0);
    return out;
  }

  it("uses the terminal's width: a wide one shows every column and whole titles", async () => {
    const wide = await atWidth(200, true);
    expect(wide.split('\n')[0]).toBe(
      'overeenkomst  titel                               afdeling     verwerker             fase       risico           laatste     volgende    evaluatie   fouten  waarsch.  status',
    );
    expect(wide).toContain('Alpha, "de" eerste; met regeleinde');
  });

  it('a narrow terminal drops columns rather than wrapping rows; a pipe is always 80', async () => {
    const narrow = await atWidth(60, true);
    for (const line of narrow.split('\n')) expect(textWidth(line)).toBeLessThanOrEqual(60);
    expect(narrow.split('\n')[0]).toBe('overeenkomst  risico           volgende    status');
    expect(await atWidth(200, false)).toBe(await vo(['list']));
  });
});

describe('colour', () => {
  it('colours statuses on a terminal, and without the escapes the output is the plain one', async () => {
    for (const args of [['list'], ['obligations'], ['agenda'], ['show', 'alpha']]) {
      const coloured = await vo(args, { color: true });
      expect(coloured).toContain(ESC);
      expect(stripAnsi(coloured)).toBe(await vo(args));
    }
    const list = await vo(['list'], { color: true });
    expect(list).toContain(`${ESC}31mte laat${ESC}39m`);
    expect(list).toContain(`${ESC}33mbinnenkort${ESC}39m`);
    const obligations = await vo(['obligations'], { color: true });
    expect(obligations).toContain(`${ESC}31mniet nagekomen${ESC}39m`);
    expect(obligations).toContain(`${ESC}33mdeels nagekomen${ESC}39m`);
  });

  it('stays plain with NO_COLOR, --no-color or --output, even on a terminal', async () => {
    const register = viewRegister();
    const noColor = await runVo(['-C', register, 'list', '--as-of', AS_OF], { env: { NO_COLOR: '1' }, stdoutIsTTY: true });
    expect(noColor.stdout).not.toContain(ESC);
    const flag = await runVo(['-C', register, 'list', '--no-color', '--as-of', AS_OF], { env: {}, stdoutIsTTY: true });
    expect(flag.stdout).not.toContain(ESC);
  });
});

describe('table layout', () => {
  const columns: TableColumn[] = [
    { head: 'id' },
    { head: 'title', flex: true, minWidth: 8 },
    { head: 'extra', drop: 1 },
    { head: 'status' },
  ];
  const rows = [
    ['alpha', 'A very long title that cannot fit in a narrow table', 'something', 'overdue'],
    ['b', 'Short', 'x', 'ok'],
  ];

  it('keeps everything when it fits', () => {
    const layout = layoutTable(columns, rows, 200);
    expect(layout.keep).toEqual([0, 1, 2, 3]);
    expect(layout.widths).toEqual([5, 51, 9, 7]);
  });

  it('cuts the flexible column with an ellipsis before dropping anything', () => {
    const layout = layoutTable(columns, rows, 50);
    expect(layout.keep).toEqual([0, 1, 2, 3]);
    expect(layout.widths.reduce((a, b) => a + b) + 2 * 3).toBe(50);
    const text = renderTable(columns, rows, layout);
    expect(text.split('\n')[2]).toBe('alpha  A very long title that…  something  overdue');
  });

  it('drops the lowest-ranked column when cutting is not enough, and never breaks a row over two lines', () => {
    const layout = layoutTable(columns, rows, 30);
    expect(layout.keep).toEqual([0, 1, 3]);
    const text = renderTable(columns, rows, layout);
    expect(text.split('\n')).toHaveLength(4);
    for (const line of text.split('\n')) expect(textWidth(line)).toBeLessThanOrEqual(30);
  });
});

describe('a column that wraps', () => {
  it('wraps its text between words onto more lines under itself, and the other cells stay on the first line', () => {
    const columns: TableColumn[] = [{ head: 'regel' }, { head: 'ernst' }, { head: 'omschrijving', wrap: true, minWidth: 10 }];
    const rows = [
      ['schema', 'fout', 'Een waarde past niet bij het schema'],
      ['kpi-missed', 'waarschuwing', 'kort'],
    ];
    const lines = renderTable(columns, rows, layoutTable(columns, rows, 40)).split('\n');
    expect(lines).toEqual([
      'regel       ernst         omschrijving',
      '──────────  ────────────  ──────────────',
      'schema      fout          Een waarde',
      '                          past niet bij',
      '                          het schema',
      'kpi-missed  waarschuwing  kort',
    ]);
  });
});
