import { yamlString } from '../authoring/yaml-text.js';
import type { Department } from '../register/types.js';
import { headerKey } from './columns.js';

/**
 * Departments as a sheet names them: by id (`burgerzaken`), by name
 * (`Burgerzaken`, any case or accents), by the mapping's own words, or as the id
 * the name would get (`Sociaal Domein` is `sociaal-domein`). A department the
 * config lacks gets that id and the name as written, so the lines to add to
 * vo.config.yaml can be printed or added (`--add-departments`).
 */
export class Departments {
  private readonly byKey = new Map<string, string>();
  /** Departments the sheet names and the config lacks, in the order first met. */
  readonly missing = new Map<string, Department>();

  constructor(
    known: readonly Department[],
    private readonly own: Readonly<Record<string, string>> = {},
  ) {
    for (const department of known) {
      this.byKey.set(department.id, department.id);
      this.byKey.set(headerKey(department.name), department.id);
    }
  }

  /** The id for a sheet's text; undefined when no id can be made of it (only punctuation). */
  resolve(text: string): { id: string; known: boolean } | undefined {
    const trimmed = text.trim();
    const own = Object.hasOwn(this.own, trimmed) ? this.own[trimmed] : undefined;
    if (own !== undefined) return this.byKey.has(own) ? { id: own, known: true } : this.addMissing(own, nameOf(own));
    const id = this.byKey.get(trimmed.toLowerCase()) ?? this.byKey.get(headerKey(trimmed)) ?? this.byKey.get(departmentId(trimmed));
    if (id !== undefined) return { id, known: true };
    const made = departmentId(trimmed);
    return made === '' ? undefined : this.addMissing(made, nameOf(trimmed));
  }

  private addMissing(id: string, name: string): { id: string; known: false } {
    if (!this.missing.has(id)) this.missing.set(id, { id, name });
    return { id, known: false };
  }
}

/** docs/format.md: `^[a-z0-9][a-z0-9-]*$`. */
export function departmentId(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A name for a department the sheet names by an id-like word: `sociaal-domein` becomes `Sociaal domein`. */
function nameOf(text: string): string {
  if (!/^[a-z0-9-]+$/.test(text)) return text;
  const words = text.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The lines to put under `departments:` in vo.config.yaml, indented as `vo init` writes them. */
export function departmentLines(departments: readonly Department[], indent = '  '): string[] {
  return departments.flatMap((d) => [`${indent}- id: ${d.id}`, `${indent}  name: ${yamlString(d.name)}`]);
}
