import type { Agreement, Assurance, Config } from '../register/types.js';
import { addMonths, minDate } from './dates.js';

/** ISO/IEC 27001:2013 certificates lost their validity when the transition to the 2022 edition ended. */
export const ISO27001_2013_END = '2025-10-31';

/** One assurance item as the rules see it on D. */
export interface AssuranceState {
  item: Assurance;
  /** Index in the agreement's `assurance`, to point at it. */
  index: number;
  /** The last day it is valid: `valid_until`, else `period_end` + the policy's maximum age; ISO 27001:2013 no later than 2025-10-31. */
  end: string;
  /** The key the end comes from, to point at it. */
  endKey: 'valid_until' | 'period_end';
  /** Received after D: it does not exist yet on D and takes no part in any rule. */
  exists: boolean;
  /** Valid on D: from `received` (if any) up to and including `end`. */
  valid: boolean;
  /** The latest item of its type that is not superseded (ties: the one listed last). */
  latest: boolean;
}

export function assuranceEnd(item: Assurance, config: Config): string {
  const end = item.valid_until ?? addMonths(item.period_end as string, config.policy.assurance_report_max_age_months);
  return item.type === 'iso27001' && String(item.standard_version) === '2013' ? minDate(end, ISO27001_2013_END) : end;
}

export function assuranceStates(agreement: Agreement, config: Config, asOf: string): AssuranceState[] {
  const states = (agreement.assurance ?? []).map((item, index): AssuranceState => {
    const end = assuranceEnd(item, config);
    const exists = item.received === undefined || item.received <= asOf;
    return {
      item,
      index,
      end,
      endKey: item.valid_until !== undefined ? 'valid_until' : 'period_end',
      exists,
      valid: exists && asOf <= end,
      latest: false,
    };
  });
  const latest = new Map<string, AssuranceState>();
  for (const state of states) {
    if (!state.exists || state.item.superseded === true) continue;
    const current = latest.get(state.item.type);
    if (current === undefined || state.end >= current.end) latest.set(state.item.type, state);
  }
  for (const state of latest.values()) state.latest = true;
  return states;
}
