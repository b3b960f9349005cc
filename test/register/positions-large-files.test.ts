import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assess.js';
import { loadRegister } from '../../src/register/load.js';
import { REPO_ROOT, tempDir } from '../helpers/run-cli.js';

const EXAMPLES = join(REPO_ROOT, 'examples');

/** The example register with 60 copies of an agreement, each with its own id and oddity, and `header` above each copy. */
function register(header: (i: number) => string): string {
  const root = join(tempDir('vo-kept-'), 'register');
  cpSync(EXAMPLES, root, { recursive: true });
  const agreement = readFileSync(join(root, 'agreements/zaaksysteem.yaml'), 'utf8');
  for (let i = 0; i < 60; i++) {
    let text = header(i) + agreement.replace(/^id: .*$/m, `id: kopie-${i}`);
    if (i % 3 === 1) text = text.replace(/\n/g, '\r\n');
    writeFileSync(join(root, `agreements/kopie-${String(i).padStart(2, '0')}.yaml`), i % 3 === 2 ? `\ufeff${text}` : text);
  }
  return root;
}

function copyFindings(root: string) {
  const loaded = loadRegister(root, { lang: 'nl' });
  return assess(loaded, '2026-10-01', 'nl', {}, { last: true }).findings.filter((f) => f.file.includes('kopie-'));
}

describe('positions in a loaded register', () => {
  it('are the same in files with a first line of 150–300 kB, byte-order marks, CRLF and non-ASCII text', () => {
    // A long first line against a short one: the same findings, line for line and column for column.
    const large = copyFindings(register((i) => `# ${'é’ '.repeat(50_000 + i)}\n`));
    const small = copyFindings(register(() => '# kort\n'));
    expect(new Set(large.map((f) => f.file)).size).toBe(60);
    expect(large.filter((f) => f.line > 2).length).toBeGreaterThan(60);
    expect(large).toEqual(small);
  });
});
