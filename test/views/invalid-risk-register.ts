import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, tempDir } from '../helpers/run-cli.js';

/**
 * A copy of the example register with the two kinds of agreement whose risk is not a level:
 * afsprakenplanner (a draft without `risk`) read whole but `invalid` through a second file with
 * its id, so "niet beoordeeld"; and kapot, which cannot be read at all, so its risk is unknown.
 */
export function invalidRiskRegister(prefix: string): string {
  const root = join(tempDir(prefix), 'register');
  cpSync(join(REPO_ROOT, 'examples'), root, { recursive: true });
  mkdirSync(join(root, 'agreements', 'extra'));
  writeFileSync(join(root, 'agreements', 'extra', 'afsprakenplanner.yaml'), readFileSync(join(root, 'agreements', 'afsprakenplanner.yaml')));
  writeFileSync(join(root, 'agreements', 'kapot.yaml'), 'id: kapot\ntitle: "Kapot\n  : [\n');
  return root;
}
