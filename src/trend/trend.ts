import { DateTime } from 'luxon';
import { firstParentHistory, commitAt } from '../git/history.js';
import { registerAtCommit } from '../git/register-at.js';
import type { Repository } from '../git/repository.js';
import type { Lang } from '../i18n/lang.js';
import type { Register } from '../register/load.js';
import { assess, type Scope } from '../assessment/assess.js';
import { LIST_STATUSES, listRows } from '../views/list-rows.js';
import { periods, type TrendInterval } from './periods.js';

/** The register at the end of one period. Counts are null when no commit existed yet (or the register did not). */
export interface TrendPoint {
  period: string;
  /** The day it is measured on: the period's last day, or D. */
  date: string;
  /** The commit read: the last one of the first-parent line on or before `date`. */
  commit: string | null;
  agreements: number | null;
  /** Agreements per status as `vo list` gives it on `date`. */
  byStatus: Record<string, number> | null;
  /** `vo check`'s findings on `date`, after the config's severities. */
  findings: { errors: number; warnings: number } | null;
}

/** `vo trend --format json` (docs/git.md). */
export interface Trend {
  since: string;
  every: TrendInterval;
  asOf: string;
  /** Every status key of `byStatus`, in `vo list`'s order. */
  statuses: string[];
  points: TrendPoint[];
}

export interface TrendRequest {
  repo: Repository;
  /** The working tree's register: its root, and its config for a commit without a register. */
  shell: Register;
  since: string;
  every: TrendInterval;
  asOf: string;
  lang: Lang;
  warn: (line: string) => void;
  /** The agreements counted, as `vo check --department/--agreement` selects them (a scoped report's trend); default all. */
  scope?: Scope;
}

/**
 * Walk HEAD's first-parent history and measure the register at the end of
 * each month or quarter: the register as committed on or before that day,
 * assessed as of that day. One load and one assessment per point (a commit
 * shared by consecutive points is loaded once), never one per commit.
 */
export function registerTrend(request: TrendRequest): Trend {
  const { repo, shell, lang } = request;
  const history = firstParentHistory(repo, request.warn);
  let loaded: { commit: string; register: Register | undefined } | undefined;
  const points = periods(request.since, request.asOf, request.every).map(({ period, date }): TrendPoint => {
    const endOfDay = DateTime.fromISO(date, { zone: shell.config.timezone }).endOf('day').toSeconds();
    const entry = commitAt(history, endOfDay);
    if (entry === undefined) return { period, date, commit: null, agreements: null, byStatus: null, findings: null };
    if (loaded?.commit !== entry.commit) {
      const at = registerAtCommit(repo, { ref: entry.commit, commit: entry.commit }, shell.root, lang, shell.config);
      loaded = { commit: entry.commit, register: at.state === 'ok' ? at.register : undefined };
    }
    const register = loaded.register;
    if (register === undefined) return { period, date, commit: entry.commit, agreements: null, byStatus: null, findings: null };
    // One assessment per sampled commit: the statuses and the findings come from it.
    const assessment = assess(register, date, lang, request.scope ?? {});
    const { findings } = assessment;
    const rows = listRows(assessment);
    const byStatus: Record<string, number> = {};
    for (const row of rows) byStatus[row.status] = (byStatus[row.status] ?? 0) + 1;
    const errors = findings.filter((f) => f.severity === 'error').length;
    return { period, date, commit: entry.commit, agreements: rows.length, byStatus, findings: { errors, warnings: findings.length - errors } };
  });
  const seen = new Set(points.flatMap((p) => Object.keys(p.byStatus ?? {})));
  const statuses = [...LIST_STATUSES.filter((s) => seen.has(s)), ...[...seen].filter((s) => !(LIST_STATUSES as readonly string[]).includes(s)).sort()];
  // Every point carries every status seen anywhere, zeros included, so a table or a chart has the same columns throughout.
  for (const point of points) if (point.byStatus) point.byStatus = Object.fromEntries(statuses.map((s) => [s, point.byStatus?.[s] ?? 0]));
  return { since: request.since, every: request.every, asOf: request.asOf, statuses, points };
}
