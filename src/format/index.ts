import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { text } from './text.js';
import type { FindingsFormatter } from './types.js';

/** Every `vo check --format`; adding a format is adding a file and a line here. */
export const findingsFormatters = { text, json, github, gitlab, junit, sarif, markdown } satisfies Record<string, FindingsFormatter>;

export type FindingsFormat = keyof typeof findingsFormatters;

export const FINDINGS_FORMATS = Object.keys(findingsFormatters) as FindingsFormat[];

export function isFindingsFormat(value: string): value is FindingsFormat {
  return Object.hasOwn(findingsFormatters, value);
}
