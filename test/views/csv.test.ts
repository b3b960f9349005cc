import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DOMAIN_LABELS } from '../../src/i18n/labels.js';
import { toCsv } from '../../src/format/views/csv.js';
import { runVo, tempDir } from '../helpers/run-cli.js';
import { AS_OF, HOSTILE_TITLE, viewRegister } from './fixture.js';

async function vo(args: string[]) {
  return runVo(['-C', viewRegister(), ...args, '--as-of', AS_OF]);
}

const NAMES: Record<string, string> = { burgerzaken: 'Burgerzaken', ict: 'ICT' };

/** What a JSON row of `vo list` looks like in the Dutch csv: the same facts, in Dutch words. */
function dutchListRow(row: Record<string, string | number | null>): Record<string, string> {
  const labels = DOMAIN_LABELS.nl;
  const text = (value: string | number | null) => (value === null ? '' : String(value));
  return {
    Overeenkomst: text(row.id!),
    Titel: text(row.title!),
    Afdeling: NAMES[row.department as string]!,
    Verwerker: text(row.processor!),
    Fase: labels.phase[row.phase as string]!,
    Risico: labels.risk[(row.risk ?? 'none') as string]!,
    'Laatste evaluatie': text(row.lastEvaluation!),
    'Volgende evaluatie': text(row.nextEvaluation!),
    Evaluatie: row.evaluation === null ? '' : labels.evaluationStatus[row.evaluation as string]!,
    Fouten: text(row.errors!),
    Waarschuwingen: text(row.warnings!),
    Status: labels.status[row.status as string]!,
  };
}

describe('csv output', () => {
  it('vo list --format csv has Dutch headers and labels, and the same rows as --format json', async () => {
    const csv = (await vo(['list', '--format', 'csv'])).stdout;
    expect(csv.split('\r\n')[0]).toBe('Overeenkomst,Titel,Afdeling,Verwerker,Fase,Risico,Laatste evaluatie,Volgende evaluatie,Evaluatie,Fouten,Waarschuwingen,Status');
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows[0]).toEqual({
      Overeenkomst: 'alpha',
      Titel: HOSTILE_TITLE,
      Afdeling: 'Burgerzaken',
      Verwerker: 'Verwerker alpha B.V.',
      Fase: 'in beheer',
      Risico: 'hoog',
      'Laatste evaluatie': '2025-09-10',
      'Volgende evaluatie': '2026-03-10',
      Evaluatie: 'binnenkort',
      Fouten: '1',
      Waarschuwingen: '6',
      Status: 'fouten',
    });
    const json = JSON.parse((await vo(['list', '--format', 'json'])).stdout) as Record<string, string | number | null>[];
    expect(rows).toEqual(json.map(dutchListRow));
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('--lang en gives English headers and labels', async () => {
    const csv = (await vo(['list', '--format', 'csv', '--lang', 'en'])).stdout;
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([
      'Agreement', 'Title', 'Department', 'Processor', 'Phase', 'Risk', 'Last evaluation', 'Next evaluation', 'Evaluation', 'Errors', 'Warnings', 'Status',
    ]);
    expect(rows.find((r) => r.Agreement === 'alpha')).toMatchObject({ Phase: 'in force', Risk: 'high', Evaluation: 'due soon', Status: 'errors' });
    expect(rows.find((r) => r.Agreement === 'gamma')).toMatchObject({ Phase: 'draft', Risk: 'not assessed', Status: 'in order', 'Next evaluation': '' });
  });

  it('vo obligations --format csv carries every JSON field, in Dutch', async () => {
    const csv = (await vo(['obligations', '--format', 'csv'])).stdout;
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    const json = JSON.parse((await vo(['obligations', '--format', 'json'])).stdout) as Record<string, string | null>[];
    const labels = DOMAIN_LABELS.nl;
    expect(rows).toEqual(
      json.map((row) => ({
        Afdeling: NAMES[row.department!],
        Overeenkomst: row.agreement,
        Verplichting: row.id,
        Omschrijving: row.title,
        Partij: labels.party[row.party!],
        Frequentie: labels.frequency[row.frequency!],
        Eigenaar: row.owner ?? '',
        'Laatst beoordeeld': row.lastAssessed ?? '',
        Oordeel: row.lastStatus === null ? '' : labels.assessment[row.lastStatus!],
        'Volgende keer': row.nextDue ?? '',
        Status: labels.status[row.status!] ?? labels.obligationStatus[row.status!],
      })),
    );
    expect(rows.map((r) => r.Status)).toEqual(expect.arrayContaining(['te laat', 'niet nagekomen', 'deels nagekomen', 'bij gebeurtenis']));
    expect(rows.map((r) => r.Omschrijving)).toContain('Kwartaalrapportage, "met" komma');
  });

  it('--excel alone means csv for Dutch Excel: a byte-order mark and ; as separator', async () => {
    const result = await vo(['list', '--excel']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('\ufeffOvereenkomst;Titel;Afdeling;')).toBe(true);
    const rows = parse(result.stdout, { columns: true, delimiter: ';', bom: true }) as Record<string, string>[];
    expect(rows.find((r) => r.Overeenkomst === 'alpha')?.Titel).toBe(HOSTILE_TITLE);
  });

  it('--delimiter tab and --bom work on their own', async () => {
    const result = await vo(['obligations', '--format', 'csv', '--delimiter', 'tab', '--bom']);
    expect(result.stdout.startsWith('\ufeffAfdeling\tOvereenkomst\tVerplichting\t')).toBe(true);
  });

  it('refuses csv options with another --format, and an unknown separator, with exit 2', async () => {
    for (const [args, message] of [
      [['list', '--format', 'markdown', '--excel'], 'vo: --excel hoort bij --format csv\n'],
      [['list', '--delimiter', ';'], 'vo: --delimiter hoort bij --format csv\n'],
      [['list', '--format', 'xlsx', '--bom', '--output', join(tempDir(), 'x.xlsx')], 'vo: --bom hoort bij --format csv\n'],
    ] as const) {
      const result = await vo([...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toBe(message);
    }
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
