import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanBytesForScope, scanForScope, scanFromWords, scanRange, SCAN_WORDS } from '../../src/register/scope-scan.js';
import { REPO_ROOT, yamlFilesUnder } from '../helpers/run-cli.js';

const latin1 = (text: string) => Buffer.from(text, 'latin1');

/** A small deterministic generator (mulberry32), so a failure can be reproduced. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLAIN_PIECES = [
  'id: a1', 'id: "a-2"', "id: 'a.3'", 'id:  b4  ', 'id: x # note', 'agreement: zaak', 'agreement:zaak', 'department: burgerzaken', 'department:\tveiligheid\t',
  'department: x  # y # z', 'id: ""', "id: ''", 'id: 0/1', 'title: Iets', '  id: nested', '# comment', '', 'idx: 1', 'id2: 3', 'a', 'd: x', 'i: 1',
];
const ODD_PIECES = [
  'id: [x]', 'id: a\\x', 'id:', 'agreement: zaak\n  more', 'agreement: "zaak', 'department: é', '   ', '---', '--- ', '"id": q', '? id', '{a: 1}',
  '[1]', '&anchor x', '*alias', '!tag x', '| block', '> folded', '%YAML 1.2', '@x', '`x', '\tid: tab', ' # indented comment',
  'id: a#b', 'id: "a', "id: 'a\"", 'id: -x', 'id: .x', 'id: x y', 'id: _x', 'id: x_y', 'id: #', 'department: "a b"', '--- # c', '_key: 1', 'agreement', 'departmen: x', 'id: ab!', 'agreement: zaaké', 'department: x:', "id: 'ab!'", 'id: "', 'id: x\t# note', '--- ab', 'title: C:\\temp',
];

/** scanRange as the reader threads run it: from its source text alone, without the module around it. */
const isolatedScanRange = new Function(`${scanRange.toString()}; return scanRange;`)() as typeof scanRange;

/** The scan of `file` put between other bytes, read from its range as a reader thread does. */
function scanInRing(scan: typeof scanRange, file: Buffer): ReturnType<typeof scanBytesForScope> {
  // Bytes around it that would change the outcome if the scan strayed outside its range.
  const before = Buffer.from('\\\r\n? x\nid: before', 'latin1');
  const ring = Buffer.concat([before, file, Buffer.from('\nid: after\r\n', 'latin1')]);
  const words = new Int32Array(SCAN_WORDS * 3).fill(99);
  scan(ring, before.length, before.length + file.length, words, SCAN_WORDS);
  return scanFromWords(ring.subarray(before.length, before.length + file.length), words, SCAN_WORDS);
}

describe('the scope scan of a file’s bytes says what the scan of its text says', () => {
  it('for every record file of the example register', () => {
    const files = yamlFilesUnder(join(REPO_ROOT, 'examples'));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const bytes = readFileSync(file);
      const expected = scanForScope(bytes.toString('latin1'));
      expect(scanBytesForScope(bytes), file).toEqual(expected);
      expect(scanInRing(isolatedScanRange, bytes), file).toEqual(expected);
    }
  });

  it('for 20 000 files built from plain, quoted, unusual, indented and commented lines, with LF, CRLF, CR and no final newline, also from a range of a larger buffer and from its source text alone (as the reader threads scan)', () => {
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
      expect(scanInRing(scanRange, latin1(text)), JSON.stringify(text)).toEqual(expected);
      expect(scanInRing(isolatedScanRange, latin1(text)), JSON.stringify(text)).toEqual(expected);
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
