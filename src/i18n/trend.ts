import { defineMessages } from './lang.js';

/** Texts of `vo trend` and of the trend in `vo report --trend`. */
export interface TrendTexts {
  cmd: string;
  opt: { since: string; every: string; format: string; reportTrend: string };
  examples: string[];
  reportExamples: string[];
  columns: { period: string; date: string; commit: string; agreements: string; errors: string; warnings: string };
  noRegister: string;
  sinceRequired: string;
  /** `option` is `--since` of vo trend or `--trend` of vo report. */
  sinceAfterAsOf: (option: string, since: string, asOf: string) => string;
  tooManyPoints: (count: number, max: number) => string;
}

export const trendText = defineMessages<TrendTexts>(
  {
    cmd: 'het verloop van het register: per maand of kwartaal het aantal overeenkomsten per status en de open meldingen per ernst, uit de git-geschiedenis',
    opt: {
      since: 'vanaf deze datum (JJJJ-MM-DD)',
      every: 'een punt per maand (month) of kwartaal (quarter)',
      format: 'uitvoer: table, json of csv',
      reportTrend: 'voeg een grafiek van het verloop vanaf deze datum (JJJJ-MM-DD) toe, per maand, uit de git-geschiedenis',
    },
    examples: [
      'vo trend --since 2025-01-01                       per maand tot vandaag',
      'vo trend --since 2024-01-01 --every quarter --as-of 2026-09-30',
      'vo trend --since 2025-01-01 --format csv --excel -o verloop.csv',
    ],
    reportExamples: [
      'vo report --compare v2026-q2 -o rapportage.pdf        met "sinds de vorige rapportage"',
      'vo report --trend 2025-10-01 -o rapportage.html        met een grafiek van het verloop',
    ],
    columns: { period: 'Periode', date: 'Peildatum', commit: 'Commit', agreements: 'Overeenkomsten', errors: 'Fouten', warnings: 'Waarschuwingen' },
    noRegister: '—',
    sinceRequired: '--since is verplicht, bijv. --since 2025-01-01',
    sinceAfterAsOf: (option, since, asOf) => `${option} ${since} ligt na de peildatum ${asOf}`,
    tooManyPoints: (count, max) => `${count} punten is te veel (hoogstens ${max}); kies een latere begindatum of een punt per kwartaal`,
  },
  {
    cmd: 'how the register developed: per month or quarter the agreements per status and the open findings per severity, from the git history',
    opt: {
      since: 'from this date (YYYY-MM-DD)',
      every: 'one point per month or quarter',
      format: 'output: table, json or csv',
      reportTrend: 'add a chart of the development since this date (YYYY-MM-DD), per month, from the git history',
    },
    examples: [
      'vo trend --since 2025-01-01                       per month up to today',
      'vo trend --since 2024-01-01 --every quarter --as-of 2026-09-30',
      'vo trend --since 2025-01-01 --format csv --excel -o trend.csv',
    ],
    reportExamples: [
      'vo report --compare v2026-q2 -o report.pdf             with "since the previous report"',
      'vo report --trend 2025-10-01 -o report.html            with a chart of the development',
    ],
    columns: { period: 'Period', date: 'As of', commit: 'Commit', agreements: 'Agreements', errors: 'Errors', warnings: 'Warnings' },
    noRegister: '—',
    sinceRequired: '--since is required, e.g. --since 2025-01-01',
    sinceAfterAsOf: (option, since, asOf) => `${option} ${since} is after the as-of date ${asOf}`,
    tooManyPoints: (count, max) => `${count} points are too many (at most ${max}); choose a later start date or one point per quarter`,
  },
);
