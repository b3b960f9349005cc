import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NewFilesExistError, writeNewFiles } from '../../src/authoring/write-new-files.js';
import { tempDir } from '../helpers/run-cli.js';
import { snapshot } from './helpers.js';

describe('writeNewFiles', () => {
  it('creates folders and files', () => {
    const root = tempDir();
    writeNewFiles(root, [
      { path: 'a/b/c.yaml', content: 'x: 1\n' },
      { path: 'd.txt', content: '' },
    ]);
    expect(readFileSync(join(root, 'a', 'b', 'c.yaml'), 'utf8')).toBe('x: 1\n');
    expect(existsSync(join(root, 'd.txt'))).toBe(true);
  });

  it('refuses before writing anything when any target exists, naming every one', () => {
    const root = tempDir();
    writeFileSync(join(root, 'taken.txt'), 'mine');
    const before = snapshot(root);
    expect(() => writeNewFiles(root, [{ path: 'new/first.txt', content: '1' }, { path: 'taken.txt', content: '2' }])).toThrow(
      new NewFilesExistError(['taken.txt']),
    );
    expect(snapshot(root)).toEqual(before);
  });

  it('takes back what it wrote, folders included, when a later file fails', () => {
    const root = tempDir();
    // A file where a folder is needed: unseen by the existence check, it fails only when written.
    writeFileSync(join(root, 'blocker'), 'a file');
    mkdirSync(join(root, 'kept'));
    const before = snapshot(root);
    expect(() =>
      writeNewFiles(root, [
        { path: 'fresh/deep/one.txt', content: '1' },
        { path: 'kept/two.txt', content: '2' },
        { path: 'blocker/three.txt', content: '3' },
      ]),
    ).toThrow();
    expect(snapshot(root)).toEqual(before);
    expect(existsSync(join(root, 'fresh'))).toBe(false);
    expect(existsSync(join(root, 'kept'))).toBe(true);
  });
});
