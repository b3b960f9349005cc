import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutput } from '../../src/cli/output.js';
import type { Io } from '../../src/cli/io.js';
import { text, textChunks } from '../../src/format/text.js';
import { loadRegister } from '../../src/register/load.js';
import { assess } from '../../src/assessment/assess.js';
import { neutraliseControls } from '../../src/util/visible-controls.js';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { context } from '../format/canned-findings.js';

/** stdout as a list of the writes made to it. */
function capture(): { io: Io; writes: string[] } {
  const writes: string[] = [];
  const stream = { isTTY: false, write: (s: string) => (writes.push(s), true) };
  return { io: { stdout: stream, stderr: stream, stdin: { isTTY: false }, cwd: REPO_ROOT, env: {}, now: () => new Date(0) } as unknown as Io, writes };
}

describe('output written in pieces', () => {
  it('is byte for byte the output written at once, in a few large writes', () => {
    // Pieces with a byte-order mark, ESC, BEL, CR LF and a lone CR, each ending a line, 400 kB in all.
    const pieces = Array.from({ length: 4000 }, (_, i) => `${i % 7 === 0 ? '\ufeff' : ''}regel ${i}\u001b[31m rood\u0007 ${'x'.repeat(60)}\r\neind\rnog\n`);
    for (const color of [false, true]) {
      const whole = capture();
      writeOutput({ ...whole, lang: 'nl', color }, pieces.join(''), {});
      const inPieces = capture();
      writeOutput({ ...inPieces, lang: 'nl', color }, pieces, {});
      expect(inPieces.writes.join('')).toBe(whole.writes.join(''));
      expect(inPieces.writes.join('')).toBe(neutraliseControls(pieces.join(''), { keepColour: color }));
      expect(inPieces.writes.length).toBeGreaterThan(3);
      expect(inPieces.writes.length).toBeLessThan(20);
    }
  });

  it('keeps a byte-order mark that starts the output, and writes an empty output once', () => {
    const out = capture();
    writeOutput({ ...out, lang: 'nl' }, ['\ufeffa\n', '\ufeffb\n'], {});
    expect(out.writes.join('')).toBe('\ufeffa\n\\uFEFFb\n');
    const empty = capture();
    writeOutput({ ...empty, lang: 'nl' }, [], {});
    expect(empty.writes).toEqual(['']);
  });

  it('of vo check’s text format are, joined, the text format', () => {
    const register = loadRegister(join(REPO_ROOT, 'examples'), { lang: 'nl' });
    const findings = assess(register, '2026-10-01', 'nl').findings;
    for (const width of [undefined, 80, 40]) {
      const ctx = context({ color: true, fileCount: register.files.length, ...(width !== undefined ? { width } : {}) });
      const chunks = [...textChunks(findings, ctx)];
      expect(chunks.length).toBeGreaterThan(10);
      expect(chunks.every((chunk) => chunk.endsWith('\n'))).toBe(true);
      expect(chunks.join('')).toBe(text(findings, ctx));
    }
  });
});
