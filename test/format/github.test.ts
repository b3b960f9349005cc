import type { RuleId } from '../../src/findings.js';
import { describe, expect, it } from 'vitest';
import { github } from '../../src/format/github.js';
import { CANNED, context } from './canned-findings.js';

describe('github format', () => {
  it('prints one workflow command per finding, sorted, with the message escaped as @actions/core does', () => {
    expect(github(CANNED, context())).toBe(
      [
        '::warning file=agreements/acme.yaml,line=1,col=1,title=dpia-missing::A DPIA is required but has no date.',
        '::error file=agreements/acme.yaml,line=1,col=1,title=risk-missing::Agreement acme has no risk assessment.',
        '::warning file=agreements/acme.yaml,line=12,col=3,title=agreement-expiring::Agreement acme ends on 2025-04-01.',
        '::error file=agreements/acme.yaml,line=20,col=1,title=clause-missing::Clause "audit" is missing.',
        '::error file=evaluations/2025/acme-q1.yaml,line=4,col=11,title=schema::Clause "a, b": missing%0Asee | table <script>alert(1)</script> 100%25 & more\\',
        '::warning file=evaluations/2025/acme-q1.yaml,line=30,col=9,title=kpi-missed::Availability 98.1 misses the target 99.5.',
        '',
      ].join('\n'),
    );
  });

  it('escapes `:` and `,` in property values, and CR/LF/% everywhere', () => {
    const output = github([{ ...CANNED[0]!, file: 'agreements/a:b,c%.yaml', rule: 'x,y' as RuleId, message: 'one\r\ntwo:three,four' }], context());
    expect(output).toBe('::warning file=agreements/a%3Ab%2Cc%25.yaml,line=12,col=3,title=x%2Cy::one%0D%0Atwo:three,four\n');
  });

  it('prints nothing at all when there are no findings', () => {
    expect(github([], context())).toBe('');
  });
});
