import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { junit } from '../../src/format/junit.js';
import { CANNED, context } from './canned-findings.js';

interface Failure { '@_type': string; '@_message': string; '#text': string }
interface TestCase { '@_classname': string; '@_name': string; failure: Failure }
interface TestSuite { '@_name': string; '@_tests': string; '@_failures': string; testcase?: TestCase[] }
interface Report { testsuites: { '@_name': string; '@_tests': string; '@_failures': string; '@_errors': string; testsuite?: TestSuite[] } }

function parse(xml: string): Report {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testsuite' || name === 'testcase' });
  return parser.parse(xml) as Report;
}

describe('junit format', () => {
  it('is well-formed XML with one suite per file and one failing test case per finding', () => {
    const xml = junit(CANNED, context());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="vo check" tests="6" failures="6" errors="0">')).toBe(true);
    const { testsuites } = parse(xml);
    expect([testsuites['@_tests'], testsuites['@_failures'], testsuites['@_errors']]).toEqual(['6', '6', '0']);
    const suites = testsuites.testsuite ?? [];
    expect(suites.map((suite) => [suite['@_name'], suite['@_tests'], suite['@_failures']])).toEqual([
      ['agreements/acme.yaml', '4', '4'],
      ['evaluations/2025/acme-q1.yaml', '2', '2'],
    ]);
    const cases = suites.flatMap((suite) => suite.testcase ?? []);
    expect(cases.map((c) => [c['@_classname'], c['@_name'], c.failure['@_type']])).toEqual([
      ['agreements/acme.yaml', 'dpia-missing at 1:1', 'dpia-missing'],
      ['agreements/acme.yaml', 'risk-missing at 1:1', 'risk-missing'],
      ['agreements/acme.yaml', 'agreement-expiring at 12:3', 'agreement-expiring'],
      ['agreements/acme.yaml', 'clause-missing at 20:1', 'clause-missing'],
      ['evaluations/2025/acme-q1.yaml', 'schema at 4:11', 'schema'],
      ['evaluations/2025/acme-q1.yaml', 'kpi-missed at 30:9', 'kpi-missed'],
    ]);
  });

  it('puts severity, message, position, agreement and due in the failure body, localised', () => {
    const cases = (parse(junit(CANNED, context())).testsuites.testsuite ?? []).flatMap((suite) => suite.testcase ?? []);
    expect(cases[2]!.failure['#text']).toBe('waarschuwing: Agreement acme ends on 2025-04-01.\nagreements/acme.yaml:12:3\nOvereenkomst: acme\nUiterlijk: 2025-04-01');
    const en = (parse(junit(CANNED, context({ lang: 'en' }))).testsuites.testsuite ?? []).flatMap((suite) => suite.testcase ?? []);
    expect(en[2]!.failure['#text']).toBe('warning: Agreement acme ends on 2025-04-01.\nagreements/acme.yaml:12:3\nAgreement: acme\nDue: 2025-04-01');
  });

  it('escapes markup in attributes and text, keeping line breaks in the message attribute', () => {
    const xml = junit(CANNED, context());
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('message="Clause &quot;a, b&quot;: missing&#10;see | table &lt;script&gt;alert(1)&lt;/script&gt; 100% &amp; more\\"');
    const cases = (parse(xml).testsuites.testsuite ?? []).flatMap((suite) => suite.testcase ?? []);
    expect(cases[4]!.failure['#text']).toContain('see | table <script>alert(1)</script> 100% & more\\');
  });

  it('drops characters that XML 1.0 cannot carry', () => {
    const nasty: Finding = { ...CANNED[1]!, file: 'x\u0000.yaml', message: 'nul\u0000 esc\u001b bell\u0007 nonchar\uFFFE lone\uD800 emoji😀 tab\tok' };
    const xml = junit([nasty], context());
    parse(xml);
    // eslint-disable-next-line no-control-regex -- these are exactly the characters that must be gone
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(xml).toContain('nul esc bell nonchar lone emoji😀 tab&#9;ok');
  });

  it('keeps test case names unique when two findings share rule and position', () => {
    const twice: Finding[] = [CANNED[3]!, { ...CANNED[3]!, message: 'Clause "deletion" is missing.' }];
    const names = (parse(junit(twice, context())).testsuites.testsuite ?? []).flatMap((suite) => (suite.testcase ?? []).map((c) => c['@_name']));
    expect(names).toEqual(['clause-missing at 20:1', 'clause-missing at 20:1 (2)']);
  });

  it('is a valid, empty report when there are no findings', () => {
    const xml = junit([], context());
    expect(xml).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="vo check" tests="0" failures="0" errors="0">\n</testsuites>\n');
    expect(parse(xml).testsuites['@_tests']).toBe('0');
  });
});
