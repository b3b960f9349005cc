/**
 * An item whose date has passed but that `vo check` does not report yet (a recurring obligation
 * still within `grace_days`) is "upcoming", not overdue. The management and department reports
 * said so with a negative number of days ("-7") where `vo agenda` says "7 dagen geleden" and the
 * dossier and the site say "binnen de marge"; they now say "binnen de marge" too, in both languages.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runVo } from '../helpers/run-cli.js';

const EXAMPLES = join(REPO_ROOT, 'examples');
// On 2026-07-15 the yearly ISAE report of jeugdhulp-portaal (due 2026-07-08) is 7 days past its date, within the 14 days' grace.
const AS_OF = '2026-07-15';

describe('an item within the grace period in the management and department reports', () => {
  it.each([
    ['nl', [], /^\| 8 juli 2026 \| binnen de marge \| verplichting: Jaarlijkse ISAE 3402-rapportage aanleveren \|/m],
    ['en', [], /^\| 8 July 2026 \| within the grace period \| obligation: Jaarlijkse ISAE 3402-rapportage aanleveren \|/m],
    ['nl', ['--template', 'department', '--department', 'sociaal-domein'], /^\| 8 juli 2026 \| binnen de marge \| verplichting: Jaarlijkse ISAE 3402-rapportage aanleveren \|/m],
    ['en', ['--template', 'department', '--department', 'sociaal-domein'], /^\| 8 July 2026 \| within the grace period \| obligation: Jaarlijkse ISAE 3402-rapportage aanleveren \|/m],
  ])('%s %j: no negative number of days', async (lang, args, row) => {
    const agenda = await runVo(['-C', EXAMPLES, 'agenda', '--as-of', AS_OF, '--format', 'json', '--agreement', 'jeugdhulp-portaal']);
    const item = (JSON.parse(agenda.stdout) as { date: string; kind: string; overdue: boolean }[]).find((i) => i.date === '2026-07-08' && i.kind === 'obligation');
    expect(item?.overdue).toBe(false);
    const report = await runVo(['-C', EXAMPLES, 'report', '--as-of', AS_OF, '--lang', lang, ...args]);
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(row);
    expect(report.stdout).not.toMatch(/\| -\d+ \|/);
  });
});
