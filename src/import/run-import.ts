import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { NewFilesExistError, writeNewFiles } from '../authoring/write-new-files.js';
import type { Session } from '../session.js';
import { UsageError } from '../errors.js';
import { importText } from '../i18n/import.js';
import { CONFIG_FILE } from '../register/config.js';
import { writeFileAtomic } from '../util/write-file.js';
import { replaceConfig, withDepartments } from './config-edit.js';
import { departmentLines } from './departments.js';
import { defaultMapping, loadMapping } from './mapping.js';
import { planImport } from './plan.js';
import { address } from './problems.js';
import { readWorkbook } from './read-workbook.js';
import { importReport } from './report.js';

export interface ImportFlags {
  map?: string;
  dryRun?: boolean;
  skipInvalid?: boolean;
  addDepartments?: boolean;
}

/**
 * `vo import FILE`: read, plan, and write the valid agreements (all or, with
 * `--skip-invalid`, the valid ones) and the departments to add, or with
 * `--dry-run` only say so. Returns the exit code: 1 when any row had a problem.
 */
export async function runImport(session: Session, file: string, flags: ImportFlags): Promise<number> {
  const { io, lang, register } = session;
  const t = importText(lang);
  const sheets = await readWorkbook(resolve(io.cwd, file), file, lang);
  const mapping = flags.map !== undefined ? loadMapping(resolve(io.cwd, flags.map), flags.map, lang) : defaultMapping();
  const addDepartments = flags.addDepartments === true;
  const plan = planImport(sheets, mapping, register, { lang, addDepartments, fileName: basename(file) });
  const blocked = plan.problems.length > 0 && flags.skipInvalid !== true;
  const ready = blocked ? [] : plan.ready;
  const departments = blocked || !addDepartments ? [] : plan.departmentsToAdd;
  const shown = (path: string) => relative(io.cwd, join(register.root, ...path.split('/'))).split(sep).join('/');

  const configPath = join(register.root, CONFIG_FILE);
  const configText = departments.length > 0 ? readFileSync(configPath, 'utf8') : '';
  const nextConfig = departments.length > 0 ? withDepartments(configText, departments) : undefined;
  if (departments.length > 0 && nextConfig === undefined) throw new UsageError([t.cannotEditConfig, ...departmentLines(departments)].join('\n'));
  const files = ready.map(({ file: newFile }) => newFile);
  const existing = files.filter((f) => existsSync(join(register.root, ...f.path.split('/')))).map((f) => shown(f.path));
  if (existing.length > 0) throw new UsageError(t.filesExist(existing));

  if (flags.dryRun !== true) {
    if (nextConfig !== undefined && !replaceConfig(configPath, configText, nextConfig)) throw new UsageError(t.configChanged);
    try {
      writeNewFiles(register.root, files);
    } catch (error) {
      // All or nothing: the config gets its old bytes back when the agreements cannot be written.
      if (nextConfig !== undefined) writeFileAtomic(configPath, configText, { force: true });
      if (error instanceof NewFilesExistError) throw new UsageError(t.filesExist(error.paths.map(shown)));
      throw error;
    }
  }
  const report = importReport(
    plan,
    {
      dryRun: flags.dryRun === true,
      blocked,
      addDepartments,
      departments,
      files: ready.map(({ draft, file: newFile }) => ({
        shown: shown(newFile.path),
        at: address(draft.at),
        counts: [count(draft.record.obligations), count(draft.record.subprocessors), count(draft.record.assurance)],
      })),
    },
    lang,
  );
  io.stdout.write(report);
  return plan.problems.length > 0 ? 1 : 0;
}

function count(list: unknown): number {
  return Array.isArray(list) ? list.length : 0;
}
