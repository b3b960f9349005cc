import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceConfig, withDepartments } from '../../src/import/config-edit.js';
import { snapshotTree } from '../hardening/tree-snapshot.js';
import { runVo, tempDir, tempRegister } from '../helpers/run-cli.js';
import { GOOD_ROWS, writeWorkbook } from './workbooks.js';

const NEW = [{ id: 'sociaal-domein', name: 'Sociaal Domein' }];
const LINES = '  - id: sociaal-domein\n    name: Sociaal Domein\n';

describe('adding departments to vo.config.yaml', () => {
  it('puts them after the last department and its comments, and keeps every other byte', () => {
    const config = 'organisation: X  # naam\ndepartments:\n  - id: ict\n    name: ICT\n    # manager: later\n\n# beleid\nrules:\n  meeting-overdue: off\n';
    expect(withDepartments(config, NEW)).toBe(config.replace('    # manager: later\n', `    # manager: later\n${LINES}`));
  });

  it('keeps CRLF line ends, a missing final newline and the list’s own indentation', () => {
    const crlf = 'organisation: X\r\ndepartments:\r\n- id: ict\r\n  name: ICT\r\nlocale: nl\r\n';
    expect(withDepartments(crlf, NEW)).toBe('organisation: X\r\ndepartments:\r\n- id: ict\r\n  name: ICT\r\n- id: sociaal-domein\r\n  name: Sociaal Domein\r\nlocale: nl\r\n');
    const noNewline = 'organisation: X\ndepartments:\n    - id: ict\n      name: ICT';
    expect(withDepartments(noNewline, NEW)).toBe(`${noNewline}\n    - id: sociaal-domein\n      name: Sociaal Domein\n`);
  });

  it('gives up on a list it cannot extend safely', () => {
    expect(withDepartments('organisation: X\ndepartments: [{ id: ict, name: ICT }]\n', NEW)).toBeUndefined();
    expect(withDepartments('organisation: X\n', NEW)).toBeUndefined();
  });

  it('replaces the file atomically with its mode kept, and not when it changed since it was read', () => {
    const path = join(tempDir(), 'vo.config.yaml');
    writeFileSync(path, 'a\n');
    chmodSync(path, 0o640);
    expect(replaceConfig(path, 'b\n', 'c\n')).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe('a\n');
    expect(replaceConfig(path, 'a\n', 'c\n')).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('c\n');
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it('vo import --add-departments with a flow-style list: exit 2, the lines to add, nothing written', async () => {
    const root = tempRegister({ 'vo.config.yaml': 'organisation: Gemeente Test\ndepartments: [{ id: ict, name: ICT }]\n' });
    const rows = structuredClone(GOOD_ROWS);
    const before = snapshotTree(root);
    const result = await runVo(['-C', root, 'import', await writeWorkbook(rows), '--add-departments']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'vo: vo.config.yaml kan niet automatisch worden aangevuld (de afdelingen staan er niet als gewone lijst in); er is niets geschreven. Zet deze regels zelf onder departments:\n  - id: burgerzaken\n    name: Burgerzaken\n',
    );
    expect(snapshotTree(root)).toEqual(before);
  });
});
