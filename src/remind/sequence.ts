import type { Register } from '../register/load.js';

/**
 * The iCalendar SEQUENCE (RFC 5545 §3.8.7.4) of an agreement's events: the
 * number of its records that could have moved one of its dates, as of D:
 * - every evaluation of the agreement dated on or before D (a periodic
 *   evaluation, an audit, a meeting, training or an assessment restarts a clock;
 *   a non-compliant outcome or `next_review` brings one forward), and
 * - every assurance report of the agreement received on or before D (or without
 *   `received`): a new report moves the expiry date of its type.
 *
 * Recording one of these raises the SEQUENCE of every event of that agreement,
 * so a calendar that compares revisions takes the new date. It is counted, not
 * remembered, so the same register and the same D always give the same number;
 * it never goes down as D passes, only when a record is removed. An agreement
 * that is not in the register counts 0, so an agenda item of any kind works.
 */
export function eventSequences(register: Register, asOf: string): (agreement: string) => number {
  const counts = new Map<string, number>();
  const add = (agreement: string) => counts.set(agreement, (counts.get(agreement) ?? 0) + 1);
  for (const { value } of register.evaluations) {
    if (value.date <= asOf) add(value.agreement);
  }
  for (const { value } of register.agreements) {
    for (const report of value.assurance ?? []) {
      if (report.received === undefined || report.received <= asOf) add(value.id);
    }
  }
  return (agreement) => counts.get(agreement) ?? 0;
}
