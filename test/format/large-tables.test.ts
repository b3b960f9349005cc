import { describe, expect, it } from 'vitest';
import { columnWidths } from '../../src/format/report/markdown-to-pdf.js';
import { layoutTable, renderTable, type TableColumn } from '../../src/format/views/table.js';

const ROWS = 200_000;

describe('tables of a register of 100 000 agreements and more', () => {
  it('lays out and renders a terminal table of 200 000 rows (no stack overflow, one line per row)', () => {
    const columns: TableColumn[] = [{ head: 'id' }, { head: 'title', flex: true }, { head: 'status' }];
    const rows = Array.from({ length: ROWS }, (_, i) => [`ovk-${i}`, `Verwerkersovereenkomst nummer ${i} met een lange titel`, i % 3 === 0 ? 'fouten' : 'op orde']);
    const layout = layoutTable(columns, rows, 80);
    const lines = renderTable(columns, rows, layout).split('\n');
    expect(lines).toHaveLength(ROWS + 2);
    expect(lines[ROWS + 1]).toMatch(/^ovk-199999 +Verwerkersovereenkomst nummer 199999 met een lange titel +op orde$/);
  });

  it('gives the PDF report column widths for a million rows', () => {
    const rows = [['id', 'titel'], ...Array.from({ length: 5 * ROWS }, (_, i) => [`ovk-${i}`, `titel ${i}`])];
    const widths = columnWidths(rows);
    expect(widths).toHaveLength(2);
    for (const width of widths) expect(width).toBeGreaterThan(0);
  });
});
