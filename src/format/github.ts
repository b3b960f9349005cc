import { sortFindings, type Finding } from '../findings.js';
import type { FindingsFormatter } from './types.js';

/**
 * GitHub Actions workflow commands, one per finding, which GitHub shows as annotations
 * on the pull request: `::error file=F,line=L,col=C,title=RULE::MESSAGE`.
 *
 * With no findings this prints nothing at all (the empty string, no newline): any
 * line would be echoed into the job log as noise.
 */
export const github: FindingsFormatter = (findings) => {
  if (findings.length === 0) return '';
  return sortFindings(findings).map(toCommand).join('\n') + '\n';
};

function toCommand(finding: Finding): string {
  const properties = [
    `file=${escapeProperty(finding.file)}`,
    `line=${finding.line}`,
    `col=${finding.column}`,
    `title=${escapeProperty(finding.rule)}`,
  ].join(',');
  return `::${finding.severity} ${properties}::${escapeData(finding.message)}`;
}

/** As `escapeData` in @actions/core's command.ts: the runner decodes exactly these. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** As `escapeProperty` in @actions/core's command.ts: `:` and `,` would end the property. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
