import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanBytesForScope, scanForScope } from '../../src/register/scope-scan.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

const latin1 = (text: string) => Buffer.from(text, 'latin1');

function recordFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.yaml'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** A small deterministic generator (mulberry32), so a failure can be reproduced. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLAIN_PIECES = ['id: a1', 'id: "a-2"', "id: 'a.3'", 'id:  b4  ', 'id: x # note', 'agreement: zaak', 'department: burgerzaken', 'department:\tveiligheid\t', 'title: Iets', '  id: nested', '# comment', '', 'idx: 1', 'id2: 3'];
const ODD_PIECES = [
  'id: [x]', 'id: a\\x', 'id:', 'agreement: zaak\n  more', 'agreement: "zaak', 'department: é', '   ', '---', '--- ', '"id": q', '? id', '{a: 1}',
  '[1]', '&anchor x', '*alias', '!tag x', '| block', '> folded', '%YAML 1.2', '@x', '`x', '\tid: tab', ' # indented comment',
];

describe('the scope scan of a file’s bytes says what the scan of its text says', () => {
  it('for every record file of the example register', () => {
    const files = recordFiles(join(REPO_ROOT, 'examples'));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const bytes = readFileSync(file);
      expect(scanBytesForScope(bytes), file).toEqual(scanForScope(bytes.toString('latin1')));
    }
  });

  it('for 20 000 files built from plain, quoted, unusual, indented and commented lines, with LF, CRLF, CR and no final newline', () => {
    const next = random(15);
    let unsure = 0;
    let sure = 0;
    for (let n = 0; n < 20_000; n++) {
      const pick = (pieces: string[]) => pieces[Math.floor(next() * pieces.length)]!;
      const lines = Array.from({ length: 1 + Math.floor(next() * 8) }, () => pick(next() < 0.1 ? ODD_PIECES : PLAIN_PIECES));
      const newline = next() < 0.8 ? '\n' : next() < 0.5 ? '\r\n' : '\r';
      const text = lines.join(newline) + (next() < 0.8 ? newline : '');
      const expected = scanForScope(latin1(text).toString('latin1'));
      expect(scanBytesForScope(latin1(text)), JSON.stringify(text)).toEqual(expected);
      if (expected.unsure) unsure++;
      else if (expected.id !== undefined || expected.agreement !== undefined) sure++;
    }
    // Both outcomes are exercised, not only the unsure one.
    expect(sure).toBeGreaterThan(1000);
    expect(unsure).toBeGreaterThan(1000);
  });

  it('reads the values of a plain file and trusts them', () => {
    expect(scanBytesForScope(latin1('# kop\n\nid: a1\nagreement: "zaak"\ndepartment: burgerzaken # afdeling\ntitle: x\n'))).toEqual({
      unsure: false,
      id: 'a1',
      agreement: 'zaak',
      department: 'burgerzaken',
    });
    expect(scanBytesForScope(latin1('id: a1\nid: a2\n')).unsure).toBe(true);
    expect(scanBytesForScope(latin1('id: a1\n  continued\n')).unsure).toBe(true);
  });
});
