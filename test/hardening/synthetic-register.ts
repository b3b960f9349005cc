/**
 * The benchmark's generator of realistic registers (bench/generate.js, plain
 * JavaScript), for tests that need many files.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../helpers/run-cli.js';

type Generate = (dir: string, count: number, seed?: number) => { agreements: number; evaluations: number; incidents: number; bytes: number };

/** Write a register of `count` agreements (about four evaluations each) into `dir`/register and return its path. */
export async function generateSyntheticRegister(dir: string, count: number): Promise<string> {
  // Imported by URL: the generator is JavaScript outside the TypeScript project.
  const { generateRegister } = (await import(pathToFileURL(join(REPO_ROOT, 'bench', 'generate.js')).href)) as { generateRegister: Generate };
  const root = join(dir, 'register');
  generateRegister(root, count);
  return root;
}
