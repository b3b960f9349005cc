import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { sarif } from '../../src/format/sarif.js';
import { RULES } from '../../src/rules/catalogue.js';
import { CANNED, HOSTILE_MESSAGE, RULES_WITH_ONE_OFF, context } from './canned-findings.js';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/**
 * The official OASIS schema (SARIF 2.1.0 errata 01, oasis-tcs/sarif-spec Schemata/sarif-schema-2.1.0.json),
 * checked in unchanged. It declares draft-04; Ajv 8 has no draft-04 meta-schema, so its `$schema` and
 * draft-04 `id` are set aside and the rest compiled as draft-07, which reads every keyword it uses the same way.
 */
function sarifValidator() {
  const { $schema: _draft04, id: _id, ...schema } = JSON.parse(
    readFileSync(new URL('../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

const validate = sarifValidator();
const expectValid = (log: unknown) => {
  validate(log);
  expect(validate.errors ?? []).toEqual([]);
};

describe('sarif format', () => {
  it('validates against the SARIF 2.1.0 schema, with and without results', () => {
    expectValid(JSON.parse(sarif(CANNED, context())));
    expectValid(JSON.parse(sarif([], context({ lang: 'en' }))));
    expectValid(JSON.parse(sarif([{ ...CANNED[0]!, file: 'agreements/with space #1 100%.yaml' }], context())));
  });

  it('uses a schema that does reject a broken log', () => {
    const log = JSON.parse(sarif(CANNED, context())) as Log;
    log.runs[0]!.results![0]!.level = 'fatal' as 'error';
    expect(validate(log)).toBe(false);
  });

  it('describes every rule, switched off or not, with its effective level and localised description', () => {
    const log = JSON.parse(sarif([], context({ lang: 'en' }))) as Log;
    const driver = log.runs[0]!.tool.driver;
    expect([driver.name, driver.version, driver.semanticVersion]).toEqual(['vo', '0.1.0', '0.1.0']);
    expect(driver.rules?.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.id));
    for (const [index, rule] of (driver.rules ?? []).entries()) {
      const effective = RULES_WITH_ONE_OFF[index]!;
      expect(rule.defaultConfiguration?.level).toBe(effective.severity === 'off' ? 'none' : effective.severity);
      expect(rule.shortDescription?.text).toBe(effective.description.en);
    }
    expect(driver.rules?.find((rule) => rule.id === 'training-overdue')?.defaultConfiguration).toEqual({ enabled: false, level: 'none' });
    expect(driver.rules?.find((rule) => rule.id === 'evaluation-overdue')?.name).toBe('EvaluationOverdue');
    const nl = JSON.parse(sarif([], context())) as Log;
    expect(nl.runs[0]!.tool.driver.rules?.[0]?.shortDescription?.text).toBe(RULES[0]!.description.nl);
  });

  it('turns each finding into a result that points at its rule, file and position', () => {
    const log = JSON.parse(sarif(CANNED, context())) as Log;
    const { results = [], tool } = log.runs[0]!;
    expect(results).toHaveLength(CANNED.length);
    for (const result of results) expect(tool.driver.rules?.[result.ruleIndex!]?.id).toBe(result.ruleId);
    expect(results[2]).toEqual({
      ruleId: 'agreement-expiring',
      ruleIndex: RULES.findIndex((rule) => rule.id === 'agreement-expiring'),
      level: 'warning',
      message: { text: 'Agreement acme ends on 2025-04-01.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'agreements/acme.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 12, startColumn: 3 },
          },
        },
      ],
      properties: { agreement: 'acme', due: '2025-04-01' },
    });
    expect(results[4]).toMatchObject({ ruleId: 'schema', level: 'error', message: { text: HOSTILE_MESSAGE } });
    expect(results[4]).not.toHaveProperty('properties');
  });

  it('percent-encodes file paths into relative URIs', () => {
    const log = JSON.parse(sarif([{ ...CANNED[0]!, file: 'agreements/with space #1 100%.yaml' }], context())) as Log;
    expect(log.runs[0]!.results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('agreements/with%20space%20%231%20100%25.yaml');
  });
});
