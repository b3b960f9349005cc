import { sortFindings, type Finding } from '../findings.js';
import { codeQualityIssues } from '../format/gitlab.js';
import { loadFindingsFormatter, type FindingsFormat } from '../format/index.js';
import type { JsonReport } from '../format/json.js';
import type { FormatContext } from '../format/types.js';
import { diffText } from '../i18n/diff.js';
import { withoutMentions } from '../util/no-mentions.js';

/** What `vo check --new-since REF` knows besides the findings: the ref, and which findings it did not have. */
export interface Baseline {
  ref: string;
  isNew(finding: Finding): boolean;
}

/**
 * `vo check --new-since`: the usual formats, with the findings the base
 * already had marked as existing (docs/git.md). They are always reported, so
 * nobody loses sight of them, but only new ones decide the exit code:
 *
 * - text: the existing findings first under their own heading, then the new ones;
 * - json: `"new": true|false` on every finding;
 * - github: existing ones as `::notice`, so they never show as errors on the pull request;
 * - sarif: `baselineState` `new` or `unchanged` (SARIF 2.1.0 §3.27.24);
 * - gitlab: existing ones with severity `info`;
 * - markdown: the new findings as a table, the existing ones folded away in `<details>`;
 * - junit: only the new findings: a JUnit failure is a failed test, and an existing one is not this change's.
 *
 * The regular formatters stay as they are; this wraps them.
 */
export async function formatWithBaseline(format: FindingsFormat, findings: readonly Finding[], baseline: Baseline, context: FormatContext): Promise<string> {
  const fresh = findings.filter((f) => baseline.isNew(f));
  const existing = findings.filter((f) => !baseline.isNew(f));
  const t = diffText(context.lang).newSince;
  const formatter = await loadFindingsFormatter(format);
  const plain = (list: readonly Finding[]) => formatter(list, context);
  switch (format) {
    case 'text':
      return [
        ...(existing.length > 0 ? [`${t.existingHeading(baseline.ref, existing.length)}\n\n${plain(existing)}`] : []),
        `${t.newHeading(baseline.ref)}\n\n${plain(fresh)}`,
      ].join('\n');
    case 'json': {
      const report = JSON.parse(plain(findings)) as JsonReport;
      const sorted = sortFindings(findings);
      const marked = report.findings.map((finding, index) => ({ ...finding, new: baseline.isNew(sorted[index] as Finding) }));
      return JSON.stringify({ ...report, findings: marked }, null, 2) + '\n';
    }
    case 'github':
      return sortFindings(findings)
        .map((f) => (baseline.isNew(f) ? plain([f]) : plain([{ ...f, message: `${t.existingTitle}: ${f.message}` }]).replace(/^::(error|warning) /, '::notice ')))
        .join('');
    case 'sarif': {
      const log = JSON.parse(plain(findings)) as { runs: [{ results: Record<string, unknown>[] }] };
      const sorted = sortFindings(findings);
      log.runs[0].results = log.runs[0].results.map((result, index) => ({ ...result, baselineState: baseline.isNew(sorted[index] as Finding) ? 'new' : 'unchanged' }));
      return JSON.stringify(log, null, 2) + '\n';
    }
    case 'gitlab':
      return JSON.stringify(codeQualityIssues(findings, (f) => baseline.isNew(f)), null, 2) + '\n';
    case 'markdown':
      return existing.length === 0
        ? plain(fresh)
        : `${plain(fresh)}\n<details><summary>${escapeHtml(t.existingHeading(baseline.ref, existing.length))}</summary>\n\n${plain(existing)}\n</details>\n`;
    case 'junit':
      return plain(fresh);
  }
}

/** HTML text in the comment's `<summary>`; a ref such as `@team/fix` mentions nobody there either. */
function escapeHtml(value: string): string {
  return withoutMentions(value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
}
