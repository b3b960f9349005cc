import type { Finding } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import type { EffectiveRule } from '../rules/severity.js';


/** What every findings formatter gets besides the findings. Formatters are pure: they return a string. */
export interface FormatContext {
  /** `YYYY-MM-DD`. */
  asOf: string;
  lang: Lang;
  /** ANSI colours allowed (terminal, no NO_COLOR, no --no-color). */
  color: boolean;
  /** Every rule of the catalogue, in catalogue order, with its effective severity (after the config). */
  rules: readonly EffectiveRule[];
  toolVersion: string;
  /** Number of files examined, for summary lines. */
  fileCount: number;
  /** Terminal columns the text format fits into (docs/views.md); no limit when absent. */
  width?: number;
}

export type { EffectiveRule };

export type FindingsFormatter = (findings: readonly Finding[], context: FormatContext) => string;
