import { UsageError } from '../errors.js';
import { cliText } from '../i18n/cli.js';
import type { Lang } from '../i18n/lang.js';
import { trendText } from '../i18n/trend.js';
import { DATE_PATTERN } from '../schema/patterns.js';
import { periods, type TrendInterval } from './periods.js';

/** Twenty years of months: each point may load a register, so a typo like --since 1025 must not start a day's work. */
export const MAX_TREND_POINTS = 240;

/**
 * Check `--since` of vo trend, or `--trend` of vo report (`option` names it in
 * the messages): a real date, not after D, not too many points; return it.
 */
export function checkTrendRange(since: string | undefined, asOf: string, every: TrendInterval, lang: Lang, option = '--since'): string {
  const text = trendText(lang);
  if (since === undefined) throw new UsageError(text.sinceRequired);
  if (!new RegExp(DATE_PATTERN).test(since)) throw new UsageError(cliText(lang).badDate(option, since));
  if (since > asOf) throw new UsageError(text.sinceAfterAsOf(option, since, asOf));
  const count = periods(since, asOf, every).length;
  if (count > MAX_TREND_POINTS) throw new UsageError(text.tooManyPoints(count, MAX_TREND_POINTS));
  return since;
}
