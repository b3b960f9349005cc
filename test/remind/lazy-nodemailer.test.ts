/**
 * Only `vo remind` loads nodemailer: in the sources every import of it is
 * dynamic, the modules that use it are reached only through `import()`, and a
 * spawned `vo check` or `vo agenda --format ics` never resolves it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnLoggingModules } from '../helpers/loaded-modules.js';
import { REPO_ROOT, tempDir } from '../helpers/run-cli.js';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** The modules that import nodemailer, and what imports them. */
const MAIL_MODULES = ['remind/run.js', 'remind/mailer.js', 'remind/send-all.js'];

describe('loading nodemailer', () => {
  const files = sources(join(REPO_ROOT, 'src')).map((file) => ({ file: relative(REPO_ROOT, file), text: readFileSync(file, 'utf8') }));
  const staticImports = (text: string) => [...text.matchAll(/^import (?!type )[^;]*from '([^']+)';/gm)].map((m) => m[1]!);

  it('imports it only dynamically, and the mail modules only dynamically from outside src/remind', () => {
    expect(files.flatMap(({ file, text }) => staticImports(text).filter((s) => s.startsWith('nodemailer')).map((s) => `${file}: ${s}`))).toEqual([]);
    expect(files.some(({ text }) => text.includes("await import('nodemailer')"))).toBe(true);
    const outside = files.filter(({ file }) => !file.startsWith('src/remind/'));
    expect(outside.flatMap(({ file, text }) => staticImports(text).filter((s) => MAIL_MODULES.some((m) => s.endsWith(m))).map((s) => `${file}: ${s}`))).toEqual([]);
  });

  it('a spawned vo check or vo agenda never resolves it; vo remind does (run `npm run build` first)', () => {
    const run = (args: string[]) =>
      spawnLoggingModules(['-C', join(REPO_ROOT, 'examples'), ...args, '--as-of', '2026-10-01'], { PATH: process.env.PATH ?? '', NO_COLOR: '1' });
    const mail = (modules: string[]) => modules.filter((module) => module.startsWith('node_modules/nodemailer/'));
    for (const args of [['check', '--fail-on', 'never'], ['agenda', '--format', 'ics', '--owner', 'smit']]) {
      const result = run(args);
      expect(result.status, args.join(' ')).toBe(0);
      expect(mail(result.modules)).toEqual([]);
    }
    const remind = run(['remind', '--dry-run', '--out', tempDir('vo-remind-lazy-'), '--owner', 'smit']);
    expect(remind.status).toBe(0);
    expect(mail(remind.modules)).not.toEqual([]);
  });
});
