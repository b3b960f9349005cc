import type { JsonType } from '../i18n/schema.js';
import type { YamlPath } from '../register/parse.js';

/** JSON Pointer (RFC 6901) to path segments; digits become list indexes. */
export function pathOf(pointer: string): YamlPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The name a user sees for a path: its last key, or `parent[3]` for a list item. */
export function keyName(path: YamlPath): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i];
    if (typeof segment === 'string') {
      const indexes = path.slice(i + 1).map((n) => `[${n}]`).join('');
      return segment + indexes;
    }
  }
  return '(document)';
}

/** The last key of a path, list indexes skipped: `assurance` for `assurance/2`. */
export function lastKey(path: YamlPath): string | undefined {
  return path.filter((segment): segment is string => typeof segment === 'string').at(-1);
}

export function jsonType(value: unknown): JsonType {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'string';
  return 'object';
}
