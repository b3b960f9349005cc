/**
 * An alias must name an anchor set before it: one that does not is a `yaml-syntax`
 * finding at the alias, in Dutch and English, not an alias bomb at 1:1.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import type { Lang } from '../../src/i18n/lang.js';
import { parseYamlFile } from '../../src/register/parse.js';

const HEAD = 'id: a\ntitle: A\n';

/** `line:column message` of each finding of a file that must not parse. */
function findings(text: string, lang: Lang = 'en'): string[] {
  const result = parseYamlFile('agreements/a.yaml', Buffer.from(text, 'utf8'), lang);
  if (result.ok) throw new Error(`expected a yaml-syntax finding, got ${JSON.stringify(result.value)}`);
  for (const finding of result.findings) expect(finding).toMatchObject({ rule: 'yaml-syntax', severity: 'error' });
  return result.findings.map((f: Finding) => `${f.line}:${f.column} ${f.message}`);
}

/** 5 levels of anchors, each ten aliases of the one before. */
const ALIAS_BOMB = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...['b', 'c', 'd', 'e'].map((name, i) => {
  return `${name}: &${name} [${Array(10).fill(`*${'abcd'[i]}`).join(', ')}]`;
}), `f: [${Array(10).fill('*e').join(', ')}]`].join('\n') + '\n';

describe('an alias to an anchor that does not exist', () => {
  const missing = (name: string) =>
    `YAML error: alias \`*${name}\` names an anchor that does not exist (an anchor must come before its aliases); ` +
    `mark the value you mean with \`&${name}\` earlier in the file, or write the value instead of the alias`;

  it('is a finding at the alias that names it, not an alias bomb at 1:1', () => {
    expect(findings(`${HEAD}department: ict\nnotes: *nope\n`)).toEqual([`4:8 ${missing('nope')}`]);
  });

  it('says so in Dutch', () => {
    expect(findings(`${HEAD}notes: *nope\n`, 'nl')).toEqual([
      '3:8 YAML-fout: alias `*nope` noemt een anker dat niet bestaat (een anker moet vóór zijn aliassen staan); ' +
        'zet `&nope` bij de bedoelde waarde eerder in het bestand, of schrijf de waarde zelf in plaats van de alias',
    ]);
  });

  it('covers an alias before its anchor, one in a list and one as a key, each at its own place', () => {
    expect(findings(`${HEAD}notes: *later\nx-a: &later 1\nx-b: [1, *gone]\n*key : 2\n`)).toEqual([
      `3:8 ${missing('later')}`,
      `5:10 ${missing('gone')}`,
      `6:1 ${missing('key')}`,
    ]);
  });

  it('leaves a real alias bomb to the alias-bomb finding', () => {
    expect(findings(ALIAS_BOMB)).toEqual(['1:1 too many aliases (possible alias bomb); the file was not processed']);
  });

  it('is counted under the agreement the file names, as other YAML problems are', () => {
    const result = parseYamlFile('evaluations/e.yaml', Buffer.from('id: e\nagreement: a\nnotes: *nope\n'), 'en');
    expect(!result.ok && result.agreement).toBe('a');
  });
});
