import { viewText } from '../../i18n/views.js';
import type { BrokenDossierModel } from '../../views/model-types.js';
import { chalkFor, type ViewContext } from './context.js';
import { findingsSection, keyDataLines } from './dossier-text.js';
import { oneLine } from './table.js';
import { truncate, wrap } from './wrap.js';

/**
 * `vo show` of an agreement whose own file cannot be read (completely): the key data that could
 * be read (as the agreement report's dossier of it), a note saying why there is no more, and the
 * current findings, which say what is wrong with the file.
 */
export function brokenDossierText(d: BrokenDossierModel, context: ViewContext): string {
  const t = viewText(context.lang);
  const s = t.show;
  const l = s.labels;
  const chalk = chalkFor(context);
  const width = context.width;
  const pairs: [string, string | null][] = [
    [l.department, d.department !== null ? `${d.departmentName ?? d.department} (${d.department})` : null],
    [l.status, `${t.status[d.status] ?? d.status} (${s.counts(d.errors, d.warnings)})`],
    [l.phase, d.phase !== null ? t.phase[d.phase] : null],
    [l.processor, d.processor],
    [l.risk, d.risk !== null ? t.level[d.risk] : null],
    [l.file, d.file],
  ];
  const known = pairs.flatMap(([label, value]): [string, string[]][] => (value === null ? [] : [[label, [value]]]));
  return [
    chalk.bold(truncate(oneLine(d.title !== null ? `${d.id} — ${d.title}` : d.id), width)),
    chalk.dim(s.heading(d.asOf)),
    '',
    ...keyDataLines(known, width),
    '',
    ...wrap(s.unreadable, width).map((line) => chalk.red(line)),
    '',
    ...findingsSection(d.findings, context),
  ].join('\n') + '\n';
}
