import type { Finding, Severity } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { messageFormat, type MessageFormat } from '../i18n/message-format.js';
import { locate } from '../register/parse.js';
import { daysBetween } from '../rules/dates.js';
import type { RuleResult } from '../rules/define.js';
import type { RuleId } from '../rules/rule-id.js';

const formats = new Map<Lang, MessageFormat>();

/**
 * The one place a rule result becomes a finding: its message rendered in the
 * run's language from its data, its position looked up, and `daysLate` = D −
 * `due` whenever `due` lies before D — the number every view and report shows.
 */
export function renderFinding(result: RuleResult, agreement: string, severity: Severity, asOf: string, lang: Lang): Finding {
  let format = formats.get(lang);
  if (format === undefined) {
    format = messageFormat(lang);
    formats.set(lang, format);
  }
  const message = result.rule.message?.[lang](result.data as never, format) ?? result.rule.id;
  const { due } = result;
  return {
    rule: result.rule.id as RuleId,
    severity,
    message,
    file: result.record.file,
    ...locate(result.record.source, result.path),
    agreement,
    ...(due !== undefined ? { due } : {}),
    ...(due !== undefined && due < asOf ? { daysLate: daysBetween(due, asOf) } : {}),
    subject: result.subject,
    data: result.data as Record<string, unknown>,
  };
}
