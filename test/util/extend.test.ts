import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extend } from '../../src/util/extend.js';
import { builtVo } from '../helpers/built-vo.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

describe('extend', () => {
  it('gives the keys, order and values of a spread, the extra values winning', () => {
    const base = { b: 1, a: null as string | null, c: [1] };
    const made = extend(base, { a: 'x', d: undefined });
    expect(JSON.stringify(made)).toBe(JSON.stringify({ ...base, a: 'x', d: undefined }));
    expect(Object.keys(made)).toEqual(['b', 'a', 'c', 'd']);
    expect(made.c).toBe(base.c);
    expect(base.a).toBeNull();
  });

  it('makes objects that share one hidden class, where a leading spread gives each its own (the memory of large reports)', () => {
    builtVo(); // dist/ is fresh: the script below imports the built extend
    const url = pathToFileURL(join(REPO_ROOT, 'dist', 'util', 'extend.js')).href;
    const script = `
      const { extend } = await import(${JSON.stringify(url)});
      const same = (list) => list.filter((o) => %HaveSameMap(list[0], o)).length;
      const bases = Array.from({ length: 500 }, (_, i) => ({ agreement: 'a' + i, title: 't', department: 'd' }));
      const viaExtend = bases.map((b, i) => extend(b, { kind: 'evaluation', date: '2026-0' + (i % 9 + 1) }));
      const viaSpread = bases.map((b, i) => ({ ...b, kind: 'evaluation', date: '2026-0' + (i % 9 + 1) }));
      process.stdout.write(JSON.stringify({ extend: same(viaExtend), spread: same(viaSpread) }));`;
    const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const counts = JSON.parse(run.stdout) as { extend: number; spread: number };
    expect(counts.extend).toBe(500);
    // Why extend exists (Node 20); should a later Node share classes for spreads too, extend is merely unneeded.
    expect(counts.spread).toBeLessThanOrEqual(500);
  });
});
