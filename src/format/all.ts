import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { text } from './text.js';
import type { FindingsFormat } from './index.js';
import type { FindingsFormatter } from './types.js';

/** Every findings formatter, loaded: for `--new-since` (which formats the findings twice) and tests. */
export const findingsFormatters = { text, json, github, gitlab, junit, sarif, markdown } satisfies Record<FindingsFormat, FindingsFormatter>;
