import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINIMAL_CONFIG, REPO_ROOT, runVo, tempDir, tempRegister } from '../helpers/run-cli.js';
import { GOOD_ROWS, writeWorkbook } from './workbooks.js';

/**
 * Chapter 8 of docs/handleiding.md quotes what vo import prints. These tests make
 * those quotes, so the guide fails here, not in front of a reader.
 */
const GUIDE = readFileSync(join(REPO_ROOT, 'docs', 'handleiding.md'), 'utf8');
const chapter = GUIDE.slice(GUIDE.indexOf('## 8. Beginnen vanuit Excel'));

/** The first fenced block after `marker`. */
function blockAfter(marker: string): string {
  const start = chapter.indexOf(marker);
  expect(start, marker).toBeGreaterThan(-1);
  return /```\w*\n([\s\S]*?)```/.exec(chapter.slice(start))?.[1] ?? '';
}

describe('docs/handleiding.md, chapter 8', () => {
  it('the dry run of the example in a new register prints what the guide shows', async () => {
    const root = join(tempDir(), 'register');
    await runVo(['init', root]);
    await runVo(['import', '--template', 'import'], { cwd: root });
    const dry = await runVo(['import', 'import/overeenkomsten.xlsx', '--map', 'import/koppeling.yaml', '--dry-run'], { cwd: root });
    expect(dry.stdout).toBe(blockAfter('ziet dat er zo uit:'));
  });

  it('the messages of step 5 are what vo import says about those cells', async () => {
    const rows = structuredClone(GOOD_ROWS);
    rows.agreements[0]![6] = '31-2-2025';
    rows.obligations[2]![3] = 'soms';
    rows.obligations[2]![4] = null;
    rows.subprocessors[1]![2] = 'Narnia';
    const result = await runVo(['-C', tempRegister({ 'vo.config.yaml': MINIMAL_CONFIG }), 'import', await writeWorkbook(rows), '--dry-run']);
    const quoted = blockAfter('Daarachter staat wat er mis is').trimEnd().split('\n');
    expect(quoted.length).toBe(4);
    for (const line of quoted) {
      // The guide shows a one-off obligation without its due date; here the same row lost its frequency too.
      if (line.startsWith('Verplichtingen!E3')) continue;
      expect(result.stdout).toContain(`${line}\n`);
    }
    rows.obligations[2]![3] = 'eenmalig';
    const once = await runVo(['-C', tempRegister({ 'vo.config.yaml': MINIMAL_CONFIG }), 'import', await writeWorkbook(rows), '--dry-run']);
    expect(once.stdout).toContain(`${quoted.find((line) => line.startsWith('Verplichtingen!E3'))}\n`);
  });
});
