import { commitDate } from '../git/history.js';
import { registerAtRef } from '../git/register-at-ref.js';
import { openRepository } from '../git/repository.js';
import type { Lang } from '../i18n/lang.js';
import type { Register } from '../register/load.js';
import type { ReportModel } from '../report/model-types.js';
import { checkTrendRange } from '../trend/trend-range.js';
import { registerTrend } from '../trend/trend.js';
import { changesModel, type ChangesScope } from './report-changes.js';
import { registerDiff } from './register-diff.js';

export interface HistoryRequest extends ChangesScope {
  /** `--compare REF`. */
  compare?: string;
  /** `--trend DATE`. */
  trend?: string;
}

/**
 * The parts of a report that come from the register's git history: the
 * section "since the previous report" (`--compare`) and the monthly trend
 * (`--trend`). Both compare like `vo diff` and `vo trend` do, so a report and
 * those commands never tell a different story.
 */
export function reportHistory(register: Register, asOf: string, lang: Lang, request: HistoryRequest, warn: (line: string) => void): Pick<ReportModel, 'changes' | 'trend'> {
  const extras: Pick<ReportModel, 'changes' | 'trend'> = {};
  if (request.trend !== undefined) {
    // Validated before git runs, so a wrong date is a usage error whether or not this is a repository.
    const since = checkTrendRange(request.trend, asOf, 'month', lang, '--trend');
    // A department or dossier report counts that scope, in its summary and in its trend alike.
    const scope = { ...(request.department !== undefined ? { department: request.department } : {}), ...(request.agreement !== undefined ? { agreement: request.agreement } : {}) };
    extras.trend = registerTrend({ repo: openRepository(register.root, lang), shell: register, since, every: 'month', asOf, lang, warn, scope });
  }
  if (request.compare !== undefined) {
    const base = registerAtRef(register, request.compare, lang, warn);
    const diff = registerDiff({
      base: base.register,
      head: register,
      sides: { base: { ref: request.compare, commit: base.revision.commit }, head: { ref: null, commit: null } },
      asOf,
      lang,
    });
    const since = commitDate(base.repo, base.revision.commit, register.config.timezone);
    extras.changes = changesModel(diff, base.register, register, since, request);
  }
  return extras;
}
