import { IANAZone } from 'luxon';
import type { Io } from '../session.js';
import { UsageError } from '../errors.js';
import { authoringText } from '../i18n/authoring.js';
import type { Lang } from '../i18n/lang.js';
import type { Department } from '../register/types.js';
import { DEPARTMENT_ID_PATTERN } from '../schema/patterns.js';
import { configNotes } from './config-notes.js';
import type { ConfigValues } from './config-template.js';
import { canPrompt, createPrompter, type Prompter } from './prompter.js';

export interface InitFlags {
  organisation?: string;
  department?: string[];
  timezone?: string;
}

const DEPARTMENT_ID = new RegExp(DEPARTMENT_ID_PATTERN);
export const DEFAULT_TIMEZONE = 'Europe/Amsterdam';

/**
 * The config values of `vo init`: flags first; what is missing is asked on a
 * terminal, else filled with placeholders marked "fill in" in the file, so a
 * scripted `vo init` always gives a valid register (issue #6).
 */
export async function initValues(flags: InitFlags, io: Io, lang: Lang): Promise<ConfigValues> {
  const text = authoringText(lang);
  const fallback = configNotes(lang).fallback;
  const timezone = flags.timezone ?? DEFAULT_TIMEZONE;
  if (!IANAZone.isValidZone(timezone)) throw new UsageError(text.badTimezone(timezone));
  if (flags.organisation !== undefined && flags.organisation.trim() === '') throw new UsageError(text.empty('--organisation'));
  const given = (flags.department ?? []).map((spec) => {
    const department = parseDepartment(spec);
    if (department === undefined) throw new UsageError(text.badDepartmentSpec(spec));
    return department;
  });
  const duplicate = firstDuplicate(given);
  if (duplicate !== undefined) throw new UsageError(text.duplicateDepartment(duplicate));

  let organisation = flags.organisation?.trim();
  let departments = given;
  if ((organisation === undefined || departments.length === 0) && canPrompt(io)) {
    const prompter = createPrompter(io);
    try {
      organisation ??= (await prompter.ask(text.ask.organisation(fallback.organisation))) || undefined;
      if (departments.length === 0) departments = await askDepartments(prompter, lang, `${fallback.department.id}:${fallback.department.name}`);
    } finally {
      prompter.close();
    }
  }
  return {
    organisation: organisation ?? fallback.organisation,
    lang,
    timezone,
    departments: departments.length > 0 ? departments : [fallback.department],
    placeholders: { organisation: organisation === undefined, departments: departments.length === 0 },
  };
}

/** `id:Name`, the name may hold colons itself. */
export function parseDepartment(spec: string): Department | undefined {
  const colon = spec.indexOf(':');
  if (colon < 0) return undefined;
  const id = spec.slice(0, colon).trim();
  const name = spec.slice(colon + 1).trim();
  return DEPARTMENT_ID.test(id) && name !== '' ? { id, name } : undefined;
}

function firstDuplicate(departments: readonly Department[]): string | undefined {
  const seen = new Set<string>();
  for (const { id } of departments) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}

/** One department per answer until an empty one; the first empty answer takes the placeholder. */
async function askDepartments(prompter: Prompter, lang: Lang, fallback: string): Promise<Department[]> {
  const text = authoringText(lang);
  const departments: Department[] = [];
  for (;;) {
    const answer = await prompter.ask(text.ask.departmentSpec(departments.length + 1, departments.length === 0 ? fallback : undefined));
    if (answer === undefined || answer === '') return departments;
    const department = parseDepartment(answer);
    if (department === undefined) prompter.say(text.tryAgain(text.badDepartmentSpec(answer)));
    else if (departments.some((d) => d.id === department.id)) prompter.say(text.tryAgain(text.duplicateDepartment(department.id)));
    else departments.push(department);
  }
}
