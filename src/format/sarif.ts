import type { Log, ReportingDescriptor, Result } from 'sarif';
import { sortFindings, type Finding } from '../findings.js';
import type { EffectiveRule, FindingsFormatter } from './types.js';

/**
 * SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html), as GitHub
 * code scanning and the VS Code SARIF viewer read it. Every rule of the catalogue is
 * described, also those switched off, so a viewer can explain any rule id.
 */
export const sarif: FindingsFormatter = (findings, context) => {
  const ruleIndex = new Map(context.rules.map((rule, index) => [rule.id, index]));
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'vo',
            version: context.toolVersion,
            semanticVersion: context.toolVersion,
            rules: context.rules.map((rule) => toDescriptor(rule, context.lang)),
          },
        },
        // Columns come from eemeli/yaml's LineCounter, which counts JavaScript string (UTF-16) offsets.
        columnKind: 'utf16CodeUnits',
        results: sortFindings(findings).map((finding) => toResult(finding, ruleIndex.get(finding.rule))),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

function toDescriptor(rule: EffectiveRule, lang: keyof EffectiveRule['description']): ReportingDescriptor {
  const description = { text: rule.description[lang] };
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: description,
    fullDescription: description,
    defaultConfiguration: rule.severity === 'off' ? { enabled: false, level: 'none' } : { level: rule.severity },
    properties: { tags: [rule.kind] },
  };
}

function toResult(finding: Finding, ruleIndex: number | undefined): Result {
  const properties = {
    ...(finding.agreement !== undefined && { agreement: finding.agreement }),
    ...(finding.due !== undefined && { due: finding.due }),
  };
  return {
    ruleId: finding.rule,
    ...(ruleIndex !== undefined && { ruleIndex }),
    level: finding.severity,
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(finding.file), uriBaseId: '%SRCROOT%' },
          region: { startLine: finding.line, startColumn: finding.column },
        },
      },
    ],
    ...(Object.keys(properties).length > 0 && { properties }),
  };
}

/** A register path as a relative URI reference: each segment percent-encoded (spaces, `#`, `%`, `:`). */
function toUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/** `evaluation-overdue` → `EvaluationOverdue`: SARIF's `name` is meant to be an identifier-like, readable name. */
function pascalCase(id: string): string {
  return id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}
