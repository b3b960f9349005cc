import type { Finding } from '../findings.js';
import { CLAUSE_KEYS, type ClauseKey } from '../register/types.js';
import { daysBetween, isDueSoon, isOverdue } from './dates.js';
import { finding, type RuleFamily } from './context.js';

/** GDPR art. 28(3) letter of each clause key (SPEC §3). */
const CLAUSE_LETTER: Record<ClauseKey, string> = {
  instructions: 'a',
  confidentiality: 'b',
  security: 'c',
  subprocessors: 'd',
  data_subject_rights: 'e',
  assistance: 'f',
  deletion_return: 'g',
  audits: 'h',
};

/** The EEA: the 27 EU member states plus IS, LI and NO (SPEC §6); Greece is GR. */
export const EEA = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL',
  'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
]);

const TRANSFER_MECHANISMS = new Set(['dpf', 'scc', 'bcr', 'derogation']);

/**
 * Rules about the agreement's own content: risk, DPIA, clauses, dates, breach
 * term, end, deletion and sub-processor transfers.
 */
export const agreementRules: RuleFamily = (context) => {
  const { asOf, config, text } = context;
  const findings: Finding[] = [];
  for (const agreement of context.register.agreements) {
    const a = agreement.value;
    const live = a.phase === 'active';
    const signingOrLive = live || a.phase === 'signing';
    const add = (rule: string, path: (string | number)[], message: string, due?: string) =>
      findings.push(finding(rule, agreement, path, a.id, message, due));

    if (signingOrLive && a.risk === undefined) add('risk-missing', ['id'], text.riskMissing(a.id));
    if (signingOrLive && a.risk?.dpia?.required === true && a.risk.dpia.date === undefined) {
      add('dpia-missing', ['risk', 'dpia'], text.dpiaMissing(a.id));
    }
    if (signingOrLive) {
      for (const clause of CLAUSE_KEYS) {
        if (a.clauses?.[clause] === undefined) {
          add('clause-missing', a.clauses ? ['clauses'] : ['id'], text.clauseMissing(a.id, clause, CLAUSE_LETTER[clause]));
        }
      }
    }
    if ((live || a.phase === 'ended') && a.dates?.signed === undefined) {
      add('signed-date-missing', a.dates ? ['dates'] : ['id'], text.signedDateMissing(a.id, a.phase));
    }
    if (live && a.breach_notice_hours === undefined) add('breach-term-missing', ['id'], text.breachTermMissing(a.id));
    if (signingOrLive && a.breach_notice_hours !== undefined && a.breach_notice_hours > config.policy.max_breach_notice_hours) {
      add('breach-term-too-long', ['breach_notice_hours'], text.breachTermTooLong(a.id, a.breach_notice_hours, config.policy.max_breach_notice_hours));
    }
    const end = a.dates?.end;
    if (live && end !== undefined) {
      if (isOverdue(end, asOf)) add('agreement-expired', ['dates', 'end'], text.agreementExpired(a.id, end, daysBetween(end, asOf)), end);
      else if (isDueSoon(end, asOf, config.policy.agreement_end_warning_days)) {
        add('agreement-expiring', ['dates', 'end'], text.agreementExpiring(a.id, end, daysBetween(asOf, end)), end);
      }
    }
    // A confirmation dated after D does not exist yet on D.
    const confirmed = a.exit?.deletion_confirmed;
    if (a.phase === 'ended' && (confirmed === undefined || confirmed > asOf)) {
      add('deletion-unconfirmed', a.exit ? ['exit'] : ['id'], text.deletionUnconfirmed(a.id));
    }
    if (signingOrLive) {
      const adequate = new Set(config.policy.adequate_countries);
      (a.subprocessors ?? []).forEach((sub, index) => {
        if (EEA.has(sub.country) || adequate.has(sub.country)) return;
        if (sub.transfer !== undefined && TRANSFER_MECHANISMS.has(sub.transfer)) return;
        add('subprocessor-transfer-missing', ['subprocessors', index, 'country'], text.transferMissing(a.id, sub.name, sub.country));
      });
    }
  }
  return findings;
};
