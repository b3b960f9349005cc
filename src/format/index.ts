import type { FindingsFormatter } from './types.js';

/**
 * Every `vo check --format`, and how to load its formatter: a run loads only
 * the one it prints (start-up). Adding a format is adding a file and a line here.
 */
const LOADERS = {
  text: async () => (await import('./text.js')).text,
  json: async () => (await import('./json.js')).json,
  github: async () => (await import('./github.js')).github,
  gitlab: async () => (await import('./gitlab.js')).gitlab,
  junit: async () => (await import('./junit.js')).junit,
  sarif: async () => (await import('./sarif.js')).sarif,
  markdown: async () => (await import('./markdown.js')).markdown,
} satisfies Record<string, () => Promise<FindingsFormatter>>;

export type FindingsFormat = keyof typeof LOADERS;

export const FINDINGS_FORMATS = Object.keys(LOADERS) as FindingsFormat[];

export function isFindingsFormat(value: string): value is FindingsFormat {
  return Object.hasOwn(LOADERS, value);
}

export function loadFindingsFormatter(format: FindingsFormat): Promise<FindingsFormatter> {
  return LOADERS[format]();
}
