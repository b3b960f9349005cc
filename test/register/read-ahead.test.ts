/**
 * A large working tree is read on a worker thread while the main thread parses
 * (src/register/read-ahead.ts). It must change nothing a user sees: the same
 * findings and records in the same order, and every odd file (too large,
 * vanished) left to the main thread's own reading and messages.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assess.js';
import { json } from '../../src/format/json.js';
import { MAX_FILE_BYTES } from '../../src/register/parse.js';
import { loadRegister } from '../../src/register/load.js';
import { READ_AHEAD_MIN_FILES, startReadAhead } from '../../src/register/read-ahead.js';
import { scanBytesForScope } from '../../src/register/scope-scan.js';
// @ts-expect-error -- a plain JavaScript module of the benchmark
import { generateRegister } from '../../bench/generate.js';
import { tempDir, yamlFilesUnder } from '../helpers/run-cli.js';
import { context } from '../format/canned-findings.js';

describe('reading ahead on a worker thread', () => {
  it('hands over every file in order, through many laps of its ring, and leaves odd files to the caller', () => {
    const dir = tempDir();
    // Sizes from empty to the limit, so that the 16 MiB ring wraps around many times.
    const sizes = [0, 1, 700, 4096, 65_537, 300_000, MAX_FILE_BYTES];
    const files = sizes.map((size, i) => {
      const path = join(dir, `f${i}.yaml`);
      writeFileSync(path, Buffer.alloc(size, 97 + i));
      return path;
    });
    const tooLarge = join(dir, 'too-large.yaml');
    writeFileSync(tooLarge, Buffer.alloc(MAX_FILE_BYTES + 1, 120));
    const missing = join(dir, 'missing.yaml');
    const paths = Array.from({ length: 6000 }, (_, i) => (i % 500 === 17 ? tooLarge : i % 700 === 3 ? missing : (files[i % files.length] as string)));
    expect(paths.length).toBeGreaterThan(READ_AHEAD_MIN_FILES);
    // One worker, and two or three taking every second or third file (the scan of a scoped load).
    for (const threads of [1, 2, 3]) {
      const ahead = startReadAhead(paths, MAX_FILE_BYTES, threads);
      expect(ahead).toBeDefined();
      const wrong: number[] = [];
      for (const [i, path] of paths.entries()) {
        const bytes = ahead?.next();
        if (path === tooLarge || path === missing) {
          if (bytes !== undefined) wrong.push(i);
        } else if (bytes === undefined || Buffer.compare(Buffer.from(bytes), readFileSync(path)) !== 0) wrong.push(i);
      }
      ahead?.close();
      expect(wrong, `${threads} threads`).toEqual([]);
    }
  });

  it('scans each file for a scoped load on the thread that read it, as the main thread would scan it', () => {
    const root = join(tempDir(), 'register');
    generateRegister(root, 450);
    const odd = join(root, 'evaluations', 'odd');
    mkdirSync(odd, { recursive: true });
    const oddFiles = {
      'crlf.yaml': 'id: e1\r\nagreement: a1\r\n',
      'escape.yaml': 'id: "e\\u0032"\nagreement: a1\n',
      'flow.yaml': '{id: e3, agreement: a1}\n',
      'accent.yaml': 'id: é4\nagreement: a1\n',
      'twice.yaml': 'id: e5\nagreement: a1\nagreement: a2\n',
      'no-newline.yaml': 'id: e6\nagreement: a1',
    };
    for (const [name, text] of Object.entries(oddFiles)) writeFileSync(join(odd, name), text);
    const paths = yamlFilesUnder(root);
    const missing = join(root, 'missing.yaml');
    paths.splice(100, 0, missing);
    expect(paths.length).toBeGreaterThan(READ_AHEAD_MIN_FILES);
    for (const threads of [1, 2]) {
      const ahead = startReadAhead(paths, MAX_FILE_BYTES, threads, true);
      const wrong: string[] = [];
      let unsure = 0;
      for (const path of paths) {
        const bytes = ahead?.next();
        const scan = ahead?.lastScan();
        if (bytes === undefined) {
          if (path !== missing || scan !== undefined) wrong.push(path);
          continue;
        }
        const expected = scanBytesForScope(bytes);
        if (JSON.stringify(scan) !== JSON.stringify(expected)) wrong.push(path);
        if (expected.unsure) unsure++;
      }
      ahead?.close();
      expect(wrong, `${threads} threads`).toEqual([]);
      // Four odd files are unsure (an escape, a flow map, an accent, a key twice); the carriage return takes the text path.
      expect(unsure, `${threads} threads`).toBeGreaterThanOrEqual(4);
    }
    // Without `scan` the reader only reads.
    const plain = startReadAhead(paths, MAX_FILE_BYTES);
    expect(plain?.next()).toBeDefined();
    expect(plain?.lastScan()).toBeUndefined();
    plain?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('is not started for a small register', () => {
    expect(startReadAhead(['a.yaml', 'b.yaml'], MAX_FILE_BYTES)).toBeUndefined();
  });

  it('gives the same findings and records as reading on the main thread, for a register of 2 600 files', () => {
    const root = join(tempDir(), 'register');
    generateRegister(root, 500);
    // A file that breaks, so the files with findings include a parse failure.
    mkdirSync(join(root, 'evaluations', 'kapot'), { recursive: true });
    writeFileSync(join(root, 'evaluations', 'kapot', 'x.yaml'), 'id: [unclosed\n');
    const outputs = (readAhead: boolean) => {
      const register = loadRegister(root, { lang: 'nl', readAhead });
      expect(register.files.length).toBeGreaterThan(READ_AHEAD_MIN_FILES);
      const assessment = assess(register, '2026-10-01', 'nl');
      return {
        findings: json(assessment.findings, context({ asOf: '2026-10-01', fileCount: assessment.fileCount })),
        records: JSON.stringify([register.agreements, register.evaluations, register.incidents].map((list) => list.map((r) => [r.file, r.value]))),
      };
    };
    const ahead = outputs(true);
    expect(ahead.findings).toContain('yaml-syntax');
    expect(ahead).toEqual(outputs(false));
    // A scoped load (`--department`, `--agreement`, `vo show`) scans every file through the worker too.
    const agreement = readdirSync(join(root, 'agreements')).sort()[3]?.replace(/\.yaml$/, '') ?? '';
    for (const scope of [{ department: 'burgerzaken' }, { agreement }]) {
      const scoped = (readAhead: boolean) => {
        const register = loadRegister(root, { lang: 'nl', readAhead, scope });
        expect(register.scoped).toBeDefined();
        const assessment = assess(register, '2026-10-01', 'nl', scope);
        return json(assessment.findings, context({ asOf: '2026-10-01', fileCount: assessment.fileCount }));
      };
      const found = scoped(true);
      expect(JSON.parse(found).findings.length).toBeGreaterThan(0);
      expect(found).toBe(scoped(false));
    }
    rmSync(root, { recursive: true, force: true });
  });
});
