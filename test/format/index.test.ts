import { beforeAll, describe, expect, it } from 'vitest';
import type { FindingsFormatter } from '../../src/format/types.js';
import { FINDINGS_FORMATS, isFindingsFormat, loadFindingsFormatter } from '../../src/format/index.js';
import { CANNED, context } from './canned-findings.js';

describe('findings formatters registry', () => {
  it('offers exactly the formats of SPEC §7, in that order', () => {
    expect(FINDINGS_FORMATS).toEqual(['text', 'json', 'github', 'gitlab', 'junit', 'sarif', 'markdown']);
    expect(isFindingsFormat('sarif')).toBe(true);
    expect(isFindingsFormat('toString')).toBe(false);
  });

  it('loads, for each format, the formatter of that name', async () => {
    for (const name of FINDINGS_FORMATS) expect((await loadFindingsFormatter(name)).name).toBe(name);
  });

  describe.each(FINDINGS_FORMATS)('%s', (name) => {
    let format: FindingsFormatter;
    beforeAll(async () => {
      format = await loadFindingsFormatter(name);
    });

    it('gives byte-identical output whatever the input order', () => {
      const reversed = [...CANNED].reverse();
      const rotated = [...CANNED.slice(3), ...CANNED.slice(0, 3)];
      const output = format(CANNED, context({ color: true }));
      expect(format(reversed, context({ color: true }))).toBe(output);
      expect(format(rotated, context({ color: true }))).toBe(output);
    });

    it('ends with a newline and holds no machine path', () => {
      const output = format(CANNED, context({ color: true }));
      expect(output.endsWith('\n')).toBe(true);
      expect(output).not.toContain(process.cwd());
    });

    it('does not touch the findings it was given', () => {
      const input = [...CANNED];
      const before = JSON.stringify(input);
      format(input, context());
      expect(JSON.stringify(input)).toBe(before);
    });
  });
});
