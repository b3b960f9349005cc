import type { Lang } from '../i18n/lang.js';
import type { DiscoveredFile, Discovery } from './discover.js';

/**
 * Where the loader gets the register's files from. The default, when a caller
 * passes none, is the working tree (`discoverFiles` and a bounded read from
 * disk); `src/git/tree-source.ts` serves the same files as they were in a
 * commit, so a register at any point in its history goes through the very
 * same parsing, schema and integrity rules.
 */
export interface FileSource {
  /** The record files below `agreements/`, `evaluations/` and `incidents/`, sorted, with findings for what cannot be followed. */
  discover(lang: Lang): Discovery;
  /**
   * The bytes of one discovered file, or only its size when that is over the
   * 1 MiB limit. Throws an Error with a `code` when the file cannot be read.
   */
  read(entry: DiscoveredFile): Uint8Array | { size: number };
}
