/**
 * `vo report --template agreement --agreement ID` loads only that agreement's
 * files, as `vo show` does (it costs about what `vo show` costs); the dossier
 * must be the one a report over the whole register would give.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assess.js';
import { loadRegister } from '../../src/register/load.js';
import { renderReport } from '../../src/report/render.js';
import { loadTemplateSource } from '../../src/report/template-source.js';
import { REPO_ROOT, runVo } from '../helpers/run-cli.js';

const EXAMPLES = join(REPO_ROOT, 'examples');
const AS_OF = '2026-10-01';

describe('the agreement report of one agreement', () => {
  const full = loadRegister(EXAMPLES, { lang: 'nl' });

  it.each(['jeugdhulp-portaal', 'klantcontactcentrum', 'zaaksysteem', 'leerlingenvervoer'])('%s: the scoped run prints what a report over the whole register gives', async (agreement) => {
    const expected = await renderReport(assess(full, AS_OF, 'nl', { agreement }), {
      source: loadTemplateSource('agreement', REPO_ROOT, 'nl'),
      format: 'md',
      template: 'agreement',
      reportDate: AS_OF,
      agreement,
    });
    const result = await runVo(['-C', EXAMPLES, 'report', '--template', 'agreement', '--agreement', agreement, '--as-of', AS_OF]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(expected.content);
    expect(result.stdout).toContain(`# `);
  });
});
